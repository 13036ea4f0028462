import { type Localized, text } from '../../../language/localized.ts';
import type { Difficulty } from '../../item.ts';
import { n } from '../../math-format.ts';
import type { SeededRandom } from '../../seeded-random.ts';
import { choice, defineFamily, misconception, num, percent, scaffold, step } from '../family-kit.ts';

/** Someone or something whose result is compared: its option text and how a sentence names it. */
interface Entity {
  readonly option: Localized;
  readonly inText: Localized;
}

interface Context {
  readonly intro: Localized;
  readonly entities: readonly Entity[];
  readonly asFraction: (e: Entity, a: number, b: number) => Localized;
  readonly asPercent: (e: Entity, p: string) => Localized;
  readonly asDecimal: (e: Entity, d: string) => Localized;
  /** The first step: what percent the fraction is. */
  readonly ask: (e: Entity) => Localized;
  readonly highest: Localized;
  readonly lowest: Localized;
}

const people = [
  'Maya',
  'Leo',
  'Ana',
  'Omar',
  'Nora',
  'Iván',
  'Sofía',
  'Hugo',
  'Lucía',
  'Tomás',
  'Elena',
  'Samuel',
].map((name) => ({ option: text(name, name), inText: text(name, name) }));

const lettered = (en: string, es: string): Entity[] =>
  ['A', 'B', 'C', 'D', 'E'].map((l) => ({
    option: text(`${en} ${l}`, `${es} ${l}`),
    inText: text(`${en} ${l}`, `${es.toLowerCase()} ${l}`),
  }));

