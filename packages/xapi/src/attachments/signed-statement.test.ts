import assert from 'node:assert/strict';
import { createHash, createPrivateKey, generateKeyPairSync, X509Certificate } from 'node:crypto';
import { describe, it } from 'node:test';
import { CompactSign } from 'jose';
import { SIGNATURE_USAGE_TYPE, type Statement } from '../model/statement-types.ts';
import { buildStatement } from '../test-support/factories.ts';
import {
  SPEC_SIGNED_JWS,
  SPEC_SIGNED_ORIGINAL,
  SPEC_SIGNED_STATEMENT,
} from '../test-support/spec-examples.ts';
import { TEST_SIGNER_CERTIFICATE, TEST_SIGNER_PRIVATE_KEY } from '../test-support/test-signer.ts';
import { validateStatement } from '../validation/validate-statement.ts';
import { type SignatureAlgorithm, signStatement, verifyStatementSignature } from './signed-statement.ts';
import { type AttachmentData, matchAttachments, readStatementMultipart } from './statement-attachments.ts';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const statement = buildStatement({
  id: 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0',
  result: { duration: 'P1DT12H36M0.12S' },
});

/** A request body shaped like the ADL conformance suite's signed statements (no space after header colons). */
function suiteStyleBody(signed: Statement, jws: Buffer, boundary = '-------------314159265') {
  const attachment = signed.attachments![0]!;
  const body = Buffer.concat([
    Buffer.from(`\r\n--${boundary}\r\nContent-Type:application/json\r\n\r\n`),
    Buffer.from(JSON.stringify(signed)),
    Buffer.from(
      `\r\n--${boundary}\r\nContent-Type:${attachment.contentType}\r\nContent-Transfer-Encoding:binary\r\nX-Experience-API-Hash:${attachment.sha2}\r\n\r\n`,
    ),
    jws,
    Buffer.from(`\r\n--${boundary}--`),
  ]);
  return { body, contentType: `multipart/mixed; boundary=${boundary}` };
}

/** Runs the whole receiving path: multipart, validation, attachment matching, signature. */
async function receive(body: Buffer, contentType: string) {
  const read = readStatementMultipart(body, contentType);
  if (!read.ok) return read;
  const valid = validateStatement(read.value.json, { version: '2.0.0' });
  if (!valid.ok) return valid;
  const matched = matchAttachments([valid.value], read.value.attachments);
  if (!matched.ok) return matched;
  return verifyStatementSignature(valid.value, matched.value);
}

function attachmentFor(jws: string, contentType = 'application/octet-stream') {
  const data = Buffer.from(jws);
  const sha2 = createHash('sha256').update(data).digest('hex');
  const meta = {
    usageType: SIGNATURE_USAGE_TYPE,
    display: { en: 'signature' },
    contentType,
    length: data.length,
    sha2,
  };
  return { meta, data, part: { sha2, contentType, data } satisfies AttachmentData };
}

