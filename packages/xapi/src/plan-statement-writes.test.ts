import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planStatementWrites, statementIdsToLookUp } from './plan-statement-writes.ts';
import { prepareStatements } from './prepare-statement.ts';
import type { Statement, StoredStatement } from './statement-types.ts';
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
const prepare = (statements: Statement[]) => prepareStatements(statements, { authority, version: '2.0.0' });
const storedMap = (statements: StoredStatement[]) =>
  new Map(statements.map((s) => [s.id.toLowerCase(), s as Statement]));

describe('statementIdsToLookUp', () => {
  it('lists the batch ids and voiding targets once, lower-cased', () => {
    const batch = [buildStatement({ id: ids[0].toUpperCase() }), voiding(ids[1], ids[0]), buildStatement()];
    assert.deepEqual(statementIdsToLookUp(batch), [ids[0], ids[1]]);
  });
});

describe('planStatementWrites', () => {
  it('inserts new statements and voids the targets of voiding statements', () => {
    const batch = prepare([buildStatement({ id: ids[0] }), voiding(ids[1], ids[2])]);
    assert.deepEqual(planStatementWrites(batch, new Map()), {
      insert: batch,
      alreadyStored: [],
      voids: [ids[2]],
      problems: [],
    });
  });
  it('skips a statement stored before with an equivalent body (204), whatever its stored/authority', () => {
    const [first] = prepare([buildStatement({ id: ids[0] })]);
    const [again] = prepareStatements([buildStatement({ id: ids[0] })], {
      authority: { mbox: 'mailto:other@example.com' },
      version: '1.0.3',
    });
    const plan = planStatementWrites([again!], storedMap([first!]));
    assert.deepEqual(plan, { insert: [], alreadyStored: [ids[0]], voids: [], problems: [] });
  });
  it('reports a different statement under a stored id as a 409 conflict', () => {
    const [first] = prepare([buildStatement({ id: ids[0] })]);
    const [modified] = prepare([
      buildStatement({ id: ids[0], verb: { id: 'http://example.com/different/verb/iri' } }),
    ]);
    const plan = planStatementWrites([modified!], storedMap([first!]));
    assert.deepEqual(
      plan.problems.map((p) => [p.path, p.status]),
      [['$.id', 409]],
    );
    assert.match(plan.problems[0]?.message ?? '', /\$\.verb\.id/);
  });
  it('refuses to void a voiding statement, stored or in the same batch (400)', () => {
    const [storedVoiding] = prepare([voiding(ids[0], ids[2])]);
    const plan = planStatementWrites(prepare([voiding(ids[1], ids[0])]), storedMap([storedVoiding!]));
    assert.deepEqual(
      plan.problems.map((p) => [p.path, p.status]),
      [['$.object.id', 400]],
    );
    const sameBatch = planStatementWrites(
      prepare([voiding(ids[0], ids[2]), voiding(ids[1], ids[0])]),
      new Map(),
    );
    assert.deepEqual(
      sameBatch.problems.map((p) => p.path),
      ['$[1].object.id'],
    );
  });
  it('lets a statement be voided twice', () => {
    const [voided] = prepare([buildStatement({ id: ids[2] })]);
    const plan = planStatementWrites(prepare([voiding(ids[1], ids[2])]), storedMap([voided!]));
    assert.deepEqual(plan.voids, [ids[2]]);
    assert.deepEqual(plan.problems, []);
  });
});
