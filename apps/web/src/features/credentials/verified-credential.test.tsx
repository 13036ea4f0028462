import { MantineProvider } from '@mantine/core';
import type { CredentialVerification } from '@pathwise/contracts';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { theme } from '../../theme.ts';
import { VerifiedCredential } from './verified-credential.tsx';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

function badge(image: unknown = { id: PNG, type: 'Image' }) {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: 'did:web:127.0.0.1%3A3101:orgs:demo', name: 'Pathwise Demo School' },
    credentialSubject: {
      achievement: {
        name: 'Adding integers',
        description: 'Adds positive and negative whole numbers.',
        image,
        criteria: { narrative: 'Master Adding integers at 60 %.' },
        alignment: [
          {
            targetName: 'Adding integers',
            targetUrl: `${window.location.origin}/skills/demo/alg.integers-add`,
          },
          { targetName: 'Use arithmetic', targetUrl: 'https://esco.example/skill/1' },
        ],
      },
    },
  };
}

const CHECKS = [
  'well-formed',
  'signature',
  'issuer-key',
  'issuer-known',
  'revocation-status',
  'validity-dates',
];

const verified: CredentialVerification = {
  verdict: 'verified',
  verified: true,
  checks: [
    ...CHECKS.map((name) => ({ name, ok: true, message: `${name} ok` })),
    { name: 'log-inclusion', ok: true, message: 'logged as entry 3 of 9' },
  ],
  issuer: {
    id: 'did:web:127.0.0.1%3A3101:orgs:demo',
    name: 'Pathwise Demo School',
    url: 'https://school.example/',
    known: true,
  },
  validFrom: '2026-01-10T09:00:00Z',
  validUntil: null,
  revokedAt: null,
  checkedAt: '2026-06-01T00:00:00Z',
};

/** Renders a credential; `null`: its verification is not there yet. */
function show(document: unknown, verification: CredentialVerification | null = verified) {
  return render(
    <MantineProvider theme={theme}>
      <MemoryRouter>
        <VerifiedCredential
          id="c1"
          document={document}
          verification={verification ?? undefined}
          titleOrder={2}
        />
      </MemoryRouter>
    </MantineProvider>,
  );
}

