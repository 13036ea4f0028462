import { type Localized, text } from '../../../language/localized.ts';
import type { FractionAnswer } from '../../answer/answer-spec.ts';
import type { Difficulty } from '../../item.ts';
import { n } from '../../math-format.ts';
import type { SeededRandom } from '../../seeded-random.ts';
import { defineFamily, misconception, num, percent, ratio, step } from '../family-kit.ts';

/** A sentence that gives the amount, from its LaTeX ("35\\%" or "0.35"). */
type Sentence = (value: string) => Localized;

const percentUnder: readonly Sentence[] = [
  (v) =>
    text(
      `In a survey, $${v}$ of the students said they walk to school.`,
      `En una encuesta, el $${v}$ de los estudiantes dijo que va caminando a la escuela.`,
    ),
  (v) =>
    text(
      `A bookshop put $${v}$ of its books on sale.`,
      `Una librería puso en oferta el $${v}$ de sus libros.`,
    ),
  (v) =>
    text(
      `At a concert, $${v}$ of the tickets were sold online.`,
      `En un concierto, el $${v}$ de las entradas se vendió por internet.`,
    ),
  (v) =>
    text(
      `In a town, $${v}$ of the electricity comes from solar panels.`,
      `En un pueblo, el $${v}$ de la electricidad viene de paneles solares.`,
    ),
];

const percentOver: readonly Sentence[] = [
  (v) =>
    text(
      `This year a chess club has $${v}$ of the members it had last year.`,
      `Este año un club de ajedrez tiene el $${v}$ de los socios que tenía el año pasado.`,
    ),
  (v) =>
    text(
      `A shop's sales this month are $${v}$ of its sales last month.`,
      `Las ventas de una tienda este mes son el $${v}$ de las del mes pasado.`,
    ),
];

const decimalUnder: readonly Sentence[] = [
  (v) => text(`A cyclist has ridden $${v}$ of a route.`, `Una ciclista ha recorrido $${v}$ de una ruta.`),
  (v) =>
    text(
      `A water tank is filled to $${v}$ of its capacity.`,
      `Un depósito de agua está lleno hasta $${v}$ de su capacidad.`,
    ),
  (v) =>
    text(`A painter has used $${v}$ of a tin of paint.`, `Un pintor ha usado $${v}$ de un bote de pintura.`),
];

const decimalOver: readonly Sentence[] = [
  (v) => text(`A bread recipe uses $${v}$ kg of flour.`, `Una receta de pan lleva $${v}$ kg de harina.`),
  (v) => text(`A bottle holds $${v}$ litres of water.`, `Una botella contiene $${v}$ litros de agua.`),
];

type Kind = 'percent' | 'decimal';

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Whole numbers from `from` to `to` that pass `keep`. */
function pool(from: number, to: number, keep: (v: number) => boolean): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i).filter(keep);
}

/**
 * The amount in thousandths (t / 1000), and how it is given. Difficulty 1: a percent that is a multiple of 5;
 * 2: a decimal or percent in hundredths; 3: thousandths (a decimal with three places or a percent such as 12.5%)
 * or an amount above one whole.
 */
function draw(rng: SeededRandom, difficulty: Difficulty): { t: number; kind: Kind; over: boolean } {
  if (difficulty === 1) {
    const p = rng.pick(pool(1, 19, (k) => k !== 10).map((k) => k * 5));
    return { t: p * 10, kind: 'percent', over: false };
  }
  if (difficulty === 2) {
    const p = rng.pick(pool(4, 98, (k) => k % 10 !== 0 && gcd(k, 100) > 1));
    return { t: p * 10, kind: rng.next() < 0.7 ? 'decimal' : 'percent', over: false };
  }
  const shape = rng.pick(['thousandths', 'thousandths', 'over'] as const);
  if (shape === 'over') {
    const p = rng.pick(
      pool(104, 250, (k) => k % 100 !== 0 && gcd(k, 100) >= 4 && (k % 10 !== 0 || k % 50 === 0)),
    );
    return { t: p * 10, kind: rng.next() < 0.5 ? 'decimal' : 'percent', over: true };
  }
  const kind: Kind = rng.next() < 0.5 ? 'decimal' : 'percent';
  // A percent with a half (12.5%), or a decimal with three places whose top and bottom share a factor.
  const t =
    kind === 'percent'
      ? rng.pick(pool(2, 98, () => true).map((k) => k * 10 + 5))
      : rng.pick(pool(20, 990, (k) => k % 10 !== 0 && gcd(k, 1000) >= 4));
  return { t, kind, over: false };
}

