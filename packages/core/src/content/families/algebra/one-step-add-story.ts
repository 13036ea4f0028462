import { type Localized, text } from '../../../language/localized.ts';
import type { ChoiceOption } from '../../answer/answer-spec.ts';
import { n } from '../../math-format.ts';
import type { SeededRandom } from '../../seeded-random.ts';
import { choice, defineFamily, misconception, solved, step } from '../family-kit.ts';

interface Story {
  /** What x stands for. */
  readonly unknown: Localized;
  /** The story when `a` is added to the unknown and the result is `b`. */
  readonly gained: (a: number, b: number) => Localized;
  /** The story when `a` is taken away from the unknown and the result is `b`. */
  readonly lost: (a: number, b: number) => Localized;
  readonly question: Localized;
  /** Whether the unknown may be negative (difficulty 3 only). */
  readonly signed?: boolean;
}

const stories: readonly Story[] = [
  {
    unknown: text(
      'the money Leo had at first, in dollars',
      'el dinero que Leo tenía al principio, en dólares',
    ),
    gained: (a, b) =>
      text(
        `Leo had some money. He earned $${a}$ dollars walking dogs and now has $${b}$ dollars.`,
        `Leo tenía algo de dinero. Ganó $${a}$ dólares paseando perros y ahora tiene $${b}$ dólares.`,
      ),
    lost: (a, b) =>
      text(
        `Leo had some money. He spent $${a}$ dollars on a book and has $${b}$ dollars left.`,
        `Leo tenía algo de dinero. Gastó $${a}$ dólares en un libro y le quedan $${b}$ dólares.`,
      ),
    question: text('How much money did Leo have at first?', '¿Cuánto dinero tenía Leo al principio?'),
  },
  {
    unknown: text(
      'the number of people on the bus before the stop',
      'el número de personas en el autobús antes de la parada',
    ),
    gained: (a, b) =>
      text(
        `At a bus stop, $${a}$ people got on the bus. Now there are $${b}$ people on it.`,
        `En una parada, $${a}$ personas subieron al autobús. Ahora hay $${b}$ personas en él.`,
      ),
    lost: (a, b) =>
      text(
        `At a bus stop, $${a}$ people got off the bus. Now there are $${b}$ people on it.`,
        `En una parada, $${a}$ personas bajaron del autobús. Ahora hay $${b}$ personas en él.`,
      ),
    question: text(
      'How many people were on the bus before the stop?',
      '¿Cuántas personas había en el autobús antes de la parada?',
    ),
  },
  {
    unknown: text('Mia’s score before the last round', 'la puntuación de Mía antes de la última ronda'),
    gained: (a, b) =>
      text(
        `In a quiz, Mia won $${a}$ points in the last round and finished with $${b}$ points.`,
        `En un concurso, Mía ganó $${a}$ puntos en la última ronda y terminó con $${b}$ puntos.`,
      ),
    lost: (a, b) =>
      text(
        `In a quiz, Mia lost $${a}$ points in the last round and finished with $${b}$ points.`,
        `En un concurso, Mía perdió $${a}$ puntos en la última ronda y terminó con $${b}$ puntos.`,
      ),
    question: text(
      'How many points did Mia have before the last round?',
      '¿Cuántos puntos tenía Mía antes de la última ronda?',
    ),
    signed: true,
  },
  {
    unknown: text('the temperature in the morning, in °C', 'la temperatura por la mañana, en °C'),
    gained: (a, b) =>
      text(
        `Since the morning the temperature has risen $${a}$ degrees. It is now $${n(b)}$ °C.`,
        `Desde la mañana la temperatura ha subido $${a}$ grados. Ahora es de $${n(b)}$ °C.`,
      ),
    lost: (a, b) =>
      text(
        `Since the morning the temperature has dropped $${a}$ degrees. It is now $${n(b)}$ °C.`,
        `Desde la mañana la temperatura ha bajado $${a}$ grados. Ahora es de $${n(b)}$ °C.`,
      ),
    question: text('What was the temperature in the morning?', '¿Qué temperatura hacía por la mañana?'),
    signed: true,
  },
];

/** Options in random order; the right one is never the first ("a"), which the tutor's "Here is a hint" would name. */
function shuffledOptions(rng: SeededRandom, correct: Localized, wrong: readonly Localized[]) {
  const all = rng.shuffle([{ text: correct, right: true }, ...wrong.map((t) => ({ text: t, right: false }))]);
  if (all[0]?.right) {
    const j = rng.int(1, all.length - 1);
    [all[0], all[j]] = [all[j] as (typeof all)[number], all[0]];
  }
  const options: ChoiceOption[] = all.map((o, i) => ({ id: 'abcd'[i] as string, text: o.text }));
  return { options, correctId: options[all.findIndex((o) => o.right)]?.id as string };
}

