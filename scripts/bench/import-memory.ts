/**
 * Peak memory of a content import fed a hostile 100 MB problems file, one case per child process: the import's
 * parse stage (apps/server/src/importers/parse-import.ts, the use case the CLI and the HTTP route run), reading
 * the file as a stream. Prints a table, then one JSON line per case:
 * {"bench":"import-memory","case":…,"peakRssMb":…,"seconds":…,"problemCount":…,"kept":…}.
 * Usage: npm run bench:import-memory [-- --mb 100]
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const CHILD = process.env.PATHWISE_BENCH_IMPORT_CHILD;
if (CHILD) {
  const { parseImport } = await import('../../apps/server/src/importers/parse-import.ts');
  const started = performance.now();
  const { result } = await parseImport('gsm8k', { problems: { path: CHILD } });
  const out = {
    seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    problemCount: result.problemCount,
    kept: result.problems.length,
    items: result.items.length,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
  process.exit(0);
}

const { values } = parseArgs({ options: { mb: { type: 'string', default: '100' } } });
const bytes = Number(values.mb) * 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'pathwise-bench-import-'));

/** Writes lines from `next` until the file holds `bytes`. */
function write(name: string, next: (i: number) => string): string {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  let size = 0;
  let batch: string[] = [];
  for (let i = 0; size < bytes; i++) {
    const line = `${next(i)}\n`;
    size += Buffer.byteLength(line);
    batch.push(line);
    if (batch.length >= 1000) {
      writeSync(fd, batch.join(''));
      batch = [];
    }
  }
  writeSync(fd, batch.join(''));
  closeSync(fd);
  return path;
}

const cases: [string, (i: number) => string][] = [
  ['broken-lines', (i) => `{"broken": ${i}`],
  ['huge-lines', () => `{"question":"${'x'.repeat(4 * 1024 * 1024)}"}`],
  ['deep-json', () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
  ['rejected-records', (i) => `{"id":"r${i}","question":"What is ${i}?","steps":[],"final_answer":"${i}"}`],
];

const rows: Record<string, unknown>[] = [];
try {
  for (const [name, next] of cases) {
    const file = write(`${name}.jsonl`, next);
    const child = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename], {
      env: { ...process.env, PATHWISE_BENCH_IMPORT_CHILD: file },
      encoding: 'utf8',
      maxBuffer: 1024 * 1024,
    });
    if (child.status !== 0) throw new Error(`${name}: ${child.stderr}`);
    rows.push({ bench: 'import-memory', case: name, fileMb: Number(values.mb), ...JSON.parse(child.stdout) });
    rmSync(file);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.table(rows.map(({ bench: _b, ...row }) => row));
for (const row of rows) console.log(JSON.stringify(row));
