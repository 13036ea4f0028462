// The layering rules of biome.json (noRestrictedImports overrides and the web-contracts-type-only plugin) are
// errors: each fixture below that breaks a rule fails the lint with the rule's message, each that keeps to it
// passes, and the real tree has no layering error. The fixtures are linted in a temporary folder that holds the
// project's own biome.json and plugin, so the real tree is never written to.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { folderGraph } from '../folder-cycles.ts';

const repo = resolve(import.meta.dirname, '../..');
const biome = join(repo, 'node_modules/.bin/biome');
const LAYERING = new Set(['lint/style/noRestrictedImports', 'plugin']);

interface Diagnostic {
  category: string;
  message: string;
  location: { path: string | null };
}

/** Runs Biome's linter in `cwd` and returns the layering diagnostics (other rules are not this test's concern). */
function layeringDiagnostics(cwd: string, paths: string[]): Diagnostic[] {
  const run = spawnSync(biome, ['lint', '--reporter=json', '--max-diagnostics=none', ...paths], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const json = run.stdout.slice(run.stdout.indexOf('{'));
  assert.ok(json.length > 0, `biome printed no report: ${run.stderr}`);
  const report = JSON.parse(json) as { diagnostics: Diagnostic[] };
  return report.diagnostics.filter((d) => LAYERING.has(d.category));
}

const CORE = 'packages/core is the pure domain';
const PACKAGE = 'A package never imports an app';
const WEB = 'apps/web talks to the server over HTTP only';
const WEB_TYPES = 'apps/web imports only types from @pathwise/contracts';
const CLI = 'apps/cli reaches the server';

// path → [source, the start of the expected message, or null when the file keeps to the rules]
const fixtures: Record<string, [string, string | null]> = {
  'packages/core/src/content/fixture-db.ts': [
    "import { findOrganizationBySlug } from '@pathwise/db';\nexport const f = findOrganizationBySlug;\n",
    CORE,
  ],
  'packages/core/src/learner-model/fixture-fs.ts': [
    "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n",
    CORE,
  ],
  'packages/core/src/analytics/fixture-kysely-type.ts': [
    "import type { Kysely } from 'kysely';\nexport type K = Kysely<unknown>;\n",
    CORE,
  ],
  'packages/core/src/tutor/fixture-app.ts': [
    "import type { App } from '@pathwise/server';\nexport type A = App;\n",
    CORE,
  ],
  'packages/core/src/learner-model/fixture-fs.test.ts': [
    "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n",
    null,
  ],
  'packages/core/src/content/fixture-pure.ts': [
    "import { findCycle } from '../skills-graph/find-cycle.ts';\nexport const f = findCycle;\n",
    null,
  ],
  'packages/db/src/fixture-app.ts': [
    "import { buildApp } from '../../../apps/server/src/app.ts';\nexport const f = buildApp;\n",
    PACKAGE,
  ],
  'packages/xapi/src/fixture-web.ts': [
    "import type { Locale } from '@pathwise/web';\nexport type L = Locale;\n",
    PACKAGE,
  ],
  'apps/web/src/features/learning/fixture-route.tsx': [
    "import { learningRoutes } from '../../../../server/src/routes/learning/learning-routes.ts';\nexport const f = learningRoutes;\n",
    WEB,
  ],
  'apps/web/src/features/learning/fixture-db.ts': [
    "import type { Db } from '@pathwise/db';\nexport type D = Db;\n",
    WEB,
  ],
  'apps/web/src/features/learning/fixture-schema.ts': [
    "import { ProblemSchema } from '@pathwise/contracts';\nexport const s = ProblemSchema;\n",
    WEB_TYPES,
  ],
  'apps/web/src/features/learning/fixture-inline-type.ts': [
    "import { type Problem } from '@pathwise/contracts';\nexport type P = Problem;\n",
    WEB_TYPES,
  ],
  'apps/web/src/features/learning/fixture-type.ts': [
    "import type { Problem } from '@pathwise/contracts';\nexport type P = Problem;\n",
    null,
  ],
  'apps/cli/src/commands/fixture-deep.ts': [
    "export const f = () => import('../../../server/src/identity/create-organization.ts');\n",
    CLI,
  ],
  'apps/cli/src/commands/fixture-entry.ts': ["export const f = () => import('@pathwise/server');\n", null],
};

describe('layering rules in biome.json', () => {
  let dir = '';
  let found: Diagnostic[] = [];

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pathwise-layering-'));
    for (const file of ['biome.json', '.gitignore', 'scripts/lint/web-contracts-type-only.grit']) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      copyFileSync(join(repo, file), join(dir, file));
    }
    for (const [path, [source]] of Object.entries(fixtures)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), source);
    }
    found = layeringDiagnostics(dir, ['.']);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const [path, [, expected]] of Object.entries(fixtures)) {
    it(`${path}: ${expected === null ? 'passes' : `fails with "${expected}…"`}`, () => {
      const messages = found.filter((d) => d.location.path === path).map((d) => d.message);
      if (expected === null) assert.deepEqual(messages, []);
      else
        assert.ok(messages.length > 0 && messages.every((m) => m.startsWith(expected)), messages.join('\n'));
    });
  }

  it('the real tree keeps every layering rule', () => {
    const broken = layeringDiagnostics(repo, ['packages', 'apps', 'scripts']);
    assert.deepEqual(
      broken.map((d) => `${d.location.path}: ${d.message}`),
      [],
    );
  });
});

describe('folder cycles (scripts/folder-cycles.ts)', () => {
  for (const root of [
    'packages/core',
    'packages/xapi',
    'packages/open-badges',
    'packages/contracts',
    'packages/db',
    'apps/cli',
    'apps/web',
  ]) {
    it(`${root} has no folder cycle`, () => {
      const { cycles, folders } = folderGraph(repo, [root], { withTests: false });
      assert.ok(folders >= 2, `${root}: only ${folders} folders read`);
      assert.deepEqual(cycles, []);
    });
  }

  it('apps/server has no folder cycle, none through its root either', () => {
    // The root folder is the composition root (main.ts, app.ts, server.ts, index.ts): it imports every folder
    // and no folder imports it; what every folder shares (context types, configuration, presenters) is runtime/.
    // Each area owns its jobs (analytics/analytics-jobs.ts, demo/demo-jobs.ts); jobs/ is only the queue. The learner
    // model's store and the one standing (learner-model/) sit below learning, the record and the dashboards.
    const { cycles, folders } = folderGraph(repo, ['apps/server'], { withTests: false });
    assert.ok(folders > 20, `apps/server: only ${folders} folders read`);
    assert.ok(!cycles.flat().includes('apps/server/src'), 'the root folder is in a cycle');
    assert.deepEqual(cycles, []);
  });

  it('finds a cycle when there is one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pathwise-cycles-'));
    try {
      mkdirSync(join(dir, 'src/a'), { recursive: true });
      mkdirSync(join(dir, 'src/b'), { recursive: true });
      writeFileSync(join(dir, 'src/a/x.ts'), "import { y } from '../b/y.ts';\nexport const x = y;\n");
      writeFileSync(
        join(dir, 'src/b/y.ts'),
        "import type { x } from '../a/x.ts';\nexport const y = 1 as unknown as typeof x;\n",
      );
      assert.deepEqual(folderGraph(dir, ['src'], { withTests: false }).cycles, [['src/a', 'src/b']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
