import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../errors/app-error.ts';
import { hasItems, SAMPLE_REQUEST, SAMPLE_REQUEST_ES, testFramework } from './lesson-test-kit.ts';
import { confirmLessonForm, parseLessonRequest, seedOf } from './parse-request.ts';

/** Asserts that `run` throws validation_failed naming `field`. */
function refuses(run: () => unknown, field: string): void {
  assert.throws(run, (e: unknown) => {
    assert.ok(e instanceof AppError);
    assert.equal(e.code, 'validation_failed');
    assert.deepEqual(
      e.errors?.map((p) => p.field),
      [field],
    );
    assert.match(e.message, new RegExp(field));
    return true;
  });
}

describe('parseLessonRequest', () => {
  it('reads the sample request: 3 days, 3 visual activities, a quiz, diverse reading levels, equation skills', () => {
    const { form, missing } = parseLessonRequest(SAMPLE_REQUEST, testFramework, hasItems);
    assert.deepEqual(missing, []);
    assert.equal(form.topic, 'linear equations');
    assert.equal(form.days, 3);
    assert.equal(form.visualActivities, 3);
    assert.equal(form.quizLength, 10);
    assert.equal(form.periodMinutes, 50);
    assert.deepEqual(form.readingLevels, ['below', 'on', 'above']);
    assert.equal(form.locale, 'en');
    assert.ok(form.skillIds.length >= 1 && form.skillIds.length <= 3);
    for (const id of form.skillIds) assert.match(id, /^alg\..*(?:step|equation)/);
  });

  it('reads the same request in Spanish to the same form', () => {
    const en = parseLessonRequest(SAMPLE_REQUEST, testFramework, hasItems).form;
    const es = parseLessonRequest(SAMPLE_REQUEST_ES, testFramework, hasItems).form;
    assert.equal(es.locale, 'es');
    assert.equal(es.topic, 'ecuaciones lineales');
    assert.deepEqual({ ...es, topic: null, locale: 'en' }, { ...en, topic: null });
  });

  it('reads periods, quiz lengths and topics without "on"', () => {
    const { form } = parseLessonRequest(
      'slope lesson, 45-minute periods, a 12-question quiz',
      testFramework,
      hasItems,
    );
    assert.equal(form.periodMinutes, 45);
    assert.equal(form.quizLength, 12);
    assert.deepEqual(form.skillIds, ['alg.slope']);
    const es = parseLessonRequest(
      'dos días sobre la mediana, cuestionario de 8 preguntas',
      testFramework,
      hasItems,
    );
    assert.equal(es.form.days, 2);
    assert.equal(es.form.quizLength, 8);
    assert.ok(es.form.skillIds.includes('data.median'));
  });

  it('asks for the topic rather than guessing when the request names none', () => {
    const { form, missing } = parseLessonRequest(
      'a 2-day plan for my class with a quiz',
      testFramework,
      hasItems,
    );
    assert.deepEqual(missing, ['topic']);
    assert.equal(form.topic, null);
    assert.deepEqual(form.skillIds, []);
    assert.equal(form.days, 2);
  });

  it('asks for skills when the topic is not in the framework', () => {
    const { form, missing } = parseLessonRequest('a lesson on photosynthesis', testFramework, hasItems);
    assert.equal(form.topic, 'photosynthesis');
    assert.deepEqual(missing, ['skillIds']);
  });

  it('refuses numbers outside the limits, naming the field', () => {
    refuses(() => parseLessonRequest('a 0-day lesson on slope', testFramework, hasItems), 'days');
    refuses(
      () => parseLessonRequest('a lesson on slope, 3-minute period', testFramework, hasItems),
      'periodMinutes',
    );
    refuses(
      () => parseLessonRequest('a lesson on slope with a 500-item quiz', testFramework, hasItems),
      'quizLength',
    );
    refuses(
      () => parseLessonRequest('a 1-day lesson on slope with 4 visual activities', testFramework, hasItems),
      'visualActivities',
    );
  });

  it('applies the teacher`s corrections: a new topic proposes its skills again, chosen skills end the questions', () => {
    const parsed = parseLessonRequest('a 2-day plan with a quiz', testFramework, hasItems);
    assert.deepEqual(parsed.missing, ['topic']);
    const byTopic = confirmLessonForm(parsed, { topic: 'slope' }, testFramework, hasItems);
    assert.deepEqual(byTopic.missing, []);
    assert.ok(byTopic.form.skillIds.includes('alg.slope'));
    const bySkills = confirmLessonForm(parsed, { skillIds: ['data.mean'] }, testFramework, hasItems);
    assert.deepEqual(bySkills, { form: { ...parsed.form, skillIds: ['data.mean'] }, missing: [] });
    refuses(() => confirmLessonForm(parsed, { periodMinutes: 3 }, testFramework, hasItems), 'periodMinutes');
  });

  it('derives a stable seed from the words', () => {
    assert.equal(seedOf(SAMPLE_REQUEST), seedOf(SAMPLE_REQUEST));
    assert.notEqual(seedOf(SAMPLE_REQUEST), seedOf(SAMPLE_REQUEST_ES));
  });
});
