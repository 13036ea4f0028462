import type { Localized } from '../language/localized.ts';

const pct = (p: number) => `${Math.round(p * 100)}%`;

/**
 * The one-line reason an item was chosen, in every language.
 *
 * @example
 * whyThisItem({ mode: 'practice', skill, predicted: 0.78, attempts: 2, hasPrerequisites: true, masteredAt: null }).en;
 * // 'Building “Like terms”: at about 78% expected success, this item is a stretch, not a struggle.'
 */
export function whyThisItem(input: {
  mode: 'practice' | 'review';
  skill: Localized;
  predicted: number;
  attempts: number;
  hasPrerequisites: boolean;
  masteredAt: Date | null;
}): Localized {
  const { skill, predicted } = input;
  if (input.mode === 'review') {
    const since = input.masteredAt ? input.masteredAt.toISOString().slice(0, 10) : null;
    return {
      en: `Spaced review of “${skill.en}”${since ? `, mastered on ${since}` : ''}: a quick check now keeps it from fading.`,
      es: `Repaso espaciado de «${skill.es}»${since ? `, dominada el ${since}` : ''}: un repaso rápido ahora evita que se olvide.`,
    };
  }
  if (input.attempts === 0) {
    const lead = input.hasPrerequisites
      ? {
          en: `You have mastered everything “${skill.en}” builds on`,
          es: `Ya dominas todo lo que necesita «${skill.es}»`,
        }
      : {
          en: `“${skill.en}” is a starting point of this pathway`,
          es: `«${skill.es}» es un punto de partida de esta ruta`,
        };
    return {
      en: `${lead.en}; we expect you to get this one right about ${pct(predicted)} of the time.`,
      es: `${lead.es}; esperamos que aciertes esta alrededor del ${pct(predicted)} de las veces.`,
    };
  }
  return {
    en: `Building “${skill.en}”: at about ${pct(predicted)} expected success, this item is a stretch, not a struggle.`,
    es: `Para afianzar «${skill.es}»: con un acierto esperado de alrededor del ${pct(predicted)}, es un reto alcanzable.`,
  };
}
