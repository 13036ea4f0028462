import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { runPathwise, spawnPathwise } from './cli-harness.ts';

describe('pathwise help', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-cli-help-'));
  const dataDir = join(dir, 'data');
  const env = { DATA_DIR: dataDir };
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('--help lists every command and the exit codes', async () => {
    // The real command, as a person runs it: the shim, the process and its exit code.
    const result = await spawnPathwise(['--help'], env);
    assert.equal(result.code, 0, result.stderr);
    for (const command of ['migrate', 'seed demo', 'org create', 'user create', 'token create']) {
      assert.match(result.stdout, new RegExp(`\\n  ${command} `));
    }
    assert.match(result.stdout, /Exit codes:/);
  });

  test('each command has its own --help, which opens no database', async () => {
    const expected: [string[], RegExp][] = [
      [['migrate'], /Usage: pathwise migrate/],
      [['seed', 'demo'], /Usage: pathwise seed demo/],
      [['org', 'create'], /--slug SLUG/],
      [['user', 'create'], /--password-stdin/],
      [['token', 'create'], /--role ROLE/],
    ];
    for (const [words, usage] of expected) {
      const result = await runPathwise([...words, '--name', 'x', '--help'], env);
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, usage);
    }
    assert.equal(existsSync(dataDir), false);
  });

  test('no command, or an unknown one, is bad input (exit 2) with the list of commands', async () => {
    const none = await spawnPathwise([], env);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /Commands:/);
    const unknown = await runPathwise(['org', 'delete'], env);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Unknown command "org delete"/);
    assert.equal(existsSync(dataDir), false);
  });
});
