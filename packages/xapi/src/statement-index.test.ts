import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Statement } from './model/statement-types.ts';
import { agentKey, indexStatement } from './statement-index.ts';
import { buildStatement } from './test-support/factories.ts';
import { SPEC_EXAMPLE_STATEMENTS, SPEC_VOIDING_STATEMENT } from './test-support/spec-examples.ts';

const long = SPEC_EXAMPLE_STATEMENTS[2] as unknown as Statement;

describe('agentKey', () => {
  it('keys each kind of IFI, equal for equal IFIs', () => {
    assert.equal(
      agentKey({ mbox: 'mailto:Ada@Example.COM' }),
      agentKey({ objectType: 'Agent', name: 'Ada', mbox: 'mailto:Ada@example.com' }),
    );
    assert.notEqual(
      agentKey({ mbox: 'mailto:ada@example.com' }),
      agentKey({ mbox: 'mailto:Ada@example.com' }),
    );
    assert.equal(
      agentKey({ mbox_sha1sum: 'EBD31E95054C018B10727CCFFD2EF2EC3A016EE9' }),
      'mbox_sha1sum:ebd31e95054c018b10727ccffd2ef2ec3a016ee9',
    );
    assert.equal(
      agentKey({ openid: 'http://toby.openid.example.org/' }),
      'openid:http://toby.openid.example.org/',
    );
    assert.equal(
      agentKey({ account: { homePage: 'http://www.example.com', name: '13936749' } }),
      'account:["http://www.example.com","13936749"]',
    );
    assert.equal(agentKey({ objectType: 'Group', member: [] }), null);
  });
});

describe('indexStatement', () => {
  it("indexes the spec's long example for every filter", () => {
    const index = indexStatement(long);
    assert.equal(index.verbId, 'http://adlnet.gov/expapi/verbs/attended');
    assert.equal(index.registration, 'ec531277-b57b-4c15-8d91-d292c5b2b8f7');
    assert.deepEqual(index.agents, [
      'mbox:mailto:teampb@example.com',
      'account:["http://www.example.com","13936749"]',
      'openid:http://toby.openid.example.org/',
      'mbox_sha1sum:ebd31e95054c018b10727ccffd2ef2ec3a016ee9',
    ]);
    assert.ok(index.relatedAgents.includes('account:["http://cloud.scorm.com/","anonymous"]'), 'authority');
    assert.deepEqual(index.activities, ['http://www.example.com/meetings/occurances/34534']);
    assert.deepEqual(index.relatedActivities.sort(), [
      'http://www.example.com/meetings/categories/teammeeting',
      'http://www.example.com/meetings/occurances/3425567',
      'http://www.example.com/meetings/occurances/34257',
      'http://www.example.com/meetings/occurances/34534',
      'http://www.example.com/meetings/series/267',
    ]);
    assert.equal(index.statementRefTarget, undefined);
  });
  it('indexes Agent objects, SubStatements and contextAgents/contextGroups', () => {
    const coach = { mbox: 'mailto:coach@example.com' };
    const cohort = { objectType: 'Group' as const, account: { homePage: 'http://x.com', name: 'cohort' } };
    const statement = buildStatement({
      object: {
        objectType: 'SubStatement',
        actor: { mbox: 'mailto:sub@example.com' },
        verb: { id: 'http://x.com/v' },
        object: { objectType: 'Agent', mbox: 'mailto:target@example.com' },
        context: {
          contextActivities: { parent: [{ id: 'http://x.com/sub-parent' }] },
          contextAgents: [{ objectType: 'contextAgent', agent: coach }],
        },
      },
      context: {
        contextGroups: [{ objectType: 'contextGroup', group: cohort }],
        contextActivities: { other: { id: 'http://x.com/single' } },
      },
    });
    const index = indexStatement(statement);
    assert.deepEqual(index.agents, ['mbox:mailto:ada@example.com']);
    for (const key of [
      'mbox:mailto:sub@example.com',
      'mbox:mailto:target@example.com',
      'mbox:mailto:coach@example.com',
      'account:["http://x.com","cohort"]',
    ]) {
      assert.ok(index.relatedAgents.includes(key), key);
    }
    assert.deepEqual(index.activities, []);
    assert.deepEqual(index.relatedActivities.sort(), ['http://x.com/single', 'http://x.com/sub-parent']);
  });
  it('records StatementRef targets and voided statements', () => {
    const index = indexStatement(SPEC_VOIDING_STATEMENT as unknown as Statement);
    assert.equal(index.statementRefTarget, 'e05aa883-acaf-40ad-bf54-02c8ce485fb0');
    assert.equal(index.voids, 'e05aa883-acaf-40ad-bf54-02c8ce485fb0');
  });
});
