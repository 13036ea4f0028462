import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { childEnv, REPO_ROOT, runPathwise, spawnPathwise } from './cli-harness.ts';

/** Starts the real server on a data folder and resolves once it listens (PORT=0: the system picks a free port). */
async function startServer(dataDir: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: REPO_ROOT,
    env: childEnv({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    // Generous: on a busy machine the first start (initdb, migrations, demo seed) has taken over a minute.
    const timer = setTimeout(() => {
      server.kill('SIGKILL');
      reject(new Error(`the server did not start in 180 s:\n${output}`));
    }, 180_000);
    const listen = (chunk: Buffer) => {
      output += chunk;
      if (output.includes('Pathwise is running at')) {
        clearTimeout(timer);
        resolve();
      }
    };
    server.stdout?.on('data', listen);
    server.stderr?.on('data', listen);
    server.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}:\n${output}`));
    });
  });
  return server;
}

describe('pathwise when the database cannot be used', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-cli-lock-'));
  const dataDir = join(dir, 'data');
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('refuses a data folder a running server holds (exit 3), and works once the server stops', async () => {
    const server = await startServer(dataDir);
    try {
      const refused = await spawnPathwise(['org', 'create', '--name', 'While held'], { DATA_DIR: dataDir });
      assert.equal(refused.code, 3, refused.stdout + refused.stderr);
      assert.match(refused.stderr, new RegExp(`in use by another Pathwise process \\(pid ${server.pid}\\)`));
    } finally {
      if (server.exitCode === null) {
        server.kill('SIGTERM');
        await once(server, 'exit');
      }
    }
    const later = await runPathwise(['org', 'create', '--name', 'After stop'], { DATA_DIR: dataDir });
    assert.equal(later.code, 0, later.stderr);
    const seeded = await runPathwise(['seed', 'demo'], { DATA_DIR: dataDir });
    assert.match(seeded.stdout, /exists already/);
    const duplicate = await runPathwise(['org', 'create', '--name', 'While held'], { DATA_DIR: dataDir });
    assert.equal(duplicate.code, 0, `the refused run must have written nothing: ${duplicate.stderr}`);
  });

  test('says so with exit code 3 when PostgreSQL does not answer', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const result = await runPathwise(['migrate'], {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none',
      ISSUER_KEY_SECRET: '0'.repeat(64),
    });
    assert.equal(result.code, 3, result.stdout + result.stderr);
    assert.match(result.stderr, /Cannot open the PostgreSQL database in DATABASE_URL: .*ECONNREFUSED/);
  });
});
