import { text } from '../../../language/localized.ts';
import { choice, defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';

interface Words {
  readonly en: string;
  readonly es: string;
}

interface Setting {
  readonly fee: Words;
  /** Plural items; `article` and `each` agree with the Spanish noun. */
  readonly items: Words & { readonly article: string; readonly each: string };
  /** The pack of two things bought together at difficulty 3. */
  readonly pack: Words & { readonly article: string; readonly each: string; first: Words; second: Words };
}

const settings: readonly Setting[] = [
  {
    fee: { en: 'for an entry ticket', es: 'por la entrada' },
    items: { en: 'rides', es: 'atracciones', article: 'las', each: 'cada una' },
    pack: {
      en: 'token packs',
      es: 'packs de fichas',
      article: 'los',
      each: 'cada uno',
      first: { en: 'a ride', es: 'una atracción' },
      second: { en: 'a drink', es: 'una bebida' },
    },
  },
  {
    fee: { en: 'for a membership', es: 'de cuota de socio' },
    items: { en: 'swimming lessons', es: 'clases de natación', article: 'las', each: 'cada una' },
    pack: {
      en: 'lesson packs',
      es: 'packs de clases',
      article: 'los',
      each: 'cada uno',
      first: { en: 'a lesson', es: 'una clase' },
      second: { en: 'a locker', es: 'una taquilla' },
    },
  },
  {
    fee: { en: 'for delivery', es: 'de gastos de envío' },
    items: { en: 'cakes', es: 'pasteles', article: 'los', each: 'cada uno' },
    pack: {
      en: 'party boxes',
      es: 'cajas de fiesta',
      article: 'las',
      each: 'cada una',
      first: { en: 'a cake', es: 'un pastel' },
      second: { en: 'a set of candles', es: 'un juego de velas' },
    },
  },
  {
    fee: { en: 'as a booking fee', es: 'de gastos de reserva' },
    items: { en: 'cinema tickets', es: 'entradas de cine', article: 'las', each: 'cada una' },
    pack: {
      en: 'movie menus',
      es: 'menús de cine',
      article: 'los',
      each: 'cada uno',
      first: { en: 'a ticket', es: 'una entrada' },
      second: { en: 'popcorn', es: 'palomitas' },
    },
  },
];
const names = ['Emma', 'Diego', 'Zoe', 'Hugo', 'Carla'];

const operationOptions = [
  { id: 'o1', text: text('The addition', 'La suma') },
  { id: 'o2', text: text('The multiplication', 'La multiplicación') },
  { id: 'o3', text: text('The subtraction', 'La resta') },
];

/** Order of operations in a bill: a fee plus several items at one price (minus a voucher), in two steps. */
export const orderOfOperationsBillFamily = defineFamily({
  id: 'alg.order-of-operations.shopping-bill',
  skillId: 'alg.order-of-operations',
  name: text('The order of operations in a bill', 'La jerarquía de operaciones en una cuenta'),
  build(rng, difficulty) {
    const setting = rng.pick(settings);
    const name = rng.pick(names);
    const fee = rng.int(2, 9);
    const count = rng.int(2, difficulty === 1 ? 5 : 8);
    const price = rng.int(2, 9);
    const extra = difficulty === 3 ? rng.int(1, 4) : 0;
    let voucher = difficulty === 1 ? 0 : rng.int(1, 9);
    if (voucher === fee) voucher = fee === 9 ? 1 : fee + 1;
    const unit = price + extra;
    const items = count * unit;
    const total = fee + items - voucher;
    const grouped = extra ? `(${price} + ${extra})` : `${price}`;
    const written = `${fee} + ${count} \\times ${grouped}${voucher ? ` - ${voucher}` : ''}`;
    const leftToRight = (fee + count) * unit - voucher;
    const what = extra
      ? text(
          `$${count}$ ${setting.pack.en}, each with ${setting.pack.first.en} at $${price}$ € and ${setting.pack.second.en} at $${extra}$ €`,
          `$${count}$ ${setting.pack.es}, ${setting.pack.each} con ${setting.pack.first.es} a $${price}$ € y ${setting.pack.second.es} a $${extra}$ €`,
        )
      : text(
          `$${count}$ ${setting.items.en} at $${price}$ € each`,
          `$${count}$ ${setting.items.es} a $${price}$ € ${setting.items.each}`,
        );
    const voucherText = voucher
      ? text(
          ` ${name} also uses a voucher for $${voucher}$ €.`,
          ` ${name} también usa un vale de $${voucher}$ €.`,
        )
      : text('', '');
    const stem = text(
      `${name} pays $${fee}$ € ${setting.fee.en} and buys ${what.en}.${voucherText.en} The bill in euros is $${written}$.`,
      `${name} paga $${fee}$ € ${setting.fee.es} y compra ${what.es}.${voucherText.es} La cuenta en euros es $${written}$.`,
    );
    return {
      stem,
      steps: [
        step({
          id: 'items',
          prompt: extra
            ? text(
                `How much do the ${setting.pack.en} cost together, in €?`,
                `¿Cuánto cuestan ${setting.pack.article} ${setting.pack.es} en total, en €?`,
              )
            : text(
                `How much do the ${setting.items.en} cost together, in €?`,
                `¿Cuánto cuestan ${setting.items.article} ${setting.items.es} en total, en €?`,
              ),
          answer: num(items),
          guidingQuestion: text(
            'If every item costs the same, which operation gives the cost of all of them?',
            'Si todos cuestan lo mismo, ¿qué operación da el costo de todos juntos?',
          ),
          hints: [
            text(
              'Several items at the same price: that is a multiplication in the bill.',
              'Varias cosas al mismo precio: eso es una multiplicación en la cuenta.',
            ),
            extra
              ? text(
                  'The parentheses come first: find the price of a single pack, then multiply by the number of packs.',
                  'El paréntesis va primero: halla el precio de un solo pack y luego multiplica por el número de packs.',
                )
              : text(
                  'Multiply the number of items by the price of each item.',
                  'Multiplica el número de cosas por el precio de cada una.',
                ),
          ],
          misconceptions: extra
            ? [misconception('distributed-to-first-term-only', num(count * price + extra))]
            : [misconception('added-instead-of-multiplied', num(count + price))],
          worked: [
            extra
              ? text(
                  `One pack: $${price} + ${extra} = ${unit}$ €; all of them: $${count} \\times ${unit} = ${items}$ €`,
                  `Un pack: $${price} + ${extra} = ${unit}$ €; todos: $${count} \\times ${unit} = ${items}$ €`,
                )
              : text(`$${count} \\times ${price} = ${items}$ €`, `$${count} \\times ${price} = ${items}$ €`),
          ],
        }),
        step({
          id: 'total',
          prompt: text('What is the whole bill, in €?', '¿Cuánto es la cuenta completa, en €?'),
          answer: num(total),
          guidingQuestion: text(
            'Why must the multiplication be done before adding the fee?',
            '¿Por qué hay que hacer la multiplicación antes de sumar la cuota?',
          ),
          hints: [
            text(
              'Multiplication and division come before addition and subtraction, even when they are written later.',
              'La multiplicación y la división van antes que la suma y la resta, aunque estén escritas después.',
            ),
            voucher
              ? text(
                  'Add the fixed charge to the cost of the items, then take away the voucher.',
                  'Suma el cargo fijo al costo de las compras y luego resta el vale.',
                )
              : text(
                  'Add the fixed charge to the cost of the items.',
                  'Suma el cargo fijo al costo de las compras.',
                ),
          ],
          scaffolds: [
            scaffold(
              'first',
              extra
                ? text(
                    'Outside the parentheses, which operation comes first?',
                    'Fuera del paréntesis, ¿qué operación va primero?',
                  )
                : text('Which operation in the bill comes first?', '¿Qué operación de la cuenta va primero?'),
              choice(operationOptions, 'o2'),
            ),
          ],
          misconceptions: [misconception('left-to-right', num(leftToRight))],
          worked: [
            text(`$${written}$`, `$${written}$`),
            text(
              `$= ${fee} + ${items}${voucher ? ` - ${voucher}` : ''}$`,
              `$= ${fee} + ${items}${voucher ? ` - ${voucher}` : ''}$`,
            ),
            text(`$= ${total}$ €`, `$= ${total}$ €`),
          ],
        }),
      ],
    };
  },
});
