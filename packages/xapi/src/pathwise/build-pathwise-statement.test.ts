import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Activity, Statement } from '../model/statement-types.ts';
import { validateStatement } from '../validation/validate-statement.ts';
import { buildPathwiseStatement, isoDuration } from './build-pathwise-statement.ts';
import type { PathwiseEvent } from './pathwise-event.ts';
import {
  installationIris,
  PATHWISE_ACTIVITY_TYPES,
  PATHWISE_EXTENSIONS,
  PATHWISE_VERBS,
  PATHWISE_XAPI_NAMESPACE,
} from './vocabulary.ts';

const baseUrl = 'https://learn.example.edu/';
const common = {
  learner: { id: 'learner-42', name: 'Ada' },
  organizationId: 'org-7',
  at: '2026-03-01T10:00:00+01:00',
} as const;
const item = { id: 'eq-1', title: 'Solve 2x = 6', skillIds: ['solve-one-step', 'integers'] };
const registration = 'ec531277-b57b-4c15-8d91-d292c5b2b8f7';

const events: PathwiseEvent[] = [
  {
    ...common,
    type: 'attempt',
    item,
    correct: true,
    response: '3',
    score: { raw: 1, max: 1 },
    durationMs: 12_345,
    attemptNumber: 2,
    registration,
    pathwayId: 'algebra',
  },
  { ...common, type: 'attempt', item, stepId: 'step 2', correct: false },
  { ...common, type: 'hint-requested', item, stepId: 'step-1', hintLevel: 2 },
  {
    ...common,
    type: 'tutor-turn',
    sessionId: 's-1',
    role: 'learner',
    turnIndex: 0,
    item,
    text: 'Why divide?',
  },
  { ...common, type: 'tutor-turn', sessionId: 's-1', role: 'tutor', turnIndex: 1 },
  {
    ...common,
    type: 'mastery-changed',
    skill: { id: 'solve-one-step', name: 'Solve one-step equations' },
    before: 0.62,
    after: 0.91,
    mastered: true,
    evidence: ['fd41c918-b88b-4b20-a0a5-a4c32391aaa0'],
  },
  {
    ...common,
    type: 'credential-issued',
    achievement: { id: 'algebra-foundations', name: 'Algebra Foundations' },
    credentialId: 'urn:uuid:5b0b3a2e-8c1a-4f5e-9d1e-111111111111',
  },
];

