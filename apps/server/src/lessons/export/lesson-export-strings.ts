import type { Locale } from '@pathwise/core/identity';
import type { ReadabilityResult, ReadingLevel, RubricLevel } from '@pathwise/core/lessons';

/** The words an exported lesson is framed with (headings, labels), in the document's language. */
export interface LessonExportStrings {
  readonly title: (topic: string) => string;
  readonly copy: { readonly student: string; readonly teacher: string };
  readonly overview: (days: number, minutes: number) => string;
  readonly nameLine: string;
  readonly standards: string;
  readonly finalCheck: string;
  readonly day: (n: number) => string;
  readonly phase: (title: string, minutes: number) => string;
  readonly visualActivity: string;
  readonly activity: string;
  readonly question: (n: number) => string;
  readonly part: (n: number) => string;
  readonly answerLine: string;
  readonly answerKey: string;
  readonly worked: string;
  readonly rubric: string;
  readonly criterion: string;
  readonly levels: { readonly [L in RubricLevel]: string };
  readonly versions: string;
  readonly readingLevel: { readonly [L in ReadingLevel]: string };
  readonly support: string;
  readonly studentVersion: (n: number, of: number) => string;
  readonly measured: (r: ReadabilityResult) => string;
}

const round = (value: number | null): string => (value === null ? '–' : value.toFixed(1));

const en: LessonExportStrings = {
  title: (topic) => `Lesson: ${topic}`,
  copy: { student: 'Student copy', teacher: 'Teacher copy' },
  overview: (days, minutes) => `${days} ${days === 1 ? 'day' : 'days'}, ${minutes}-minute periods`,
  nameLine: 'Name: ______________________   Date: ____________',
  standards: 'Standards',
  finalCheck: 'Final check',
  day: (n) => `Day ${n}`,
  phase: (title, minutes) => `${title} (${minutes} min)`,
  visualActivity: 'Visual activity',
  activity: 'Activity',
  question: (n) => `Question ${n}`,
  part: (n) => `Part ${n}`,
  answerLine: 'Answer: ______________________',
  answerKey: 'Answer key',
  worked: 'Worked solution',
  rubric: 'Rubric',
  criterion: 'Criterion',
  levels: {
    beginning: 'Beginning',
    developing: 'Developing',
    proficient: 'Proficient',
    advanced: 'Advanced',
  },
  versions: 'Differentiated versions',
  readingLevel: {
    below: 'Reading below grade level',
    on: 'Reading on grade level',
    above: 'Reading above grade level',
  },
  support: 'Help for this work',
  studentVersion: (n, of) => `version ${n} of ${of}`,
  measured: (r) =>
    r.tooShort
      ? `Measured reading level: too short to measure (${r.words} words).`
      : `Measured reading level (Flesch-Kincaid): grade ${round(r.grade)}, reading ease ${round(r.ease)} (${r.words} words).`,
};

const es: LessonExportStrings = {
  title: (topic) => `Lección: ${topic}`,
  copy: { student: 'Copia del alumnado', teacher: 'Copia del docente' },
  overview: (days, minutes) => `${days} ${days === 1 ? 'día' : 'días'}, sesiones de ${minutes} minutos`,
  nameLine: 'Nombre: ______________________   Fecha: ____________',
  standards: 'Estándares',
  finalCheck: 'Comprobación final',
  day: (n) => `Día ${n}`,
  phase: (title, minutes) => `${title} (${minutes} min)`,
  visualActivity: 'Actividad visual',
  activity: 'Actividad',
  question: (n) => `Pregunta ${n}`,
  part: (n) => `Parte ${n}`,
  answerLine: 'Respuesta: ______________________',
  answerKey: 'Clave de respuestas',
  worked: 'Solución resuelta',
  rubric: 'Rúbrica',
  criterion: 'Criterio',
  levels: {
    beginning: 'Inicial',
    developing: 'En desarrollo',
    proficient: 'Competente',
    advanced: 'Avanzado',
  },
  versions: 'Versiones diferenciadas',
  readingLevel: {
    below: 'Lectura por debajo del nivel del curso',
    on: 'Lectura al nivel del curso',
    above: 'Lectura por encima del nivel del curso',
  },
  support: 'Ayuda para este trabajo',
  studentVersion: (n, of) => `versión ${n} de ${of}`,
  measured: (r) =>
    r.tooShort
      ? `Nivel de lectura medido: texto demasiado corto para medirlo (${r.words} palabras).`
      : `Nivel de lectura medido (Fernández-Huerta): facilidad de lectura ${round(r.ease)} (${r.words} palabras).`,
};

/** The export's words in a language. */
export function exportStrings(locale: Locale): LessonExportStrings {
  return locale === 'es' ? es : en;
}
