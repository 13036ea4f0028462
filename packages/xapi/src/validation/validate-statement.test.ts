import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { XapiVersion } from '../model/statement-types.ts';
import { buildStatement, edited } from '../test-support/factories.ts';
import {
  SPEC_EXAMPLE_OBJECTS,
  SPEC_EXAMPLE_STATEMENTS,
  SPEC_INTERACTION_DEFINITIONS,
  SPEC_SIGNED_STATEMENT,
  SPEC_STATEMENT_REF_STATEMENT,
  SPEC_SUBSTATEMENT_STATEMENT,
  SPEC_VOIDING_STATEMENT,
} from '../test-support/spec-examples.ts';
import { parseJsonBody, validateStatement, validateStatementBatch } from './validate-statement.ts';

const VERSIONS: XapiVersion[] = ['1.0.3', '2.0.0'];
const base = buildStatement();
const agent = { objectType: 'Agent', mbox: 'mailto:ada@example.com' };
const group = { objectType: 'Group', name: 'Team', member: [agent] };
const activity = { objectType: 'Activity', id: 'http://example.com/a' };
const ref = { objectType: 'StatementRef', id: 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0' };
const sub = {
  objectType: 'SubStatement',
  actor: agent,
  verb: { id: 'http://example.com/v' },
  object: activity,
};

function problemsOf(statement: unknown, version: XapiVersion = '2.0.0') {
  const result = validateStatement(statement, { version });
  return result.ok ? [] : result.problems;
}

function assertValid(statement: unknown, version: XapiVersion = '2.0.0') {
  assert.deepEqual(problemsOf(statement, version), []);
}

function assertInvalidAt(statement: unknown, path: string, version: XapiVersion = '2.0.0') {
  const problems = problemsOf(statement, version);
  assert.ok(
    problems.some((p) => p.path === path),
    `expected a problem at ${path}, got ${JSON.stringify(problems)}`,
  );
}

describe('validateStatement: examples from the specification', () => {
  for (const version of VERSIONS) {
    it(`accepts every Appendix A statement under ${version}`, () => {
      for (const statement of SPEC_EXAMPLE_STATEMENTS) assertValid(statement, version);
    });
    it(`accepts the voiding, StatementRef, SubStatement and signed examples under ${version}`, () => {
      for (const s of [
        SPEC_VOIDING_STATEMENT,
        SPEC_STATEMENT_REF_STATEMENT,
        SPEC_SUBSTATEMENT_STATEMENT,
        SPEC_SIGNED_STATEMENT,
      ]) {
        assertValid(s, version);
      }
    });
    it(`accepts every Appendix B object and every Appendix C interaction definition under ${version}`, () => {
      for (const object of SPEC_EXAMPLE_OBJECTS) assertValid(buildStatement({ object }), version);
      for (const [type, definition] of Object.entries(SPEC_INTERACTION_DEFINITIONS)) {
        assert.deepEqual(
          problemsOf(buildStatement({ object: { id: `http://example.com/${type}`, definition } }), version),
          [],
          type,
        );
      }
    });
  }
});

describe('validateStatement: structure', () => {
  it('reports every problem at once with its JSON path', () => {
    const statement = {
      verb: { id: 'nope' },
      object: { id: 'http://x.com/a' },
      result: { success: 'true' },
      extra: 1,
    };
    const paths = problemsOf(statement)
      .map((p) => p.path)
      .sort();
    assert.deepEqual(paths, ['$.actor', '$.extra', '$.result.success', '$.verb.id']);
  });
  it('rejects non-objects and nulls outside extensions', () => {
    assertInvalidAt(null, '$');
    assertInvalidAt([], '$');
    for (const key of [
      'actor',
      'verb',
      'object',
      'context',
      'result',
      'stored',
      'version',
      'id',
      'attachments',
      'authority',
    ]) {
      assertInvalidAt({ ...base, [key]: null }, `$.${key}`);
    }
    assertInvalidAt(
      edited(base, (s) => {
        s.actor.name = null;
      }),
      '$.actor.name',
    );
  });
  it('takes a null statement timestamp as not provided, as the 2.0 conformance suite expects', () => {
    assertValid({ ...base, timestamp: null });
    assertInvalidAt({ ...base, object: { ...sub, timestamp: null } }, '$.object.timestamp');
  });
  it('requires actor, verb and object', () => {
    for (const key of ['actor', 'verb', 'object']) {
      const { [key as 'actor']: _, ...rest } = base;
      assertInvalidAt(rest, `$.${key}`);
    }
  });
  it('rejects keys in the wrong case, naming the right one', () => {
    for (const key of [
      'Id',
      'Actor',
      'Verb',
      'Object',
      'Result',
      'Context',
      'Timestamp',
      'Stored',
      'Authority',
      'Version',
      'Attachments',
    ]) {
      const problems = problemsOf({ ...base, [key]: {} });
      const problem = problems.find((p) => p.path === `$.${key}`);
      assert.match(problem?.message ?? '', /case sensitive/, key);
    }
  });
  it('rejects strings where numbers or booleans are required, even if they contain them', () => {
    assertInvalidAt({ ...base, result: { score: { scaled: '0.5' } } }, '$.result.score.scaled');
    assertInvalidAt({ ...base, result: { success: 'false' } }, '$.result.success');
    assertInvalidAt({ ...base, result: { completion: 'true' } }, '$.result.completion');
    assertInvalidAt({ ...base, result: { response: 12345 } }, '$.result.response');
  });
  it('checks the statement id', () => {
    for (const id of [
      12345,
      { key: 'invalid' },
      'AA97B177-9383-4934-8543-0F91A7A028368',
      'MA97B177-9383-4934-8543-0F91A7A02836',
    ]) {
      assertInvalidAt({ ...base, id }, '$.id');
    }
    assertValid({ ...base, id: 'AA97B177-9383-4934-8543-0F91A7A02836' });
  });
});

describe('validateStatement: actors', () => {
  const cases: [string, unknown, string][] = [
    ['no IFI', { objectType: 'Agent', name: 'x' }, '$.actor'],
    ['two IFIs', { mbox: 'mailto:a@b.com', openid: 'http://a.openid.example.org' }, '$.actor'],
    ['mbox without mailto', { mbox: 'http://should.fail.com' }, '$.actor.mbox'],
    ['mbox not an address', { mbox: 'mailto:should.fail.com' }, '$.actor.mbox'],
    ['mbox_sha1sum not a string', { mbox_sha1sum: 12345 }, '$.actor.mbox_sha1sum'],
    ['openid not a URI', { openid: 'ab=c://should.fail.com' }, '$.actor.openid'],
    ['account without homePage', { account: { name: 'x' } }, '$.actor.account.homePage'],
    ['account without name', { account: { homePage: 'http://x.com' } }, '$.actor.account.name'],
    [
      'account homePage not an IRL',
      { account: { homePage: 'ab=c://should.fail.com', name: 'x' } },
      '$.actor.account.homePage',
    ],
    [
      'account name not a string',
      { account: { homePage: 'http://x.com', name: { key: 'invalid' } } },
      '$.actor.account.name',
    ],
    ['objectType numeric', { objectType: 123, mbox: 'mailto:a@b.com' }, '$.actor.objectType'],
    ['objectType wrong case', { objectType: 'agent', mbox: 'mailto:a@b.com' }, '$.actor.objectType'],
    ['name numeric', { name: 123, mbox: 'mailto:a@b.com' }, '$.actor.name'],
    ['anonymous group without member', { objectType: 'Group', name: 'g' }, '$.actor.member'],
    ['member not an array', { objectType: 'Group', member: agent }, '$.actor.member'],
    ['group member is a group', { objectType: 'Group', member: [group] }, '$.actor.member[0].objectType'],
    [
      'identified group with two IFIs',
      { objectType: 'Group', mbox: 'mailto:a@b.com', openid: 'http://x.com/' },
      '$.actor',
    ],
    ['string actor', 'agent', '$.actor'],
  ];
  for (const [name, actor, path] of cases)
    it(`rejects ${name}`, () => assertInvalidAt({ ...base, actor }, path));
  it('accepts every IFI, anonymous groups and identified groups', () => {
    for (const actor of [
      { mbox: 'mailto:a@b.com' },
      { mbox_sha1sum: 'ebd31e95054c018b10727ccffd2ef2ec3a016ee9' },
      { openid: 'http://a.openid.example.org/' },
      { account: { homePage: 'http://www.example.com', name: '13936749' } },
      group,
      { objectType: 'Group', account: { homePage: 'http://x.com', name: 'g' } },
      { objectType: 'Group', mbox: 'mailto:g@b.com', member: [] },
    ]) {
      assertValid({ ...base, actor });
    }
  });
  it('requires objectType on an Agent or Group object', () => {
    assertInvalidAt({ ...base, object: { mbox: 'mailto:a@b.com' } }, '$.object.id');
    assertValid({ ...base, object: agent });
    assertValid({ ...base, object: group });
  });
  it('accepts an Agent or an anonymous two-Agent Group as authority, and nothing else', () => {
    assertValid({ ...base, authority: agent });
    assertValid({
      ...base,
      authority: {
        objectType: 'Group',
        member: [agent, { account: { homePage: 'http://x.com/oauth', name: 'key' } }],
      },
    });
    assertInvalidAt({ ...base, authority: { objectType: 'Group', member: [agent] } }, '$.authority.member');
    assertInvalidAt(
      { ...base, authority: { objectType: 'Group', member: [agent, agent, agent] } },
      '$.authority.member',
    );
    assertInvalidAt(
      { ...base, authority: { objectType: 'Group', mbox: 'mailto:g@x.com', member: [agent, agent] } },
      '$.authority',
    );
  });
});

describe('validateStatement: verb and objects', () => {
  it('checks the verb', () => {
    assertInvalidAt({ ...base, verb: { display: { 'en-US': 'x' } } }, '$.verb.id');
    assertInvalidAt({ ...base, verb: { id: 'not.a.valid.iri.com/verb' } }, '$.verb.id');
    assertInvalidAt({ ...base, verb: { id: 'http://x.com/v', display: 12345 } }, '$.verb.display');
    assertInvalidAt(
      { ...base, verb: { id: 'http://x.com/v', display: 'a12345 attended' } },
      '$.verb.display',
    );
    assertInvalidAt(
      { ...base, verb: { id: 'http://x.com/v', display: { a12345: 'attended' } } },
      '$.verb.display.a12345',
    );
  });
  it('checks objectType values exactly', () => {
    for (const objectType of ['activity', 'agent', 'group', 'statementref', 'substatement', 'Person']) {
      assertInvalidAt({ ...base, object: { ...activity, objectType } }, '$.object.objectType');
    }
  });
  it('checks Activities and their definitions', () => {
    const withDefinition = (definition: unknown) => ({ ...base, object: { ...activity, definition } });
    assertInvalidAt({ ...base, object: { objectType: 'Activity' } }, '$.object.id');
    assertInvalidAt({ ...base, object: { id: 'ab=c://should.fail.com' } }, '$.object.id');
    assertInvalidAt(withDefinition('should fail'), '$.object.definition');
    assertInvalidAt(withDefinition({ name: 12345 }), '$.object.definition.name');
    assertInvalidAt(withDefinition({ description: 'x' }), '$.object.definition.description');
    assertInvalidAt(withDefinition({ type: 'should fail' }), '$.object.definition.type');
    assertInvalidAt(withDefinition({ moreInfo: 'should fail' }), '$.object.definition.moreInfo');
    assertInvalidAt(withDefinition({ extensions: 'x' }), '$.object.definition.extensions');
    assertInvalidAt(
      withDefinition({ extensions: { 'should fail': true } }),
      '$.object.definition.extensions["should fail"]',
    );
    assertInvalidAt(withDefinition({ interactionType: 'choiCe' }), '$.object.definition.interactionType');
    assertInvalidAt(withDefinition({ interactionType: 12345 }), '$.object.definition.interactionType');
    assertInvalidAt(withDefinition({ choices: [{ id: 'a' }] }), '$.object.definition.choices');
    assertInvalidAt(
      withDefinition({ interactionType: 'likert', choices: [{ id: 'a' }] }),
      '$.object.definition.choices',
    );
    assertInvalidAt(
      withDefinition({ interactionType: 'choice', choices: [{ id: 'a' }, { id: 'a' }] }),
      '$.object.definition.choices[1].id',
    );
    assertInvalidAt(
      withDefinition({ interactionType: 'choice', choices: [{ description: { en: 'x' } }] }),
      '$.object.definition.choices[0].id',
    );
    assertInvalidAt(
      withDefinition({ interactionType: 'fill-in', correctResponsesPattern: [1] }),
      '$.object.definition.correctResponsesPattern[0]',
    );
    assertValid(withDefinition({}));
    assertValid(
      withDefinition({ extensions: { 'http://example.com/null': null, 'http://example.com/e': '' } }),
    );
  });
  it('checks StatementRefs', () => {
    assertValid({ ...base, object: ref });
    assertInvalidAt({ ...base, object: { objectType: 'StatementRef' } }, '$.object.id');
    assertInvalidAt({ ...base, object: { ...ref, id: 'not-a-uuid' } }, '$.object.id');
    assertInvalidAt({ ...base, object: { ...ref, extra: 1 } }, '$.object.extra');
  });
  it('checks SubStatements and their restrictions', () => {
    assertValid({ ...base, object: sub });
    assertValid({
      ...base,
      object: { ...sub, object: ref, result: { duration: 'P3Y' }, timestamp: '2099-01-01T00:00:00Z' },
    });
    for (const key of ['id', 'stored', 'version', 'authority']) {
      const problems = problemsOf({ ...base, object: { ...sub, [key]: key === 'authority' ? agent : 'x' } });
      assert.ok(
        problems.some((p) => p.path === `$.object.${key}` && /SubStatement/.test(p.message)),
        key,
      );
    }
    assertInvalidAt({ ...base, object: { ...sub, object: sub } }, '$.object.object.objectType');
    assertInvalidAt({ ...base, object: { ...sub, actor: { objectType: 'Agent' } } }, '$.object.actor');
    assertInvalidAt(
      { ...base, object: { ...sub, result: { duration: 'P4W1D' } } },
      '$.object.result.duration',
    );
    assertInvalidAt(
      { ...base, object: { ...sub, timestamp: '2008-09-15T15:53:00.601-00:00' } },
      '$.object.timestamp',
    );
  });
});

describe('validateStatement: result', () => {
  it('checks score ranges', () => {
    const score = (s: unknown) => ({ ...base, result: { score: s } });
    assertValid(score({ scaled: 1.0, raw: 12.125, min: 0.12123434, max: 45.45 }));
    assertValid(score({ scaled: -1, raw: 0, min: 0, max: 1 }));
    assertInvalidAt(score({ scaled: 1.01 }), '$.result.score.scaled');
    assertInvalidAt(score({ scaled: -1.01 }), '$.result.score.scaled');
    assertInvalidAt(score({ raw: 11, max: 10 }), '$.result.score.raw');
    assertInvalidAt(score({ raw: 1, min: 2 }), '$.result.score.raw');
    assertInvalidAt(score({ min: 10, max: 5 }), '$.result.score.min');
    assertInvalidAt(score(12345), '$.result.score');
    assertInvalidAt(score('x'), '$.result.score');
  });
  it('checks durations and extensions', () => {
    for (const duration of ['should fail', 12345, { key: 'invalid' }, 'PA1H0M0S', 'P4W1D']) {
      assertInvalidAt({ ...base, result: { duration } }, '$.result.duration');
    }
    for (const duration of [
      'PT4H35M59.14S',
      'PT16559.14S',
      'P3Y1M29DT4H35M59.14S',
      'P3Y',
      'P4W',
      'P1DT12H36M0.12567S',
    ]) {
      assertValid({ ...base, result: { duration } });
    }
    assertInvalidAt({ ...base, result: { extensions: 12345 } }, '$.result.extensions');
    assertInvalidAt(
      { ...base, result: { extensions: { 'should fail': 1 } } },
      '$.result.extensions["should fail"]',
    );
    assertValid({ ...base, result: { extensions: {} } });
  });
});

describe('validateStatement: context', () => {
  const ctx = (context: unknown, object: unknown = activity) => ({ ...base, object, context });
  it('checks registration, instructor, team, language and statement', () => {
    assertInvalidAt(ctx({ registration: 'x' }), '$.context.registration');
    assertInvalidAt(ctx({ registration: { key: 'x' } }), '$.context.registration');
    assertInvalidAt(ctx({ instructor: 'x' }), '$.context.instructor');
    assertInvalidAt(ctx({ team: agent }), '$.context.team.objectType');
    assertInvalidAt(ctx({ language: 'a12345' }), '$.context.language');
    assertInvalidAt(ctx({ language: 12345 }), '$.context.language');
    assertInvalidAt(
      ctx({ statement: { ...ref, objectType: 'statementref' } }),
      '$.context.statement.objectType',
    );
    assertInvalidAt(ctx({ statement: { ...ref, id: 'x' } }), '$.context.statement.id');
    assertInvalidAt(ctx({ statement: { id: ref.id } }), '$.context.statement.objectType');
    assertValid(
      ctx({
        registration: 'ec531277-b57b-4c15-8d91-d292c5b2b8f7',
        instructor: group,
        team: group,
        language: 'tlh',
        statement: ref,
      }),
    );
  });
  it('allows revision and platform only when the object is an Activity', () => {
    for (const key of ['revision', 'platform']) {
      assertValid(ctx({ [key]: 'x' }));
      assertValid(ctx({ [key]: 'x' }, { id: 'http://example.com/no-type' }));
      for (const object of [agent, group, ref, sub])
        assertInvalidAt(ctx({ [key]: 'x' }, object), `$.context.${key}`);
      assertInvalidAt(ctx({ [key]: 12345 }), `$.context.${key}`);
    }
  });
  it('checks contextActivities keys and values, accepting a single Activity', () => {
    assertValid(
      ctx({
        contextActivities: {
          parent: activity,
          grouping: [activity],
          category: [activity],
          other: [activity, activity],
        },
      }),
    );
    assertInvalidAt(
      ctx({ contextActivities: { parents: [activity] } }),
      '$.context.contextActivities.parents',
    );
    assertInvalidAt(ctx({ contextActivities: 'x' }), '$.context.contextActivities');
    assertInvalidAt(
      ctx({ contextActivities: { parent: [{ id: 'x' }] } }),
      '$.context.contextActivities.parent[0].id',
    );
    assertInvalidAt(ctx({ contextActivities: { other: 'x' } }), '$.context.contextActivities.other');
  });
  it('accepts contextAgents and contextGroups only under 2.0, and checks them', () => {
    const contextAgents = [
      { objectType: 'contextAgent', agent, relevantTypes: ['http://example.com/types/coach'] },
    ];
    const contextGroups = [
      { objectType: 'contextGroup', group, relevantTypes: ['http://example.com/types/cohort'] },
    ];
    assertValid(ctx({ contextAgents, contextGroups }), '2.0.0');
    assertInvalidAt(ctx({ contextAgents }), '$.context.contextAgents', '1.0.3');
    assert.match(problemsOf(ctx({ contextAgents }), '1.0.3')[0]?.message ?? '', /xAPI 2\.0 only/);
    assertInvalidAt(ctx({ contextGroups }), '$.context.contextGroups', '1.0.3');
    assertInvalidAt(
      ctx({ contextAgents: [{ ...contextAgents[0], objectType: 'Agent' }] }),
      '$.context.contextAgents[0].objectType',
    );
    assertInvalidAt(
      ctx({ contextAgents: [{ objectType: 'contextAgent', agent: { name: 'x' } }] }),
      '$.context.contextAgents[0].agent',
    );
    assertInvalidAt(
      ctx({ contextAgents: [{ objectType: 'contextAgent', agent: group }] }),
      '$.context.contextAgents[0].agent.objectType',
    );
    assertInvalidAt(
      ctx({ contextAgents: [{ objectType: 'contextAgent', agent, relevantTypes: [] }] }),
      '$.context.contextAgents[0].relevantTypes',
    );
    assertInvalidAt(
      ctx({ contextAgents: [{ objectType: 'contextAgent', agent, relevantTypes: ['x'] }] }),
      '$.context.contextAgents[0].relevantTypes[0]',
    );
    assertInvalidAt(
      ctx({ contextGroups: [{ objectType: 'contextGroup', group: agent }] }),
      '$.context.contextGroups[0].group.objectType',
    );
    assertInvalidAt(
      ctx({ contextGroups: [{ objectType: 'contextGroup' }] }),
      '$.context.contextGroups[0].group',
    );
  });
});

describe('validateStatement: timestamps, versions, attachments, voiding', () => {
  it('checks timestamps, requiring a time zone under 2.0 only', () => {
    for (const timestamp of [
      '01/011/2015',
      'should fail',
      '2008-09-15T15:53:00.601-00',
      '2008-09-15T15:53:00.601-0000',
      '2008-09-15T15:53:00.601-00:00',
    ]) {
      assertInvalidAt({ ...base, timestamp }, '$.timestamp');
    }
    assertValid({ ...base, timestamp: '2008-09-15T15:53:00.601+00:00' });
    assertValid({ ...base, timestamp: new Date(Date.now() + 5 * 365 * 86_400_000).toISOString() });
    assertValid({ ...base, timestamp: '2013-04-01T12:00:00' }, '1.0.3');
    assertInvalidAt({ ...base, timestamp: '2013-04-01T12:00:00' }, '$.timestamp', '2.0.0');
    assertValid({ ...base, stored: '2013-04-01T12:00:00Z' });
    assertInvalidAt({ ...base, stored: 'yesterday' }, '$.stored');
  });
  it('accepts 1.0.x statement versions under both and 2.0.x under 2.0 only', () => {
    for (const version of ['1.0', '1.0.0', '1.0.9']) {
      assertValid({ ...base, version }, '1.0.3');
      assertValid({ ...base, version }, '2.0.0');
    }
    assertValid({ ...base, version: '2.0.0' }, '2.0.0');
    assertInvalidAt({ ...base, version: '2.0.0' }, '$.version', '1.0.3');
    for (const version of ['should fail', '0.9.9', '1.1.0', '3.0.0', 1])
      assertInvalidAt({ ...base, version }, '$.version');
  });
  it('checks attachment metadata', () => {
    const valid = {
      usageType: 'http://example.com/attachment-usage/test',
      display: { 'en-US': 'A test attachment' },
      description: { 'en-US': 'A test attachment (description)' },
      contentType: 'text/plain; charset=ascii',
      length: 27,
      sha2: '495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a',
      fileUrl: 'http://over.there.com/file.txt',
    };
    assertValid({ ...base, attachments: [valid] });
    assertInvalidAt({ ...base, attachments: valid }, '$.attachments');
    assertInvalidAt({ ...base, attachments: [12345] }, '$.attachments[0]');
    const bad: [string, unknown][] = [
      ['usageType', 'should fail'],
      ['contentType', 12345],
      ['length', 'should fail'],
      ['length', 2.5],
      ['sha2', 12345],
      ['fileUrl', 'should fail'],
      ['display', 12345],
      ['display', { a12345: 'x' }],
      ['description', 'x'],
    ];
    for (const [key, value] of bad) {
      const problems = problemsOf({ ...base, attachments: [{ ...valid, [key]: value }] });
      assert.ok(
        problems.some((p) => p.path.startsWith(`$.attachments[0].${key}`)),
        `${key}=${JSON.stringify(value)}`,
      );
    }
    for (const key of ['usageType', 'display', 'contentType', 'length', 'sha2']) {
      const { [key as 'length']: _, ...rest } = valid;
      assertInvalidAt({ ...base, attachments: [rest] }, `$.attachments[0].${key}`);
    }
  });
  it('requires a StatementRef object on a voiding statement', () => {
    const voided = { id: 'http://adlnet.gov/expapi/verbs/voided', display: { 'en-US': 'voided' } };
    assertValid({ ...base, verb: voided, object: ref });
    assertInvalidAt({ ...base, verb: voided }, '$.object');
    assertInvalidAt({ ...base, verb: voided, object: sub }, '$.object');
  });
});

describe('validateStatementBatch and parseJsonBody', () => {
  it('validates a single statement or an array, with indexed paths', () => {
    assert.equal(validateStatementBatch(base, { version: '2.0.0' }).ok, true);
    const result = validateStatementBatch([base, { ...base, verb: { id: 'x' } }], { version: '2.0.0' });
    assert.equal(result.ok, false);
    assert.deepEqual(!result.ok && result.problems.map((p) => p.path), ['$[1].verb.id']);
  });
  it('rejects a batch that uses one id twice', () => {
    const id = 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0';
    const result = validateStatementBatch(
      [
        { ...base, id },
        { ...base, id: id.toUpperCase() },
      ],
      { version: '1.0.3' },
    );
    assert.equal(result.ok, false);
    assert.match(!result.ok ? (result.problems[0]?.message ?? '') : '', /repeats the id of statement 0/);
  });
  it('reports malformed JSON instead of throwing', () => {
    const result = parseJsonBody("{'actor': 1}");
    assert.equal(result.ok, false);
    assert.deepEqual(parseJsonBody('[1]'), { ok: true, value: [1] });
  });
});
