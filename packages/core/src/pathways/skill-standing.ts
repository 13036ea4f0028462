import type { Localized } from '../language/localized.ts';
import type { LearnerModelParams } from '../learner-model/learner-model-params.ts';
import type { LearnerModelState } from '../learner-model/learner-state.ts';
import { masteryEstimate } from '../learner-model/mastery-rule.ts';
import type { SkillId } from '../skills-graph/skill.ts';
import { type EstimateContribution, explainEstimate } from './explain-estimate.ts';
import { MASTERY_THRESHOLD } from './mastery-threshold.ts';

/** Where a learner stands on a skill, as every page says it. */
export const SKILL_STANDINGS = [
  'not-started',
  'learning',
  'mastered',
  'mastered-review-due',
  'credited',
] as const;
export type SkillStandingStatus = (typeof SKILL_STANDINGS)[number];

/**
 * What actually happened on a skill: items answered (outcome known) and right on the first try, by mode. Counted
 * from the served items, never from the model state (a skill credited by placement carries synthetic right answers
 * in its state).
 */
export interface SkillEvidence {
  readonly placementAnswered: number;
  readonly placementRight: number;
  readonly practiceAnswered: number;
  readonly practiceRight: number;
  readonly reviewAnswered: number;
  readonly reviewRight: number;
}

/** The stored mastery flags of a learner × skill (absent: never touched). */
export interface SkillStandingRow {
  readonly mastered: boolean;
  readonly masteredVia: 'practice' | 'placement' | null;
}

/** One learner × skill at one moment: the status, the estimate when it was measured, and why, in words. */
export interface SkillStanding {
  readonly status: SkillStandingStatus;
  /** The model's chance of a right answer now; null when nothing was measured (not started, or only credited). */
  readonly estimate: number | null;
  /** Sentences built only from real evidence (counts of answered items, how the skill was mastered). */
  readonly reasons: Localized[];
  /** The model's contributions to the estimate (for the chart); empty when the estimate is null. */
  readonly contributions: EstimateContribution[];
}

/** No answered item on a skill. */
export const NO_EVIDENCE: SkillEvidence = {
  placementAnswered: 0,
  placementRight: 0,
  practiceAnswered: 0,
  practiceRight: 0,
  reviewAnswered: 0,
  reviewRight: 0,
};

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const reviewDueReason: Localized = {
  en: 'A review is due: a few problems will check that you still know it.',
  es: 'Toca un repaso: unos pocos problemas comprobarán que todavía la sabes.',
};

/**
 * The one standing of a skill, used by every page (My learning, the map, My record, the class dashboard):
 * - `not-started`: no answered item and not credited (no estimate: the model's prior is not a measurement);
 * - `credited`: mastered through placement without answering any item of this skill (no estimate either: its
 *   state holds only synthetic right answers);
 * - known from the placement's answers and not practised since: `mastered` with no estimate (the placement
 *   decided, and a question or two leaves the model's estimate low);
 * - `mastered-review-due`: mastered, and a review is due or the estimate fell below {@link MASTERY_THRESHOLD};
 * - `mastered`, `learning` otherwise.
 *
 * @example
 * skillStanding({ state, skillId, row: undefined, evidence: NO_EVIDENCE, reviewDue: false, params }).status;
 * // 'not-started'
 */
export function skillStanding(input: {
  state: LearnerModelState;
  skillId: SkillId;
  row: SkillStandingRow | undefined;
  evidence: SkillEvidence | undefined;
  reviewDue: boolean;
  params: LearnerModelParams;
}): SkillStanding {
  const e = input.evidence ?? NO_EVIDENCE;
  const answered = e.placementAnswered + e.practiceAnswered + e.reviewAnswered;
  const mastered = input.row?.mastered === true;
  const viaPlacement = input.row?.masteredVia === 'placement';
  const reasons: Localized[] = [];
  if (e.placementAnswered > 0) {
    const n = e.placementAnswered;
    reasons.push({
      en: `You answered ${n} placement ${plural(n, 'question', 'questions')} on this skill (${e.placementRight} right).`,
      es: `Respondiste ${n} ${plural(n, 'pregunta', 'preguntas')} de la prueba de ubicación sobre esta habilidad (${e.placementRight} ${plural(e.placementRight, 'correcta', 'correctas')}).`,
    });
  }
  if (mastered && viaPlacement) {
    reasons.push(
      e.placementAnswered === 0
        ? {
            en: 'Credited because you showed a skill that builds on it in the placement.',
            es: 'Acreditada porque en la prueba de ubicación demostraste una habilidad que se basa en ella.',
          }
        : {
            en: 'The placement counted this skill as known.',
            es: 'La prueba de ubicación dio esta habilidad por sabida.',
          },
    );
  }
  if (e.practiceAnswered > 0) {
    const n = e.practiceAnswered;
    reasons.push({
      en: `${e.practiceRight} of ${n} practice ${plural(n, 'problem', 'problems')} right.`,
      es: `${e.practiceRight} de ${n} ${plural(n, 'problema', 'problemas')} de práctica ${plural(n, 'correcto', 'correctos')}.`,
    });
  }
  if (e.reviewAnswered > 0) {
    const n = e.reviewAnswered;
    reasons.push({
      en: `${e.reviewRight} of ${n} review ${plural(n, 'problem', 'problems')} right.`,
      es: `${e.reviewRight} de ${n} ${plural(n, 'problema', 'problemas')} de repaso ${plural(n, 'correcto', 'correctos')}.`,
    });
  }
  if (mastered && input.row?.masteredVia === 'practice') {
    reasons.push({ en: 'Mastered in practice.', es: 'Dominada en la práctica.' });
  }
  if (!mastered && answered === 0) {
    reasons.push({ en: 'No answers on this skill yet.', es: 'Todavía no hay respuestas en esta habilidad.' });
    return { status: 'not-started', estimate: null, reasons, contributions: [] };
  }
  if (mastered && viaPlacement && answered === 0) {
    return { status: 'credited', estimate: null, reasons, contributions: [] };
  }
  // Known from the placement and not practised since: the placement's judgement made it mastered, not the model's
  // estimate (a question or two leaves it low), so no percentage is shown until practice or a review measures it.
  if (mastered && viaPlacement && e.practiceAnswered + e.reviewAnswered === 0) {
    if (input.reviewDue) reasons.push(reviewDueReason);
    return {
      status: input.reviewDue ? 'mastered-review-due' : 'mastered',
      estimate: null,
      reasons,
      contributions: [],
    };
  }
  const estimate = masteryEstimate(input.state, input.skillId, input.params);
  const { contributions } = explainEstimate(input.state, input.skillId, null, input.params);
  if (!mastered) return { status: 'learning', estimate, reasons, contributions };
  const fell = estimate < MASTERY_THRESHOLD;
  if (input.reviewDue) {
    reasons.push(reviewDueReason);
  } else if (fell) {
    const pct = Math.round(MASTERY_THRESHOLD * 100);
    reasons.push({
      en: `The estimate fell below ${pct}%: a review will check that you still know it.`,
      es: `La estimación bajó del ${pct}%: un repaso comprobará que todavía la sabes.`,
    });
  }
  return {
    status: input.reviewDue || fell ? 'mastered-review-due' : 'mastered',
    estimate,
    reasons,
    contributions,
  };
}
