import { text } from '../../../language/localized.ts';
import { defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';

/** A percent of a quantity: p% of N. */
export const percentOfFamily = defineFamily({
  id: 'data.percent-of.basic',
  skillId: 'data.percent-of',
  name: text('Find a percent of a quantity', 'Calcular un porcentaje de una cantidad'),
  build(rng, difficulty) {
    const pct =
      difficulty === 1
        ? rng.pick([10, 25, 50, 75])
        : difficulty === 2
          ? rng.pick([5, 15, 20, 30, 40, 60, 80])
          : rng.int(2, 19) * 5 + rng.pick([0, 2.5]);
    const whole = rng.int(2, 40) * { 1: 4, 2: 20, 3: 40 }[difficulty];
    const answer = (pct * whole) / 100;
    return {
      stem: text(
        `In a survey of $${whole}$ people, $${pct}\\%$ said they read the news online every day.`,
        `En una encuesta a $${whole}$ personas, el $${pct}\\%$ dijo que lee las noticias en internet cada día.`,
      ),
      steps: [
        step({
          id: 'count',
          prompt: text('How many people is that?', '¿Cuántas personas son?'),
          answer: num(answer, 0.001),
          guidingQuestion: text(
            'What does "percent" mean, and what is this percent a part of?',
            '¿Qué significa "por ciento" y de qué total es parte este porcentaje?',
          ),
          hints: [
            text('A percent is a number of hundredths.', 'Un porcentaje es una cantidad de centésimas.'),
            text(`Write $${pct}\\%$ as a decimal.`, `Escribe $${pct}\\%$ como decimal.`),
            text(
              `Multiply that decimal by the total number of people.`,
              `Multiplica ese decimal por el número total de personas.`,
            ),
          ],
          scaffolds: [
            scaffold(
              'decimal',
              text(`What is $${pct}\\%$ written as a decimal?`, `¿Cómo se escribe $${pct}\\%$ como decimal?`),
              num(pct / 100, 1e-9),
              [misconception('forgot-divide-by-100', num(pct))],
            ),
          ],
          misconceptions: [
            misconception('forgot-divide-by-100', num(pct * whole)),
            misconception('divided-by-percent', num(whole / pct, 0.01)),
          ],
        }),
      ],
    };
  },
});
