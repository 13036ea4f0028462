import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';

const ROOT = join(import.meta.dirname, '../../..');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function start(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  /** Resolves on the first output matching `pattern`; rejects if the process ends without printing it. */
  printed: (pattern: RegExp) => Promise<void>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', PASSWORD_HASH_COST: '1024', WEB_DIST: '/nonexistent', ...env },
  });
  let out = '';
  let closed = false;
  const waiting = new Set<{ pattern: RegExp; resolve: () => void; reject: (error: Error) => void }>();
  const onOutput = (d: Buffer) => {
    out += d;
    for (const w of waiting) {
      if (!w.pattern.test(out)) continue;
      waiting.delete(w);
      w.resolve();
    }
  };
  child.stdout?.on('data', onOutput);
  child.stderr?.on('data', onOutput);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // 'close' comes after the last output was read: a pattern not seen by then never will be.
  child.on('close', (code) => {
    closed = true;
    for (const w of waiting)
      w.reject(new Error(`the server exited (${code}) before printing ${w.pattern}: ${out}`));
    waiting.clear();
  });
  const printed = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      if (pattern.test(out)) resolve();
      else if (closed) reject(new Error(`the server exited before printing ${pattern}: ${out}`));
      else waiting.add({ pattern, resolve, reject });
    });
  return { child, output: () => out, exited, printed };
}

// NOTE: the tests wait for the server's own output (its banner once it listens), not for time to pass; the timeout
// only keeps a server that never starts from hanging the run, and is generous because a loaded machine starts it slowly.
const STARTS = { timeout: 180_000 };

/** The demo LRS key and secret and the demo share link, as a start banner prints them. */
function demoAccess(output: string) {
  const key = /Demo LRS \(xAPI\): \S+ {2}key: (\S+)/.exec(output)?.[1];
  const secret = /^ {2}secret: (\S+)/m.exec(output)?.[1];
  const shareUrl = /Demo share link \(for the demo employer\): (\S+)/.exec(output)?.[1];
  assert.ok(key && secret && shareUrl, `the banner names the demo LRS pair and share link:\n${output}`);
  // NOTE: the link's token, not its address: each start here listens on a new port (the public address).
  return { key, secret, shareToken: shareUrl.split('/').pop() };
}

describe('the server process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-main-'));
  let firstBanner: ReturnType<typeof demoAccess>;
  after(() => rmSync(dir, { recursive: true, force: true }));

  test(
    'starts on a new data folder, prints the demo accounts, finishes requests in flight on SIGTERM and releases the folder',
    STARTS,
    async () => {
      const port = await freePort();
      const server = start({ DATA_DIR: dir, PORT: String(port) });
      try {
        await server.printed(/Pathwise is running/);
        assert.match(server.output(), /learner@demo\.pathwise\.test/);
        assert.match(server.output(), /password: pathwise-demo/);
        firstBanner = demoAccess(server.output());
        const health = await fetch(`http://127.0.0.1:${port}/api/health`);
        assert.deepEqual(await health.json(), { status: 'ok', database: 'pglite' });
        const inFlight = Array.from({ length: 10 }, () =>
          fetch(`http://127.0.0.1:${port}/api/auth/sign-in`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email: 'admin@demo.pathwise.test', password: 'pathwise-demo' }),
          }).then((r) => r.status),
        );
        // Shut down once the first answer is back, while the others are still in flight.
        await Promise.race(inFlight);
        server.child.kill('SIGTERM');
        const statuses = await Promise.allSettled(inFlight);
        const answered = statuses
          .filter((s) => s.status === 'fulfilled')
          .map((s) => (s as PromiseFulfilledResult<number>).value);
        // Requests the server had accepted finish (200); ones that reach it after shutdown began are refused
        // with 503 (fastify's return503OnClosing); none is cut off or fails otherwise.
        assert.ok(answered.includes(200), `statuses ${answered}`);
        assert.ok(
          answered.every((s) => s === 200 || s === 429 || s === 503),
          `statuses ${answered}`,
        );
        assert.equal(await server.exited, 0);
        assert.equal(existsSync(join(dir, 'pathwise.lock')), false, 'the lock is released');
      } finally {
        server.child.kill('SIGKILL');
      }
    },
  );

  test(
    'restarts on the existing folder with its data, and a second process on the folder is refused',
    STARTS,
    async () => {
      const port = await freePort();
      const first = start({ DATA_DIR: dir, PORT: String(port) });
      try {
        await first.printed(/Pathwise is running/);
        // The demo LRS pair and share link printed at the first start still hold (nothing configured breaks).
        const again = demoAccess(first.output());
        assert.deepEqual(again, firstBanner);
        const statements = await fetch(`http://127.0.0.1:${port}/xapi/statements?limit=1`, {
          headers: {
            authorization: `Basic ${Buffer.from(`${again.key}:${again.secret}`).toString('base64')}`,
            'x-experience-api-version': '1.0.3',
          },
        });
        assert.equal(statements.status, 200, 'the printed LRS pair works after the restart');
        const shared = await fetch(`http://127.0.0.1:${port}/api/share/${again.shareToken}`);
        assert.equal((await shared.json()).status, 'ok', 'the printed share link works after the restart');
        const signIn = await fetch(`http://127.0.0.1:${port}/api/auth/sign-in`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'teacher@demo.pathwise.test', password: 'pathwise-demo' }),
        });
        assert.equal(signIn.status, 200, 'the demo data survived the restart');
        const second = start({ DATA_DIR: dir, PORT: String(await freePort()) });
        assert.equal(await second.exited, 2);
        assert.match(second.output(), /in use by another Pathwise process/);
      } finally {
        first.child.kill('SIGTERM');
        await first.exited;
      }
    },
  );

  test('a bad environment stops the start with every problem listed', async () => {
    const bad = start({ DATA_DIR: dir, PORT: 'x', DATABASE_URL: 'nope' });
    assert.equal(await bad.exited, 2);
    assert.match(bad.output(), /PORT must be/);
    assert.match(bad.output(), /DATABASE_URL must start/);
  });
});
