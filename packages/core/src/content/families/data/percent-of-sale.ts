import { text } from '../../../language/localized.ts';
import { n } from '../../math-format.ts';
import { defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';

const goods = [
  text('a jacket', 'una chaqueta'),
  text('a pair of headphones', 'unos auriculares'),
  text('a skateboard', 'un monopatín'),
  text('a backpack', 'una mochila'),
  text('a video game', 'un videojuego'),
];

/** A sale: p% off a price, first the discount in dollars, then the sale price. */
export const percentOfSaleFamily = defineFamily({
  id: 'data.percent-of.sale',
  skillId: 'data.percent-of',
  name: text('Percent off in a sale', 'Descuento porcentual en rebajas'),
  build(rng, difficulty) {
    const pct =
      difficulty === 1
        ? rng.pick([10, 20, 25, 50])
        : difficulty === 2
          ? rng.pick([15, 30, 35, 40, 60])
          : rng.pick([12, 16, 24, 35, 45, 65]);
    const price = rng.int(3, 20) * { 1: 4, 2: 20, 3: 25 }[difficulty];
    const discount = (pct * price) / 100;
    const sale = price - discount;
    const item = rng.pick(goods);
    return {
      stem: text(
        `In a shop, ${item.en} costs $${price}$ dollars. This week everything is $${pct}\\%$ off.`,
        `En una tienda, ${item.es} cuesta $${price}$ dólares. Esta semana todo tiene un $${pct}\\%$ de descuento.`,
      ),
      steps: [
        step({
          id: 'discount',
          prompt: text('How many dollars do you save?', '¿Cuántos dólares te ahorras?'),
          answer: num(discount, 0.001),
          guidingQuestion: text(
            `"$${pct}\\%$ off" takes a part of the price away. A part of which amount?`,
            `"Un $${pct}\\%$ de descuento" quita una parte del precio. ¿Una parte de qué cantidad?`,
          ),
          hints: [
            text(
              'The saving is a percent of the original price.',
              'El ahorro es un porcentaje del precio original.',
            ),
            text(
              `Write $${pct}\\%$ as a number of hundredths, that is, as a decimal.`,
              `Escribe $${pct}\\%$ como una cantidad de centésimas, es decir, como decimal.`,
            ),
            text(
              'Multiply that decimal by the original price.',
              'Multiplica ese decimal por el precio original.',
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
            misconception('forgot-divide-by-100', num(pct * price)),
            misconception('divided-by-percent', num(price / pct, 0.01)),
          ],
          worked: [
            text(`$${pct}\\% = ${n(pct / 100)}$`, `$${pct}\\% = ${n(pct / 100)}$`),
            text(
              `Saving: $${n(pct / 100)} \\times ${price} = ${n(discount)}$ dollars`,
              `Ahorro: $${n(pct / 100)} \\times ${price} = ${n(discount)}$ dólares`,
            ),
          ],
        }),
        step({
          id: 'price',
          prompt: text(
            'What is the price in the sale, in dollars?',
            '¿Cuál es el precio rebajado, en dólares?',
          ),
          answer: num(sale, 0.001),
          guidingQuestion: text(
            'You know how much you save. What do you do with the saving to get the new price?',
            'Ya sabes cuánto te ahorras. ¿Qué haces con el ahorro para obtener el precio nuevo?',
          ),
          hints: [
            text(
              'A discount makes the price smaller, so the sale price is less than the original.',
              'Un descuento hace más pequeño el precio, así que el precio rebajado es menor que el original.',
            ),
            text('Take the saving away from the original price.', 'Resta el ahorro del precio original.'),
          ],
          misconceptions: [
            misconception('forgot-divide-by-100', num(price - pct)),
            misconception('divided-by-percent', num(price - price / pct, 0.01)),
          ],
          worked: [
            text(
              `Sale price: $${price} - ${n(discount)} = ${n(sale)}$ dollars`,
              `Precio rebajado: $${price} - ${n(discount)} = ${n(sale)}$ dólares`,
            ),
            text(
              `Check: you pay $${100 - pct}\\%$ of the price, and $${n((100 - pct) / 100)} \\times ${price} = ${n(sale)}$`,
              `Comprobación: pagas el $${100 - pct}\\%$ del precio, y $${n((100 - pct) / 100)} \\times ${price} = ${n(sale)}$`,
            ),
          ],
        }),
      ],
    };
  },
});
