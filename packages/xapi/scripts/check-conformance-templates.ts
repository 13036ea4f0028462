// Replays the statement-template cases of a local copy of ADL's LRS conformance test suite through this
// package's validation and reports how many outcomes (200 or 400) agree with the suite's expectations.
// The suite is not a dependency and is never committed: point this script at a checkout of it.
//   node --import tsx packages/xapi/scripts/check-conformance-templates.ts <suite>/test/v2_0 2.0.0

import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isPlainObject, matchAttachments, validateStatementBatch, type XapiVersion } from '../src/index.ts';

type Json = Record<string, unknown>;
interface TestCase {
  name: string;
  templates?: Json[];
  json?: unknown;
  expect: number[];
}

const [suiteDir, version] = process.argv.slice(2) as [string, XapiVersion];
if (!suiteDir || !['1.0.3', '2.0.0'].includes(version)) {
  console.error('usage: check-conformance-templates.ts <suite>/test/<v1_0_3|v2_0> <1.0.3|2.0.0>');
  process.exit(2);
}

/** Deep merge with the semantics of the suite's `extend(true, …)`: arrays merge index by index. */
function extend(target: Json, source: Json): Json {
  for (const [key, copy] of Object.entries(source)) {
    const current = target[key];
    if (Array.isArray(copy))
      target[key] = extend(
        (Array.isArray(current) ? current : []) as unknown as Json,
        copy as unknown as Json,
      );
    else if (isPlainObject(copy)) target[key] = extend(isPlainObject(current) ? current : {}, copy);
    else if (copy !== undefined) target[key] = copy;
  }
  return target;
}

function templates(): Record<string, Record<string, Json>> {
  const dir = join(suiteDir, 'templates');
  const folders = readdirSync(dir).map((folder) => {
    const files = readdirSync(join(dir, folder)).filter((f) => f.endsWith('.json'));
    return [
      folder,
      Object.fromEntries(
        files.map((f) => [f.slice(0, -5), JSON.parse(readFileSync(join(dir, folder, f), 'utf8'))]),
      ),
    ];
  });
  return Object.fromEntries(folders);
}

function build(list: Json[]): unknown {
  const mapping = templates();
  const resolved = list.map((item) => {
    const [key, value] = Object.entries(item)[0]!;
    if (typeof value !== 'string' || !/^\{\{.*\}\}$/.test(value)) return item;
    const [folder, file] = value.slice(2, -2).split('.') as [string, string];
    const found = mapping[folder]?.[file];
    if (!found) throw new Error(`template not found: ${value}`);
    return { [key]: found };
  });
  let from: Json = {};
  resolved.reverse().forEach((to, index) => {
    if (index > 0) extend(Object.values(to)[0] as Json, from);
    from = to;
  });
  return Object.values(from)[0];
}

const cases: TestCase[] = [];
for (const file of readdirSync(join(suiteDir, 'configs'))) {
  const module = { exports: {} as { config?: () => { config: TestCase[] }[] } };
  const source = readFileSync(join(suiteDir, 'configs', file), 'utf8');
  new Function('module', 'require', source)(module, () => ({ generateUUID: randomUUID }));
  for (const group of module.exports.config?.() ?? []) cases.push(...group.config);
}

let agree = 0;
for (const test of cases) {
  const data = test.templates ? build(structuredClone(test.templates)) : test.json;
  const valid = validateStatementBatch(data, { version });
  const status = valid.ok && matchAttachments(valid.value, []).ok ? 200 : 400;
  if (status === test.expect[0]) agree++;
  else console.log(`disagree: ${test.name}: expected ${test.expect[0]}, got ${status}`);
}
console.log(`${agree} of ${cases.length} cases agree with the suite`);
process.exit(agree === cases.length ? 0 : 1);
