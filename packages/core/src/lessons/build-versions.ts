import { canonicalAnswer } from '../content/answer/check-answer.ts';
import type { Item, ItemFamily } from '../content/item.ts';
import type { SeededRandom } from '../content/seeded-random.ts';
import { type Localized, text } from '../language/localized.ts';
import { termsFor } from './glossary.ts';
import type { LessonSkill, LessonVersion, Quiz, ReadingLevel, Scaffold } from './lesson.ts';
import { readability } from './readability.ts';

const scaffold = (kind: Scaffold['kind'], title: Localized, lines: readonly Localized[]): Scaffold => ({
  kind,
  title,
  lines,
  source: 'template',
});

/** The directions at each reading level: the same task, in shorter or longer sentences and plainer or richer words. */
const DIRECTIONS: Readonly<Record<ReadingLevel, Localized>> = {
  below: text(
    'Read each problem. Take your time. Look at the word list if a word is new. Use the model to see each step. Do one part at a time. Then check your work. Put your answer back in the problem. Does it fit? If not, try one more time.',
    'Lee cada problema. Tómate tu tiempo. Mira la lista de palabras si una palabra es nueva. Usa el modelo para ver cada paso. Haz una parte cada vez. Después revisa tu trabajo. Pon tu respuesta en el problema. ¿Encaja? Si no, prueba otra vez.',
  ),
  on: text(
    'Read each problem carefully and decide which operation to undo first. Show every step of your work, and use the sentence frames to explain your thinking. When you finish a group of problems, check each answer by substituting it into the original problem.',
    'Lee cada problema con atención y decide qué operación deshacer primero. Muestra cada paso de tu trabajo y usa los marcos de frases para explicar tu razonamiento. Cuando termines un grupo de problemas, comprueba cada respuesta sustituyéndola en el problema original.',
  ),
  above: text(
    'Analyze each problem independently, determining the most efficient sequence of operations before calculating anything. Justify every transformation mathematically, considering whether an alternative strategy would produce an equivalent result. Afterwards, investigate the extension questions, constructing and evaluating generalizations that connect these problems.',
    'Analiza cada problema de manera independiente, determinando la secuencia de operaciones más eficiente antes de efectuar cualquier cálculo. Justifica matemáticamente cada transformación, considerando si una estrategia alternativa produciría un resultado equivalente. Posteriormente, investiga las cuestiones de ampliación, construyendo y evaluando generalizaciones que relacionen estos problemas.',
  ),
};

const FRAMES: Readonly<Record<ReadingLevel, readonly Localized[]>> = {
  below: [
    text('First I ___ because ___.', 'Primero ___ porque ___.'),
    text('Next I ___.', 'Después ___.'),
    text(
      'My answer is ___. I know it is right because ___.',
      'Mi respuesta es ___. Sé que está bien porque ___.',
    ),
  ],
  on: [
    text('I undo ___ first because ___.', 'Deshago ___ primero porque ___.'),
    text('I checked my answer by ___, and it ___.', 'Comprobé mi respuesta ___, y ___.'),
  ],
  above: [
    text(
      'This strategy is more efficient than ___ because ___.',
      'Esta estrategia es más eficiente que ___ porque ___.',
    ),
    text('The result would change if ___, since ___.', 'El resultado cambiaría si ___, ya que ___.'),
  ],
};

/** A worked example from a sibling item of the first skill (not one of the quiz's items). */
function workedExample(item: Item): Scaffold {
  const lines: Localized[] = [item.stem];
  for (const step of item.steps) {
    lines.push(step.prompt);
    if (step.worked && step.worked.length > 0) lines.push(...step.worked);
    else {
      const key = canonicalAnswer(step.answer);
      if (step.answer.kind !== 'choice') lines.push(text(`Answer: $${key}$`, `Respuesta: $${key}$`));
    }
  }
  return scaffold('worked-example', text('Worked example', 'Ejemplo resuelto'), lines);
}

function chunking(count: number, size: number): Scaffold {
  const lines: Localized[] = [];
  for (let start = 1; start <= count; start += size) {
    const end = Math.min(count, start + size - 1);
    lines.push(
      text(
        `Part ${lines.length + 1}: problems ${start} to ${end}. Then stop and check with your teacher.`,
        `Parte ${lines.length + 1}: problemas del ${start} al ${end}. Después para y revisa con tu docente.`,
      ),
    );
  }
  return scaffold('chunking', text('Work in parts', 'Trabaja por partes'), lines);
}

const EXTENSION = scaffold('extension', text('Go further', 'Ve más allá'), [
  text(
    'Write a problem of your own whose solution is a negative fraction, then exchange it with a classmate and verify each other’s reasoning.',
    'Escribe un problema propio cuya solución sea una fracción negativa, intercámbialo con un compañero y verificad el razonamiento del otro.',
  ),
  text(
    'Explain which quiz problem could be solved in two different ways, and which way is more efficient.',
    'Explica qué problema del cuestionario podría resolverse de dos maneras distintas y cuál es más eficiente.',
  ),
]);

/** The student-facing text of a version in one language, as it is measured. */
export function studentText(
  directions: Localized,
  scaffolds: readonly Scaffold[],
  locale: 'en' | 'es',
): string {
  return [
    directions[locale],
    ...scaffolds.flatMap((s) => [s.title[locale], ...s.lines.map((l) => l[locale])]),
  ].join('\n');
}

/**
 * One version per reading level: the quiz's items and the plan's skills unchanged, the scaffolds by level (below:
 * plain glossary, sentence frames, a worked example, chunks of 3; on: glossary, frames, chunks of 5; above:
 * frames for justifying and an extension), each with its measured reading level.
 */
export function buildVersions(
  levels: readonly ReadingLevel[],
  skills: readonly LessonSkill[],
  quiz: Quiz,
  familiesFor: (skillId: string) => readonly ItemFamily[],
  rng: SeededRandom,
): LessonVersion[] {
  const terms = termsFor(skills);
  const quizIds = new Set(quiz.items.map((q) => q.itemId));
  const family = familiesFor(skills[0]!.id)[0]!;
  let sibling = family.generate(rng.int(1, 999_999), 1);
  while (quizIds.has(sibling.id)) sibling = family.generate(rng.int(1, 999_999), 1);
  const count = quiz.items.length;
  const byLevel: Readonly<Record<ReadingLevel, Scaffold[]>> = {
    below: [
      scaffold(
        'glossary',
        text('Words to know', 'Palabras clave'),
        terms.map((t) => t.plain),
      ),
      scaffold('sentence-frames', text('Sentence frames', 'Marcos de frases'), FRAMES.below),
      workedExample(sibling),
      chunking(count, 3),
    ],
    on: [
      scaffold(
        'glossary',
        text('Glossary', 'Glosario'),
        terms.map((t) => t.standard),
      ),
      scaffold('sentence-frames', text('Sentence frames', 'Marcos de frases'), FRAMES.on),
      chunking(count, 5),
    ],
    above: [
      scaffold('sentence-frames', text('Sentence frames', 'Marcos de frases'), FRAMES.above),
      EXTENSION,
    ],
  };
  return levels.map((level) => {
    const scaffolds = byLevel[level].filter((s) => s.lines.length > 0);
    const directions = DIRECTIONS[level];
    return {
      level,
      skillIds: skills.map((s) => s.id),
      itemIds: quiz.items.map((q) => q.itemId),
      directions,
      scaffolds,
      readability: {
        en: readability(studentText(directions, scaffolds, 'en'), 'en'),
        es: readability(studentText(directions, scaffolds, 'es'), 'es'),
      },
      source: 'template',
    };
  });
}
