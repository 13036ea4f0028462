import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  evidenceDate,
  type MasteryEvidenceInput,
  masteryEvidence,
  masteryEvidenceFacts,
  type SkillMasteryRecord,
} from './mastery-evidence.ts';
import { parseMasteryEvidenceFacts } from './parse-mastery-evidence-facts.ts';

const NAMES: Record<string, { en: string; es: string }> = {
  'alg.slope': { en: 'Slope', es: 'Pendiente' },
  'alg.add': { en: 'Adding integers', es: 'Suma de enteros' },
  'alg.none': { en: 'Ratios', es: '' },
};
const url = (id: string) => `https://learn.example/skills/demo/${encodeURIComponent(id)}`;

function input(
  skills: Record<string, SkillMasteryRecord>,
  overrides: Partial<MasteryEvidenceInput> = {},
): MasteryEvidenceInput {
  return {
    criteria: {
      skills: Object.keys(NAMES).map((skillId) => ({ skillId, threshold: 0.9 })),
      achievements: [],
    },
    skillName: (id) => NAMES[id] ?? { en: id, es: id },
    achievementName: (id) => `Badge ${id}`,
    skills: new Map(Object.entries(skills)),
    held: new Map(),
    ...overrides,
  };
}

const practised: SkillMasteryRecord = {
  masteredAt: new Date('2026-12-07T23:30:00Z'),
  masteredVia: 'practice',
  attempts: 14,
  successes: 11,
};
const placed: SkillMasteryRecord = {
  masteredAt: new Date('2026-12-01T00:10:00Z'),
  masteredVia: 'placement',
  attempts: 3,
  successes: 3,
};

describe('the facts behind a credential', () => {
  test('each skill of the criteria, in order: counts from practice, none from placement, none without a record', () => {
    const facts = masteryEvidenceFacts(input({ 'alg.slope': practised, 'alg.add': placed }));
    assert.deepEqual(facts.skills, [
      {
        skillId: 'alg.slope',
        name: NAMES['alg.slope'],
        masteredAt: '2026-12-07T23:30:00.000Z',
        via: 'practice',
        items: 14,
        right: 11,
      },
      {
        skillId: 'alg.add',
        name: NAMES['alg.add'],
        masteredAt: '2026-12-01T00:10:00.000Z',
        via: 'placement',
        items: null,
        right: null,
      },
      { skillId: 'alg.none', name: NAMES['alg.none'], masteredAt: null, via: null, items: null, right: null },
    ]);
    assert.deepEqual(facts.stacked, []);
  });

  test('each stacked part names the learner’s credential of it, or none', () => {
    const facts = masteryEvidenceFacts(
      input(
        {},
        {
          criteria: { skills: [], achievements: ['a1', 'a2'] },
          held: new Map([['a2', { credentialId: 'urn:uuid:2', issuedAt: new Date('2026-11-30T10:00:00Z') }]]),
        },
      ),
    );
    assert.deepEqual(facts.stacked, [
      { achievementId: 'a1', name: 'Badge a1', credentialId: null, issuedAt: null },
      {
        achievementId: 'a2',
        name: 'Badge a2',
        credentialId: 'urn:uuid:2',
        issuedAt: '2026-11-30T10:00:00.000Z',
      },
    ]);
  });

  test('the facts read back through JSON as they were stored; none stored reads as null', () => {
    const facts = masteryEvidenceFacts(
      input(
        { 'alg.slope': practised, 'alg.add': placed },
        {
          criteria: { skills: [{ skillId: 'alg.slope', threshold: 1 }], achievements: ['a2'] },
          held: new Map([['a2', { credentialId: 'urn:uuid:2', issuedAt: new Date('2026-11-30T10:00:00Z') }]]),
        },
      ),
    );
    assert.deepEqual(parseMasteryEvidenceFacts(JSON.parse(JSON.stringify(facts))), facts);
    assert.equal(parseMasteryEvidenceFacts(null), null);
  });

  test('bad stored facts throw naming the column and each bad part', () => {
    const bad = {
      skills: [
        { skillId: 'x', name: { en: 'X' }, masteredAt: 'yesterday', via: 'luck', items: -1, right: null },
      ],
      stacked: 'none',
    };
    assert.throws(() => parseMasteryEvidenceFacts(bad), {
      message:
        'issued_credentials.evidence_facts: skills[0].name.es must be a string; skills[0].masteredAt must be an ISO 8601 date-time; ' +
        'skills[0].via must be one of practice, placement; skills[0].items must be a finite number of at least 0; stacked must be an array',
    });
  });
});

