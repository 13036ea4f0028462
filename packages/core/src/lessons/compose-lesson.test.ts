import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkAnswer } from '../content/answer/check-answer.ts';
import { findItem, itemFamilies } from '../content/index.ts';
import { AppError } from '../errors/app-error.ts';
import { checkCitedCodes } from './cited-codes.ts';
import { composeLesson } from './compose-lesson.ts';
import type { Lesson } from './lesson.ts';
import type { LessonForm } from './lesson-form.ts';
import { hasItems, SAMPLE_REQUEST, testFramework } from './lesson-test-kit.ts';
import { parseLessonRequest } from './parse-request.ts';
import { studentCopy } from './student-copy.ts';

const sampleForm = parseLessonRequest(SAMPLE_REQUEST, testFramework, hasItems).form;
const compose = (form: LessonForm = sampleForm, seed = 7): Lesson =>
  composeLesson({ form, framework: testFramework, catalog: itemFamilies, seed });
const lesson = compose();
const skillById = new Map(testFramework.map((s) => [s.id, s]));

/** Every string value inside a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function refuses(run: () => unknown, field: string): void {
  assert.throws(
    run,
    (e: unknown) => e instanceof AppError && e.code === 'validation_failed' && e.errors?.[0]?.field === field,
  );
}

describe('composeLesson', () => {
  it('plans exactly the requested days, each day`s phase minutes summing to the period', () => {
    assert.equal(lesson.days.length, 3);
    for (const day of lesson.days) {
      assert.equal(
        day.phases.reduce((sum, p) => sum + p.minutes, 0),
        50,
        `day ${day.day}`,
      );
      assert.ok(day.phases.every((p) => p.minutes >= 1));
    }
    assert.equal(lesson.days.at(-1)?.phases.at(-1)?.id, 'final-check');
    for (const period of [20, 37, 120]) {
      for (const day of compose({ ...sampleForm, periodMinutes: period, quizLength: 40 }).days) {
        assert.equal(
          day.phases.reduce((sum, p) => sum + p.minutes, 0),
          period,
        );
      }
    }
  });

  it('holds exactly the requested number of visual activities, from the authored templates', () => {
    const visuals = lesson.days.flatMap((d) => d.phases.flatMap((p) => p.activities.filter((a) => a.visual)));
    assert.equal(visuals.length, 3);
    assert.equal(new Set(visuals.map((v) => v.templateId)).size, 3);
    assert.ok(
      visuals.every((v) => v.source === 'template' && v.instructions.en !== '' && v.instructions.es !== ''),
    );
    for (const n of [0, 1, 9]) {
      const plan = compose({ ...sampleForm, visualActivities: n });
      assert.equal(
        plan.days.flatMap((d) => d.phases.flatMap((p) => p.activities.filter((a) => a.visual))).length,
        n,
      );
    }
  });

  it('chooses gradual release for procedures and 5E for inquiry skills', () => {
    assert.ok(lesson.days.every((d) => d.skeleton === 'gradual-release'));
    assert.deepEqual(
      lesson.days[0]?.phases.map((p) => p.id),
      ['warm-up', 'i-do', 'we-do', 'you-do', 'closure'],
    );
    const inquiry = compose({
      ...sampleForm,
      days: 1,
      skillIds: ['data.read-bar-chart'],
      visualActivities: 1,
    });
    assert.equal(inquiry.days[0]?.skeleton, '5e');
    assert.deepEqual(
      inquiry.days[0]?.phases.map((p) => p.id),
      ['engage', 'explore', 'explain', 'elaborate', 'final-check'],
    );
  });

  it('cites only framework codes, with their text copied exactly, and rejects invented codes', () => {
    assert.deepEqual(
      lesson.standards.map((c) => c.code),
      sampleForm.skillIds,
    );
    for (const c of lesson.standards) {
      const skill = skillById.get(c.code);
      assert.ok(skill, c.code);
      assert.deepEqual(c.name, skill.name);
      assert.deepEqual(c.description, skill.description);
      assert.equal(c.source, 'framework');
    }
    checkCitedCodes(lesson, testFramework);
    const invented = {
      ...lesson,
      standards: [...lesson.standards, { ...lesson.standards[0]!, code: 'CCSS.8.EE.99' }],
    };
    refuses(() => checkCitedCodes(invented, testFramework), `standards/${lesson.standards.length}/code`);
    const reworded = {
      ...lesson,
      standards: [
        { ...lesson.standards[0]!, name: { en: 'Solve equations', es: lesson.standards[0]!.name.es } },
      ],
    };
    refuses(() => checkCitedCodes(reworded, testFramework), 'standards/0');
  });

  it('accepts every quiz key by the solver and builds distractors from misconceptions', () => {
    assert.equal(lesson.quiz.items.length, 10);
    let distractors = 0;
    for (const q of lesson.quiz.items) {
      const item = findItem(q.itemId);
      assert.ok(item, q.itemId);
      q.parts.forEach((part, i) => {
        const spec = item.steps[i]!.answer;
        const chosen = part.options?.find((o) => o.id === part.answerKey);
        const answer =
          spec.kind === 'choice' || !chosen ? part.answerKey : chosen.text.en.replaceAll('$', '');
        assert.equal(checkAnswer(spec, answer).status, 'correct', `${q.itemId} part ${i}`);
        for (const o of part.options ?? []) {
          if (o.id === part.answerKey) continue;
          const wrong = spec.kind === 'choice' ? o.id : o.text.en.replaceAll('$', '');
          assert.notEqual(checkAnswer(spec, wrong).status, 'correct', `${q.itemId} option ${o.id}`);
          if (o.misconceptionId) distractors++;
        }
      });
    }
    assert.ok(distractors > 0);
  });

  it('covers every plan skill in the quiz and the rubric, four levels each', () => {
    for (const id of sampleForm.skillIds) {
      assert.ok(
        lesson.quiz.items.some((q) => q.skillId === id),
        id,
      );
      const criterion = lesson.rubric.find((r) => r.skillId === id);
      assert.ok(criterion, id);
      assert.deepEqual(Object.keys(criterion.levels), ['beginning', 'developing', 'proficient', 'advanced']);
      assert.ok(Object.values(criterion.levels).every((l) => l.en !== '' && l.es !== ''));
    }
    assert.equal(lesson.rubric.length, sampleForm.skillIds.length);
  });

  it('differentiates three versions with the same items and skills, each with its measured reading level', () => {
    assert.deepEqual(
      lesson.versions.map((v) => v.level),
      ['below', 'on', 'above'],
    );
    for (const v of lesson.versions) {
      assert.deepEqual(
        v.itemIds,
        lesson.quiz.items.map((q) => q.itemId),
      );
      assert.deepEqual(v.skillIds, sampleForm.skillIds);
      assert.equal(v.readability.en.tooShort, false);
      assert.equal(v.readability.es.formula, 'fernandez-huerta');
    }
    const [below, , above] = lesson.versions;
    assert.ok(below!.readability.en.grade! < above!.readability.en.grade!);
    assert.ok(below!.scaffolds.some((s) => s.kind === 'worked-example'));
    assert.ok(!above!.scaffolds.some((s) => s.kind === 'worked-example'));
  });

  it('gives a student copy with no answer key or worked solution', () => {
    const copy = studentCopy(lesson);
    const json = JSON.stringify(copy);
    assert.doesNotMatch(json, /"answerKey"|"worked"|"misconceptionId"|"correct"/);
    lesson.quiz.items.forEach((q, i) => {
      const values = strings(copy.quiz.items[i]);
      for (const part of q.parts) {
        // A choice part's key is an option id, which every option has; that no field marks it is checked above.
        if (part.format === 'open')
          assert.ok(!values.includes(part.answerKey), `${q.itemId} key ${part.answerKey}`);
      }
    });
    assert.equal(copy.quiz.items.length, lesson.quiz.items.length);
  });

  it('is deterministic: the same input and seed give the same lesson, another seed another one', () => {
    assert.equal(JSON.stringify(compose()), JSON.stringify(lesson));
    assert.notEqual(JSON.stringify(compose(sampleForm, 8)), JSON.stringify(lesson));
  });

  it('marks the source of every block', () => {
    const sources = [
      lesson.design.source,
      lesson.quiz.source,
      ...lesson.days.flatMap((d) => [d.source, ...d.phases.map((p) => p.source)]),
      ...lesson.quiz.items.map((q) => q.source),
      ...lesson.rubric.map((r) => r.source),
      ...lesson.versions.flatMap((v) => [v.source, ...v.scaffolds.map((s) => s.source)]),
    ];
    assert.ok(sources.every((s) => ['framework', 'bank', 'template', 'model'].includes(s)));
    assert.equal(lesson.quiz.items[0]?.source, 'bank');
  });

  it('composes a full quiz for every practisable skill of both demo frameworks', () => {
    for (const skill of testFramework.filter((s) => hasItems(s.id))) {
      const form = { ...sampleForm, skillIds: [skill.id], days: 1, visualActivities: 2, quizLength: 6 };
      const quiz = compose(form, 3).quiz;
      assert.equal(quiz.items.length, 6, skill.id);
      assert.ok(quiz.items.every((q) => q.skillId === skill.id));
    }
  });

  it('refuses bad forms with a message naming the field', () => {
    refuses(() => compose({ ...sampleForm, days: 0 }), 'days');
    refuses(() => compose({ ...sampleForm, periodMinutes: 3 }), 'periodMinutes');
    refuses(() => compose({ ...sampleForm, quizLength: 500 }), 'quizLength');
    refuses(() => compose({ ...sampleForm, skillIds: ['alg.no-such-skill'] }), 'skillIds');
    refuses(() => compose({ ...sampleForm, skillIds: [] }), 'skillIds');
    refuses(() => compose({ ...sampleForm, quizLength: 2 }), 'quizLength');
    refuses(() => compose({ ...sampleForm, visualActivities: 10 }), 'visualActivities');
  });
});
