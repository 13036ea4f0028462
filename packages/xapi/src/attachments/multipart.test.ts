import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { buildStatement } from '../test-support/factories.ts';
import { SPEC_MULTIPART_BODY, SPEC_MULTIPART_BOUNDARY } from '../test-support/spec-examples.ts';
import { capturingClient } from '../test-support/xapi-client.ts';
import { buildMultipartMixed, multipartBoundary, parseMultipartMixed } from './multipart.ts';
import {
  attachmentsOf,
  buildStatementMultipart,
  matchAttachments,
  readStatementMultipart,
} from './statement-attachments.ts';

const specBody = Buffer.from(SPEC_MULTIPART_BODY.replace(/\n/g, '\r\n'));
const specContentType = `multipart/mixed; boundary="${SPEC_MULTIPART_BOUNDARY}"`;
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

describe('multipartBoundary', () => {
  it('reads quoted and token boundaries of multipart/mixed only', () => {
    assert.equal(multipartBoundary(specContentType), SPEC_MULTIPART_BOUNDARY);
    assert.equal(multipartBoundary('Multipart/Mixed; charset=x; boundary=abc'), 'abc');
    assert.equal(multipartBoundary('multipart/form-data; boundary=abc'), null);
    assert.equal(multipartBoundary('multipart/mixed'), null);
    assert.equal(multipartBoundary(undefined), null);
  });
});

describe('parseMultipartMixed / buildMultipartMixed', () => {
  it('parses the specification example', () => {
    const result = parseMultipartMixed(specBody, specContentType);
    assert.ok(result.ok);
    assert.equal(result.value.length, 2);
    assert.equal(result.value[0]?.headers['content-type'], 'application/json');
    assert.equal(result.value[1]?.body.toString(), 'here is a simple attachment');
    assert.equal(result.value[1]?.headers['x-experience-api-hash'], sha256('here is a simple attachment'));
  });
  it('ignores a preamble and an epilogue, and keeps binary data intact', () => {
    const binary = Buffer.from([0, 13, 10, 45, 45, 255]);
    const body = Buffer.concat([
      Buffer.from('preamble\r\n--b\r\nA: 1\r\n\r\n'),
      binary,
      Buffer.from('\r\n--b--\r\nepilogue'),
    ]);
    const result = parseMultipartMixed(body, 'multipart/mixed; boundary=b');
    assert.ok(result.ok);
    assert.deepEqual([...(result.value[0]?.body ?? [])], [...binary]);
  });
  it('reports a missing boundary, delimiter, header block or close delimiter', () => {
    const paths = (body: string, type = 'multipart/mixed; boundary=b') => {
      const result = parseMultipartMixed(Buffer.from(body), type);
      return result.ok ? [] : result.problems.map((p) => p.path);
    };
    assert.deepEqual(paths('x', 'application/json'), ['Content-Type']);
    assert.deepEqual(paths('no delimiter here'), ['multipart']);
    assert.deepEqual(paths('--b\r\nA: 1\r\n\r\nbody without end'), ['multipart[0]']);
    assert.deepEqual(paths('--b\r\nA: 1 no blank line\r\n--b--'), ['multipart[0]']);
  });
  it('round-trips what it builds, choosing a boundary absent from the parts', () => {
    const built = buildMultipartMixed(
      [
        { headers: { 'Content-Type': 'application/json' }, body: '{"a":1}' },
        { headers: { 'X-A': '1' }, body: Buffer.from('--xapi-') },
      ],
      'xapi-',
    );
    assert.notEqual(multipartBoundary(built.contentType), 'xapi-');
    const parsed = parseMultipartMixed(built.body, built.contentType);
    assert.ok(parsed.ok);
    assert.deepEqual(
      parsed.value.map((p) => p.body.toString()),
      ['{"a":1}', '--xapi-'],
    );
  });
});

