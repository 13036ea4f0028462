import { type Localized, text } from '../language/localized.ts';
import { lower } from './activity-templates.ts';
import type { LessonSkill, RubricCriterion, RubricLevel } from './lesson.ts';

/** The rubric's level descriptors, lowest first; `s` is the skill's name. */
const LEVELS: Readonly<Record<RubricLevel, (s: Localized) => Localized>> = {
  beginning: (s) =>
    text(
      `Starts to ${lower(s.en)} only with step-by-step help; steps are missing or out of order, and the answer is not checked.`,
      `Empieza a ${lower(s.es)} solo con ayuda paso a paso; faltan pasos o están desordenados, y no comprueba la respuesta.`,
    ),
  developing: (s) =>
    text(
      `Can ${lower(s.en)} in familiar problems with a prompt or an example; makes errors of sign or arithmetic and fixes some of them when asked.`,
      `Sabe ${lower(s.es)} en problemas conocidos con una pista o un ejemplo; comete errores de signo o de cálculo y corrige algunos cuando se le pide.`,
    ),
  proficient: (s) =>
    text(
      `Can ${lower(s.en)} on their own and accurately, shows each step, and checks the answer in the original problem.`,
      `Sabe ${lower(s.es)} sin ayuda y con precisión, muestra cada paso y comprueba la respuesta en el problema original.`,
    ),
  advanced: (s) =>
    text(
      `Can ${lower(s.en)} in new and harder situations, explains why each step works, and compares more than one method.`,
      `Sabe ${lower(s.es)} en situaciones nuevas y más difíciles, explica por qué funciona cada paso y compara más de un método.`,
    ),
};

/** The analytic rubric: one criterion per plan skill (its framework name, copied exactly), four levels. */
export function buildRubric(skills: readonly LessonSkill[]): RubricCriterion[] {
  return skills.map((s) => ({
    skillId: s.id,
    skill: s.name,
    levels: {
      beginning: LEVELS.beginning(s.name),
      developing: LEVELS.developing(s.name),
      proficient: LEVELS.proficient(s.name),
      advanced: LEVELS.advanced(s.name),
    },
    source: 'template',
  }));
}