const contexts: readonly Context[] = [
  {
    intro: text(
      'Some basketball players practised free throws.',
      'Unos jugadores de baloncesto practicaron tiros libres.',
    ),
    entities: people,
    asFraction: (e, a, b) =>
      text(
        `${e.inText.en} made $${a}$ out of $${b}$ free throws.`,
        `${e.inText.es} encestó $${a}$ de $${b}$ tiros libres.`,
      ),
    asPercent: (e, p) =>
      text(
        `${e.inText.en}'s free throws went in $${p}\\%$ of the time.`,
        `${e.inText.es} encestó el $${p}\\%$ de sus tiros libres.`,
      ),
    asDecimal: (e, d) =>
      text(
        `${e.inText.en}'s success rate, written as a decimal, was $${d}$.`,
        `La tasa de acierto de ${e.inText.es}, escrita como decimal, fue $${d}$.`,
      ),
    ask: (e) =>
      text(
        `What percent of the free throws did ${e.inText.en} make?`,
        `¿Qué porcentaje de los tiros libres encestó ${e.inText.es}?`,
      ),
    highest: text('Who has the best success rate?', '¿Quién tiene la mejor tasa de acierto?'),
    lowest: text('Who has the lowest success rate?', '¿Quién tiene la tasa de acierto más baja?'),
  },
  {
    intro: text(
      'Some friends did online quizzes with different numbers of questions.',
      'Unos amigos hicieron cuestionarios en línea con distinto número de preguntas.',
    ),
    entities: people,
    asFraction: (e, a, b) =>
      text(
        `${e.inText.en} got $${a}$ out of $${b}$ questions right.`,
        `${e.inText.es} acertó $${a}$ de $${b}$ preguntas.`,
      ),
    asPercent: (e, p) =>
      text(
        `${e.inText.en} got $${p}\\%$ of the questions right.`,
        `${e.inText.es} acertó el $${p}\\%$ de las preguntas.`,
      ),
    asDecimal: (e, d) =>
      text(
        `${e.inText.en}'s score, written as a decimal, was $${d}$.`,
        `La nota de ${e.inText.es}, escrita como decimal, fue $${d}$.`,
      ),
    ask: (e) =>
      text(
        `What percent of the questions did ${e.inText.en} get right?`,
        `¿Qué porcentaje de las preguntas acertó ${e.inText.es}?`,
      ),
    highest: text('Who got the highest score?', '¿Quién obtuvo la nota más alta?'),
    lowest: text('Who got the lowest score?', '¿Quién obtuvo la nota más baja?'),
  },
  {
    intro: text(
      'A school asked the students of some groups whether they have a pet.',
      'Un colegio preguntó a los estudiantes de varios grupos si tienen mascota.',
    ),
    entities: lettered('Group', 'Grupo'),
    asFraction: (e, a, b) =>
      text(
        `In ${e.inText.en}, $${a}$ of the $${b}$ students have a pet.`,
        `En el ${e.inText.es}, $${a}$ de los $${b}$ estudiantes tienen mascota.`,
      ),
    asPercent: (e, p) =>
      text(
        `In ${e.inText.en}, $${p}\\%$ of the students have a pet.`,
        `En el ${e.inText.es}, el $${p}\\%$ de los estudiantes tiene mascota.`,
      ),
    asDecimal: (e, d) =>
      text(
        `In ${e.inText.en}, the share of students with a pet, written as a decimal, is $${d}$.`,
        `En el ${e.inText.es}, la proporción de estudiantes con mascota, escrita como decimal, es $${d}$.`,
      ),
    ask: (e) =>
      text(
        `What percent of the students in ${e.inText.en} have a pet?`,
        `¿Qué porcentaje de los estudiantes del ${e.inText.es} tiene mascota?`,
      ),
    highest: text(
      'Which group has the largest share of students with a pet?',
      '¿Qué grupo tiene la mayor proporción de estudiantes con mascota?',
    ),
    lowest: text(
      'Which group has the smallest share of students with a pet?',
      '¿Qué grupo tiene la menor proporción de estudiantes con mascota?',
    ),
  },
  {
    intro: text(
      'A gardener sowed seeds from different packets and counted how many sprouted.',
      'Una jardinera sembró semillas de distintos sobres y contó cuántas germinaron.',
    ),
    entities: lettered('Packet', 'Sobre'),
    asFraction: (e, a, b) =>
      text(
        `From ${e.inText.en}, $${a}$ of the $${b}$ seeds sprouted.`,
        `Del ${e.inText.es}, germinaron $${a}$ de las $${b}$ semillas.`,
      ),
    asPercent: (e, p) =>
      text(
        `From ${e.inText.en}, $${p}\\%$ of the seeds sprouted.`,
        `Del ${e.inText.es}, germinó el $${p}\\%$ de las semillas.`,
      ),
    asDecimal: (e, d) =>
      text(
        `From ${e.inText.en}, the share of seeds that sprouted, written as a decimal, was $${d}$.`,
        `Del ${e.inText.es}, la proporción de semillas que germinaron, escrita como decimal, fue $${d}$.`,
      ),
    ask: (e) =>
      text(
        `What percent of the seeds from ${e.inText.en} sprouted?`,
        `¿Qué porcentaje de las semillas del ${e.inText.es} germinó?`,
      ),
    highest: text(
      'Which packet had the largest share of seeds that sprouted?',
      '¿Qué sobre tuvo la mayor proporción de semillas germinadas?',
    ),
    lowest: text(
      'Which packet had the smallest share of seeds that sprouted?',
      '¿Qué sobre tuvo la menor proporción de semillas germinadas?',
    ),
  },
];

/** Denominators of the fraction: easy to scale to 100, then any that give a percent with at most one decimal. */
const denominators: Readonly<Record<Difficulty, readonly number[]>> = {
  1: [10, 20, 25, 50],
  2: [4, 5, 20, 25, 50],
  3: [8, 12, 15, 16, 30, 40, 60],
};

type Form = 'fraction' | 'percent' | 'decimal';

interface Result {
  readonly entity: Entity;
  readonly form: Form;
  /** The result as a percent. */
  readonly pct: number;
}

/** A fraction a/b whose percent lies between 10 and 95 and has at most one decimal place. */
function drawFraction(rng: SeededRandom, difficulty: Difficulty): [number, number] {
  const b = rng.pick(denominators[difficulty]);
  const numerators = Array.from({ length: b - 1 }, (_, i) => i + 1).filter(
    (a) => (a * 1000) % b === 0 && (a * 100) / b >= 10 && (a * 100) / b <= 95,
  );
  return [rng.pick(numerators), b];
}

