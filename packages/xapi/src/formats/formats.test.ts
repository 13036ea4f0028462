import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDuration, truncateDuration } from './duration.ts';
import { isIri, isIrl } from './iri.ts';
import { isLanguageTag } from './language-tag.ts';
import { isMailtoIri, isMediaType, isSha1Hex, isSha2Hex } from './mailto.ts';
import { parseTimestamp, toUtcTimestamp } from './timestamp.ts';
import { isUuid } from './uuid.ts';

describe('isIri / isIrl', () => {
  it('accepts absolute IRIs, including non-ASCII ones and fragments', () => {
    for (const iri of [
      'http://adlnet.gov/expapi/verbs/voided',
      'urn:uuid:fd41c918-b88b-4b20-a0a5-a4c32391aaa0',
      'https://例え.jp/パス',
      'http://example.com/xapi/verbs#defenestrated',
      'mailto:a@b.c',
      'tag:x.com,2020:a%20b',
    ]) {
      assert.equal(isIri(iri), true, iri);
      assert.equal(isIrl(iri), true, iri);
    }
  });
  it('rejects values without a scheme, bad schemes, spaces and bad escapes', () => {
    for (const bad of [
      'not.a.valid.iri.com/verb',
      'ab=c://should.fail.com',
      'should fail',
      '',
      'http:',
      '//example.com/x',
      'http://exa mple.com',
      'http://x.com/%zz',
      'http://x.com/<a>',
      '1http://x.com',
    ]) {
      assert.equal(isIri(bad), false, bad);
    }
  });
});

describe('isUuid', () => {
  it('accepts the standard form in either case', () => {
    assert.equal(isUuid('fd41c918-b88b-4b20-a0a5-a4c32391aaa0'), true);
    assert.equal(isUuid('AA97B177-9383-4934-8543-0F91A7A02836'), true);
  });
  it("rejects the conformance suite's malformed UUIDs and other forms", () => {
    for (const bad of [
      'MA97B177-9383-4934-8543-0F91A7A02836',
      'AA97B177-9383-4934-8543-0F91A7A028368',
      'fd41c918b88b4b20a0a5a4c32391aaa0',
      '{fd41c918-b88b-4b20-a0a5-a4c32391aaa0}',
      'wrong',
    ]) {
      assert.equal(isUuid(bad), false, bad);
    }
  });
});

describe('isLanguageTag', () => {
  it('accepts the RFC 5646 shapes the conformance suite uses', () => {
    for (const tag of [
      'de',
      'de-DE',
      'zh-Hant',
      'sr-Latn-RS',
      'cmn',
      'es',
      'es-MX',
      'es-419',
      'sr-Cyrl',
      'zh-Hans-CN',
      'ase',
      'ja',
      'fr-CA',
      'tlh',
      'en-US',
      'de-CH-1901',
      'en-a-bbb-x-a-ccc',
      'x-whatever',
      'i-klingon',
      'zh-yue-HK',
    ]) {
      assert.equal(isLanguageTag(tag), true, tag);
    }
  });
  it('rejects wrong subtag sequences, repeated singletons and repeated variants', () => {
    for (const tag of [
      'a12345',
      'a12345678',
      'zh-z-aaa-z-bbb-c-ccc',
      'de-1901-1901',
      'en-',
      '-en',
      'en_US',
      '',
      'e',
      'toolongtag',
      'en-US-',
      'en-a',
      'x',
    ]) {
      assert.equal(isLanguageTag(tag), false, tag);
    }
  });
});

