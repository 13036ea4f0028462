import { type Localized, text } from '../../../language/localized.ts';
import type { ChoiceOption } from '../../answer/answer-spec.ts';
import { n } from '../../math-format.ts';
import type { SeededRandom } from '../../seeded-random.ts';
import { choice, defineFamily, misconception, num, ratio, step } from '../family-kit.ts';

interface Story {
  /** `times`: a·x = b (b is the total of a equal parts); `split`: x / a = b (x was split into a parts of b). */
  readonly kind: 'times' | 'split';
  readonly unknown: Localized;
  readonly setup: (a: number, b: number) => Localized;
  readonly question: Localized;
  /** The answer is negative (difficulty 3). */
  readonly negative?: boolean;
}

const stories: readonly Story[] = [
  {
    kind: 'times',
    unknown: text('the price of one notebook, in dollars', 'el precio de un cuaderno, en dólares'),
    setup: (a, b) =>
      text(
        `$${a}$ identical notebooks cost $${b}$ dollars in all.`,
        `$${a}$ cuadernos iguales cuestan $${b}$ dólares en total.`,
      ),
    question: text('How much does one notebook cost?', '¿Cuánto cuesta un cuaderno?'),
  },
  {
    kind: 'times',
    unknown: text(
      'the distance the cyclist rides each hour, in km',
      'la distancia que recorre la ciclista cada hora, en km',
    ),
    setup: (a, b) =>
      text(
        `A cyclist rides at a steady speed and covers $${b}$ km in $${a}$ hours.`,
        `Una ciclista va a velocidad constante y recorre $${b}$ km en $${a}$ horas.`,
      ),
    question: text('How many kilometres does she ride each hour?', '¿Cuántos kilómetros recorre cada hora?'),
  },
  {
    kind: 'split',
    unknown: text('the length of the whole ribbon, in cm', 'la longitud de la cinta entera, en cm'),
    setup: (a, b) =>
      text(
        `A ribbon was cut into $${a}$ equal pieces, and each piece is $${b}$ cm long.`,
        `Una cinta se cortó en $${a}$ trozos iguales y cada trozo mide $${b}$ cm.`,
      ),
    question: text('How long was the ribbon?', '¿Cuánto medía la cinta?'),
  },
  {
    kind: 'split',
    unknown: text('the whole bill, in dollars', 'la cuenta total, en dólares'),
    setup: (a, b) =>
      text(
        `$${a}$ friends split a restaurant bill equally, and each paid $${b}$ dollars.`,
        `$${a}$ amigos pagaron a partes iguales la cuenta de un restaurante y cada uno pagó $${b}$ dólares.`,
      ),
    question: text('How much was the whole bill?', '¿De cuánto era la cuenta total?'),
  },
  {
    kind: 'times',
    negative: true,
    unknown: text(
      'the change in depth each minute, in metres',
      'el cambio de profundidad cada minuto, en metros',
    ),
    setup: (a, b) =>
      text(
        `A diver goes down at a steady rate. After $${a}$ minutes her depth has changed by $${n(b)}$ metres.`,
        `Una buceadora desciende a ritmo constante. Tras $${a}$ minutos su profundidad ha cambiado $${n(b)}$ metros.`,
      ),
    question: text(
      'By how many metres does her depth change each minute?',
      '¿Cuántos metros cambia su profundidad cada minuto?',
    ),
  },
  {
    kind: 'times',
    negative: true,
    unknown: text('the change in temperature each hour, in °C', 'el cambio de temperatura cada hora, en °C'),
    setup: (a, b) =>
      text(
        `During the night the temperature fell steadily. In $${a}$ hours it changed by $${n(b)}$ °C.`,
        `Durante la noche la temperatura bajó de forma constante. En $${a}$ horas cambió $${n(b)}$ °C.`,
      ),
    question: text('By how many degrees did it change each hour?', '¿Cuántos grados cambió cada hora?'),
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

/** Equal groups and equal shares in context: choose the equation, then undo the multiplication or division. */
export const oneStepMultiplyGroupsFamily = defineFamily({
  id: 'alg.one-step-multiply.equal-groups',
  skillId: 'alg.one-step-multiply',
  name: text(
    'Equal groups and shares (multiply and divide)',
    'Grupos y repartos iguales (multiplicación y división)',
  ),
  build(rng, difficulty) {
    const story = rng.pick(stories.filter((s) => (difficulty === 3 ? true : !s.negative)));
    const a = rng.int(2, difficulty === 1 ? 6 : 12);
    const x = story.negative
      ? -rng.int(2, 12)
      : rng.int(2, difficulty === 1 ? 10 : 25) * (story.kind === 'split' ? a : 1);
    const b = story.kind === 'times' ? a * x : x / a;
    const right = story.kind === 'times' ? `${a}x = ${n(b)}` : `\\frac{x}{${a}} = ${n(b)}`;
    const wrong =
      story.kind === 'times'
        ? [`x + ${a} = ${n(b)}`, `\\frac{x}{${a}} = ${n(b)}`, `${n(b)}x = ${a}`]
        : [`${a}x = ${n(b)}`, `x - ${a} = ${n(b)}`, `\\frac{${a}}{x} = ${n(b)}`];
    const { options, correctId } = shuffledOptions(rng, math(right), wrong.map(math));
    const times = story.kind === 'times';
    return {
      stem: story.setup(a, b),
      steps: [
        step({
          id: 'equation',
          prompt: text(
            `Let $x$ be ${story.unknown.en}. Which equation matches the situation?`,
            `Sea $x$ ${story.unknown.es}. ¿Qué ecuación describe la situación?`,
          ),
          answer: choice(options, correctId),
          guidingQuestion: text(
            'Is the known total made of equal parts, or is the unknown the total that was shared out?',
            '¿El total conocido está formado por partes iguales, o la incógnita es el total que se repartió?',
          ),
          hints: [
            text(
              'Equal parts put together is multiplication; sharing a total into equal parts is division.',
              'Juntar partes iguales es multiplicar; repartir un total en partes iguales es dividir.',
            ),
            times
              ? text(
                  'Here the unknown is one of the equal parts.',
                  'Aquí la incógnita es una de las partes iguales.',
                )
              : text(
                  'Here the unknown is the total before it was shared.',
                  'Aquí la incógnita es el total antes del reparto.',
                ),
          ],
          worked: [
            times
              ? text(
                  `$${a}$ equal parts of size $x$ make $${n(b)}$, so $${right}$.`,
                  `$${a}$ partes iguales de tamaño $x$ forman $${n(b)}$, así que $${right}$.`,
                )
              : text(
                  `$x$ shared into $${a}$ equal parts gives $${n(b)}$ each, so $${right}$.`,
                  `$x$ repartido en $${a}$ partes iguales da $${n(b)}$ a cada una, así que $${right}$.`,
                ),
          ],
        }),
        step({
          id: 'solution',
          prompt: story.question,
          answer: num(x),
          guidingQuestion: text(
            'What operation undoes the one in your equation?',
            '¿Qué operación deshace la de tu ecuación?',
          ),
          hints: [
            text(
              'Get $x$ alone by doing the opposite operation to both sides.',
              'Deja $x$ sola haciendo la operación opuesta en ambos lados.',
            ),
            times
              ? text(`Divide both sides by $${a}$.`, `Divide ambos lados entre $${a}$.`)
              : text(`Multiply both sides by $${a}$.`, `Multiplica ambos lados por $${a}$.`),
            text('Does your answer make sense in the story?', '¿Tiene sentido tu respuesta en la historia?'),
          ],
          misconceptions: times
            ? [
                misconception('subtracted-instead-of-divided', num(b - a)),
                misconception('same-operation-not-inverse', num(b * a)),
                misconception('sign-error', num(-x)),
              ]
            : [
                misconception('same-operation-not-inverse', { kind: 'fraction', value: ratio(b, a) }),
                misconception('added-instead-of-multiplied', num(b + a)),
              ],
          worked: [
            math(right),
            times
              ? text(
                  `Divide both sides by $${a}$: $x = ${n(b)} \\div ${a}$`,
                  `Divide ambos lados entre $${a}$: $x = ${n(b)} \\div ${a}$`,
                )
              : text(
                  `Multiply both sides by $${a}$: $x = ${n(b)} \\cdot ${a}$`,
                  `Multiplica ambos lados por $${a}$: $x = ${n(b)} \\cdot ${a}$`,
                ),
            math(`x = ${n(x)}`),
          ],
        }),
      ],
    };
  },
});