describe('buildPathwiseStatement', () => {
  for (const event of events) {
    it(`builds a valid 1.0.3 and 2.0 statement for ${event.type}${'stepId' in event && event.stepId ? ' on a step' : ''}${event.type === 'tutor-turn' ? ` by the ${event.role}` : ''}`, () => {
      const statement = buildPathwiseStatement(event, { baseUrl });
      assert.deepEqual(validateStatement(statement, { version: '2.0.0' }), { ok: true, value: statement });
      assert.equal(validateStatement(statement, { version: '1.0.3' }).ok, true);
      assert.deepEqual(statement.actor, {
        objectType: 'Agent',
        name: 'Ada',
        account: { homePage: 'https://learn.example.edu', name: 'learner-42' },
      });
      assert.equal(statement.timestamp, '2026-03-01T09:00:00.000Z');
      assert.equal(statement.context?.extensions?.[PATHWISE_EXTENSIONS.organizationId], 'org-7');
      assert.match(statement.id ?? '', /^[0-9a-f-]{36}$/);
    });
  }
  it('writes an attempt with its result, item, skills and pathway', () => {
    const s = buildPathwiseStatement(events[0]!, { baseUrl, version: '1.0.3' });
    assert.equal(s.verb.id, 'http://adlnet.gov/expapi/verbs/answered');
    assert.equal((s.object as Activity).id, 'https://learn.example.edu/xapi/activities/items/eq-1');
    assert.deepEqual(s.result, {
      success: true,
      completion: true,
      score: { raw: 1, min: 0, max: 1, scaled: 1 },
      response: '3',
      duration: 'PT12.34S',
      extensions: { [PATHWISE_EXTENSIONS.attemptNumber]: 2 },
    });
    assert.equal(s.context?.registration, registration);
    assert.deepEqual(
      s.context?.contextActivities?.other?.map((a) => a.id),
      [
        'https://learn.example.edu/xapi/activities/skills/solve-one-step',
        'https://learn.example.edu/xapi/activities/skills/integers',
      ],
    );
    assert.equal(
      s.context?.contextActivities?.grouping?.[0]?.definition?.type,
      PATHWISE_ACTIVITY_TYPES.pathway,
    );
  });
  it('makes a step the object and its item the parent', () => {
    const s = buildPathwiseStatement(events[1]!, { baseUrl });
    assert.equal(
      (s.object as Activity).id,
      'https://learn.example.edu/xapi/activities/items/eq-1/steps/step%202',
    );
    assert.equal(
      s.context?.contextActivities?.parent?.[0]?.id,
      'https://learn.example.edu/xapi/activities/items/eq-1',
    );
    assert.equal(s.result?.success, false);
  });
  it('uses the vocabulary for hints, tutor turns, mastery and credentials', () => {
    const [hint, asked, replied, mastery, credential] = events
      .slice(2)
      .map((e) => buildPathwiseStatement(e, { baseUrl })) as Statement[];
    assert.equal(hint?.verb.id, PATHWISE_VERBS.requestedHint.id);
    assert.equal(hint?.result?.extensions?.[PATHWISE_EXTENSIONS.hintLevel], 2);
    assert.equal(asked?.verb.id, PATHWISE_VERBS.askedTutor.id);
    assert.equal(asked?.result?.response, 'Why divide?');
    assert.equal(replied?.verb.id, PATHWISE_VERBS.receivedTutorReply.id);
    assert.equal(replied?.result, undefined);
    assert.equal(replied?.context?.contextActivities, undefined);
    assert.equal(mastery?.verb.id, PATHWISE_VERBS.masteryChanged.id);
    assert.deepEqual(mastery?.result?.score, { scaled: 0.91 });
    assert.equal(mastery?.result?.extensions?.[PATHWISE_EXTENSIONS.masteryBefore], 0.62);
    assert.equal(credential?.verb.id, PATHWISE_VERBS.earned.id);
    assert.equal((credential!.object as Activity).definition?.name?.en, 'Algebra Foundations');
  });
  it('keeps a given statement id and refuses events that cannot make a valid statement', () => {
    const id = 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0';
    assert.equal(buildPathwiseStatement({ ...events[2]!, statementId: id }, { baseUrl }).id, id);
    assert.throws(
      () => buildPathwiseStatement({ ...events[2]!, registration: 'not-a-uuid' }, { baseUrl }),
      /context\.registration/,
    );
    assert.throws(
      () => buildPathwiseStatement(events[0]!, { baseUrl: 'not a url' }),
      /Cannot build a valid statement for attempt/,
    );
  });
});

describe('Pathwise vocabulary', () => {
  it("puts every verb, type and extension under the Pathwise namespace or ADL's", () => {
    const iris = [
      ...Object.values(PATHWISE_VERBS).map((v) => v.id),
      ...Object.values(PATHWISE_ACTIVITY_TYPES),
      ...Object.values(PATHWISE_EXTENSIONS),
    ];
    for (const iri of iris)
      assert.ok(
        iri.startsWith(`${PATHWISE_XAPI_NAMESPACE}/`) || iri.startsWith('http://adlnet.gov/expapi/verbs/'),
        iri,
      );
    assert.equal(new Set(iris).size, iris.length);
    for (const verb of Object.values(PATHWISE_VERBS))
      assert.deepEqual(Object.keys(verb.display), ['en', 'es']);
  });
  it('builds per-installation activity IRIs with encoded ids', () => {
    const iris = installationIris('https://learn.example.edu///');
    assert.equal(iris.accountHomePage, 'https://learn.example.edu');
    assert.equal(iris.skill('a/b'), 'https://learn.example.edu/xapi/activities/skills/a%2Fb');
    assert.equal(iris.achievement('x'), 'https://learn.example.edu/xapi/activities/achievements/x');
  });
});

describe('isoDuration', () => {
  it('writes milliseconds as seconds with at most hundredths', () => {
    assert.equal(isoDuration(12_345), 'PT12.34S');
    assert.equal(isoDuration(12_300), 'PT12.3S');
    assert.equal(isoDuration(5_000), 'PT5S');
    assert.equal(isoDuration(-5), 'PT0S');
  });
});
