import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseStatementQuery } from './statement-query.ts';

const id = 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0';
const agent = JSON.stringify({ objectType: 'Agent', mbox: 'mailto:ada@example.com' });
const parse = (query: string, version: '1.0.3' | '2.0.0' = '2.0.0') =>
  parseStatementQuery(new URLSearchParams(query), { version });
const problemPaths = (query: string) => {
  const result = parse(query);
  return result.ok ? [] : result.problems.map((p) => p.path);
};

describe('parseStatementQuery: single statements', () => {
  it('reads statementId and voidedStatementId with format and attachments', () => {
    assert.deepEqual(parse(`statementId=${id}`), {
      ok: true,
      value: { kind: 'single', statementId: id, voided: false, format: 'exact', attachments: false },
    });
    assert.deepEqual(parse(`voidedStatementId=${id}&format=ids&attachments=true`), {
      ok: true,
      value: { kind: 'single', statementId: id, voided: true, format: 'ids', attachments: true },
    });
  });
  it('rejects both ids together and any filter next to an id', () => {
    assert.deepEqual(problemPaths(`statementId=${id}&voidedStatementId=${id}`), ['voidedStatementId']);
    const filters = {
      agent,
      verb: 'http://x.com/v',
      activity: 'http://x.com/a',
      registration: id,
      related_activities: 'true',
      related_agents: 'true',
      since: '2020-01-01T00:00:00Z',
      until: '2020-01-01T00:00:00Z',
      limit: '1',
      ascending: 'true',
    };
    for (const [name, value] of Object.entries(filters)) {
      for (const idParam of ['statementId', 'voidedStatementId']) {
        const query = new URLSearchParams({ [idParam]: id, [name]: value }).toString();
        assert.deepEqual(problemPaths(query), [name], `${idParam} with ${name}`);
      }
    }
  });
  it('rejects malformed ids', () => {
    assert.deepEqual(problemPaths('statementId=wrong'), ['statementId']);
    assert.deepEqual(problemPaths('voidedStatementId=wrong'), ['voidedStatementId']);
  });
});

describe('parseStatementQuery: filtered lists', () => {
  it('defaults to every statement, newest first, exact format', () => {
    assert.deepEqual(parse(''), {
      ok: true,
      value: {
        kind: 'list',
        relatedActivities: false,
        relatedAgents: false,
        limit: 0,
        format: 'exact',
        attachments: false,
        ascending: false,
      },
    });
  });
  it('reads every filter into a typed query', () => {
    const query = new URLSearchParams({
      agent,
      verb: 'http://adlnet.gov/expapi/verbs/passed',
      activity: 'http://x.com/a',
      registration: id,
      related_activities: 'true',
      related_agents: 'false',
      since: '2023-05-04T12:00:00-05:00',
      until: '2023-05-05T00:00:00Z',
      limit: '25',
      format: 'canonical',
      attachments: 'true',
      ascending: 'true',
    });
    const result = parseStatementQuery(query, { version: '1.0.3' });
    assert.ok(result.ok);
    assert.deepEqual(result.value, {
      kind: 'list',
      agent: JSON.parse(agent),
      verb: 'http://adlnet.gov/expapi/verbs/passed',
      activity: 'http://x.com/a',
      registration: id,
      relatedActivities: true,
      relatedAgents: false,
      since: { timestamp: '2023-05-04T12:00:00-05:00', epochMs: Date.parse('2023-05-04T17:00:00Z') },
      until: { timestamp: '2023-05-05T00:00:00Z', epochMs: Date.parse('2023-05-05T00:00:00Z') },
      limit: 25,
      format: 'canonical',
      attachments: true,
      ascending: true,
    });
  });
  it('accepts identified Groups as agent and rejects anonymous Groups and non-agents', () => {
    const identified = JSON.stringify({
      objectType: 'Group',
      account: { homePage: 'http://x.com', name: 'g' },
    });
    assert.equal(parse(`agent=${encodeURIComponent(identified)}`).ok, true);
    const anonymous = JSON.stringify({ objectType: 'Group', member: [{ mbox: 'mailto:a@b.com' }] });
    assert.deepEqual(problemPaths(`agent=${encodeURIComponent(anonymous)}`), ['agent']);
    assert.deepEqual(problemPaths('agent=wrong'), ['agent']);
    assert.deepEqual(problemPaths(`agent=${encodeURIComponent('{"mbox":"not-mailto"}')}`), ['agent.mbox']);
  });
  it('reports every malformed value at once', () => {
    const query =
      'verb=not.a.valid.iri.com/verb&activity=not.a.valid.iri.com/activity&registration=wrong&since=yesterday&until=01/011/2015&limit=-1&format=full&attachments=yes&ascending=1&related_agents=TRUE';
    assert.deepEqual(problemPaths(query).sort(), [
      'activity',
      'ascending',
      'attachments',
      'format',
      'limit',
      'registration',
      'related_agents',
      'since',
      'until',
      'verb',
    ]);
  });
  it('rejects unknown, wrongly-cased and repeated parameters', () => {
    assert.deepEqual(problemPaths('foo=bar'), ['foo']);
    const cased = parse(`StatementId=${id}`);
    assert.match(!cased.ok ? (cased.problems[0]?.message ?? '') : '', /"statementId"/);
    assert.deepEqual(problemPaths('limit=1&limit=2'), ['limit']);
  });
  it('accepts extra parameters the LRS declares, and plain records', () => {
    assert.equal(
      parseStatementQuery(new URLSearchParams('cursor=abc'), {
        version: '2.0.0',
        extraParameters: ['cursor'],
      }).ok,
      true,
    );
    const result = parseStatementQuery(
      { verb: 'http://x.com/v', limit: ['5'], since: undefined },
      { version: '2.0.0' },
    );
    assert.ok(result.ok && result.value.kind === 'list' && result.value.limit === 5);
  });
});