/** True when `a` comes before `b` in the document. */
const before = (a: Element, b: Element) =>
  Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('VerifiedCredential', () => {
  it('says what the credential is first, then one plain verdict, then the technical checks folded', () => {
    show(badge());
    const article = screen.getByRole('article', { name: 'Adding integers' });
    const image = within(article).getByRole('img', { name: 'Badge of Adding integers' });
    expect(image.getAttribute('src')).toBe(PNG);
    expect(within(article).getByText('Adds positive and negative whole numbers.')).toBeTruthy();
    const criteria = within(article).getByText('Master Adding integers at 60 %.');
    const ours = within(article).getByRole('link', { name: 'Adding integers' });
    expect(ours.getAttribute('href')).toBe('/skills/demo/alg.integers-add');
    expect(within(article).getByText('Use arithmetic')).toBeTruthy();
    expect(within(article).queryByRole('link', { name: 'Use arithmetic' })).toBeNull();
    expect(within(article).getByText('(https://esco.example/skill/1)')).toBeTruthy();
    const issuer = within(article).getByText('Issued by', { selector: 'dt' }).nextElementSibling!;
    expect(issuer.textContent).toBe('Pathwise Demo School · Site: school.example/');
    expect(within(article).getByRole('link', { name: 'Site: school.example/' }).getAttribute('href')).toBe(
      'https://school.example/',
    );
    expect(within(article).getByText('Jan 10, 2026')).toBeTruthy();
    expect(within(article).getByText('Does not expire')).toBeTruthy();
    expect(within(article).getByText(/^Not named in the credential/)).toBeTruthy();
    expect(article.textContent).not.toContain('did:web:127.0.0.1%3A3101');

    const verdict = within(article).getByRole('status');
    expect(verdict.getAttribute('data-verdict')).toBe('verified');
    expect(verdict.textContent).toBe(
      'Issued by Pathwise Demo School, not revoked, not expired, recorded in its public log.',
    );
    const details = within(article).getByTestId('technical-checks');
    expect(details.tagName).toBe('DETAILS');
    expect(details.hasAttribute('open')).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('How this was checked: 7 technical checks');
    for (const [a, b] of [
      [criteria, ours],
      [ours, issuer],
      [issuer, verdict],
      [verdict, details],
    ] as const)
      expect(before(a, b)).toBe(true);

    const checks = within(details).getByRole('list', { name: 'Checks of Adding integers' });
    const signature = checks.querySelector('[data-check="signature"]')!;
    expect(signature.textContent).toContain('Unchanged since it was signed: passed');
    expect(signature.textContent).toContain(
      'The signature matches the content: nothing was changed after it was signed.',
    );
    expect(signature.textContent).toContain('Technical: Signature · signature ok');
  });

  it('says what failed, in words, with the technical account folded', () => {
    const revoked: CredentialVerification = {
      ...verified,
      verdict: 'failed',
      verified: false,
      revokedAt: '2026-05-03T10:00:00.000Z',
      checks: verified.checks.map((c) =>
        c.name === 'revocation-status'
          ? { ...c, ok: false, message: 'revoked (status list bit 7 is set)', reason: 'revoked' }
          : c,
      ),
    };
    show(badge(), revoked);
    const verdict = screen.getByRole('status');
    expect(verdict.getAttribute('data-verdict')).toBe('failed');
    expect(verdict.textContent).toBe('This credential was revoked by its issuer on May 3, 2026.');
    const check = document.querySelector('[data-check="revocation-status"]')!;
    expect(check.getAttribute('data-ok')).toBe('false');
    expect(check.textContent).toContain('Not revoked: failed');
    expect(check.textContent).toContain('Its issuer revoked it.');
    expect(check.textContent).toContain('Technical: Revocation status · revoked (status list bit 7 is set)');
  });

  it('shows no image that could run, and names an unknown issuer only as its own claim, with no link', () => {
    const unknown: CredentialVerification = {
      ...verified,
      verdict: 'unknown_issuer',
      verified: false,
      issuer: {
        id: 'did:key:z6Mk',
        name: 'Pathwise Demo School',
        url: 'https://phish.example/',
        known: false,
      },
      checks: verified.checks
        .filter((c) => c.name !== 'log-inclusion')
        .map((c) => (c.name === 'issuer-known' ? { ...c, ok: false, reason: 'issuer-unknown' as const } : c)),
    };
    show(badge('data:image/svg+xml,<svg onload="alert(1)"></svg>'), unknown);
    expect(screen.queryByRole('img')).toBeNull();
    expect(document.querySelector('svg[onload]')).toBeNull();
    expect(
      screen.getByText('Pathwise Demo School (its own claim: nobody this site trusts vouches for it)'),
    ).toBeTruthy();
    expect(screen.queryByRole('link', { name: /phish/ })).toBeNull();
    expect(screen.getByRole('status').getAttribute('data-verdict')).toBe('unknown_issuer');
  });

  it('shows an SVG badge only as the source of an <img>, never as markup in the page', () => {
    // <svg onload="alert(1)"><script>alert(2)</script></svg>: in an <img>, neither runs.
    const svg = `data:image/svg+xml;base64,${btoa('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>')}`;
    show(badge({ id: svg, type: 'Image' }), verified);
    const image = screen.getByRole('img', { name: 'Badge of Adding integers' });
    expect(image.tagName).toBe('IMG');
    expect(image.getAttribute('src')).toBe(svg);
    expect(document.querySelector('svg[onload], script')).toBeNull();
  });

  it('while its verification is asked, says what it is as stated, and that it is being checked', () => {
    show({ ...badge(), validFrom: '2026-01-10T09:00:00Z' }, null);
    const article = screen.getByRole('article', { name: 'Adding integers' });
    expect(within(article).getByText('Issued by', { selector: 'dt' }).nextElementSibling?.textContent).toBe(
      'Pathwise Demo School',
    );
    expect(within(article).queryByRole('link', { name: /^Site/ })).toBeNull();
    expect(within(article).getByText('Jan 10, 2026')).toBeTruthy();
    expect(within(article).getByRole('status').textContent).toBe('Checking that it is genuine…');
    expect(within(article).queryByTestId('verdict')).toBeNull();
    expect(within(article).queryByTestId('technical-checks')).toBeNull();
  });
});
