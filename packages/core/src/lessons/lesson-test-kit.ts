import { algebraFoundationsSkills, dataLiteracySkills, itemFamilies } from '../content/index.ts';
import type { LessonSkill } from './lesson.ts';

/** The demo frameworks as one organization's framework (passed to the composer as data). */
export const testFramework: readonly LessonSkill[] = [...algebraFoundationsSkills, ...dataLiteracySkills];

/** Whether the demo catalog has item families for a skill. */
export const hasItems = (skillId: string): boolean => itemFamilies.some((f) => f.skillId === skillId);

/** The sample request, in English and in Spanish. */
export const SAMPLE_REQUEST =
  'a 3-day lesson plan on linear equations for a class with diverse reading levels, including 3 visual activities and a quiz';
export const SAMPLE_REQUEST_ES =
  'un plan de 3 días sobre ecuaciones lineales para una clase con niveles de lectura diversos, con 3 actividades visuales y un cuestionario';
