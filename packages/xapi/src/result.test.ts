import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as xapi from './index.ts';
import { childPath, fail, isPlainObject, ok } from './model/result.ts';

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
  it('exports every public function', () => {
    const functions = [
      'parseAcceptLanguage',
      'pickLanguage',
      'readAlternateRequest',
      'buildMultipartMixed',
      'multipartBoundary',
      'parseMultipartMixed',
      'signStatement',
      'verifyStatementSignature',
      'attachmentsOf',
      'buildStatementMultipart',
      'matchAttachments',
      'readStatementMultipart',
      'checkDocumentPreconditions',
      'documentEtag',
      'parseDocumentQuery',
      'mergeDocumentPost',
      'formatStatement',
      'isDuration',
      'truncateDuration',
      'isIri',
      'isIrl',
      'isLanguageTag',
      'isMailtoIri',
      'isMediaType',
      'isSha1Hex',
      'isSha2Hex',
      'parseTimestamp',
      'toUtcTimestamp',
      'isUuid',
      'normalizeStatement',
      'buildPathwiseStatement',
      'isoDuration',
      'installationIris',
      'planStatementWrites',
      'statementIdsToLookUp',
      'prepareStatement',
      'prepareStatements',
      'childPath',
      'fail',
      'isPlainObject',
      'ok',
      'findStatementDifference',
      'statementsAreEquivalent',
      'agentKey',
      'indexStatement',
      'parseStatementQuery',
      'parseJsonBody',
      'validateStatement',
      'validateStatementBatch',
      'negotiateVersion',
      'voidedStatementId',
    ];
    for (const name of functions)
      assert.equal(typeof (xapi as Record<string, unknown>)[name], 'function', name);
    const exported = Object.entries(xapi)
      .filter(([, v]) => typeof v === 'function')
      .map(([k]) => k)
      .sort();
    assert.deepEqual(exported, [...functions].sort());
    assert.equal(xapi.VOIDED_VERB_ID, 'http://adlnet.gov/expapi/verbs/voided');
  });
});
