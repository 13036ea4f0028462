import type { SkillId } from '../skills-graph/skill.ts';
import {
  comboKey,
  type FeatureSettings,
  type LearnerModelParams,
  skillParams,
} from './learner-model-params.ts';
import { initialSkillState, type LearnerModelState } from './learner-state.ts';

/** The features of the model; each contributes weight × value to the log-odds of a correct answer. */
export type TermKind =
  | 'intercept'
  | 'easiness'
  | 'combo'
  | 'successes'
  | 'failures'
  | 'recent'
  | 'last'
  | 'seen'
  | 'gap'
  | 'ability'
  | 'form';

/** One feature of one prediction; `skill` names the skill it is about, `combo` the tag combination ({@link comboKey}). */
export interface FeatureTerm {
  readonly kind: TermKind;
  readonly skill?: SkillId;
  readonly combo?: string;
  readonly value: number;
}

/** Terms whose weight is the global weight plus the skill's own deviation. */
export const PER_SKILL_SLOPES = ['successes', 'failures', 'recent'] as const;

/**
 * The features of answering an item tagged with `skills`, from the state before the answer. Skill features are
 * averaged over the tags, so an item with several tags is not counted several times.
 */
export function featureTerms(
  state: LearnerModelState,
  skills: readonly SkillId[],
  settings: FeatureSettings,
): FeatureTerm[] {
  const tags = [...new Set(skills)];
  const share = 1 / Math.max(1, tags.length);
  const { learner } = state;
  const terms: FeatureTerm[] = [{ kind: 'intercept', value: 1 }];
  for (const skill of tags) {
    const s = state.skills[skill] ?? initialSkillState(settings);
    terms.push(
      { kind: 'easiness', skill, value: 1 },
      { kind: 'successes', skill, value: share * Math.log1p(s.successes) },
      { kind: 'failures', skill, value: share * Math.log1p(s.attempts - s.successes) },
      { kind: 'recent', skill, value: share * (s.recent - settings.recentPrior) },
      { kind: 'last', skill, value: s.attempts === 0 ? 0 : s.streak > 0 ? share : -share },
      { kind: 'seen', skill, value: s.attempts > 0 ? share : 0 },
      {
        kind: 'gap',
        skill,
        value: s.lastSeen >= 0 ? share * Math.log(Math.max(1, learner.responses - s.lastSeen)) : 0,
      },
    );
  }
  if (tags.length > 1) terms.push({ kind: 'combo', combo: comboKey(tags), value: 1 });
  terms.push(
    { kind: 'ability', value: learner.residual / (learner.responses + settings.abilityPrior) },
    { kind: 'form', value: learner.form - settings.recentPrior },
  );
  return terms;
}

/** The weight the fitted parameters give to a term. */
export function termWeight(term: FeatureTerm, params: LearnerModelParams): number {
  const { weights } = params;
  switch (term.kind) {
    case 'intercept':
      return weights.intercept;
    case 'easiness':
      return skillParams(params, term.skill!).easiness;
    case 'combo':
      return params.combos[term.combo!] ?? 0;
    case 'successes':
    case 'failures':
    case 'recent':
      return weights[term.kind] + skillParams(params, term.skill!)[term.kind];
    default:
      return weights[term.kind];
  }
}
