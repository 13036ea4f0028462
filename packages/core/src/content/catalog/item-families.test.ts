import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildSkillGraph } from '../../skills-graph/build-skill-graph.ts';
import { canonicalAnswer, checkAnswer } from '../answer/check-answer.ts';
import { diagnoseAnswer } from '../diagnose-answer.ts';
import type { Item, Localized } from '../index.ts';
import { demoContent } from './demo-content.ts';
import { familiesForSkill, findItem, itemFamilies, skillExplanation } from './item-families.ts';

const seeds = Array.from({ length: 200 }, (_, i) => i);
const difficulties = [1, 2, 3] as const;

function texts(item: Item): Localized[] {
  return [
    item.stem,
    ...item.steps.flatMap((s) => [
      s.prompt,
      s.guidingQuestion,
      ...s.hints,
      ...s.misconceptions.map((m) => m.feedback),
    ]),
    ...item.steps.flatMap((s) => s.scaffolds.map((c) => c.prompt)),
  ];
}

describe('item families', () => {
  test('every practice skill of the demo pathways has at least three families and an explanation', () => {
    const graph = buildSkillGraph(demoContent.skills);
    assert.ok(graph.ok);
    assert.equal(new Set(itemFamilies.map((f) => f.id)).size, itemFamilies.length, 'family ids are unique');
    for (const skill of demoContent.skills) {
      const isStrand = demoContent.skills.some((s) => s.parentId === skill.id);
      const families = familiesForSkill(skill.id);
      if (isStrand) {
        assert.equal(families.length, 0, skill.id);
        continue;
      }
      assert.ok(families.length >= 3, `${skill.id}: ${families.length} families`);
      const explanation = skillExplanation(skill.id);
      assert.ok(explanation?.text.en.trim() && explanation.text.es.trim(), `${skill.id}: explanation`);
      assert.notEqual(explanation?.text.en, explanation?.text.es, `${skill.id}: explanation is translated`);
    }
  });

  test('the families of a skill differ in form, not only in numbers', () => {
    const shape = (t: string) => t.replace(/-?\d+(\.\d+)?/g, '#');
    for (const skillId of new Set(itemFamilies.map((f) => f.skillId))) {
      const forms = familiesForSkill(skillId).map((f) => {
        const shapes = new Set(seeds.slice(0, 30).map((seed) => shape(f.generate(seed, 2).stem.en)));
        return { id: f.id, shapes };
      });
      for (const [i, a] of forms.entries()) {
        for (const b of forms.slice(i + 1)) {
          const shared = [...a.shapes].filter((x) => b.shapes.has(x));
          assert.equal(shared.length, 0, `${a.id} and ${b.id} share the stem form "${shared[0]}"`);
        }
      }
    }
  });

  for (const family of itemFamilies) {
    test(`${family.id}: 200 seeds × 3 difficulties give valid items whose answers pass their own checker`, () => {
      for (const difficulty of difficulties) {
        for (const seed of seeds) {
          const item = family.generate(seed, difficulty);
          assert.equal(item.id, `${family.id}/${seed}/${difficulty}`);
          assert.ok(item.steps.length > 0);
          for (const t of texts(item)) assert.ok(t.en.trim() && t.es.trim(), `${item.id}: missing text`);
          for (const step of item.steps) {
            assert.ok(step.hints.length >= 2, `${item.id}/${step.id}: hint ladder`);
            assert.equal(
              checkAnswer(step.answer, canonicalAnswer(step.answer)).status,
              'correct',
              `${item.id}/${step.id}`,
            );
            for (const line of step.worked ?? []) {
              assert.ok(line.en.trim() && line.es.trim(), `${item.id}/${step.id}: worked line`);
            }
            for (const s of step.scaffolds) {
              assert.equal(
                checkAnswer(s.answer, canonicalAnswer(s.answer)).status,
                'correct',
                `${item.id}/${s.id}`,
              );
            }
          }
        }
      }
    });

    test(`${family.id}: generation is deterministic in the seed`, () => {
      assert.deepEqual(family.generate(17, 2), family.generate(17, 2));
      const distinct = new Set(
        seeds.slice(0, 50).map((s) => {
          const { stem, figure, steps } = family.generate(s, 2);
          return JSON.stringify({ stem, figure, steps });
        }),
      );
      assert.ok(distinct.size > 10, `only ${distinct.size} distinct items in 50 seeds`);
    });

    test(`${family.id}: misconception detectors fire on their intended wrong answers`, () => {
      let fired = 0;
      for (const seed of seeds) {
        const item = family.generate(seed, ((seed % 3) + 1) as 1 | 2 | 3);
        for (const step of item.steps) {
          for (const m of step.misconceptions) {
            const diagnosis = diagnoseAnswer(step.answer, step.misconceptions, canonicalAnswer(m.answer));
            assert.equal(diagnosis.status, 'incorrect', `${item.id}/${step.id}/${m.id}`);
            assert.ok(diagnosis.misconception, `${item.id}/${step.id}/${m.id} did not fire`);
            fired++;
          }
          const right = diagnoseAnswer(step.answer, step.misconceptions, canonicalAnswer(step.answer));
          assert.equal(right.status, 'correct');
        }
      }
      assert.ok(fired >= 150, `only ${fired} detectors over 200 items`);
    });
  }

  test('named misconceptions fire on the classic wrong answers', () => {
    const distributive = findItem('alg.distributive.basic/3/1')!;
    const stepD = distributive.steps[0]!;
    const firstOnly = stepD.misconceptions.find((m) => m.id === 'distributed-to-first-term-only')!;
    assert.equal(
      diagnoseAnswer(stepD.answer, stepD.misconceptions, canonicalAnswer(firstOnly.answer)).misconception?.id,
      'distributed-to-first-term-only',
    );

    const integers = itemFamilies.find((f) => f.id === 'alg.integers-multiply.basic')!.generate(5, 2);
    const stepI = integers.steps[0]!;
    const value = (stepI.answer as { value: number }).value;
    assert.equal(
      diagnoseAnswer(stepI.answer, stepI.misconceptions, String(-value)).misconception?.id,
      'sign-error',
    );
  });

  test('findItem regenerates an item from its id and rejects malformed ids', () => {
    const item = itemFamilies[3]!.generate(42, 3);
    assert.deepEqual(findItem(item.id), item);
    assert.equal(findItem('nope/1/1'), null);
    assert.equal(findItem(`${itemFamilies[3]!.id}/1/9`), null);
  });
});
