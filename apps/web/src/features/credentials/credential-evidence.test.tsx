import { MantineProvider } from '@mantine/core';
import type { EvidenceFacts, RecordCredential } from '@pathwise/contracts';
import { render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { theme } from '../../theme.ts';
import { RecordCredentialCard } from './record-credential-card.tsx';

const facts: EvidenceFacts = {
  skills: [
    {
      skillId: 'alg.slope',
      name: { en: 'Slope', es: 'Pendiente' },
      // Late in the UTC day: the day shown is the UTC one, as signed, wherever the reader is.
      masteredAt: '2026-12-07T23:30:00.000Z',
      via: 'practice',
      items: 14,
      right: 11,
    },
    {
      skillId: 'alg.add',
      name: { en: 'Adding integers', es: '' },
      masteredAt: '2026-12-01T10:00:00.000Z',
      via: 'placement',
      items: null,
      right: null,
    },
    {
      skillId: 'alg.one',
      name: { en: 'Ratios', es: 'Razones' },
      masteredAt: null,
      via: 'practice',
      items: 1,
      right: 1,
    },
  ],
  stacked: [
    {
      achievementId: 'a1',
      name: 'Badge A',
      credentialId: 'urn:uuid:1',
      issuedAt: '2026-11-03T08:00:00.000Z',
    },
    { achievementId: 'a2', name: 'Badge B', credentialId: null, issuedAt: null },
  ],
};

const signed = [
  { name: 'Slope', narrative: 'Mastered on 7 December 2026 through practice: 14 items answered, 11 right.' },
];

function credential(overrides: Partial<RecordCredential>): RecordCredential {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    credentialId: 'urn:uuid:00000000-0000-4000-8000-000000000009',
    achievementId: 'a9',
    achievementName: 'Slope certificate',
    issuedAt: '2026-12-07T23:30:00.000Z',
    validUntil: null,
    // NOTE: revoked, so the card offers no showing off (which would ask the server for links).
    state: 'revoked',
    revocationReason: 'a test',
    evidence: signed,
    skillIds: ['alg.slope'],
    evidenceFacts: facts,
    document: {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: 'did:web:example.org:orgs:demo' },
      credentialSubject: { achievement: { name: 'Slope certificate' } },
    },
    words: { language: 'en', criteria: null, skills: {} },
    ...overrides,
  };
}

function renderCard(c: RecordCredential) {
  render(
    <MantineProvider theme={theme}>
      <MemoryRouter>
        <RecordCredentialCard credential={c} orgId="org" result={undefined} />
      </MemoryRouter>
    </MantineProvider>,
  );
}

const lines = (name: string) =>
  within(screen.getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('a credential’s evidence on the record', () => {
  afterEach(async () => {
    await i18next.changeLanguage('en');
  });

  it('is worded in Spanish from the facts: Spanish names, days, counts, placement, stacking', async () => {
    await i18next.changeLanguage('es');
    renderCard(credential({}));
    expect(lines('Evidencia')).toEqual([
      'Pendiente: Dominada el 7 de diciembre de 2026 con práctica: 14 ítems respondidos, 11 correctos.',
      'Adding integers: Acreditada por la prueba de ubicación el 1 de diciembre de 2026.',
      'Razones: Dominada en Pathwise: 1 ítem respondido, 1 correcto.',
      'Credenciales reunidas: Obtenida al tener «Badge A» (emitida el 3 de noviembre de 2026) y «Badge B».',
    ]);
    expect(screen.queryByText(/Mastered on/)).toBeNull();
  });

  it('reads in English as the signed narrative does, outside the block a page finds the card by', () => {
    renderCard(credential({}));
    const [slope, , , stacked] = lines('Evidence');
    expect(slope).toBe(`Slope: ${signed[0]?.narrative.replace('7 December 2026', 'December 7, 2026')}`);
    expect(stacked).toBe(
      'Stacked credentials: Earned by holding “Badge A” (issued November 3, 2026) and “Badge B”.',
    );
    expect(screen.getByTestId('credential').textContent).not.toContain('Badge A');
  });

  it('without facts (a teacher’s award), shows the signed words and the link to the work', async () => {
    await i18next.changeLanguage('es');
    renderCard(
      credential({
        achievementName: 'Project',
        evidence: [
          {
            id: 'https://example.org/work',
            name: 'Evidence approved by a teacher',
            narrative: 'Planned a budget',
          },
        ],
        evidenceFacts: null,
      }),
    );
    const card = within(screen.getByTestId('credential'));
    expect(card.getByText(/^Evidencia: Planned a budget/)).toBeTruthy();
    expect(card.getByRole('link', { name: 'Ver el trabajo que respalda Project' }).getAttribute('href')).toBe(
      'https://example.org/work',
    );
    expect(screen.queryByRole('list', { name: 'Evidencia' })).toBeNull();
  });
});
