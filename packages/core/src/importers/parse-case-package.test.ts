import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { sharedDataPath } from '../../../../scripts/shared-data.ts';
import { asSkillId, buildSkillGraph } from '../skills-graph/index.ts';
import { parseCasePackage } from './parse-case-package.ts';

const frameworks = sharedDataPath('case', 'frameworks');
// NOTE: no skip when the file is missing: readFileSync throws and the test fails (CI has ../shared).
const read = (name: string) => JSON.parse(readFileSync(join(frameworks, name), 'utf8'));
const OPENSALT = 'opensalt-framework-20c5134f-423d-4097-a971-3dd5152bf507.json';

/** The id of the item with a human code (CCSS.Math.Content.…). */
function idOf(pkg: { CFItems: { identifier: string; humanCodingScheme?: string }[] }, code: string): string {
  const item = pkg.CFItems.find((i) => i.humanCodingScheme === `CCSS.Math.Content.${code}`);
  assert.ok(item, code);
  return item.identifier;
}

const graphOf = (skills: ReturnType<typeof parseCasePackage>['skills']) =>
  buildSkillGraph(
    skills.map((s) => ({
      id: asSkillId(s.id),
      name: s.name,
      description: s.description,
      parentId: s.parentId === null ? null : asSkillId(s.parentId),
      prerequisites: s.prerequisites.map(asSkillId),
    })),
  );

describe('CASE 1.0 CFPackage import', () => {
  test('OpenSALT’s sample package: items, hierarchy, precedes, crosswalks and what is skipped', () => {
    const raw = read(OPENSALT);
    const pkg = parseCasePackage(raw);
    assert.deepEqual(pkg.problems, []);
    assert.equal(pkg.framework, 'case:20c5134f-423d-4097-a971-3dd5152bf507');
    assert.equal(pkg.title, 'What Standards Could Be');
    assert.equal(pkg.skills.length, 16);
    const ratio = pkg.skills.find((s) => s.id === idOf(raw, '6.RP.A.1'))!;
    assert.equal(ratio.name.en, 'CCSS.Math.Content.6.RP.A.1');
    assert.match(ratio.description.en, /^Understand the concept of a ratio/);
    // English only: the English text fills the Spanish field too.
    assert.equal(pkg.copiedLanguage, true);
    assert.deepEqual(ratio.name.es, ratio.name.en);
    assert.equal(ratio.parentId, idOf(raw, '6.RP.A'));
    assert.equal(
      pkg.skills.find((s) => s.id === idOf(raw, '6.RP.A'))!.parentId,
      null,
      'child of the document',
    );
    // A precedes B: A is a prerequisite of B.
    assert.deepEqual(pkg.skills.find((s) => s.id === idOf(raw, '6.RP.A.2'))!.prerequisites, [
      idOf(raw, '6.RP.A.1'),
    ]);
    assert.deepEqual(pkg.skills.find((s) => s.id === idOf(raw, '7.RP.A.3'))!.prerequisites, [
      idOf(raw, '6.RP.A.3'),
    ]);
    assert.equal(
      pkg.skills.reduce((n, s) => n + s.prerequisites.length, 0),
      2,
      'the third precedes points outside the package',
    );
    assert.equal(pkg.crosswalks.filter((c) => c.relation === 'exactMatch').length, 16);
    assert.equal(pkg.crosswalks.filter((c) => c.relation === 'closeMatch').length, 2);
    assert.ok(pkg.crosswalks.every((c) => c.targetFramework === 'case' && c.targetCode.startsWith('http')));
    assert.deepEqual(pkg.skipped.map((s) => s.associationType).sort(), ['exemplar', 'exemplar', 'precedes']);
    // Parents come before their children, siblings in sequence order; the graph is valid.
    const position = new Map(pkg.skills.map((s, i) => [s.id, i]));
    for (const s of pkg.skills) if (s.parentId) assert.ok(position.get(s.parentId)! < position.get(s.id)!);
    assert.deepEqual(
      pkg.skills.slice(0, 2).map((s) => s.name.en),
      ['CCSS.Math.Content.6.RP.A', 'CCSS.Math.Content.6.RP.A.1'],
    );
    assert.ok(graphOf(pkg.skills).ok);
  });

  test('a precedes cycle passes the reader and is named by the skills graph', () => {
    const raw = read(OPENSALT);
    const [a, b] = [idOf(raw, '6.RP.A.1'), idOf(raw, '6.RP.A.2')];
    raw.CFAssociations.push({
      identifier: 'loop',
      associationType: 'precedes',
      originNodeURI: { identifier: b, uri: `urn:${b}` },
      destinationNodeURI: { identifier: a, uri: `urn:${a}` },
    });
    const result = graphOf(parseCasePackage(raw).skills);
    assert.ok(!result.ok);
    const cycle = result.problems.find((p) => p.code === 'prerequisite-cycle');
    assert.ok(cycle && 'cycle' in cycle);
    assert.deepEqual([...cycle.cycle].sort(), [a, b].sort());
  });

  test('every broken item or association is reported with its path', () => {
    const raw = read(OPENSALT);
    delete raw.CFItems[2].fullStatement;
    raw.CFItems[3].identifier = raw.CFItems[4].identifier;
    raw.CFAssociations[0].originNodeURI = null;
    delete raw.CFDocument.identifier;
    const pkg = parseCasePackage(raw);
    assert.deepEqual(
      pkg.problems.map((p) => p.field),
      ['CFDocument.identifier', 'CFItems[2].fullStatement', 'CFItems[4].identifier', 'CFAssociations[0]'],
    );
    assert.deepEqual(parseCasePackage([]).problems[0], { field: '', message: 'must be a CFPackage object' });
  });

  test('OpenSALT’s test packages: LinkGenURI objects, no human codes, sequence numbers, an empty framework', () => {
    const ordering = parseCasePackage(read('test/Ordering.json'));
    assert.deepEqual(ordering.problems, []);
    assert.equal(ordering.skills.length, 28);
    assert.equal(ordering.skills[0]!.name.en, 'H.A.MATH.GM');
    assert.ok(graphOf(ordering.skills).ok);
    const smart = read('test/SmartLevelFramework.json');
    const levels = parseCasePackage(smart);
    assert.deepEqual(levels.problems, []);
    assert.equal(levels.skills.length, 14);
    assert.ok(levels.skills.every((s) => s.name.en.length > 0 && s.name.en.length <= 200));
    const sequenced = read('test/SequenceNumberFramework.json');
    const bySequence = [...sequenced.CFAssociations]
      .filter((a: { associationType: string }) => a.associationType === 'isChildOf')
      .sort(
        (x: { sequenceNumber: number }, y: { sequenceNumber: number }) => x.sequenceNumber - y.sequenceNumber,
      )
      .map((a: { originNodeURI: { identifier: string } }) => a.originNodeURI.identifier);
    assert.deepEqual(
      parseCasePackage(sequenced).skills.map((s) => s.id),
      bySequence,
    );
    const empty = parseCasePackage(read('test/EmptyExternalFramework.json'));
    assert.deepEqual([empty.skills.length, empty.problems.length], [0, 0]);
  });
});