describe('readStatementMultipart', () => {
  it('reads the statements and the hashed attachment of the specification example', () => {
    const result = readStatementMultipart(specBody, specContentType);
    assert.ok(result.ok);
    assert.equal(
      (result.value.json as { verb: { id: string } }).verb.id,
      'http://adlnet.gov/expapi/verbs/answered',
    );
    assert.equal(
      result.value.attachments[0]?.sha2,
      '495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a',
    );
    assert.equal(result.value.attachments[0]?.contentType, 'text/plain');
  });
  it('reads what the @xapi/xapi client sends for a statement with an attachment', async () => {
    const data = 'essay text';
    const statement = buildStatement({
      attachments: [
        {
          usageType: 'http://id.tincanapi.com/attachment/supporting_media',
          display: { en: 'Essay' },
          contentType: 'text/plain',
          length: data.length,
          sha2: sha256(data),
        },
      ],
    });
    const { client, requests } = capturingClient();
    await client.sendStatement({ statement: statement as never, attachments: [data as never] });
    const sent = requests[0]!;
    const body = Buffer.from(await (sent.data as Blob).arrayBuffer());
    const result = readStatementMultipart(body, sent.headers?.['Content-Type'] as string);
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepEqual(result.value.json, statement);
    assert.equal(result.value.attachments[0]?.data.toString(), data);
    assert.equal(matchAttachments([statement], result.value.attachments).ok, true);
  });
  it('rejects a first part that is not JSON and parts with bad or missing hashes', () => {
    const body = (first: string, hash: string, extra = '') =>
      Buffer.from(
        `--b\r\nContent-Type: ${first}\r\n\r\n{"a":1}\r\n--b\r\nContent-Type: text/plain\r\n${extra}${hash}\r\n\r\nhello\r\n--b--`,
      );
    const paths = (b: Buffer) => {
      const r = readStatementMultipart(b, 'multipart/mixed; boundary=b');
      return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
    };
    assert.deepEqual(paths(body('text/plain', `X-Experience-API-Hash: ${sha256('hello')}`)), [
      'multipart[0]: must have Content-Type application/json',
    ]);
    assert.deepEqual(paths(body('application/json', `X-Experience-API-Hash: ${sha256('other')}`)), [
      'multipart[1]: data does not match its X-Experience-API-Hash',
    ]);
    assert.deepEqual(paths(body('application/json', 'X-Other: 1')), [
      'multipart[1]: must have an X-Experience-API-Hash header',
    ]);
    assert.deepEqual(paths(body('application/json', 'X-Experience-API-Hash: abc')), [
      'multipart[1]: X-Experience-API-Hash must be a hex SHA-2 digest',
    ]);
    assert.deepEqual(
      paths(
        body(
          'application/json',
          `X-Experience-API-Hash: ${sha256('hello')}`,
          'Content-Transfer-Encoding: base64\r\n',
        ),
      ),
      ['multipart[1]: must use Content-Transfer-Encoding binary'],
    );
    assert.equal(
      readStatementMultipart(
        Buffer.from('--b\r\nContent-Type: application/json\r\n\r\n{oops\r\n--b--'),
        'multipart/mixed; boundary=b',
      ).ok,
      false,
    );
    const sha512 = createHash('sha512').update('hello').digest('hex');
    assert.equal(
      readStatementMultipart(
        body('application/json', `X-Experience-API-Hash: ${sha512}`),
        'multipart/mixed; boundary=b',
      ).ok,
      true,
    );
  });
});

