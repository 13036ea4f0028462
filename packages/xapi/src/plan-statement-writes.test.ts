import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Statement, StoredStatement } from './model/statement-types.ts';
import { planStatementWrites, statementIdsToLookUp } from './plan-statement-writes.ts';
import { prepareStatements } from './prepare-statement.ts';
import { buildStatement } from './test-support/factories.ts';

const authority = {
  objectType: 'Agent' as const,
  account: { homePage: 'https://lrs.example.com', name: 'key' },
};
const ids = [
  'fd41c918-b88b-4b20-a0a5-a4c32391aaa0',
  'e05aa883-acaf-40ad-bf54-02c8ce485fb0',
  '9e13cefd-53d3-4eac-b5ed-2cf6693903bb',
] as const;
const voiding = (id: string, target: string) =>
  buildStatement({
    id,
    verb: { id: 'http://adlnet.gov/expapi/verbs/voided' },
    object: { objectType: 'StatementRef', id: target },
  });
const prepare = (statements: Statement[], stored = new Date()) =>
  prepareStatements(statements, { authority, version: '2.0.0', stored });
const storedMap = (statements: StoredStatement[]) =>
  new Map(statements.map((s) => [s.id.toLowerCase(), s as Statement]));
/** Prepares `received` as the LRS would, then plans it against what is stored. */
const plan = (received: Statement[], stored: StoredStatement[] = [], at?: Date) =>
  planStatementWrites(received, prepare(received, at), storedMap(stored));

describe('statementIdsToLookUp', () => {
  it('lists the batch ids and voiding targets once, lower-cased', () => {
    const batch = [buildStatement({ id: ids[0].toUpperCase() }), voiding(ids[1], ids[0]), buildStatement()];
    assert.deepEqual(statementIdsToLookUp(batch), [ids[0], ids[1]]);
  });
});

describe('planStatementWrites', () => {
  it('inserts new statements and voids the targets of voiding statements', () => {
    const received = [buildStatement({ id: ids[0] }), voiding(ids[1], ids[2])];
    const prepared = prepare(received);
    assert.deepEqual(planStatementWrites(received, prepared, new Map()), {
      insert: prepared,
      alreadyStored: [],
      voids: [ids[2]],
      problems: [],
    });
  });
  it('skips a re-sent statement even when the LRS filled in a different timestamp, stored, authority and version', () => {
    const [first] = prepare([buildStatement({ id: ids[0] })], new Date('2026-01-01T00:00:00Z'));
    const again = [buildStatement({ id: ids[0] })];
    const prepared = prepareStatements(again, {
      authority: { mbox: 'mailto:other@example.com' },
      version: '1.0.3',
      stored: new Date('2026-02-01T00:00:00Z'),
    });
    assert.notEqual(prepared[0]?.timestamp, first?.timestamp);
    assert.deepEqual(planStatementWrites(again, prepared, storedMap([first!])), {
      insert: [],
      alreadyStored: [ids[0]],
      voids: [],
      problems: [],
    });
  });
  it('reports a different statement under a stored id as a 409 conflict, naming the difference', () => {
    const [first] = prepare([buildStatement({ id: ids[0] })]);
    const result = plan(
      [buildStatement({ id: ids[0], verb: { id: 'http://example.com/different/verb/iri' } })],
      [first!],
    );
    assert.deepEqual(
      result.problems.map((p) => [p.path, p.status]),
      [['$.id', 409]],
    );
    assert.match(result.problems[0]?.message ?? '', /\$\.verb\.id/);
    assert.deepEqual(result.insert, []);
  });
  it('compares a PUT body without id under the id of the request', () => {
    const [first] = prepare([buildStatement({ id: ids[0] })]);
    const received = [buildStatement()];
    const prepared = prepareStatements(received, { authority, version: '2.0.0', generateId: () => ids[0] });
    assert.deepEqual(planStatementWrites(received, prepared, storedMap([first!])).alreadyStored, [ids[0]]);
  });
  it('refuses to void a voiding statement, stored or in the same batch (400)', () => {
    const [storedVoiding] = prepare([voiding(ids[0], ids[2])]);
    assert.deepEqual(
      plan([voiding(ids[1], ids[0])], [storedVoiding!]).problems.map((p) => [p.path, p.status]),
      [['$.object.id', 400]],
    );
    assert.deepEqual(
      plan([voiding(ids[0], ids[2]), voiding(ids[1], ids[0])]).problems.map((p) => p.path),
      ['$[1].object.id'],
    );
  });
  it('lets a statement be voided twice', () => {
    const [voided] = prepare([buildStatement({ id: ids[2] })]);
    const result = plan([voiding(ids[1], ids[2])], [voided!]);
    assert.deepEqual(result.voids, [ids[2]]);
    assert.deepEqual(result.problems, []);
  });
});