const math = (latex: string) => text(`$${latex}$`, `$${latex}$`);

/** A short story where a number is added or taken away: choose the equation, then find the starting value. */
export const oneStepAddStoryFamily = defineFamily({
  id: 'alg.one-step-add.story',
  skillId: 'alg.one-step-add',
  name: text(
    'One-step equations from a story (add and subtract)',
    'Ecuaciones de un paso a partir de una historia (suma y resta)',
  ),
  build(rng, difficulty) {
    const story = rng.pick(stories);
    const size = difficulty === 1 ? 15 : 60;
    const a = rng.int(2, size);
    const lost = rng.next() < 0.5;
    const x =
      difficulty === 3 && story.signed
        ? rng.nonZero(-size, size)
        : rng.int(lost ? a + 1 : 1, lost ? a + size : size);
    const b = lost ? x - a : x + a;
    const right = lost ? `x - ${a} = ${n(b)}` : `x + ${a} = ${n(b)}`;
    const { options, correctId } = shuffledOptions(rng, math(right), [
      math(lost ? `x + ${a} = ${n(b)}` : `x - ${a} = ${n(b)}`),
      math(lost ? `${a} - x = ${n(b)}` : `${a}x = ${n(b)}`),
      math(`x + ${n(b)} = ${a}`),
    ]);
    const undo = lost
      ? text(`add $${a}$ to both sides`, `suma $${a}$ en ambos lados`)
      : text(`subtract $${a}$ from both sides`, `resta $${a}$ en ambos lados`);
    return {
      stem: lost ? story.lost(a, b) : story.gained(a, b),
      steps: [
        step({
          id: 'equation',
          prompt: text(
            `Let $x$ be ${story.unknown.en}. Which equation matches the story?`,
            `Sea $x$ ${story.unknown.es}. ¿Qué ecuación describe la historia?`,
          ),
          answer: choice(options, correctId),
          guidingQuestion: text(
            'Does the story make the starting value bigger or smaller?',
            '¿La historia hace más grande o más pequeño el valor inicial?',
          ),
          hints: [
            text(
              'Start from $x$ and do to it exactly what happens in the story.',
              'Empieza por $x$ y hazle exactamente lo que ocurre en la historia.',
            ),
            lost
              ? text(
                  'Something is taken away from $x$, so the equation needs a minus sign.',
                  'A $x$ se le quita algo, así que la ecuación necesita un signo menos.',
                )
              : text(
                  'Something is added to $x$, so the equation needs a plus sign.',
                  'A $x$ se le añade algo, así que la ecuación necesita un signo más.',
                ),
          ],
          worked: [
            text(
              `The story ${lost ? 'takes' : 'adds'} $${a}$ ${lost ? 'away from' : 'to'} $x$ and ends at $${n(b)}$.`,
              `La historia ${lost ? 'le quita' : 'le suma'} $${a}$ a $x$ y termina en $${n(b)}$.`,
            ),
            text(`So the equation is $${right}$.`, `Así que la ecuación es $${right}$.`),
          ],
        }),
        step({
          id: 'solution',
          prompt: story.question,
          answer: solved('x', '=', x),
          guidingQuestion: text(
            'How can you undo what happened in the story?',
            '¿Cómo puedes deshacer lo que pasó en la historia?',
          ),
          hints: [
            text(
              'Get $x$ alone by doing the opposite operation to both sides.',
              'Deja $x$ sola haciendo la operación opuesta en ambos lados.',
            ),
            text(`To undo it, ${undo.en}.`, `Para deshacerlo, ${undo.es}.`),
            text('Check: does your value fit the story?', 'Comprueba: ¿tu valor encaja con la historia?'),
          ],
          misconceptions: [
            misconception('same-operation-not-inverse', solved('x', '=', lost ? b - a : b + a)),
            misconception('sign-error', solved('x', '=', -x)),
          ],
          worked: [
            math(right),
            lost
              ? text(
                  `Add $${a}$ to both sides: $x = ${n(b)} + ${a}$`,
                  `Suma $${a}$ en ambos lados: $x = ${n(b)} + ${a}$`,
                )
              : text(
                  `Subtract $${a}$ from both sides: $x = ${n(b)} - ${a}$`,
                  `Resta $${a}$ en ambos lados: $x = ${n(b)} - ${a}$`,
                ),
            math(`x = ${n(x)}`),
          ],
        }),
      ],
    };
  },
});
