import type { Localized } from '../language/localized.ts';
import type { RiskFeature, RiskInputs } from './risk-features.ts';

/** One reason behind a risk flag: the feature, how much it raised the log-odds, and the words. */
export interface RiskReason {
  readonly feature: RiskFeature;
  readonly contribution: number;
  readonly text: Localized;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

function reasonText(feature: RiskFeature, x: RiskInputs): Localized {
  switch (feature) {
    case 'daysInactive':
      return x.daysInactive === null
        ? { en: 'no activity yet', es: 'todavía sin actividad' }
        : {
            en: `no activity for ${x.daysInactive} ${plural(x.daysInactive, 'day', 'days')}`,
            es: `sin actividad desde hace ${x.daysInactive} ${plural(x.daysInactive, 'día', 'días')}`,
          };
    case 'activeDays14':
      return {
        en: `active on only ${x.activeDays14} of the last 14 days`,
        es: `activo solo ${x.activeDays14} de los últimos 14 días`,
      };
    case 'practiceTrend': {
      const drop = Math.round(100 * (1 - (x.attempts7 + 1) / (x.attemptsPrev7 + 1)));
      return {
        en: `practice down ${drop}% from the week before (${x.attempts7} answers against ${x.attemptsPrev7})`,
        es: `práctica un ${drop} % menor que la semana anterior (${x.attempts7} respuestas frente a ${x.attemptsPrev7})`,
      };
    }
    case 'accuracy14': {
      const pct = x.attempts14 === 0 ? 0 : Math.round((100 * x.correct14) / x.attempts14);
      return {
        en: `${pct}% of answers right over the last two weeks`,
        es: `${pct} % de respuestas correctas en las dos últimas semanas`,
      };
    }
    case 'fallingSkills':
      return {
        en: `mastery falling in ${x.fallingSkills} ${plural(x.fallingSkills, 'skill', 'skills')}`,
        es: `dominio en descenso en ${x.fallingSkills} ${plural(x.fallingSkills, 'habilidad', 'habilidades')}`,
      };
    case 'pacing': {
      const median = Math.round(x.medianMasteryRate * x.weeksActive);
      return {
        en: `behind pace: ${x.masteredSkills} ${plural(x.masteredSkills, 'skill', 'skills')} mastered in ${x.weeksActive} ${plural(x.weeksActive, 'week', 'weeks')}, where most learners have ${median}`,
        es: `va con retraso: ${x.masteredSkills} ${plural(x.masteredSkills, 'habilidad dominada', 'habilidades dominadas')} en ${x.weeksActive} ${plural(x.weeksActive, 'semana', 'semanas')}, cuando la mayoría tiene ${median}`,
      };
    }
    case 'minutes14': {
      const minutes = Math.round(x.seconds14 / 60);
      return {
        en: `${minutes} ${plural(minutes, 'minute', 'minutes')} of practice in the last two weeks`,
        es: `${minutes} ${plural(minutes, 'minuto', 'minutos')} de práctica en las dos últimas semanas`,
      };
    }
  }
}

/**
 * The reasons behind a score: the features that raised the risk (positive contributions above `min`), largest
 * first, each in words quoting the learner's own figures.
 *
 * @example
 * riskReasons(inputs, contributions).map((r) => r.text.en); // ['no activity for 9 days', 'mastery falling in 2 skills']
 */
export function riskReasons(
  inputs: RiskInputs,
  contributions: Record<RiskFeature, number>,
  options: { max?: number; min?: number } = {},
): RiskReason[] {
  return (Object.entries(contributions) as [RiskFeature, number][])
    .filter(([feature, c]) => c > (options.min ?? 0.15) && applies(feature, inputs))
    .sort((a, b) => b[1] - a[1])
    .slice(0, options.max ?? 3)
    .map(([feature, contribution]) => ({ feature, contribution, text: reasonText(feature, inputs) }));
}

// A feature can push the risk up only by being on its risky side; a reason must say something true.
function applies(feature: RiskFeature, x: RiskInputs): boolean {
  switch (feature) {
    case 'daysInactive':
      return x.daysInactive === null || x.daysInactive >= 3;
    case 'practiceTrend':
      return x.attempts7 < x.attemptsPrev7;
    case 'fallingSkills':
      return x.fallingSkills > 0;
    case 'pacing':
      return x.masteredSkills / Math.max(1, x.weeksActive) < x.medianMasteryRate;
    case 'accuracy14':
      return x.attempts14 > 0;
    default:
      return true;
  }
}

/** What a teacher might do, from the strongest reason. */
export function suggestedAction(reasons: readonly RiskReason[]): Localized {
  switch (reasons[0]?.feature) {
    case 'daysInactive':
    case 'activeDays14':
      return {
        en: 'Check in with the learner: send a message or talk in class this week.',
        es: 'Hable con el alumno: envíele un mensaje o converse en clase esta semana.',
      };
    case 'fallingSkills':
      return {
        en: 'Plan a short review of the skills that are slipping.',
        es: 'Planifique un repaso breve de las habilidades que están bajando.',
      };
    case 'accuracy14':
      return {
        en: 'Work through one problem together, then give scaffolded practice.',
        es: 'Resuelvan juntos un problema y luego proponga práctica guiada.',
      };
    case 'pacing':
      return {
        en: 'Set a weekly goal together and follow it up.',
        es: 'Fijen juntos una meta semanal y hagan seguimiento.',
      };
    default:
      return {
        en: 'Agree on short, regular practice sessions.',
        es: 'Acuerden sesiones de práctica breves y regulares.',
      };
  }
}