describe('the evidence, worded', () => {
  const facts = masteryEvidenceFacts(
    input(
      { 'alg.slope': practised, 'alg.add': placed },
      {
        criteria: {
          skills: ['alg.slope', 'alg.add', 'alg.none'].map((skillId) => ({ skillId, threshold: 0.9 })),
          achievements: ['a1', 'a2', 'a3'],
        },
        held: new Map([
          ['a1', { credentialId: 'urn:uuid:1', issuedAt: new Date('2026-11-03T08:00:00Z') }],
          ['a2', { credentialId: 'urn:uuid:2', issuedAt: new Date('2026-11-30T23:59:59Z') }],
        ]),
      },
    ),
  );

  test('in English: one entry per skill (its page, when, how, on how many items), then what it stacks', () => {
    assert.deepEqual(masteryEvidence(facts, 'en', url), [
      {
        id: 'https://learn.example/skills/demo/alg.slope',
        name: 'Slope',
        narrative: 'Mastered on 7 December 2026 through practice: 14 items answered, 11 right.',
        genre: 'Skill mastery',
      },
      {
        id: 'https://learn.example/skills/demo/alg.add',
        name: 'Adding integers',
        narrative: 'Credited from placement on 1 December 2026.',
        genre: 'Skill mastery',
      },
      {
        id: 'https://learn.example/skills/demo/alg.none',
        name: 'Ratios',
        narrative: 'Mastered on Pathwise.',
        genre: 'Skill mastery',
      },
      {
        name: 'Stacked credentials',
        narrative:
          'Earned by holding “Badge a1” (issued 3 November 2026), “Badge a2” (issued 30 November 2026) and “Badge a3”.',
        genre: 'Stacked credentials',
      },
    ]);
  });

  test('in Spanish: the skill’s Spanish name (English when it has none), Spanish dates and words', () => {
    const [slope, add, none, stacked] = masteryEvidence(facts, 'es', url);
    assert.equal(slope?.name, 'Pendiente');
    assert.equal(
      slope?.narrative,
      'Dominada el 7 de diciembre de 2026 con práctica: 14 ítems respondidos, 11 correctos.',
    );
    assert.equal(add?.narrative, 'Acreditada por la prueba de ubicación el 1 de diciembre de 2026.');
    assert.equal(none?.name, 'Ratios');
    assert.equal(none?.narrative, 'Dominada en Pathwise.');
    assert.equal(
      stacked?.narrative,
      'Obtenida al tener «Badge a1» (emitida el 3 de noviembre de 2026), «Badge a2» (emitida el 30 de noviembre de 2026) y «Badge a3».',
    );
    assert.equal(stacked?.genre, 'Credenciales reunidas');
  });

  test('one item and one part read in the singular; no stacked entry without parts', () => {
    const one = masteryEvidenceFacts(
      input(
        { 'alg.slope': { ...practised, attempts: 1, successes: 1 } },
        {
          criteria: { skills: [{ skillId: 'alg.slope', threshold: 0.5 }], achievements: [] },
        },
      ),
    );
    assert.equal(
      masteryEvidence(one, 'en', url)[0]?.narrative,
      'Mastered on 7 December 2026 through practice: 1 item answered, 1 right.',
    );
    assert.equal(
      masteryEvidence(one, 'es', url)[0]?.narrative,
      'Dominada el 7 de diciembre de 2026 con práctica: 1 ítem respondido, 1 correcto.',
    );
    assert.equal(masteryEvidence(one, 'en', url).length, 1, 'no stacked entry without parts');
    const single = masteryEvidenceFacts(input({}, { criteria: { skills: [], achievements: ['a1'] } }));
    assert.deepEqual(
      masteryEvidence(single, 'es', url).map((e) => e.narrative),
      ['Obtenida al tener «Badge a1».'],
    );
  });

  test('a skill whose way or day was not recorded says what is known, and counts only when there are any', () => {
    const old = masteryEvidenceFacts(
      input(
        {
          'alg.slope': { ...practised, masteredVia: null },
          'alg.add': { ...practised, masteredVia: null, attempts: 0, successes: 0 },
          'alg.none': { ...practised, masteredAt: null },
        },
        {
          criteria: {
            skills: ['alg.slope', 'alg.add', 'alg.none'].map((skillId) => ({ skillId, threshold: 0.5 })),
            achievements: [],
          },
        },
      ),
    );
    assert.deepEqual(
      masteryEvidence(old, 'en', url).map((e) => e.narrative),
      [
        'Mastered on 7 December 2026: 14 items answered, 11 right.',
        'Mastered on 7 December 2026.',
        'Mastered on Pathwise: 14 items answered, 11 right.',
      ],
    );
  });

  test('dates are the UTC day whatever the hour', () => {
    assert.equal(evidenceDate('2026-12-31T23:59:59.999Z', 'en'), '31 December 2026');
    assert.equal(evidenceDate('2027-01-01T00:00:00Z', 'es'), '1 de enero de 2027');
    assert.equal(evidenceDate('2026-12-07T23:30:00-05:00', 'en'), '8 December 2026');
  });
});
