import { describe, expect, it } from 'vitest';
import { ownSkillPath, readCredentialMeaning, safeImageSrc, withReaderWords } from './credential-meaning.ts';

const ORIGIN = 'https://pathwise.example';
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('safeImageSrc', () => {
  it('keeps PNG, JPEG and SVG base64 data URIs, https and relative addresses', () => {
    expect(safeImageSrc(PNG)).toBe(PNG);
    // An SVG is shown only through <img>, where nothing in it runs (see verified-credential.test.tsx).
    expect(safeImageSrc({ id: 'data:image/svg+xml;base64,PHN2Zz4=', type: 'Image' })).toBe(
      'data:image/svg+xml;base64,PHN2Zz4=',
    );
    expect(safeImageSrc({ id: 'data:image/jpeg;base64,/9j/4AAQ', type: 'Image' })).toBe(
      'data:image/jpeg;base64,/9j/4AAQ',
    );
    expect(safeImageSrc('https://cdn.example/badge.png')).toBe('https://cdn.example/badge.png');
    expect(safeImageSrc('/api/public/orgs/demo/achievements/a/image')).toBe(
      '/api/public/orgs/demo/achievements/a/image',
    );
  });

  it('refuses SVG markup that is not base64, other data, scripts, plain http and addresses of another host in disguise', () => {
    for (const bad of [
      'data:image/svg+xml,<svg onload=alert(1)>',
      'data:image/svg+xml;utf8,<svg onload="alert(1)"></svg>',
      'data:image/svg+xml;base64,PHN2Zz4=" onerror="alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'data:image/png,<not base64>',
      'javascript:alert(1)',
      'http://cdn.example/badge.png',
      '//evil.example/x.png',
      '\\\\evil.example\\x.png',
      '<svg onload="alert(1)"></svg>',
      42,
      { id: 7 },
      '',
    ])
      expect(safeImageSrc(bad), String(bad)).toBeNull();
  });
});

describe('ownSkillPath', () => {
  it('links only our own public skill pages', () => {
    expect(ownSkillPath(`${ORIGIN}/skills/demo/alg.integers-add`, ORIGIN)).toBe(
      '/skills/demo/alg.integers-add',
    );
    expect(ownSkillPath('https://other.example/skills/demo/alg.integers-add', ORIGIN)).toBeNull();
    expect(ownSkillPath(`${ORIGIN}/admin/skills/demo/x`, ORIGIN)).toBeNull();
    expect(ownSkillPath(`${ORIGIN}/skills/demo/x?next=/admin`, ORIGIN)).toBeNull();
    expect(ownSkillPath('not a url', ORIGIN)).toBeNull();
  });
});

describe('readCredentialMeaning', () => {
  const credential = {
    name: 'Adding integers',
    issuer: { id: 'did:web:pathwise.example:orgs:demo', name: 'Pathwise Demo School' },
    validFrom: '2026-01-10T09:00:00Z',
    credentialSubject: {
      name: 'Ana Learner',
      achievement: {
        name: 'Adding integers',
        description: 'Adds positive and negative whole numbers.',
        image: { id: PNG, type: 'Image' },
        criteria: { narrative: 'Master Adding integers at 60 %.' },
        alignment: [
          {
            targetName: 'Adding integers',
            targetCode: 'alg.integers-add',
            targetUrl: `${ORIGIN}/skills/demo/alg.integers-add`,
          },
          { targetName: 'ESCO: use arithmetic', targetUrl: 'https://esco.example/skill/1' },
          { targetUrl: 'https://only-a-url.example/s' },
          'not an object',
        ],
      },
    },
  };

  it('reads the name, description, image, criteria, skills and the disclosed holder', () => {
    expect(readCredentialMeaning(credential, ORIGIN)).toEqual({
      name: 'Adding integers',
      description: 'Adds positive and negative whole numbers.',
      image: PNG,
      criteria: 'Master Adding integers at 60 %.',
      skills: [
        {
          name: 'Adding integers',
          code: 'alg.integers-add',
          path: '/skills/demo/alg.integers-add',
          url: null,
        },
        { name: 'ESCO: use arithmetic', code: null, path: null, url: 'https://esco.example/skill/1' },
        { name: 'https://only-a-url.example/s', code: null, path: null, url: 'https://only-a-url.example/s' },
      ],
      recipientName: 'Ana Learner',
      issuerName: 'Pathwise Demo School',
      validFrom: '2026-01-10T09:00:00Z',
      validUntil: null,
    });
  });

  it('reads the envelope and JSON text `/api/verify` takes, and never throws on junk', () => {
    expect(readCredentialMeaning({ credential, logProof: {} }, ORIGIN).name).toBe('Adding integers');
    expect(readCredentialMeaning(JSON.stringify(credential), ORIGIN).criteria).toMatch(/^Master/);
    for (const junk of [null, 42, 'not json', [credential], { credentialSubject: 5 }]) {
      expect(readCredentialMeaning(junk, ORIGIN)).toEqual({
        name: null,
        description: null,
        image: null,
        criteria: null,
        skills: [],
        recipientName: null,
        issuerName: null,
        validFrom: null,
        validUntil: null,
      });
    }
  });

  it('does not repeat a description that only repeats the name', () => {
    const plain = structuredClone(credential);
    plain.credentialSubject.achievement.description = 'Adding integers';
    expect(readCredentialMeaning(plain, ORIGIN).description).toBeNull();
  });

  it("shows the reader's language edition when the credential carries one, English otherwise", () => {
    const bilingual = structuredClone(credential) as typeof credential & {
      credentialSubject: { achievement: { related?: unknown } };
    };
    bilingual.credentialSubject.achievement.related = [
      {
        id: 'https://pathwise.example/a/1?lang=es',
        type: ['Related'],
        name: { '@value': 'Suma de enteros', '@language': 'es' },
        description: { '@value': 'Suma números enteros.', '@language': 'es' },
      },
    ];
    const spanish = readCredentialMeaning(bilingual, ORIGIN, 'es');
    expect([spanish.name, spanish.description]).toEqual(['Suma de enteros', 'Suma números enteros.']);
    expect(readCredentialMeaning(bilingual, ORIGIN, 'en').name).toBe('Adding integers');
    // A credential without a Spanish edition reads in its own words.
    expect(readCredentialMeaning(credential, ORIGIN, 'es').name).toBe('Adding integers');
  });

  it("takes this installation's words in the reader's language for the criteria and the skills it knows", () => {
    const meaning = readCredentialMeaning(credential, ORIGIN, 'es');
    const worded = withReaderWords(meaning, {
      criteria: 'Dominar «Sumar y restar enteros» (estimación de al menos 60 %).',
      skills: { 'alg.integers-add': 'Sumar y restar enteros', 'alg.other': 'Otra' },
    });
    expect(worded.criteria).toBe('Dominar «Sumar y restar enteros» (estimación de al menos 60 %).');
    expect(worded.skills.map((s) => s.name)).toEqual([
      'Sumar y restar enteros',
      'ESCO: use arithmetic',
      'https://only-a-url.example/s',
    ]);
    expect(worded.skills[0]?.path).toBe('/skills/demo/alg.integers-add');
    // Words without criteria keep the credential's own; no words change nothing.
    expect(withReaderWords(meaning, { criteria: null, skills: {} }).criteria).toBe(
      'Master Adding integers at 60 %.',
    );
    expect(withReaderWords(meaning, undefined)).toBe(meaning);
  });
});
