import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Statement } from './model/statement-types.ts';
import { normalizeStatement } from './normalize-statement.ts';
import { prepareStatement, prepareStatements } from './prepare-statement.ts';
import { buildStatement } from './test-support/factories.ts';
import { validateStatement } from './validation/validate-statement.ts';
import { voidedStatementId } from './voiding.ts';

const authority = {
  objectType: 'Agent' as const,
  account: { homePage: 'https://lrs.example.com', name: 'key-1' },
};
const stored = new Date('2026-01-02T03:04:05.678Z');
const activity = { id: 'http://example.com/parent' };

describe('prepareStatement', () => {
  it('assigns id, stored, timestamp, authority and the 1.0.0 or 2.0.0 version', () => {
    const prepared = prepareStatement(buildStatement(), {
      authority,
      version: '1.0.3',
      stored,
      generateId: () => 'fixed-id',
    });
    assert.equal(prepared.id, 'fixed-id');
    assert.equal(prepared.stored, '2026-01-02T03:04:05.678Z');
    assert.equal(prepared.timestamp, prepared.stored);
    assert.deepEqual(prepared.authority, authority);
    assert.equal(prepared.version, '1.0.0');
    assert.equal(prepareStatement(buildStatement(), { authority, version: '2.0.0' }).version, '2.0.0');
  });
  it('keeps a given id and version, overwrites stored and authority, and expresses the timestamp in UTC', () => {
    const statement = buildStatement({
      id: 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0',
      version: '1.0.9',
      timestamp: '2023-05-04T12:00:00-05:00',
      stored: '1999-01-01T00:00:00Z',
      authority: { mbox: 'mailto:forged@example.com' },
    });
    const prepared = prepareStatement(statement, { authority, version: '2.0.0', stored });
    assert.equal(prepared.id, 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0');
    assert.equal(prepared.version, '1.0.9');
    assert.equal(prepared.timestamp, '2023-05-04T17:00:00.000Z');
    assert.equal(prepared.stored, '2026-01-02T03:04:05.678Z');
    assert.deepEqual(prepared.authority, authority);
  });
  it('sets a null timestamp to stored', () => {
    const prepared = prepareStatement(buildStatement({ timestamp: null }), {
      authority,
      version: '2.0.0',
      stored,
    });
    assert.equal(prepared.timestamp, '2026-01-02T03:04:05.678Z');
  });
  it('generates random UUIDs by default and returns statements that still validate', () => {
    const prepared = prepareStatement(buildStatement(), { authority, version: '2.0.0' });
    assert.match(prepared.id, /^[0-9a-f-]{36}$/);
    assert.equal(validateStatement(prepared, { version: '2.0.0' }).ok, true);
  });
  it('does not modify its input', () => {
    const statement = buildStatement({ context: { contextActivities: { parent: activity } } });
    const before = structuredClone(statement);
    prepareStatement(statement, { authority, version: '2.0.0' });
    assert.deepEqual(statement, before);
  });
});

describe('prepareStatements', () => {
  it('gives a batch one stored time and distinct ids', () => {
    const prepared = prepareStatements([buildStatement(), buildStatement()], { authority, version: '1.0.3' });
    assert.equal(prepared[0]?.stored, prepared[1]?.stored);
    assert.notEqual(prepared[0]?.id, prepared[1]?.id);
  });
});

describe('normalizeStatement', () => {
  it('turns single contextActivities into arrays, in the statement and in a SubStatement', () => {
    const statement = buildStatement({
      context: { contextActivities: { parent: activity, other: [activity] } },
      object: {
        objectType: 'SubStatement',
        actor: { mbox: 'mailto:a@b.com' },
        verb: { id: 'http://example.com/v' },
        object: activity,
        context: { contextActivities: { grouping: activity } },
      },
    });
    const normalized = normalizeStatement(statement) as Statement & {
      object: { context: Statement['context'] };
    };
    assert.deepEqual(normalized.context?.contextActivities, { parent: [activity], other: [activity] });
    assert.deepEqual(normalized.object.context?.contextActivities, { grouping: [activity] });
  });
});

describe('voidedStatementId', () => {
  it('returns the target of a voiding statement and null otherwise', () => {
    const target = 'e05aa883-acaf-40ad-bf54-02c8ce485fb0';
    const voiding = buildStatement({
      verb: { id: 'http://adlnet.gov/expapi/verbs/voided' },
      object: { objectType: 'StatementRef', id: target },
    });
    assert.equal(voidedStatementId(voiding), target);
    assert.equal(voidedStatementId(buildStatement()), null);
    assert.equal(
      voidedStatementId(buildStatement({ object: { objectType: 'StatementRef', id: target } })),
      null,
    );
  });
});
