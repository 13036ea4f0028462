import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { buildStatementMultipart, parseMultipartMixed, type Statement, signStatement } from '@pathwise/xapi';
import { lrsTestApp, statement } from './lrs-test-support.ts';

function withAttachment(data: Buffer, sha2 = createHash('sha256').update(data).digest('hex')) {
  return statement({
    attachments: [
      {
        usageType: 'http://id.tincanapi.com/attachment/supporting_media',
        display: { 'en-US': 'worked solution' },
        contentType: 'text/plain',
        length: data.length,
        sha2,
      },
    ],
  });
}

for (const backend of await testBackends()) {
  describe(`xAPI attachments and signed statements (${backend.kind})`, () => {
    let t: Awaited<ReturnType<typeof lrsTestApp>>;
    before(async () => {
      t = await lrsTestApp(backend);
    });
    after(() => t.close());

    const postMultipart = (json: unknown, parts: { sha2: string; data: Buffer; contentType?: string }[]) => {
      const body = buildStatementMultipart(
        json,
        parts.map((p) => ({ sha2: p.sha2, contentType: p.contentType ?? 'text/plain', data: p.data })),
      );
      return t.app.inject({
        method: 'POST',
        url: '/xapi/statements',
        headers: { ...t.org.headers(), 'content-type': body.contentType },
        payload: body.body,
      });
    };

    test('multipart/mixed: a NUL or a lone surrogate in the statement part is a 400 in the xAPI format, not a 500', async () => {
      const data = Buffer.from('worked solution');
      const sha2 = createHash('sha256').update(data).digest('hex');
      for (const response of ['a\u0000b', '\udc00']) {
        const json = { ...withAttachment(data), result: { response } };
        const res = await postMultipart(json, [{ sha2, data }]);
        assert.equal(res.statusCode, 400, res.body);
        assert.match(res.json().error.message, /NUL|surrogate/);
      }
    });

    test('multipart/mixed: the data is stored and comes back with attachments=true, SHA-2 checked', async () => {
      const data = Buffer.from('x = 4 because 2x = 8');
      const sha2 = createHash('sha256').update(data).digest('hex');
      const res = await postMultipart(withAttachment(data), [{ sha2, data }]);
      assert.equal(res.statusCode, 200, res.body);
      const [id] = res.json() as string[];
      const back = await t.app.inject({
        method: 'GET',
        url: `/xapi/statements?statementId=${id}&attachments=true`,
        headers: t.org.headers(),
      });
      assert.equal(back.statusCode, 200);
      assert.match(String(back.headers['content-type']), /^multipart\/mixed; boundary=/);
      const parts = parseMultipartMixed(back.rawPayload, String(back.headers['content-type']));
      assert.ok(parts.ok);
      assert.equal(JSON.parse(parts.value[0]!.body.toString()).id, id);
      assert.equal(parts.value[1]!.headers['x-experience-api-hash'], sha2);
      assert.deepEqual(parts.value[1]!.body, data);
      const plain = await t.app.inject({
        method: 'GET',
        url: `/xapi/statements?statementId=${id}`,
        headers: t.org.headers(),
      });
      assert.match(String(plain.headers['content-type']), /^application\/json/);
    });

    test('a part whose data does not match its hash, a missing part and an extra part are 400s', async () => {
      const data = Buffer.from('hello');
      const sha2 = createHash('sha256').update(data).digest('hex');
      const wrongHash = createHash('sha256').update('other').digest('hex');
      assert.equal(
        (await postMultipart(withAttachment(data, wrongHash), [{ sha2: wrongHash, data }])).statusCode,
        400,
      );
      const missing = await t.app.inject({
        method: 'POST',
        url: '/xapi/statements',
        headers: t.org.headers(),
        payload: withAttachment(data),
      });
      assert.equal(missing.statusCode, 400);
      const extra = await postMultipart(statement(), [{ sha2, data }]);
      assert.equal(extra.statusCode, 400);
    });

    test('a signed statement is stored with its signature; a tampered one is a 400', async () => {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const original = statement({ id: '0b0c4cf4-7b57-4b07-9c0c-5f2e8d2e2a11' }) as unknown as Statement;
      const signed = await signStatement(original, privateKey);
      const ok = await postMultipart(signed.statement, [
        { ...signed.signature, contentType: 'application/octet-stream' },
      ]);
      assert.equal(ok.statusCode, 200, ok.body);
      const tampered = {
        ...signed.statement,
        id: 'c4b3a2f1-0000-4000-8000-000000000001',
        verb: { id: 'http://adlnet.gov/expapi/verbs/failed' },
      };
      const bad = await postMultipart(tampered, [
        { ...signed.signature, contentType: 'application/octet-stream' },
      ]);
      assert.equal(bad.statusCode, 400, bad.body);
    });
  });
}
