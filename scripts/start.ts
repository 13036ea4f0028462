import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// `npm start`: builds the web app only when what it is built from changed since the build in apps/web/dist (a hash
// of those files' paths and contents, kept beside the build), then starts the server in this process. A restart
// with nothing changed serves the existing build at once; WEB_DIST (a build elsewhere) skips all of this.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB = join(ROOT, 'apps/web');
const DIST = join(WEB, 'dist');
const HASH_FILE = join(DIST, '.source-hash');

/** What the web build is made from: the app, the workspace packages it imports, and the locked dependencies. */
const SOURCES = [
  'apps/web/src',
  'apps/web/public',
  'apps/web/index.html',
  'apps/web/vite.config.ts',
  'apps/web/package.json',
  'apps/web/tsconfig.json',
  'packages/core/src',
  'packages/core/package.json',
  'packages/contracts/src',
  'packages/contracts/package.json',
  'package-lock.json',
  'tsconfig.base.json',
];
/** Tests are not in the build: changing one does not build again. */
const SKIPPED = /(\.test\.tsx?|\/test-support\/|\/test\/)/;

/** The files of a source: itself when it is a file, every file below it when it is a folder, none when absent. */
function filesOf(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !SKIPPED.test(file));
}

/** The hash of every source file's path and content, in a stable order. */
function webSourceHash(): string {
  const hash = createHash('sha256');
  const files = SOURCES.flatMap((source) => filesOf(join(ROOT, source))).sort();
  for (const file of files) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function ensureWebBuild(): void {
  if (process.env.WEB_DIST) return;
  const started = Date.now();
  const wanted = webSourceHash();
  const built =
    existsSync(join(DIST, 'index.html')) && existsSync(HASH_FILE) ? readFileSync(HASH_FILE, 'utf8') : '';
  if (built.trim() === wanted) {
    console.log(`Web app: the build in apps/web/dist is up to date (checked in ${Date.now() - started} ms)`);
    return;
  }
  console.log(
    built ? 'Web app: its sources changed, building it again…' : 'Web app: building it (first start)…',
  );
  const result = spawnSync('npm', ['run', '--silent', 'build', '-w', '@pathwise/web'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error('Web app: the build failed (see above); the server was not started.');
    process.exit(result.status ?? 1);
  }
  writeFileSync(HASH_FILE, `${wanted}\n`);
  console.log(`Web app: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

ensureWebBuild();
await import('../apps/server/src/main.ts');
