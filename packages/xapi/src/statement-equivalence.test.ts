// biome-ignore-all lint/suspicious/noExplicitAny: edits reach into arbitrary statement JSON.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findStatementDifference, statementsAreEquivalent } from './model/statement-equivalence.ts';
import { prepareStatement } from './prepare-statement.ts';
import { buildStatement, edited } from './test-support/factories.ts';
import { SPEC_EXAMPLE_STATEMENTS } from './test-support/spec-examples.ts';

const long = SPEC_EXAMPLE_STATEMENTS[2];

describe('statementsAreEquivalent: differences the LRS may cause are ignored', () => {
  it('ignores stored, authority, version, and id/timestamp missing on one side', () => {
    const sent = buildStatement({ timestamp: '2015-11-18T12:17:00+00:00' });
    const stored = prepareStatement(sent, {
      authority: { mbox: 'mailto:lrs@example.com' },
      version: '1.0.3',
    });
    assert.equal(statementsAreEquivalent(sent, stored), true);
    assert.equal(statementsAreEquivalent(buildStatement(), stored), true);
    assert.equal(statementsAreEquivalent(buildStatement({ timestamp: null }), stored), true);
  });
  it('compares timestamps as instants and durations to hundredths of a second', () => {
    const a = buildStatement({
      timestamp: '2023-05-04T12:00:00-05:00',
      result: { duration: 'P1DT12H36M0.12S' },
    });
    const b = buildStatement({
      timestamp: '2023-05-04T17:00:00.000Z',
      result: { duration: 'P1DT12H36M0.1237S' },
    });
    assert.equal(statementsAreEquivalent(a, b), true);
    assert.equal(findStatementDifference(a, { ...b, timestamp: '2023-05-04T17:00:01Z' }), '$.timestamp');
    assert.equal(
      findStatementDifference(a, { ...b, result: { duration: 'P1DT12H36M0.13S' } }),
      '$.result.duration',
    );
  });
  it('ignores key order, single versus array contextActivities and their order, and group member order', () => {
    const a = edited(long, (s) => {
      s.context.contextActivities.parent = s.context.contextActivities.parent[0];
      s.context.contextActivities.other.reverse();
      s.actor.member.reverse();
    });
    const reordered = Object.fromEntries(Object.entries(a).reverse());
    assert.equal(statementsAreEquivalent(long, reordered), true);
  });
  it('ignores Activity definitions, Verb displays, default objectTypes and e-mail domain case', () => {
    const a = edited(long, (s) => {
      delete s.object.definition;
      s.verb.display = { fr: 'a assisté' };
      delete s.object.objectType;
      delete s.context.instructor.objectType;
      s.actor.mbox = 'mailto:teampb@EXAMPLE.com';
      s.context.contextActivities.category[0].definition.name = { en: 'renamed' };
    });
    assert.equal(statementsAreEquivalent(long, a), true);
  });
  it('treats an empty attachments array as no attachments', () => {
    assert.equal(statementsAreEquivalent(buildStatement(), buildStatement({ attachments: [] })), true);
  });
});

describe('findStatementDifference: real differences are reported with their path', () => {
  const cases: [string, (s: Record<string, any>) => void, string][] = [
    [
      'verb id',
      (s) => {
        s.verb.id = 'http://example.com/different/verb/iri';
      },
      '$.verb.id',
    ],
    [
      'object id',
      (s) => {
        s.object.id = 'http://example.com/other';
      },
      '$.object.id',
    ],
    [
      'actor name',
      (s) => {
        s.actor.name = 'Other';
      },
      '$.actor.name',
    ],
    [
      'result',
      (s) => {
        s.result.success = false;
      },
      '$.result.success',
    ],
    [
      'an extension value',
      (s) => {
        s.result.extensions['http://example.com/profiles/meetings/resultextensions/minuteslocation'] =
          'elsewhere';
      },
      '$.result.extensions["http://example.com/profiles/meetings/resultextensions/minuteslocation"]',
    ],
    [
      'a context activity',
      (s) => {
        s.context.contextActivities.other.pop();
      },
      '$.context.contextActivities.other',
    ],
    [
      'registration',
      (s) => {
        s.context.registration = 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0';
      },
      '$.context.registration',
    ],
    [
      'an added property',
      (s) => {
        s.context.revision = '2';
      },
      '$.context.revision',
    ],
  ];
  for (const [name, edit, path] of cases) {
    it(`finds a different ${name}`, () => {
      assert.equal(findStatementDifference(long, edited(long, edit)), path);
      assert.equal(statementsAreEquivalent(long, edited(long, edit)), false);
    });
  }
  it('compares the ids when both statements have one, ignoring case', () => {
    const id = 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0';
    assert.equal(
      statementsAreEquivalent(buildStatement({ id }), buildStatement({ id: id.toUpperCase() })),
      true,
    );
    assert.equal(
      findStatementDifference(buildStatement({ id }), buildStatement({ id: id.replace('f', 'e') })),
      '$.id',
    );
  });
  it('returns null for identical statements and handles non-objects', () => {
    assert.equal(findStatementDifference(long, structuredClone(long)), null);
    assert.equal(statementsAreEquivalent(null, {}), false);
  });
});