describe('verifyStatementSignature: statements signed like the conformance suite', () => {
  for (const algorithm of ['RS256', 'RS384', 'RS512'] as SignatureAlgorithm[]) {
    it(`accepts a statement signed with ${algorithm}`, async () => {
      const signed = await signStatement(statement, privateKey, { algorithm });
      const { body, contentType } = suiteStyleBody(signed.statement, signed.signature.data);
      assert.deepEqual(await receive(body, contentType), {
        ok: true,
        value: { algorithm, certificateVerified: false },
      });
    });
  }
  it('rejects another algorithm (HS256)', async () => {
    const jws = await new CompactSign(Buffer.from(JSON.stringify(statement)))
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new Uint8Array(32).fill(7));
    const { meta, part } = attachmentFor(jws);
    const result = await verifyStatementSignature(
      { ...statement, attachments: [meta] },
      new Map([[part.sha2, part]]),
    );
    assert.deepEqual(!result.ok && result.problems.map((p) => p.message), [
      'signature algorithm must be RS256, RS384 or RS512',
    ]);
  });
  it('rejects a signature attachment whose content type is not application/octet-stream', async () => {
    const signed = await signStatement(statement, privateKey);
    const bad = {
      ...signed.statement,
      attachments: signed.statement.attachments!.map((a) => ({
        ...a,
        contentType: 'text/plain; charset=ascii',
      })),
    };
    const { body, contentType } = suiteStyleBody(bad, signed.signature.data);
    const result = await receive(body, contentType);
    assert.deepEqual(!result.ok && result.problems.map((p) => p.path), ['$.attachments[0].contentType']);
  });
  it("rejects a payload that is not a JSON serialization (the suite's breakJson)", async () => {
    const broken = JSON.stringify(statement).replace('"', "'");
    const jws = await new CompactSign(Buffer.from(broken))
      .setProtectedHeader({ alg: 'RS256' })
      .sign(privateKey);
    const { meta, part } = attachmentFor(jws);
    const result = await verifyStatementSignature(
      { ...statement, attachments: [meta] },
      new Map([[part.sha2, part]]),
    );
    assert.match(!result.ok ? (result.problems[0]?.message ?? '') : '', /not a valid JSON serialization/);
  });
  it('rejects a statement changed after signing, naming where', async () => {
    const signed = await signStatement(statement, privateKey);
    const changed = { ...signed.statement, verb: { id: 'http://example.com/other-verb' } };
    const result = await verifyStatementSignature(
      changed,
      new Map([[signed.signature.sha2, signed.signature]]),
    );
    assert.match(!result.ok ? (result.problems[0]?.message ?? '') : '', /differs .* at \$\.verb\.id/);
  });
  it('compares durations only to hundredths of a second', async () => {
    const signed = await signStatement(statement, privateKey);
    const precise = { ...signed.statement, result: { duration: 'P1DT12H36M0.1237S' } };
    assert.equal(
      (await verifyStatementSignature(precise, new Map([[signed.signature.sha2, signed.signature]]))).ok,
      true,
    );
  });
  it('rejects malformed JWS, missing data and a second signature, and ignores unsigned statements', async () => {
    const { meta, part } = attachmentFor('not-a-jws');
    const malformed = await verifyStatementSignature(
      { ...statement, attachments: [meta] },
      new Map([[part.sha2, part]]),
    );
    assert.match(!malformed.ok ? (malformed.problems[0]?.message ?? '') : '', /Compact Serialization/);
    const missing = await verifyStatementSignature({ ...statement, attachments: [meta] }, new Map());
    assert.match(!missing.ok ? (missing.problems[0]?.message ?? '') : '', /must be sent/);
    const twice = await verifyStatementSignature(
      { ...statement, attachments: [meta, meta] },
      new Map([[part.sha2, part]]),
    );
    assert.equal(twice.ok, false);
    assert.deepEqual(await verifyStatementSignature(statement, new Map()), { ok: true, value: null });
  });
});

describe('verifyStatementSignature: x5c certificates', () => {
  const certificate = new X509Certificate(TEST_SIGNER_CERTIFICATE);
  const x5c = [certificate.raw.toString('base64')];
  it('verifies the signature against the x5c certificate', async () => {
    const signed = await signStatement(statement, createPrivateKey(TEST_SIGNER_PRIVATE_KEY), {
      algorithm: 'RS384',
      x5c,
    });
    const result = await verifyStatementSignature(
      signed.statement,
      new Map([[signed.signature.sha2, signed.signature]]),
    );
    assert.deepEqual(result, { ok: true, value: { algorithm: 'RS384', certificateVerified: true } });
  });
  it("rejects a signature made with another key than the certificate's", async () => {
    const signed = await signStatement(statement, privateKey, { x5c });
    const result = await verifyStatementSignature(
      signed.statement,
      new Map([[signed.signature.sha2, signed.signature]]),
    );
    assert.match(
      !result.ok ? (result.problems[0]?.message ?? '') : '',
      /does not verify against its x5c certificate/,
    );
  });
  it("verifies the specification's Appendix D example (1024-bit key, certificate chain)", async () => {
    const sha2 = SPEC_SIGNED_STATEMENT.attachments[0].sha2;
    const received = new Map([
      [sha2, { sha2, contentType: 'application/octet-stream', data: Buffer.from(SPEC_SIGNED_JWS) }],
    ]);
    const result = await verifyStatementSignature(SPEC_SIGNED_STATEMENT as unknown as Statement, received);
    assert.deepEqual(result, { ok: true, value: { algorithm: 'RS256', certificateVerified: true } });
    assert.deepEqual(JSON.parse(SPEC_SIGNED_ORIGINAL).id, SPEC_SIGNED_STATEMENT.id);
  });
});
