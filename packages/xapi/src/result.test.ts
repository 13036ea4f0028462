import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as xapi from './index.ts';
import { childPath, fail, isPlainObject, ok } from './result.ts';

describe('result helpers', () => {
  it('builds JSON paths with dots, brackets and indexes', () => {
    assert.equal(childPath('$', 'actor'), '$.actor');
    assert.equal(childPath('$.member', 0), '$.member[0]');
    assert.equal(childPath('$.extensions', 'http://x.com/e'), '$.extensions["http://x.com/e"]');
    assert.equal(childPath('$.display', 'en-US'), '$.display["en-US"]');
  });
  it('wraps values and problems', () => {
    assert.deepEqual(ok(1), { ok: true, value: 1 });
    assert.deepEqual(fail([{ path: '$', message: 'm' }]), {
      ok: false,
      problems: [{ path: '$', message: 'm' }],
    });
  });
  it('recognizes JSON objects only', () => {
    assert.equal(isPlainObject({}), true);
    for (const value of [null, [], 'x', 1, undefined]) assert.equal(isPlainObject(value), false);
  });
});

describe('package entry point', () => {
  it('exports the public API', () => {
    for (const name of [
      'validateStatement',
      'validateStatementBatch',
      'prepareStatement',
      'formatStatement',
      'statementsAreEquivalent',
      'parseStatementQuery',
      'readStatementMultipart',
      'matchAttachments',
      'verifyStatementSignature',
      'negotiateVersion',
      'buildPathwiseStatement',
      'voidedStatementId',
    ]) {
      assert.equal(typeof (xapi as Record<string, unknown>)[name], 'function', name);
    }
    assert.equal(xapi.VOIDED_VERB_ID, 'http://adlnet.gov/expapi/verbs/voided');
  });
});
