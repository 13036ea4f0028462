import { text } from '../../../language/localized.ts';
import { defineFamily, misconception, num, percent, scaffold, step } from '../family-kit.ts';

const fractions: Readonly<Record<1 | 2 | 3, readonly (readonly [number, number])[]>> = {
  1: [
    [1, 2],
    [1, 4],
    [3, 4],
    [1, 10],
    [3, 10],
    [7, 10],
  ],
  2: [
    [1, 5],
    [2, 5],
    [3, 5],
    [4, 5],
    [3, 20],
    [7, 20],
    [9, 25],
    [1, 8],
  ],
  3: [
    [3, 8],
    [5, 8],
    [7, 8],
    [11, 40],
    [13, 50],
    [17, 25],
    [1, 16],
  ],
};

const contexts = [
  text('of the students in a school walk to school', 'de los estudiantes de una escuela van caminando'),
  text('of the families on a street have a pet', 'de las familias de una calle tienen una mascota'),
  text('of the members of a club play an instrument', 'de los miembros de un club tocan un instrumento'),
  text('of the days last month were sunny', 'de los días del mes pasado fueron soleados'),
];

/** Converting a fraction to a percent. */
export const fractionDecimalPercentFamily = defineFamily({
  id: 'data.fraction-decimal-percent.to-percent',
  skillId: 'data.fraction-decimal-percent',
  name: text('Convert fractions to percents', 'Convertir fracciones en porcentajes'),
  build(rng, difficulty) {
    const [a, b] = rng.pick(fractions[difficulty]);
    const answer = (a * 100) / b;
    const frac = `\\frac{${a}}{${b}}`;
    const context = rng.pick(contexts);
    return {
      stem: text(`$${frac}$ ${context.en}.`, `$${frac}$ ${context.es}.`),
      steps: [
        step({
          id: 'percent',
          prompt: text('What percent is that?', '¿Qué porcentaje es?'),
          answer: percent(answer, 1e-9),
          guidingQuestion: text(
            'A percent is "out of 100". How could you rewrite this fraction out of 100?',
            'Un porcentaje es "de cada 100". ¿Cómo podrías reescribir esta fracción sobre 100?',
          ),
          hints: [
            text(
              'Turn the fraction into a decimal by dividing the top by the bottom.',
              'Convierte la fracción en decimal dividiendo el numerador entre el denominador.',
            ),
            text(
              'Then multiply the decimal by 100 to get a percent.',
              'Luego multiplica el decimal por 100 para obtener el porcentaje.',
            ),
          ],
          scaffolds: [
            scaffold(
              'decimal',
              text(
                'What is the fraction written as a decimal?',
                '¿Cómo se escribe la fracción como decimal?',
              ),
              num(a / b, 1e-9),
            ),
          ],
          misconceptions: [misconception('percent-as-decimal', num(a / b, 1e-9))],
        }),
      ],
    };
  },
});
