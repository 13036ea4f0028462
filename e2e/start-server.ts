import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB_DIST = join(ROOT, 'apps/web/dist');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForHealth(url: string, server: ChildProcess, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`the server exited with code ${server.exitCode}; see its log`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not answer ${url}/api/health in time`);
}

/**
 * Playwright global setup: starts the real Pathwise server on a free port with a fresh data folder (PGlite, the
 * demo seeded), serving the built web app; returns the teardown that stops it and deletes the folder.
 */
export default async function startServer(): Promise<() => Promise<void>> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error(
      'apps/web/dist is missing: run `npm run build -w @pathwise/web` first (npm run test:e2e does)',
    );
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'pathwise-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logDir = join(ROOT, 'test-results');
  await mkdir(logDir, { recursive: true });
  const log = createWriteStream(join(logDir, 'e2e-server.log'));
  // PATHWISE_E2E_SERVER_ENTRY runs the same tests against another server entry (a branch being checked).
  const entry = process.env.PATHWISE_E2E_SERVER_ENTRY ?? 'apps/server/src/main.ts';
  const server = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      WEB_DIST,
      LOG_LEVEL: 'warn',
      // Several tests sign in as the same demo account within a minute.
      SIGN_IN_RATE_LIMIT: '100',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.pipe(log);
  server.stderr?.pipe(log);
  const output: string[] = [];
  const keep = (chunk: Buffer) => output.push(chunk.toString());
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);
  try {
    await waitForHealth(url, server, Date.now() + 60_000);
  } catch (error) {
    server.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
    const tail = output.join('').split('\n').slice(-25).join('\n');
    throw new Error(`${(error as Error).message}\n--- server output (last lines) ---\n${tail}`);
  }
  server.stdout?.off('data', keep);
  server.stderr?.off('data', keep);
  process.env.PATHWISE_E2E_URL = url;
  return async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    log.end();
    await rm(dataDir, { recursive: true, force: true });
  };
}