/** Converting a percent or a decimal to a fraction in lowest terms, through the other form first. */
export const fractionDecimalPercentToFractionFamily = defineFamily({
  id: 'data.fraction-decimal-percent.to-fraction',
  skillId: 'data.fraction-decimal-percent',
  name: text('Percents and decimals as fractions', 'Porcentajes y decimales como fracciones'),
  build(rng, difficulty) {
    const { t, kind, over } = draw(rng, difficulty);
    const pct = t / 10;
    const dec = t / 1000;
    const shown = kind === 'percent' ? `${n(pct)}\\%` : n(dec);
    const sentences =
      kind === 'percent' ? (over ? percentOver : percentUnder) : over ? decimalOver : decimalUnder;
    const stem = rng.pick(sentences)(shown);

    // The fraction read by place value: over 100 for a percent (over 1000 when it has a half),
    // over 10, 100 or 1000 for a decimal.
    const bottom =
      kind === 'percent' ? (t % 10 === 0 ? 100 : 1000) : t % 100 === 0 ? 10 : t % 10 === 0 ? 100 : 1000;
    const top = (t * bottom) / 1000;
    const g = gcd(top, bottom);
    const answer: FractionAnswer = {
      kind: 'fraction',
      value: ratio(t, 1000),
      lowestTerms: true,
      acceptDecimal: false,
    };
    const simplest = ratio(t, 1000).split('/');
    const simplestTex = `\\frac{${simplest[0]}}{${simplest[1]}}`;
    const readLines: Localized[] =
      kind === 'percent'
        ? bottom === 100
          ? [text(`$${shown} = \\frac{${top}}{100}$`, `$${shown} = \\frac{${top}}{100}$`)]
          : [
              text(
                `$${shown} = \\frac{${n(pct)}}{100} = \\frac{${top}}{1000}$`,
                `$${shown} = \\frac{${n(pct)}}{100} = \\frac{${top}}{1000}$`,
              ),
            ]
        : [text(`$${shown} = \\frac{${top}}{${bottom}}$`, `$${shown} = \\frac{${top}}{${bottom}}$`)];

    const firstStep =
      kind === 'percent'
        ? step({
            id: 'decimal',
            prompt: text(`Write $${shown}$ as a decimal.`, `Escribe $${shown}$ como decimal.`),
            answer: num(dec, 1e-9),
            guidingQuestion: text(
              'Percent means "out of $100$". What operation turns a number of hundredths into a decimal?',
              'Porcentaje significa "de cada $100$". ¿Qué operación convierte una cantidad de centésimas en un decimal?',
            ),
            hints: [
              text('Divide the percent by $100$.', 'Divide el porcentaje entre $100$.'),
              text(
                'Dividing by $100$ moves the decimal point to the left, once for each zero of $100$.',
                'Dividir entre $100$ mueve el punto decimal hacia la izquierda, una vez por cada cero de $100$.',
              ),
            ],
            misconceptions: [
              misconception('forgot-divide-by-100', num(pct, 1e-9)),
              misconception('forgot-divide-by-100', num(pct / 10, 1e-9)),
            ],
            worked: [
              text(
                `$${shown} = ${n(pct)} \\div 100 = ${n(dec)}$`,
                `$${shown} = ${n(pct)} \\div 100 = ${n(dec)}$`,
              ),
            ],
          })
        : step({
            id: 'percent',
            prompt: text(`Write $${shown}$ as a percent.`, `Escribe $${shown}$ como porcentaje.`),
            answer: percent(pct),
            guidingQuestion: text(
              'A percent counts hundredths. How many hundredths is this decimal?',
              'Un porcentaje cuenta centésimas. ¿Cuántas centésimas son este decimal?',
            ),
            hints: [
              text('Multiply the decimal by $100$.', 'Multiplica el decimal por $100$.'),
              text(
                'Multiplying by $100$ moves the decimal point to the right, once for each zero of $100$.',
                'Multiplicar por $100$ mueve el punto decimal hacia la derecha, una vez por cada cero de $100$.',
              ),
            ],
            misconceptions: [misconception('percent-as-decimal', num(dec, 1e-9))],
            worked: [text(`$${shown} \\times 100 = ${n(pct)}\\%$`, `$${shown} \\times 100 = ${n(pct)}\\%$`)],
          });

    return {
      stem,
      steps: [
        firstStep,
        step({
          id: 'fraction',
          prompt: text(
            `Write $${shown}$ as a fraction in lowest terms.`,
            `Escribe $${shown}$ como fracción irreducible.`,
          ),
          answer,
          guidingQuestion: text(
            'Which fraction with a power of ten at the bottom is equal to this amount, and how can you make it simpler?',
            '¿Qué fracción con una potencia de diez abajo es igual a esta cantidad, y cómo puedes simplificarla?',
          ),
          hints: [
            kind === 'percent'
              ? text(
                  'A percent is a number of hundredths: write it as a fraction with $100$ at the bottom.',
                  'Un porcentaje es una cantidad de centésimas: escríbelo como fracción con $100$ en el denominador.',
                )
              : text(
                  'Read the decimal by place value: its last digit tells you whether it counts tenths, hundredths or thousandths, and that is the bottom of the fraction.',
                  'Lee el decimal según el valor posicional: su última cifra te dice si cuenta décimas, centésimas o milésimas, y ese es el denominador de la fracción.',
                ),
            ...(bottom === 1000 && kind === 'percent'
              ? [
                  text(
                    'The top has a decimal point: multiply the top and the bottom by the same number so that both are whole.',
                    'El numerador tiene decimales: multiplica el numerador y el denominador por el mismo número para que ambos sean enteros.',
                  ),
                ]
              : []),
            text(
              'Divide the top and the bottom by their greatest common factor.',
              'Divide el numerador y el denominador entre su máximo común divisor.',
            ),
            text(
              'Check that the top and the bottom share no factor other than $1$.',
              'Comprueba que el numerador y el denominador no tienen ningún divisor común aparte de $1$.',
            ),
          ],
          misconceptions: [
            misconception('forgot-divide-by-100', { kind: 'fraction', value: ratio(t, 10) }),
            misconception('forgot-divide-by-100', { kind: 'fraction', value: ratio(t, 100) }),
          ],
          worked: [
            ...readLines,
            text(
              `The greatest common factor of $${top}$ and $${bottom}$ is $${g}$.`,
              `El máximo común divisor de $${top}$ y $${bottom}$ es $${g}$.`,
            ),
            text(
              `$\\frac{${top}}{${bottom}} = \\frac{${top} \\div ${g}}{${bottom} \\div ${g}} = ${simplestTex}$`,
              `$\\frac{${top}}{${bottom}} = \\frac{${top} \\div ${g}}{${bottom} \\div ${g}} = ${simplestTex}$`,
            ),
          ],
        }),
      ],
    };
  },
});