/** Other percents near `base`, all different from it and from each other, kept between 5 and 99. */
function nearby(rng: SeededRandom, base: number, offsets: readonly number[], count: number): number[] {
  const out: number[] = [];
  for (const offset of rng.shuffle(offsets)) {
    const value = base + offset;
    if (value < 5 || value > 99 || value === base || out.includes(value)) continue;
    out.push(value);
    if (out.length === count) break;
  }
  return out;
}

function range(from: number, to: number, stepSize = 1): number[] {
  const out: number[] = [];
  for (let v = from; v <= to + 1e-9; v += stepSize) out.push(Math.round(v * 10) / 10);
  return out;
}

/** A real-life comparison: one result as a fraction, the others as a percent or a decimal; which is largest? */
export const fractionDecimalPercentCompareFamily = defineFamily({
  id: 'data.fraction-decimal-percent.compare-results',
  skillId: 'data.fraction-decimal-percent',
  name: text('Compare results given in different forms', 'Comparar resultados dados en distintas formas'),
  build(rng, difficulty) {
    const context = rng.pick(contexts);
    const [a, b] = drawFraction(rng, difficulty);
    const fractionPct = (a * 100) / b;
    const entities = rng.shuffle(context.entities).slice(0, difficulty === 3 ? 3 : 2);
    let others: { form: Form; pct: number }[];
    if (difficulty === 1) {
      const [q] = nearby(rng, fractionPct, [...range(-12, -4), ...range(4, 12)], 1);
      others = [{ form: 'percent', pct: q! }];
    } else if (difficulty === 2) {
      const [q] = nearby(rng, fractionPct, [...range(-5, -1), ...range(1, 5)], 1);
      others = [{ form: 'decimal', pct: q! }];
    } else {
      const [q] = nearby(rng, fractionPct, [...range(-6, -1), ...range(1, 6)], 1);
      const halves = [...range(-4, -0.5, 0.5), ...range(0.5, 4, 0.5)].filter((h) => fractionPct + h !== q);
      const [r] = nearby(rng, fractionPct, halves, 1);
      others = [
        { form: 'percent', pct: q! },
        { form: 'decimal', pct: r! },
      ];
    }
    const results: Result[] = rng
      .shuffle<{ form: Form; pct: number }>([{ form: 'fraction', pct: fractionPct }, ...others])
      .map((r, i) => ({ ...r, entity: entities[i]! }));
    const wantLowest = difficulty === 3 && rng.next() < 0.5;
    const target = results.reduce((best, r) =>
      (wantLowest ? r.pct < best.pct : r.pct > best.pct) ? r : best,
    );
    const fractionResult = results.find((r) => r.form === 'fraction')!;
    const fractionEntity = fractionResult.entity;

    const decimalOf = (pct: number) => n(pct / 100);
    const sentence = (r: Result): Localized =>
      r.form === 'fraction'
        ? context.asFraction(r.entity, a, b)
        : r.form === 'percent'
          ? context.asPercent(r.entity, n(r.pct))
          : context.asDecimal(r.entity, decimalOf(r.pct));
    const sentences = results.map(sentence);
    const stem = text(
      [context.intro.en, ...sentences.map((s) => s.en)].join(' '),
      [context.intro.es, ...sentences.map((s) => s.es)].join(' '),
    );

    const options = results.map((r, i) => ({ id: `o${i + 1}`, text: r.entity.option }));
    const correct = `o${results.indexOf(target) + 1}`;
    const frac = `\\frac{${a}}{${b}}`;
    const asWorked = (r: Result): Localized => {
      const name = r.entity.option;
      const value =
        r.form === 'fraction'
          ? `${frac} = ${n(r.pct)}\\%`
          : r.form === 'percent'
            ? `${n(r.pct)}\\%`
            : `${decimalOf(r.pct)} = ${n(r.pct)}\\%`;
      return text(`${name.en}: $${value}$`, `${name.es}: $${value}$`);
    };
    const decimalResult = results.find((r) => r.form === 'decimal');
    const hasDecimal = decimalResult !== undefined;
    const oneDigitDecimal = decimalResult !== undefined && decimalResult.pct % 10 === 0;

    return {
      stem,
      steps: [
        step({
          id: 'percent',
          prompt: context.ask(fractionEntity),
          answer: percent(fractionPct),
          guidingQuestion: text(
            'A percent is a number out of $100$. How could you write this result out of $100$?',
            'Un porcentaje es una cantidad de cada $100$. ¿Cómo podrías escribir este resultado sobre $100$?',
          ),
          hints: [
            text(
              'Write the result as a fraction: the part on top, the total at the bottom.',
              'Escribe el resultado como fracción: la parte arriba y el total abajo.',
            ),
            difficulty === 3
              ? text(
                  'Divide the top by the bottom to get a decimal.',
                  'Divide el numerador entre el denominador para obtener un decimal.',
                )
              : text(
                  'Divide the top by the bottom to get a decimal, or scale the fraction so that its bottom is $100$.',
                  'Divide el numerador entre el denominador para obtener un decimal, o amplía la fracción para que su denominador sea $100$.',
                ),
            text(
              'A decimal becomes a percent when you multiply it by $100$.',
              'Un decimal se convierte en porcentaje al multiplicarlo por $100$.',
            ),
          ],
          scaffolds: [
            scaffold(
              'decimal',
              text(
                'What is that fraction written as a decimal?',
                '¿Cómo se escribe esa fracción como decimal?',
              ),
              num(a / b, 1e-9),
            ),
          ],
          misconceptions: [misconception('percent-as-decimal', num(a / b, 1e-9))],
          worked: [
            text(`$${frac} = ${a} \\div ${b} = ${n(a / b)}$`, `$${frac} = ${a} \\div ${b} = ${n(a / b)}$`),
            text(
              `$${n(a / b)} \\times 100 = ${n(fractionPct)}\\%$`,
              `$${n(a / b)} \\times 100 = ${n(fractionPct)}\\%$`,
            ),
          ],
        }),
        step({
          id: 'compare',
          prompt: wantLowest ? context.lowest : context.highest,
          answer: choice(options, correct),
          guidingQuestion: text(
            'The results are written in different forms. Which single form would make them easy to compare?',
            'Los resultados están escritos de formas distintas. ¿Qué forma común los haría fáciles de comparar?',
          ),
          hints: [
            text(
              'Write every result as a percent, so that all of them are out of $100$.',
              'Escribe cada resultado como porcentaje, para que todos sean sobre $100$.',
            ),
            hasDecimal
              ? oneDigitDecimal
                ? text(
                    'A decimal becomes a percent when you multiply it by $100$; a single digit after the point counts tenths, not hundredths.',
                    'Un decimal se convierte en porcentaje al multiplicarlo por $100$; una sola cifra tras el punto cuenta décimas, no centésimas.',
                  )
                : text(
                    'A decimal becomes a percent when you multiply it by $100$.',
                    'Un decimal se convierte en porcentaje al multiplicarlo por $100$.',
                  )
              : text(
                  'You have already written the fraction as a percent, and the other result is given as a percent.',
                  'Ya escribiste la fracción como porcentaje, y el otro resultado viene dado como porcentaje.',
                ),
            wantLowest
              ? text('Then look for the smallest percent.', 'Después busca el porcentaje más pequeño.')
              : text('Then look for the largest percent.', 'Después busca el porcentaje más grande.'),
          ],
          worked: [
            ...results.map(asWorked),
            wantLowest
              ? text(
                  `The smallest is $${n(target.pct)}\\%$: ${target.entity.option.en}.`,
                  `El menor es $${n(target.pct)}\\%$: ${target.entity.option.es}.`,
                )
              : text(
                  `The largest is $${n(target.pct)}\\%$: ${target.entity.option.en}.`,
                  `El mayor es $${n(target.pct)}\\%$: ${target.entity.option.es}.`,
                ),
          ],
        }),
      ],
    };
  },
});
