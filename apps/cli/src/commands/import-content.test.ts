import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { listItems } from '@pathwise/db';
import { type CliTarget, cliTargetKinds, createCliTarget, REPO_ROOT, runPathwise } from '../cli-harness.ts';

const data = join(REPO_ROOT, '../shared/data');

for (const kind of await cliTargetKinds()) {
  describe(`pathwise import on ${kind}`, () => {
    let target: CliTarget;
    let dir: string;
    let file: string;
    const run = (args: string[]) => runPathwise(args, target.env);
    before(async () => {
      target = await createCliTarget(kind);
      dir = mkdtempSync(join(tmpdir(), 'pw-import-'));
      file = join(dir, 'slice.jsonl');
      const lines = readFileSync(join(data, 'gsm8k-socratic/test_socratic.structured.jsonl'), 'utf8').split(
        '\n',
      );
      writeFileSync(file, [...lines.slice(0, 8), '{"question":"Q?","steps":[]}'].join('\n'));
      assert.equal((await run(['seed', 'demo'])).code, 0);
    });
    after(async () => {
      rmSync(dir, { recursive: true, force: true });
      await target.dispose();
    });

    const gsm8kCount = () =>
      target.withDb(async (db) => {
        const org = await db.db
          .selectFrom('organizations')
          .select('id')
          .where('slug', '=', 'demo')
          .executeTakeFirstOrThrow();
        return (await listItems(db.db, org.id, { source: 'gsm8k', limit: 1, offset: 0 })).total;
      });

    test('broken records: exit 2, each listed with its line, nothing written', async () => {
      const res = await run(['import', 'gsm8k', file]);
      assert.equal(res.code, 2, res.stderr);
      assert.match(res.stderr, /line 9: final_answer: missing/);
      assert.match(res.stderr, /line 9: steps: must be a non-empty array/);
      assert.match(res.stderr, /nothing was imported/);
      assert.equal(await gsm8kCount(), 0);
    });

    test('--accept-partial imports the good ones with progress and prints the attribution', async () => {
      const res = await run(['import', 'gsm8k', file, '--org', 'demo', '--accept-partial']);
      assert.equal(res.code, 0, res.stderr);
      assert.match(res.stderr, /written 8\/8 items/);
      assert.match(res.stdout, /Imported 8 of 9 gsm8k records/);
      assert.match(res.stdout, /Copyright \(c\) 2021 OpenAI/);
      assert.equal(await gsm8kCount(), 8);
    });

    test('bad input: an unknown organization and a missing path exit 2', async () => {
      assert.equal((await run(['import', 'gsm8k', file, '--org', 'nowhere'])).code, 2);
      const missing = await run(['import', 'mathcamps', join(dir, 'none')]);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /no such file or folder/);
    });
  });
}
