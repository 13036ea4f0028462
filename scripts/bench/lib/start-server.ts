/**
 * The Pathwise server as a child process for benchmarks, started the way `npm start` starts it
 * (`node --import tsx apps/server/src/main.ts`) on a free loopback port. Every server started here is remembered
 * until it exits, so that `killServers()` can end the ones a failed run left behind.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** The repository root: the working directory of the server. */
export const ROOT = join(import.meta.dirname, '../../..');

/** A running server: its process, its base URL and everything it has printed so far. */
export interface BenchServer {
  child: ChildProcess;
  url: string;
  output(): string;
}

const children = new Set<ChildProcess>();

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Spawns the server with `env` on top of this process's environment (its own DATABASE_URL, DATA_DIR and
 * NODE_ENV are not passed on) and returns at once, without waiting for it to listen: see `waitServed`.
 *
 * @example
 * const server = await spawnServer({ DATA_DIR: dir, SEED_DEMO: 'false' });
 * await waitServed(server, '/api/health', performance.now());
 */
export async function spawnServer(
  env: Record<string, string>,
  entry: 'apps/server/src/main.ts' | 'scripts/start.ts' = 'apps/server/src/main.ts',
): Promise<BenchServer> {
  const port = await freePort();
  const { DATABASE_URL: _url, DATA_DIR: _dir, NODE_ENV: _env, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: ROOT,
    env: { ...inherited, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  return { child, url: `http://127.0.0.1:${port}`, output: () => output };
}

/**
 * Polls `path` every `pollMs` until it answers 200; returns the milliseconds since `since`. Throws with the
 * server's output when it exits first or does not answer within `timeoutMs` of `since`.
 */
export async function waitServed(
  server: BenchServer,
  path: string,
  since: number,
  { timeoutMs = 120_000, pollMs = 10 }: { timeoutMs?: number; pollMs?: number } = {},
): Promise<number> {
  const deadline = since + timeoutMs;
  while (performance.now() < deadline) {
    if (server.child.exitCode !== null) {
      throw new Error(`the server exited with ${server.child.exitCode}:\n${server.output()}`);
    }
    try {
      const response = await fetch(`${server.url}${path}`);
      await response.arrayBuffer();
      if (response.status === 200) return performance.now() - since;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  throw new Error(`the server did not serve ${path} within ${timeoutMs / 1000} s:\n${server.output()}`);
}

/**
 * Starts the server with `env` and waits until `path` answers 200.
 *
 * @example
 * const server = await startServer({ DATABASE_URL: url, ISSUER_KEY_SECRET: secret }, '/xapi/about');
 */
export async function startServer(
  env: Record<string, string>,
  path: string,
  wait?: { timeoutMs?: number; pollMs?: number },
): Promise<BenchServer> {
  const server = await spawnServer(env);
  await waitServed(server, path, performance.now(), wait);
  return server;
}

/** Stops the server with SIGTERM (SIGKILL after 20 s) and waits for it to exit. */
export async function stopServer(server: BenchServer): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

/** Kills (SIGKILL) every server started here that is still running: the last step of a benchmark's clean-up. */
export function killServers(): void {
  for (const child of children) child.kill('SIGKILL');
}