describe('isMailtoIri, isSha1Hex, isSha2Hex, isMediaType', () => {
  it('checks mbox values', () => {
    assert.equal(isMailtoIri('mailto:test@example.com'), true);
    assert.equal(isMailtoIri('mailto:should.fail.com'), false);
    assert.equal(isMailtoIri('http://should.fail.com'), false);
    assert.equal(isMailtoIri('test@example.com'), false);
  });
  it('checks digests by length and alphabet', () => {
    assert.equal(isSha1Hex('ebd31e95054c018b10727ccffd2ef2ec3a016ee9'), true);
    assert.equal(isSha1Hex('ebd31e95054c018b10727ccffd2ef2ec3a016ee'), false);
    assert.equal(isSha2Hex('495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a'), true);
    assert.equal(isSha2Hex('495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848'), false);
    assert.equal(isSha2Hex('z95395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a'), false);
  });
  it('checks media types', () => {
    assert.equal(isMediaType('text/plain; charset=ascii'), true);
    assert.equal(isMediaType('application/octet-stream'), true);
    assert.equal(isMediaType('text'), false);
    assert.equal(isMediaType('should fail'), false);
  });
});

describe('parseTimestamp / toUtcTimestamp', () => {
  it('parses RFC 3339 timestamps with any offset to the same instant', () => {
    const utc = parseTimestamp('2023-05-04T17:00:00.000Z');
    assert.equal(parseTimestamp('2023-05-04T12:00:00-05:00')?.epochMs, utc?.epochMs);
    assert.equal(parseTimestamp('2023-05-04T18:00:00+0100')?.epochMs, utc?.epochMs);
    assert.equal(parseTimestamp('2023-05-04T18:00:00+01')?.epochMs, utc?.epochMs);
    assert.equal(parseTimestamp('2008-09-15T15:53:00.601+00:00')?.hasZone, true);
    assert.equal(parseTimestamp('2013-04-01T12:00:00')?.hasZone, false);
  });
  it('rejects malformed dates, impossible fields and the unknown-offset forms', () => {
    for (const bad of [
      '01/011/2015',
      'should fail',
      '2008-09-15T15:53:00.601-00',
      '2008-09-15T15:53:00.601-0000',
      '2008-09-15T15:53:00.601-00:00',
      '2023-02-29T00:00:00Z',
      '2023-13-01T00:00:00Z',
      '2023-01-01T24:00:00Z',
      '2023-01-01 00:00:00Z',
      '2023-01-01T00:00:00+25:00',
      '2023-01-01',
    ]) {
      assert.equal(parseTimestamp(bad), null, bad);
    }
    assert.notEqual(parseTimestamp('2024-02-29T00:00:00Z'), null);
  });
  it('re-expresses timestamps in UTC with millisecond precision', () => {
    assert.equal(toUtcTimestamp('2023-05-04T12:00:00-05:00'), '2023-05-04T17:00:00.000Z');
    assert.equal(toUtcTimestamp('2015-11-18T12:17:00.123456+02:00'), '2015-11-18T10:17:00.123Z');
    assert.equal(toUtcTimestamp('nope'), null);
  });
});

describe('isDuration / truncateDuration', () => {
  it('accepts the specification examples', () => {
    for (const d of [
      'PT4H35M59.14S',
      'PT16559.14S',
      'P3Y1M29DT4H35M59.14S',
      'P3Y',
      'P4W',
      'PT1H0M0.1S',
      'PT1234S',
      'P1DT12H36M0.12567S',
      'PT0S',
    ]) {
      assert.equal(isDuration(d), true, d);
    }
  });
  it('rejects weeks combined with other units, the alternative format and bad fractions', () => {
    for (const d of [
      'P4W1D',
      'PA1H0M0S',
      'should fail',
      'P',
      'PT',
      'P1Y2',
      'PT1.5H30M',
      'P0003-01-29T04:35:59',
      'pt1s',
    ]) {
      assert.equal(isDuration(d), false, d);
    }
  });
  it('truncates seconds to hundredths without rounding', () => {
    assert.equal(truncateDuration('P1DT12H36M0.12567S'), 'P1DT12H36M0.12S');
    assert.equal(truncateDuration('P1DT12H36M0.1299S'), 'P1DT12H36M0.12S');
    assert.equal(truncateDuration('PT1.00S'), 'PT1S');
    assert.equal(truncateDuration('P3Y'), 'P3Y');
  });
});
