import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_LEARNER_MODEL_PARAMS as params } from '../learner-model/default-params.ts';
import { newLearnerModelState, recordResponse } from '../learner-model/update-mastery.ts';
import { asSkillId } from '../skills-graph/skill.ts';
import { explainEstimate } from './explain-estimate.ts';
import { whyThisItem } from './why-this-item.ts';

const skill = { en: 'Like terms', es: 'Términos semejantes' };
const base = { skill, predicted: 0.784, attempts: 0, hasPrerequisites: false, masteredAt: null };

test('the reason names the skill and the expected success in both languages, by mode and history', () => {
  const start = whyThisItem({ ...base, mode: 'practice' });
  assert.match(start.en, /“Like terms” is a starting point.*about 78%/);
  assert.match(start.es, /«Términos semejantes» es un punto de partida.*78%/);
  assert.match(whyThisItem({ ...base, mode: 'practice', hasPrerequisites: true }).en, /mastered everything/);
  assert.match(whyThisItem({ ...base, mode: 'practice', attempts: 2 }).en, /^Building “Like terms”/);
  const review = whyThisItem({ ...base, mode: 'review', masteredAt: new Date('2026-02-03T09:00:00Z') });
  assert.match(review.en, /Spaced review.*mastered on 2026-02-03/);
  assert.match(review.es, /dominada el 2026-02-03/);
});

test('an estimate is explained by its evidence and its largest contributions', () => {
  const x = asSkillId('x');
  const none = explainEstimate(newLearnerModelState(params), x, null, params);
  assert.equal(none.reasons[0]?.en, 'No answers on this skill yet.');
  let state = newLearnerModelState(params);
  for (const correct of [true, false, true, true])
    state = recordResponse(state, { skills: [x], correct }, params);
  const some = explainEstimate(state, x, 'placement', params);
  assert.equal(some.reasons[0]?.en, 'You showed this skill in the placement.');
  assert.match(some.reasons[1]?.en ?? '', /^3 of 4 right on this skill/);
  assert.ok(some.contributions.length > 1);
  for (const c of some.contributions) assert.ok(c.label.en && c.label.es, c.feature);
});
