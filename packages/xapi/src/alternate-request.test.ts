import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readAlternateRequest } from './alternate-request.ts';
import { buildStatement } from './test-support/factories.ts';

const form = 'application/x-www-form-urlencoded';
const statement = JSON.stringify(buildStatement());
const id = 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0';
const body = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

describe('readAlternateRequest', () => {
  it('leaves ordinary requests alone', () => {
    assert.deepEqual(
      readAlternateRequest({
        method: 'POST',
        query: new URLSearchParams('limit=1'),
        body: '',
        version: '1.0.3',
      }),
      { ok: true, value: null },
    );
  });
  it('reads a PUT sent as a POST, with header fields, parameters and content', () => {
    const result = readAlternateRequest({
      method: 'POST',
      query: new URLSearchParams('method=PUT'),
      contentType: form,
      version: '1.0.3',
      body: body({
        statementId: id,
        content: statement,
        'X-Experience-API-Version': '1.0.3',
        Authorization: 'Basic abc',
      }),
    });
    assert.ok(result.ok && result.value);
    assert.equal(result.value.method, 'PUT');
    assert.deepEqual(result.value.headers, {
      'x-experience-api-version': '1.0.3',
      authorization: 'Basic abc',
    });
    assert.equal(result.value.params.get('statementId'), id);
    assert.deepEqual(JSON.parse(result.value.content ?? ''), JSON.parse(statement));
  });
  it('reads a GET with its filters as form fields', () => {
    const result = readAlternateRequest({
      method: 'POST',
      query: new URLSearchParams('method=GET'),
      contentType: form,
      body: 'limit=1',
      version: '1.0.3',
    });
    assert.ok(result.ok && result.value);
    assert.equal(result.value.params.get('limit'), '1');
    assert.equal(result.value.content, undefined);
  });
  it('rejects other HTTP methods, extra query parameters, non-form bodies and a PUT without content', () => {
    const paths = (input: Partial<Parameters<typeof readAlternateRequest>[0]>) => {
      const result = readAlternateRequest({
        method: 'POST',
        query: new URLSearchParams('method=PUT'),
        contentType: form,
        body: body({ content: statement }),
        version: '1.0.3',
        ...input,
      });
      return result.ok ? [] : result.problems.map((p) => p.path);
    };
    assert.deepEqual(paths({ method: 'PUT' }), ['method']);
    assert.deepEqual(paths({ query: new URLSearchParams(`method=PUT&statementId=${id}`) }), ['statementId']);
    assert.deepEqual(paths({ body: '' }), ['content']);
    assert.deepEqual(paths({ body: JSON.stringify({ statementId: id, content: statement }) }), ['content']);
    assert.deepEqual(paths({ contentType: 'application/json' }), ['Content-Type']);
    assert.deepEqual(paths({ query: new URLSearchParams('method=PATCH') }), ['method']);
  });
  it('is refused under xAPI 2.0', () => {
    const result = readAlternateRequest({
      method: 'POST',
      query: new URLSearchParams('method=GET'),
      contentType: form,
      body: 'limit=1',
      version: '2.0.0',
    });
    assert.match(!result.ok ? (result.problems[0]?.message ?? '') : '', /not part of xAPI 2\.0/);
  });
});
