import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_LEARNER_MODEL_PARAMS as params } from '../learner-model/default-params.ts';
import type { LearnerModelState } from '../learner-model/learner-state.ts';
import { masteryEstimate } from '../learner-model/mastery-rule.ts';
import { newLearnerModelState, recordResponse } from '../learner-model/update-mastery.ts';
import { asSkillId } from '../skills-graph/skill.ts';
import { creditedSkillState } from './credited-skill-state.ts';
import { MASTERY_THRESHOLD } from './mastery-threshold.ts';
import { NO_EVIDENCE, type SkillEvidence, skillStanding } from './skill-standing.ts';

const x = asSkillId('x');

function answered(outcomes: boolean[]): LearnerModelState {
  let state = newLearnerModelState(params);
  for (const correct of outcomes) state = recordResponse(state, { skills: [x], correct }, params);
  return state;
}

function credited(state: LearnerModelState): LearnerModelState {
  return {
    ...state,
    skills: { ...state.skills, [x]: creditedSkillState(state.skills[x], state.learner.responses, params) },
  };
}

const evidence = (e: Partial<SkillEvidence>): SkillEvidence => ({ ...NO_EVIDENCE, ...e });
const strong = Array.from({ length: 8 }, () => true);
const en = (s: { reasons: { en: string }[] }) => s.reasons.map((r) => r.en);

