import { text } from '../../../language/localized.ts';
import { choice, defineFamily, misconception, num, percent, scaffold, step } from '../family-kit.ts';

const baseOptions = [
  { id: 'a', text: text('The original value', 'El valor original') },
  { id: 'b', text: text('The new value', 'El valor nuevo') },
];

/** Percent increase or decrease from an original to a new value. */
export const percentChangeFamily = defineFamily({
  id: 'data.percent-change.basic',
  skillId: 'data.percent-change',
  name: text('Find a percent change', 'Calcular un cambio porcentual'),
  build(rng, difficulty) {
    const original = rng.int(2, 20) * (difficulty === 1 ? 10 : 20);
    const pct = difficulty === 1 ? rng.pick([10, 20, 25, 50]) : rng.int(1, 19) * 5;
    const increase = difficulty === 1 || rng.next() < 0.5;
    const change = (original * pct) / 100;
    const updated = increase ? original + change : original - change;
    const word = increase ? text('increase', 'aumento') : text('decrease', 'disminución');
    return {
      stem: text(
        `A bike cost $${original}$ dollars last year and costs $${updated}$ dollars now.`,
        `Una bicicleta costaba $${original}$ dólares el año pasado y ahora cuesta $${updated}$ dólares.`,
      ),
      steps: [
        step({
          id: 'percent',
          prompt: text(
            `What is the percent ${word.en} in price?`,
            `¿Cuál es el porcentaje de ${word.es} del precio?`,
          ),
          answer: percent(pct, 0.05),
          guidingQuestion: text(
            'Percent change compares the change with which value: the old price or the new one?',
            'El cambio porcentual compara el cambio con ¿qué valor: el precio anterior o el nuevo?',
          ),
          hints: [
            text('First find how much the price changed.', 'Primero calcula cuánto cambió el precio.'),
            text('Divide the change by the original price.', 'Divide el cambio entre el precio original.'),
            text('Turn that decimal into a percent.', 'Convierte ese decimal en porcentaje.'),
          ],
          scaffolds: [
            scaffold(
              'change',
              text('By how many dollars did the price change?', '¿Cuántos dólares cambió el precio?'),
              num(change, 0.001),
            ),
            scaffold(
              'base',
              text('Which value do you divide the change by?', '¿Entre qué valor divides el cambio?'),
              choice(baseOptions, 'a'),
            ),
          ],
          misconceptions: [
            misconception('wrong-base-for-change', percent((change / updated) * 100, 0.05)),
            misconception('absolute-instead-of-percent', num(change, 0.001)),
            misconception('percent-as-decimal', num(pct / 100, 1e-9)),
          ],
        }),
      ],
    };
  },
});
