import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import XAPIModule from '@xapi/xapi';
import { lrsTestApp } from './lrs-test-support.ts';

// NOTE: @xapi/xapi ships CommonJS typed as `export default`; `.default` is the class for both tsc and Node.
const XAPI = XAPIModule.default;

for (const backend of await testBackends()) {
  describe(`@xapi/xapi client against a loopback server (${backend.kind})`, () => {
    let t: Awaited<ReturnType<typeof lrsTestApp>>;
    let client: InstanceType<typeof XAPI>;
    before(async () => {
      t = await lrsTestApp(backend);
      const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
      client = new XAPI({ endpoint: `${address}/xapi/`, auth: XAPI.toBasicAuth(t.org.key, t.org.secret) });
    });
    after(() => t.close());

    const actor = { objectType: 'Agent' as const, mbox: 'mailto:client@example.com', name: 'Client' };
    const object = { objectType: 'Activity' as const, id: 'http://example.com/activities/client-quiz' };

    test('sends a statement, queries it back, voids it', async () => {
      const sent = await client.sendStatement({ statement: { actor, verb: XAPI.Verbs.COMPLETED, object } });
      const [id] = sent.data;
      assert.ok(id);
      const query = await client.getStatements({ agent: actor, verb: XAPI.Verbs.COMPLETED.id, limit: 5 });
      assert.ok(query.data.statements.some((s) => s.id === id));
      const one = await client.getStatement({ statementId: id });
      assert.equal((one.data.object as { id?: string }).id, object.id);
      await client.voidStatement({ actor, statementId: id });
      const voided = await client.getVoidedStatement({ voidedStatementId: id });
      assert.equal(voided.data.id, id);
      await assert.rejects(
        client.getStatement({ statementId: id }),
        (error: { response?: { status: number } }) => {
          assert.equal(error.response?.status, 404);
          return true;
        },
      );
    });

    test('state round trip: set, get, delete', async () => {
      const params = { agent: actor, activityId: object.id, stateId: 'client-progress' };
      await client.setState({ ...params, state: { page: 4 } });
      const got = await client.getState(params);
      assert.deepEqual(got.data, { page: 4 });
      await client.deleteState(params);
      await assert.rejects(client.getState(params));
    });

    test('about lists both versions', async () => {
      const about = await client.getAbout();
      assert.deepEqual(about.data.version, ['2.0.0', '1.0.3']);
    });
  });
}
