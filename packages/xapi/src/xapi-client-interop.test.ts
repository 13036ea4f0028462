import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Statement as ClientStatement } from '@xapi/xapi';
import { isDuration } from './formats/duration.ts';
import type { Statement } from './model/statement-types.ts';
import { parseStatementQuery } from './statement-query.ts';
import { buildStatement } from './test-support/factories.ts';
import { capturingClient, XapiClient } from './test-support/xapi-client.ts';
import { validateStatement, validateStatementBatch } from './validation/validate-statement.ts';
import { negotiateVersion } from './version.ts';
import { voidedStatementId } from './voiding.ts';

// The @xapi/xapi client, an independent implementation, builds requests; its transport is replaced by a
// recorder so nothing leaves the process. What it builds must pass our validation and parsing.
const actor = { objectType: 'Agent' as const, mbox: 'mailto:ada@example.com' };
const activity = { objectType: 'Activity' as const, id: 'http://example.com/activities/quiz-1' };

describe('@xapi/xapi interoperability', () => {
  it("statements using each of the client's verb constants validate", () => {
    for (const [name, verb] of Object.entries(XapiClient.Verbs)) {
      if (name === 'VOIDED') continue;
      const result = validateStatement({ actor, verb, object: activity }, { version: '1.0.3' });
      assert.ok(result.ok, name);
    }
  });
  it("the client's voiding statements validate and name their target", async () => {
    const { client, requests } = capturingClient(['x']);
    const target = 'e05aa883-acaf-40ad-bf54-02c8ce485fb0';
    await client.voidStatement({ actor, statementId: target });
    const sent = requests[0]?.data as Statement;
    assert.ok(validateStatement(sent, { version: '1.0.3' }).ok);
    assert.equal(voidedStatementId(sent), target);
  });
  it("the client's batches validate, and it sends a version our negotiation accepts", async () => {
    const { client, requests } = capturingClient();
    await client.sendStatements({ statements: [buildStatement(), buildStatement()] as never });
    assert.ok(validateStatementBatch(requests[0]?.data, { version: '1.0.3' }).ok);
    assert.deepEqual(negotiateVersion(requests[0]?.headers?.['X-Experience-API-Version'] as string), {
      ok: true,
      value: '1.0.3',
    });
  });
  it("the client's GET /statements queries parse into the same filters", async () => {
    const { client, requests } = capturingClient({ statements: [], more: '' });
    await client.getStatements({
      agent: actor,
      verb: 'http://adlnet.gov/expapi/verbs/passed',
      activity: activity.id,
      registration: 'ec531277-b57b-4c15-8d91-d292c5b2b8f7',
      related_activities: true,
      related_agents: true,
      since: '2023-05-04T12:00:00Z',
      until: '2023-05-05T12:00:00Z',
      limit: 10,
      format: 'ids',
      attachments: true,
      ascending: true,
    });
    const result = parseStatementQuery(new URL(requests[0]!.url).searchParams, { version: '1.0.3' });
    assert.ok(result.ok && result.value.kind === 'list', JSON.stringify(result));
    assert.deepEqual(result.value.agent, actor);
    assert.equal(result.value.verb, 'http://adlnet.gov/expapi/verbs/passed');
    assert.equal(result.value.limit, 10);
    assert.equal(result.value.format, 'ids');
    assert.equal(
      result.value.relatedActivities &&
        result.value.relatedAgents &&
        result.value.ascending &&
        result.value.attachments,
      true,
    );
  });
  it("the client's single-statement queries parse", async () => {
    const { client, requests } = capturingClient({});
    await client.getVoidedStatement({
      voidedStatementId: 'e05aa883-acaf-40ad-bf54-02c8ce485fb0',
      format: 'canonical',
    });
    const result = parseStatementQuery(new URL(requests[0]!.url).searchParams, { version: '1.0.3' });
    assert.deepEqual(result, {
      ok: true,
      value: {
        kind: 'single',
        statementId: 'e05aa883-acaf-40ad-bf54-02c8ce485fb0',
        voided: true,
        format: 'canonical',
        attachments: false,
      },
    });
  });
  it("a statement written against the client's TypeScript types validates", () => {
    const typed: ClientStatement = {
      id: 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0',
      actor: {
        objectType: 'Group',
        name: 'Team',
        member: [{ mbox: 'mailto:a@example.com' }, { account: { homePage: 'https://x.com', name: 'b' } }],
      },
      verb: XapiClient.Verbs.ANSWERED,
      object: {
        objectType: 'Activity',
        id: 'http://example.com/q1',
        definition: {
          type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
          interactionType: 'choice',
          choices: [{ id: 'a', description: { 'en-US': 'A' } }],
          correctResponsesPattern: ['a'],
        },
      },
      result: {
        score: { scaled: 0.5, raw: 5, min: 0, max: 10 },
        success: true,
        completion: true,
        response: 'a',
        duration: 'PT30S',
      },
      context: {
        registration: 'ec531277-b57b-4c15-8d91-d292c5b2b8f7',
        contextActivities: { parent: [{ id: 'http://example.com/quiz' }] },
        language: 'en-US',
      },
      timestamp: '2026-01-01T00:00:00Z',
      version: '1.0.0',
    };
    assert.deepEqual(validateStatement(typed, { version: '1.0.3' }), { ok: true, value: typed });
  });
  it('durations computed by the client are valid ISO 8601 durations', () => {
    const start = new Date('2026-01-01T00:00:00Z');
    for (const ms of [0, 1, 999, 61_000, 3_723_450, 90_061_001]) {
      const duration = XapiClient.calculateISO8601Duration(start, new Date(start.getTime() + ms));
      assert.equal(isDuration(duration), true, duration);
    }
  });
});