describe('skillStanding', () => {
  test('not started: no answers and not credited, so no estimate and no contributions (the prior is no measure)', () => {
    const s = skillStanding({
      state: newLearnerModelState(params),
      skillId: x,
      row: undefined,
      evidence: undefined,
      reviewDue: false,
      params,
    });
    assert.equal(s.status, 'not-started');
    assert.equal(s.estimate, null);
    assert.deepEqual(en(s), ['No answers on this skill yet.']);
    assert.equal(s.reasons[0]?.es, 'Todavía no hay respuestas en esta habilidad.');
    assert.deepEqual(s.contributions, []);
  });

  test('credited: mastered through placement without a question on it: no estimate, no count, says why', () => {
    const s = skillStanding({
      state: credited(newLearnerModelState(params)),
      skillId: x,
      row: { mastered: true, masteredVia: 'placement' },
      evidence: NO_EVIDENCE,
      reviewDue: true,
      params,
    });
    assert.equal(s.status, 'credited');
    assert.equal(s.estimate, null);
    assert.deepEqual(en(s), ['Credited because you showed a skill that builds on it in the placement.']);
    assert.match(s.reasons[0]?.es ?? '', /^Acreditada porque/);
    for (const r of s.reasons) assert.doesNotMatch(r.en, /\d/, 'no count of items never asked');
    assert.deepEqual(s.contributions, []);
  });

  test('placement answers are counted as they happened, not as the synthetic top-up', () => {
    const state = credited(answered([true, true]));
    assert.equal(state.skills[x]?.successes, 3, 'the model state holds a synthetic third right answer');
    const s = skillStanding({
      state,
      skillId: x,
      row: { mastered: true, masteredVia: 'placement' },
      evidence: evidence({ placementAnswered: 2, placementRight: 2 }),
      reviewDue: false,
      params,
    });
    assert.equal(s.reasons[0]?.en, 'You answered 2 placement questions on this skill (2 right).');
    assert.equal(
      s.reasons[0]?.es,
      'Respondiste 2 preguntas de la prueba de ubicación sobre esta habilidad (2 correctas).',
    );
    assert.equal(s.reasons[1]?.en, 'The placement counted this skill as known.');
    assert.equal(s.status, 'mastered');
    // The placement decided, not the model: no percentage (a low one would read "mastered 77 %").
    assert.equal(s.estimate, null);
    assert.deepEqual(s.contributions, []);
    assert.ok(!en(s).some((r) => /3/.test(r)), 'never the synthetic count');
  });

  test('known from the placement, never "review due" unless a review is due; practice then measures it', () => {
    const state = credited(answered([true]));
    assert.ok(masteryEstimate(state, x, params) < MASTERY_THRESHOLD, 'one answer leaves the estimate low');
    const row = { mastered: true, masteredVia: 'placement' } as const;
    const placed = evidence({ placementAnswered: 1, placementRight: 1 });
    const fresh = skillStanding({ state, skillId: x, row, evidence: placed, reviewDue: false, params });
    assert.equal(fresh.status, 'mastered');
    const due = skillStanding({ state, skillId: x, row, evidence: placed, reviewDue: true, params });
    assert.equal(due.status, 'mastered-review-due');
    assert.equal(
      due.reasons.at(-1)?.en,
      'A review is due: a few problems will check that you still know it.',
    );
    const practised = skillStanding({
      state,
      skillId: x,
      row,
      evidence: evidence({ placementAnswered: 1, placementRight: 1, practiceAnswered: 1, practiceRight: 1 }),
      reviewDue: false,
      params,
    });
    assert.equal(practised.estimate, masteryEstimate(state, x, params));
  });

  test('one placement question reads in the singular', () => {
    const s = skillStanding({
      state: answered([false]),
      skillId: x,
      row: undefined,
      evidence: evidence({ placementAnswered: 1, placementRight: 0 }),
      reviewDue: false,
      params,
    });
    assert.equal(s.status, 'learning');
    assert.deepEqual(en(s), ['You answered 1 placement question on this skill (0 right).']);
    assert.equal(
      s.reasons[0]?.es,
      'Respondiste 1 pregunta de la prueba de ubicación sobre esta habilidad (0 correctas).',
    );
  });

  test('learning: practice counts only when practice happened, with the live estimate and its contributions', () => {
    const state = answered([false, true, true, true, true, false, true]);
    const s = skillStanding({
      state,
      skillId: x,
      row: { mastered: false, masteredVia: null },
      evidence: evidence({ practiceAnswered: 7, practiceRight: 5 }),
      reviewDue: false,
      params,
    });
    assert.equal(s.status, 'learning');
    assert.equal(s.estimate, masteryEstimate(state, x, params));
    assert.deepEqual(en(s), ['5 of 7 practice problems right.']);
    assert.equal(s.reasons[0]?.es, '5 de 7 problemas de práctica correctos.');
    assert.ok(s.contributions.length > 1);
  });

  test('mastered in practice, with the review answers counted apart', () => {
    const state = answered(strong);
    assert.ok(masteryEstimate(state, x, params) >= MASTERY_THRESHOLD);
    const s = skillStanding({
      state,
      skillId: x,
      row: { mastered: true, masteredVia: 'practice' },
      evidence: evidence({ practiceAnswered: 6, practiceRight: 6, reviewAnswered: 2, reviewRight: 2 }),
      reviewDue: false,
      params,
    });
    assert.equal(s.status, 'mastered');
    assert.deepEqual(en(s), [
      '6 of 6 practice problems right.',
      '2 of 2 review problems right.',
      'Mastered in practice.',
    ]);
    assert.equal(s.reasons[1]?.es, '2 de 2 problemas de repaso correctos.');
  });

  test('mastered, review due: a review card is due', () => {
    const s = skillStanding({
      state: answered(strong),
      skillId: x,
      row: { mastered: true, masteredVia: 'practice' },
      evidence: evidence({ practiceAnswered: 8, practiceRight: 8 }),
      reviewDue: true,
      params,
    });
    assert.equal(s.status, 'mastered-review-due');
    assert.equal(s.reasons.at(-1)?.en, 'A review is due: a few problems will check that you still know it.');
    assert.match(s.reasons.at(-1)?.es ?? '', /^Toca un repaso/);
  });

  test('mastered, review due: the estimate fell below the mastery chance (mastery is sticky, the estimate is not)', () => {
    const state = answered([true, true, true, false, false, false, false]);
    const s = skillStanding({
      state,
      skillId: x,
      row: { mastered: true, masteredVia: 'practice' },
      evidence: evidence({ practiceAnswered: 7, practiceRight: 3 }),
      reviewDue: false,
      params,
    });
    assert.equal(s.status, 'mastered-review-due');
    assert.ok((s.estimate ?? 1) < MASTERY_THRESHOLD);
    assert.equal(
      s.reasons.at(-1)?.en,
      'The estimate fell below 85%: a review will check that you still know it.',
    );
    assert.match(s.reasons.at(-1)?.es ?? '', /bajó del 85%/);
  });

  test('a credited skill answered later is measured: its status follows the answers, the credit stays a reason', () => {
    const state = answered([true]);
    const s = skillStanding({
      state,
      skillId: x,
      row: { mastered: true, masteredVia: 'placement' },
      evidence: evidence({ reviewAnswered: 1, reviewRight: 1 }),
      reviewDue: false,
      params,
    });
    assert.notEqual(s.status, 'credited');
    assert.notEqual(s.estimate, null);
    assert.deepEqual(en(s).slice(0, 2), [
      'Credited because you showed a skill that builds on it in the placement.',
      '1 of 1 review problem right.',
    ]);
  });
});
