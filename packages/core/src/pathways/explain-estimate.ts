import type { Localized } from '../language/localized.ts';
import { explain } from '../learner-model/explain.ts';
import type { LearnerModelParams } from '../learner-model/learner-model-params.ts';
import type { LearnerModelState } from '../learner-model/learner-state.ts';
import type { SkillId } from '../skills-graph/skill.ts';

const featureNames: Record<string, Localized> = {
  intercept: { en: 'Starting point for everyone', es: 'Punto de partida común' },
  easiness: { en: 'How easy this skill is', es: 'Qué tan fácil es esta habilidad' },
  successes: { en: 'Right answers on this skill', es: 'Respuestas correctas en esta habilidad' },
  failures: { en: 'Wrong answers on this skill', es: 'Respuestas incorrectas en esta habilidad' },
  recent: { en: 'Your recent answers on this skill', es: 'Tus respuestas recientes en esta habilidad' },
  last: { en: 'Your last answer on this skill', es: 'Tu última respuesta en esta habilidad' },
  seen: { en: 'Having practised this skill', es: 'Haber practicado esta habilidad' },
  gap: { en: 'Time since you last practised it', es: 'Tiempo desde la última práctica' },
  ability: { en: 'Your results across all skills', es: 'Tus resultados en todas las habilidades' },
  form: { en: 'Your recent form', es: 'Tu forma reciente' },
  combo: { en: 'This combination of skills', es: 'Esta combinación de habilidades' },
};

/** One feature's part in an estimate, named in every language. */
export interface EstimateContribution {
  readonly feature: string;
  readonly label: Localized;
  readonly value: number;
  readonly weight: number;
  readonly contribution: number;
  readonly effect: number;
}

/** The reasons behind an estimate, as sentences and as data. */
export interface EstimateExplanation {
  readonly reasons: Localized[];
  readonly contributions: EstimateContribution[];
}

const pts = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(Math.round(x * 100))}`;

/**
 * The reasons behind a skill's estimate, as sentences, and the model's contributions as data (each feature's
 * weight × value in log-odds, and its effect in probability points).
 *
 * @example
 * explainEstimate(state, skillId, 'placement', params).reasons[0]?.en; // 'You showed this skill in the placement.'
 */
export function explainEstimate(
  state: LearnerModelState,
  skillId: SkillId,
  masteredVia: 'practice' | 'placement' | null,
  params: LearnerModelParams,
): EstimateExplanation {
  const why = explain(state, [skillId], params);
  const evidence = why.evidence[0];
  const reasons: Localized[] = [];
  if (masteredVia === 'placement') {
    reasons.push({
      en: 'You showed this skill in the placement.',
      es: 'Demostraste esta habilidad en la prueba de ubicación.',
    });
  }
  if (evidence && evidence.attempts > 0) {
    reasons.push({
      en: `${evidence.successes} of ${evidence.attempts} right on this skill; recent answers about ${Math.round(evidence.recentRate * 100)}% right.`,
      es: `${evidence.successes} de ${evidence.attempts} correctas en esta habilidad; respuestas recientes: alrededor del ${Math.round(evidence.recentRate * 100)}% correctas.`,
    });
  } else {
    reasons.push({ en: 'No answers on this skill yet.', es: 'Todavía no hay respuestas en esta habilidad.' });
  }
  for (const c of why.contributions.filter((c) => c.feature !== 'intercept').slice(0, 2)) {
    const name = featureNames[c.feature] ?? { en: c.feature, es: c.feature };
    reasons.push({
      en: `${name.en}: ${pts(c.effect)} points.`,
      es: `${name.es}: ${pts(c.effect)} puntos.`,
    });
  }
  return {
    reasons,
    contributions: why.contributions.map((c) => ({
      feature: c.feature,
      label: featureNames[c.feature] ?? { en: c.feature, es: c.feature },
      value: c.value,
      weight: c.weight,
      contribution: c.contribution,
      effect: c.effect,
    })),
  };
}
