import { type Localized, text } from '../language/localized.ts';
import { lower } from './activity-templates.ts';
import type { Skeleton } from './lesson.ts';

/** An authored phase of a day's skeleton: its share of the period and what the teacher does. */
export interface PhaseTemplate {
  readonly id: string;
  readonly title: Localized;
  /** Relative share of the period. */
  readonly weight: number;
  /** Whether a visual activity fits this phase. */
  readonly visual: boolean;
  readonly moves: (skill: Localized) => Localized;
}

const phase = (
  id: string,
  title: Localized,
  weight: number,
  visual: boolean,
  moves: (s: Localized) => Localized,
): PhaseTemplate => ({ id, title, weight, visual, moves });

/** Gradual release ("I do, we do, you do"), for procedural skills. */
const gradualRelease: readonly PhaseTemplate[] = [
  phase('warm-up', text('Warm-up', 'Calentamiento'), 10, false, (s) =>
    text(
      `Pose two short review problems that lead into today's skill: ${lower(s.en)}. Learners answer on mini whiteboards.`,
      `Plantea dos problemas breves de repaso que lleven a la habilidad de hoy: ${lower(s.es)}. Responden en pizarras pequeñas.`,
    ),
  ),
  phase('i-do', text('I do', 'Yo hago'), 20, true, (s) =>
    text(
      `Model one problem from start to finish and think aloud at each step, naming why the step is allowed: ${lower(s.en)}.`,
      `Modela un problema de principio a fin y piensa en voz alta en cada paso, diciendo por qué se permite: ${lower(s.es)}.`,
    ),
  ),
  phase('we-do', text('We do', 'Hacemos juntos'), 25, true, (s) =>
    text(
      `Solve two problems together. Learners suggest each next step and the class checks it before you write it: ${lower(s.en)}.`,
      `Resolved juntos dos problemas. El grupo propone cada paso y la clase lo comprueba antes de escribirlo: ${lower(s.es)}.`,
    ),
  ),
  phase('you-do', text('You do', 'Tú haces'), 30, true, (s) =>
    text(
      `Learners practise on their own while you confer with those who need it. Early finishers explain a solution to a partner: ${lower(s.en)}.`,
      `Practican por su cuenta mientras atiendes a quien lo necesita. Quien termine antes explica una solución a un compañero: ${lower(s.es)}.`,
    ),
  ),
  phase('closure', text('Exit ticket', 'Ticket de salida'), 15, false, (s) =>
    text(
      `One problem on a slip of paper shows who can ${lower(s.en)} without help; sort the slips to plan tomorrow.`,
      `Un problema en un papel muestra quién sabe ${lower(s.es)} sin ayuda; ordena los papeles para planificar mañana.`,
    ),
  ),
];

/** The 5E model (engage, explore, explain, elaborate, evaluate), for inquiry and concept skills. */
const fiveE: readonly PhaseTemplate[] = [
  phase('engage', text('Engage', 'Enganchar'), 10, false, (s) =>
    text(
      `Open with a short puzzle or a real situation that needs today's idea, and collect first guesses: ${lower(s.en)}.`,
      `Empieza con un reto breve o una situación real que necesite la idea de hoy y recoge las primeras ideas: ${lower(s.es)}.`,
    ),
  ),
  phase('explore', text('Explore', 'Explorar'), 25, true, (s) =>
    text(
      `In small groups, learners investigate examples and look for a pattern before any rule is given: ${lower(s.en)}.`,
      `En grupos pequeños, investigan ejemplos y buscan un patrón antes de dar ninguna regla: ${lower(s.es)}.`,
    ),
  ),
  phase('explain', text('Explain', 'Explicar'), 20, true, (s) =>
    text(
      `Groups share what they found; you name the idea and the vocabulary and connect them to their words: ${lower(s.en)}.`,
      `Los grupos cuentan lo que encontraron; nombras la idea y el vocabulario y los conectas con sus palabras: ${lower(s.es)}.`,
    ),
  ),
  phase('elaborate', text('Elaborate', 'Elaborar'), 30, true, (s) =>
    text(
      `Learners apply the idea to a new case that differs from the ones they explored: ${lower(s.en)}.`,
      `Aplican la idea a un caso nuevo, distinto de los que exploraron: ${lower(s.es)}.`,
    ),
  ),
  phase('evaluate', text('Evaluate', 'Evaluar'), 15, false, (s) =>
    text(
      `A short check asks each learner to ${lower(s.en)} and to say how sure they are.`,
      `Una comprobación breve pide a cada uno ${lower(s.es)} y decir cuán seguro está.`,
    ),
  ),
];

/** The phases of a skeleton. */
export function skeletonPhases(skeleton: Skeleton): readonly PhaseTemplate[] {
  return skeleton === '5e' ? fiveE : gradualRelease;
}

/** The last day's closing phase: the quiz planned from day 1 (backward design). */
export const finalCheckPhase: PhaseTemplate = phase(
  'final-check',
  text('Final check (quiz)', 'Comprobación final (cuestionario)'),
  0,
  false,
  () =>
    text(
      'Learners take the quiz on their own. Collect it and use the rubric to plan what to reteach.',
      'Hacen el cuestionario individualmente. Recógelo y usa la rúbrica para planificar qué volver a enseñar.',
    ),
);

const PROCEDURAL_VERBS =
  /^(?:solve|add|subtract|multiply|divide|find|evaluate|simplify|combine|use|write|convert|calculate|compute|expand|graph|plot)\b/i;

/**
 * The skeleton a skill calls for: gradual release when its name starts with a procedure verb ("Solve", "Find",
 * "Simplify" …), 5E for reading, choosing, spotting and other inquiry or concept skills.
 */
export function skeletonFor(name: Localized): Skeleton {
  return PROCEDURAL_VERBS.test(name.en.trim()) ? 'gradual-release' : '5e';
}