describe('readStatementMultipart: malformed requests the conformance suite sends', () => {
  const json = JSON.stringify(buildStatement());
  const hash = sha256('hello');
  const attachmentPart = `Content-Type: text/plain\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: ${hash}\r\n\r\nhello\r\n`;
  const read = (body: string, type = 'multipart/mixed; boundary=-------314159265358979323846') =>
    readStatementMultipart(Buffer.from(body), type);
  const b = '-------314159265358979323846';
  it('accepts the well-formed request', () => {
    assert.equal(
      read(
        `--${b}\r\nContent-Type: application/json\r\n\r\n${json}\r\n--${b}\r\n${attachmentPart}--${b}--\r\n`,
      ).ok,
      true,
    );
  });
  it('rejects a body whose statements part has no delimiter before it', () => {
    assert.equal(
      read(`Content-Type: application/json\r\n\r\n${json}\r\n--${b}\r\n${attachmentPart}--${b}--\r\n`).ok,
      false,
    );
  });
  it('rejects a body with no delimiter between the statements and the attachment', () => {
    assert.equal(
      read(`--${b}\r\nContent-Type: application/json\r\n\r\n${json}\r\n${attachmentPart}--${b}--\r\n`).ok,
      false,
    );
  });
  it('rejects a Content-Type without boundary, and multipart/form-data', () => {
    const body = `--${b}\r\nContent-Type: application/json\r\n\r\n${json}\r\n--${b}--\r\n`;
    assert.equal(read(body, 'multipart/mixed;').ok, false);
    assert.equal(read(body, `multipart/form-data; boundary=${b}`).ok, false);
  });
  it('rejects statements split over two JSON parts', () => {
    const second = `Content-Type: application/json\r\n\r\n${json}\r\n`;
    assert.equal(
      read(`--${b}\r\nContent-Type: application/json\r\n\r\n[${json}]\r\n--${b}\r\n${second}--${b}--\r\n`).ok,
      false,
    );
  });
});

describe('matchAttachments / attachmentsOf / buildStatementMultipart', () => {
  const attachment = (sha2: string, fileUrl?: string) => ({
    usageType: 'http://example.com/u',
    display: { en: 'a' },
    contentType: 'text/plain',
    length: 5,
    sha2,
    ...(fileUrl ? { fileUrl } : {}),
  });
  const part = (data: string) => ({ sha2: sha256(data), contentType: 'text/plain', data: Buffer.from(data) });
  it('needs a part for every attachment without fileUrl, and an attachment for every part', () => {
    const s = buildStatement({
      attachments: [attachment(sha256('hello')), attachment(sha256('remote'), 'http://x.com/f')],
    });
    assert.equal(matchAttachments([s], [part('hello')]).ok, true);
    const missing = matchAttachments([s], []);
    assert.deepEqual(!missing.ok && missing.problems.map((p) => p.path), ['$.attachments[0]']);
    const extra = matchAttachments([s], [part('hello'), part('stray')]);
    assert.deepEqual(!extra.ok && extra.problems.map((p) => p.path), ['multipart[2]']);
  });
  it('shares one part between statements of a batch and looks inside SubStatements', () => {
    const sha2 = sha256('hello');
    const sub = {
      objectType: 'SubStatement',
      actor: { mbox: 'mailto:a@b.com' },
      verb: { id: 'http://x.com/v' },
      object: { id: 'http://x.com/a' },
      attachments: [attachment(sha2)],
    };
    const statements = [buildStatement({ attachments: [attachment(sha2)] }), buildStatement({ object: sub })];
    assert.deepEqual(
      attachmentsOf(statements[1]!, '$[1]').map(([p]) => p),
      ['$[1].object.attachments[0]'],
    );
    assert.equal(matchAttachments(statements, [part('hello')]).ok, true);
    const missing = matchAttachments(statements, []);
    assert.deepEqual(!missing.ok && missing.problems.map((p) => p.path), [
      '$[0].attachments[0]',
      '$[1].object.attachments[0]',
    ]);
  });
  it('builds a response that reads back, with each distinct attachment once', () => {
    const json = { statements: [buildStatement()], more: '' };
    const built = buildStatementMultipart(json, [part('hello'), part('hello'), part('world')]);
    const read = readStatementMultipart(built.body, built.contentType);
    assert.ok(read.ok);
    assert.deepEqual(read.value.json, json);
    assert.deepEqual(
      read.value.attachments.map((a) => a.data.toString()),
      ['hello', 'world'],
    );
  });
});
