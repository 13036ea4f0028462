import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { countContentFigures, listItems } from '@pathwise/db';
import { sharedDataPath } from '../../../../scripts/shared-data.ts';
import { type CliTarget, cliTargetKinds, createCliTarget, runPathwise } from '../cli-harness.ts';

const data = sharedDataPath();

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
        const org = await db.kysely
          .selectFrom('organizations')
          .select('id')
          .where('slug', '=', 'demo')
          .executeTakeFirstOrThrow();
        return (await listItems(db.kysely, org.id, { source: 'gsm8k', limit: 1, offset: 0 })).total;
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
      assert.match(
        res.stdout,
        /Imported 8 of 9 gsm8k records \(1 skills, 0 figures, pathway import-gsm8k, a draft/,
      );
      assert.match(
        res.stdout,
        /Every record: 8 imported as items \+ 0 as steps of an earlier item \+ 1 skipped = 9\./,
      );
      assert.match(res.stdout, /skipped 1 {2}final_answer: missing/);
      assert.match(res.stdout, /Copyright \(c\) 2021 OpenAI/);
      assert.equal(await gsm8kCount(), 8);
    });

    test('oatutor reads figures/ beside the problems; a problem whose figure file is missing is rejected', async () => {
      const oatutor = join(data, 'oatutor-elementary-algebra');
      const lines = readFileSync(join(oatutor, 'problems.jsonl'), 'utf8').split('\n');
      const [withFile, without] = [lines[759]!, lines[701]!];
      const folder = join(dir, 'oatutor');
      mkdirSync(join(folder, 'figures'), { recursive: true });
      writeFileSync(join(folder, 'problems.jsonl'), `${withFile}\n${without}\n`);
      const files = (text: string) =>
        Object.values(JSON.parse(text).figures as Record<string, string>).map((p) => p.split('/')[1]!);
      for (const f of files(withFile)) copyFileSync(join(oatutor, 'figures', f), join(folder, 'figures', f));
      const missing = files(without)[0]!;

      const refused = await run(['import', 'oatutor', folder]);
      assert.equal(refused.code, 2, refused.stderr);
      assert.match(
        refused.stderr,
        new RegExp(`line 2: figures\\.figure1\\.gif: the figure file ${missing} .*was not supplied`),
      );
      const accepted = await run(['import', 'oatutor', folder, '--accept-partial']);
      assert.equal(accepted.code, 0, accepted.stderr);
      assert.match(accepted.stderr, /read 2\/2 records/);
      assert.match(accepted.stderr, /written 1\/1 items/);
      assert.match(accepted.stdout, /Imported 1 of 2 oatutor records \(1 skills, 1 figures,/);
      const stored = await target.withDb(async (db) => {
        const org = await db.kysely
          .selectFrom('organizations')
          .select('id')
          .where('slug', '=', 'demo')
          .executeTakeFirstOrThrow();
        return countContentFigures(db.kysely, org.id);
      });
      assert.equal(stored, files(withFile).length);
    });

    test('a hostile file is read as a stream: 100 lines listed, the rest counted by reason, nothing written', async () => {
      const hostile = join(dir, 'hostile.jsonl');
      const broken = Array.from({ length: 20_000 }, (_, i) => `{"broken": ${i}`).join('\n');
      writeFileSync(hostile, `${'x'.repeat(2 * 1024 * 1024)}\n${broken}\n`);
      const res = await run(['import', 'gsm8k', hostile]);
      assert.equal(res.code, 2, res.stderr);
      assert.match(
        res.stderr,
        /line 1: \(line\): longer than the 1048576 characters a line may have \(2097152\)/,
      );
      assert.equal(res.stderr.match(/^ {2}line \d+:/gm)?.length, 100);
      assert.match(res.stderr, /… and 19901 more; problems by reason:/);
      assert.match(res.stderr, /20000 {2}\(line\): not valid JSON/);
      assert.match(res.stderr, /20001 problem\(s\) in 20001 records; nothing was imported/);
      assert.equal(await gsm8kCount(), 8);
    });

    test('mathcamps accounts for every record: follow-ups become steps, the rest skipped by reason', async () => {
      const folder = join(dir, 'mathcamps');
      mkdirSync(folder, { recursive: true });
      const lines = readFileSync(join(data, 'mathcamps/problems.jsonl'), 'utf8').split('\n').slice(0, 200);
      lines.push('{"id":"zz","standard":"Z.9","type":"original-problem","statement":"S","answer":"1"}');
      writeFileSync(join(folder, 'problems.jsonl'), lines.join('\n'));
      copyFileSync(join(data, 'mathcamps/standards.json'), join(folder, 'standards.json'));
      const refused = await run(['import', 'mathcamps', folder]);
      assert.equal(refused.code, 2, refused.stderr);
      assert.match(
        refused.stderr,
        /Every record: 0 imported as items \+ 0 as steps of an earlier item \+ 201 skipped = 201\./,
      );
      assert.match(refused.stderr, /skipped 200 {2}\(not written: other records are broken/);
      const res = await run(['import', 'mathcamps', folder, '--accept-partial']);
      assert.equal(res.code, 0, res.stderr);
      const account =
        /Every record: (\d+) imported as items \+ (\d+) as steps of an earlier item \+ 1 skipped = 201\./.exec(
          res.stdout,
        );
      assert.ok(account, res.stdout);
      assert.equal(Number(account[1]) + Number(account[2]), 200);
      assert.ok(Number(account[2]) > 0, 'follow-ups are counted as steps');
      assert.match(res.stdout, /skipped 1 {2}standard: unknown standard/);
    });

    test('bad input: an unknown organization and a missing path exit 2', async () => {
      assert.equal((await run(['import', 'gsm8k', file, '--org', 'nowhere'])).code, 2);
      const missing = await run(['import', 'mathcamps', join(dir, 'none')]);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /no such file or folder/);
    });
  });
}
