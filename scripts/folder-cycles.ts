// Folder-level import graph of the TypeScript sources and its cycles.
//
//   node --import tsx scripts/folder-cycles.ts [--check] [--with-tests] [ROOT ...]
//
// Every .ts/.tsx file under the roots (default: packages, apps) is read; each import, export-from and import()
// whose target is a relative path or a workspace package (resolved through its package.json exports) becomes an
// edge from the importing file's folder to the imported file's folder. Folders that reach each other form a
// strongly connected component; each component of two or more folders is one cycle reported with the imports
// that make it (type-only imports count: a cycle of types is still a cycle of meaning). A package's entry files (its package.json exports) are nodes of their own: an index that
// re-exports its subfolders is the package's front door, not a member of the folder it sits in. Test files (*.test.ts, *.spec.ts, test/ and test-support/ folders) are left out unless
// --with-tests is given: they sit beside the code they test and do not shape the layering. With --check the exit
// code is 1 when there is a cycle. Imports are found by pattern, not by a parser: an import written inside a
// string or a comment would count too.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** One import between two folders, with the file and specifier that make it. */
export interface FolderEdge {
  from: string;
  to: string;
  file: string;
  specifier: string;
}

/** The folder graph: its edges and its cycles (components of two or more folders, sorted). */
export interface FolderGraph {
  folders: number;
  edges: FolderEdge[];
  cycles: string[][];
}

const SOURCE = /\.(ts|tsx)$/;
// Test files and test support that never ships: test-render.tsx, learning-test-kit.ts.
const TEST = /(\.test\.tsx?|\.spec\.tsx?|^test-[a-z-]+\.tsx?|-test-kit\.tsx?)$/;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'coverage', '.vite']);
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+|\bvi\.mock\s*\(\s*)['"]([^'"\n]+)['"]/gm;

function sourceFiles(dir: string, withTests: boolean, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (SKIPPED_DIRS.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!withTests && (name === 'test' || name === 'test-support')) continue;
      sourceFiles(path, withTests, out);
    } else if (SOURCE.test(name) && !name.endsWith('.d.ts') && (withTests || !TEST.test(name))) {
      out.push(path);
    }
  }
  return out;
}

/** Maps every workspace package name (and each of its export subpaths) to the file it points at. */
function workspaceEntries(repo: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const group of ['packages', 'apps']) {
    const base = join(repo, group);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base)) {
      const manifest = join(base, name, 'package.json');
      if (!existsSync(manifest)) continue;
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name: string; exports?: unknown };
      const exports = typeof pkg.exports === 'string' ? { '.': pkg.exports } : (pkg.exports ?? {});
      for (const [sub, target] of Object.entries(exports as Record<string, unknown>)) {
        if (typeof target !== 'string') continue;
        const spec = sub === '.' ? pkg.name : `${pkg.name}/${sub.replace(/^\.\//, '')}`;
        entries.set(spec, resolve(base, name, target));
      }
    }
  }
  return entries;
}

function resolveRelative(fromFile: string, specifier: string): string | null {
  const target = resolve(dirname(fromFile), specifier);
  const candidates = [
    target,
    `${target}.ts`,
    `${target}.tsx`,
    join(target, 'index.ts'),
    join(target, 'index.tsx'),
  ];
  for (const candidate of candidates)
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  // A '.js' specifier that names a '.ts' file (NodeNext style).
  const ts = target.replace(/\.js$/, '.ts');
  return existsSync(ts) ? ts : null;
}

/** Tarjan's strongly connected components; returns the components of two or more nodes. */
function cyclesOf(nodes: Set<string>, next: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(to) ?? 0));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(to) ?? 0));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of [...nodes].sort()) if (!index.has(node)) visit(node);
  return found.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

/**
 * Builds the folder-level import graph of the sources under `roots` (paths relative to `repo`).
 *
 * @example
 * const { cycles } = folderGraph('/work/main', ['packages', 'apps'], { withTests: false });
 */
export function folderGraph(repo: string, roots: string[], options: { withTests: boolean }): FolderGraph {
  const entries = workspaceEntries(repo);
  const entryFiles = new Set(entries.values());
  const nodeOf = (file: string): string =>
    entryFiles.has(file) ? relative(repo, file) : relative(repo, dirname(file));
  const edges: FolderEdge[] = [];
  const folders = new Set<string>();
  const next = new Map<string, Set<string>>();
  for (const root of roots) {
    for (const file of sourceFiles(join(repo, root), options.withTests)) {
      const from = nodeOf(file);
      folders.add(from);
      for (const match of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
        const specifier = match[1] ?? '';
        const target = specifier.startsWith('.') ? resolveRelative(file, specifier) : entries.get(specifier);
        if (!target) continue;
        const to = nodeOf(target);
        if (to === from || to.startsWith('..')) continue;
        edges.push({ from, to, file: relative(repo, file), specifier });
        const out = next.get(from) ?? new Set<string>();
        out.add(to);
        next.set(from, out);
      }
    }
  }
  return { folders: folders.size, edges, cycles: cyclesOf(folders, next) };
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const withTests = argv.includes('--with-tests');
  const roots = argv.filter((arg) => !arg.startsWith('--'));
  const repo = resolve(import.meta.dirname, '..');
  const graph = folderGraph(repo, roots.length > 0 ? roots : ['packages', 'apps'], { withTests });
  for (const [n, cycle] of graph.cycles.entries()) {
    const members = new Set(cycle);
    console.log(`\ncycle ${n + 1}: ${cycle.length} folders`);
    const seen = new Set<string>();
    for (const edge of graph.edges) {
      const key = `${edge.from} -> ${edge.to}`;
      if (!members.has(edge.from) || !members.has(edge.to) || seen.has(key)) continue;
      seen.add(key);
      console.log(`  ${key}   (${edge.file}: '${edge.specifier}')`);
    }
  }
  const inCycles = graph.cycles.reduce((sum, cycle) => sum + cycle.length, 0);
  console.log(
    `\n${graph.folders} folders, ${new Set(graph.edges.map((e) => `${e.from}>${e.to}`)).size} folder imports, ` +
      `${graph.cycles.length} cycles (${inCycles} folders in them)`,
  );
  return check && graph.cycles.length > 0 ? 1 : 0;
}

if (import.meta.filename === process.argv[1]) process.exitCode = main(process.argv.slice(2));
