import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { IMPORT_FORMAT_NAMES, IMPORT_FORMATS } from './import-formats.ts';
import { skillName, wholeSkillTags } from './oatutor-skills.ts';
import { parseOatutor } from './parse-oatutor.ts';

const dir = join(import.meta.dirname, '../../../../../shared/data/oatutor-elementary-algebra');
const read = (file: string) => readFileSync(join(dir, file), 'utf8');

describe('OATutor skills made whole and placed in the course order', () => {
  test('a name split at its commas upstream is one skill again; separate skills stay apart', () => {
    assert.deepEqual(wholeSkillTags(['convert_decimals', 'fractions', 'and_percents']), [
      'convert_decimals,fractions_and_percents',
    ]);
    // The same name without its last comma is the same skill.
    assert.deepEqual(
      wholeSkillTags(['identify_polynomials', 'monomials', 'binomials', 'and_trinomials']),
      wholeSkillTags(['identify_polynomials', 'monomials', 'binomials_and_trinomials']),
    );
    assert.deepEqual(wholeSkillTags(['round_decimals', 'add_and_subtract_decimals']), [
      'round_decimals',
      'add_and_subtract_decimals',
    ]);
    assert.equal(
      skillName('convert_decimals,fractions_and_percents'),
      'Convert decimals, fractions and percents',
    );
    assert.equal(skillName('add_or_subtract_decimals.'), 'Add or subtract decimals');
  });

  const r = parseOatutor(read('problems.jsonl'), {
    bktParams: read('bkt-params.json'),
    coursePlan: read('course-plan.json'),
  });
  const byId = new Map(r.skills.map((s) => [s.id, s]));

  test('the course plan gives 10 chapter strands, 71 lessons under them and the 190 skills under their lessons', () => {
    assert.deepEqual(r.problems, []);
    const strands = r.skills.filter((s) => s.parentId === null);
    assert.equal(strands.length, 10);
    assert.equal(strands[0]!.name.en, 'Chapter 1 (lessons 1.1–1.10)');
    const lessons = r.skills.filter((s) => s.id.startsWith('oatutor.lesson-'));
    assert.equal(lessons.length, 71);
    const practised = r.skills.filter((s) => s.parentId?.startsWith('oatutor.lesson-'));
    assert.equal(practised.length, 190);
    assert.ok(!byId.has('oatutor.and_percents') && !byId.has('oatutor.fractions'));
    const decimals = byId.get('oatutor.convert_decimals,fractions_and_percents')!;
    assert.equal(decimals.name.en, 'Convert decimals, fractions and percents');
    assert.equal(decimals.parentId, 'oatutor.lesson-1.7');
    assert.ok(r.items.some((i) => i.skillId === decimals.id));
  });

  test('prerequisites follow the lesson order: a skill needs the skills of the lesson before', () => {
    const first = r.skills.filter((s) => s.parentId === 'oatutor.lesson-1.1');
    assert.ok(first.every((s) => s.prerequisites === undefined));
    const second = r.skills.filter((s) => s.parentId === 'oatutor.lesson-1.2');
    for (const s of second)
      assert.deepEqual(
        s.prerequisites,
        first.map((f) => f.id),
      );
    const withPrerequisites = r.skills.filter((s) => (s.prerequisites?.length ?? 0) > 0);
    assert.equal(withPrerequisites.length, 190 - first.length);
    // Every prerequisite is a skill with items placed earlier: the graph has no cycle and no dead end.
    const position = new Map(r.skills.map((s, i) => [s.id, i]));
    const practised = new Set(r.items.map((i) => i.skillId));
    for (const s of withPrerequisites)
      for (const p of s.prerequisites!) {
        assert.ok(position.get(p)! < position.get(s.id)!, `${p} before ${s.id}`);
        assert.ok(practised.has(p), `${p} has items`);
      }
  });

  test('the pathway describes the course; the attribution stays apart from it', () => {
    assert.match(r.pathway!.description.en, /190 skills in 10 chapters and 71 lessons/);
    assert.doesNotMatch(r.pathway!.description.en, /licensed|CC BY/);
    assert.match(r.attribution.text, /CC BY 4\.0/);
  });

  test('a one-step problem that introduces its expression shows the expression in its stem', () => {
    // 32 one-step problems say only "Multiply:" in their body; each now lists as its own expression.
    const multiply = r.items.filter((i) => /\nMultiply: \$.+\$$/.test(i.stem.en));
    assert.equal(multiply.length, 32);
    assert.equal(new Set(multiply.map((i) => i.stem.en)).size, 32);
    const one = r.items.find((i) => i.id === 'oatutor/aafc2dcMultiply16')!;
    assert.equal(one.stem.en, 'Multiply Integers\nMultiply: $-4\\times8$');
    assert.equal(one.steps[0]!.prompt.en, 'What is the answer?');
  });

  test('the registry names every format once, with its parser, files and attribution', () => {
    assert.deepEqual(IMPORT_FORMAT_NAMES, ['oatutor', 'mathcamps', 'gsm8k']);
    for (const name of IMPORT_FORMAT_NAMES) {
      const result = IMPORT_FORMATS[name].parser({ standards: '[]' }).finish();
      assert.equal(result.source, name);
      assert.equal(result.attribution, IMPORT_FORMATS[name].attribution);
    }
  });
});
