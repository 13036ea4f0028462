import { type Localized, text } from '../../../language/localized.ts';
import { defineFamily, misconception, num, step } from '../family-kit.ts';

interface Good {
  /** Plural name ("adult tickets", "entradas de adulto"). */
  readonly many: Localized;
  /** One of it, after "the price of" ("one adult ticket", "una entrada de adulto"). */
  readonly one: Localized;
  /** Whether the Spanish noun is feminine. */
  readonly fem: boolean;
}

interface Shop {
  /** Where the two purchases happen ("At the zoo", "En el zoo"). */
  readonly place: Localized;
  /** The two buyers. */
  readonly buyers: readonly [Localized, Localized];
  /** x is the price of the first good, y of the second. */
  readonly first: Good;
  readonly second: Good;
  /** Price ranges in whole dollars of the first and the second good. */
  readonly prices: readonly [readonly [number, number], readonly [number, number]];
}

const good = (many: Localized, one: Localized, fem: boolean): Good => ({ many, one, fem });

const shops: readonly Shop[] = [
  {
    place: text('At the zoo', 'En el zoo'),
    buyers: [text('the García family', 'la familia García'), text('the Lee family', 'la familia Lee')],
    first: good(
      text('adult tickets', 'entradas de adulto'),
      text('one adult ticket', 'una entrada de adulto'),
      true,
    ),
    second: good(
      text('child tickets', 'entradas infantiles'),
      text('one child ticket', 'una entrada infantil'),
      true,
    ),
    prices: [
      [9, 24],
      [3, 12],
    ],
  },
  {
    place: text('At a café', 'En una cafetería'),
    buyers: [text('Ana', 'Ana'), text('Ben', 'Ben')],
    first: good(text('coffees', 'cafés'), text('one coffee', 'un café'), false),
    second: good(text('sandwiches', 'sándwiches'), text('one sandwich', 'un sándwich'), false),
    prices: [
      [2, 6],
      [4, 10],
    ],
  },
  {
    place: text('At a bakery', 'En una panadería'),
    buyers: [text('Marta', 'Marta'), text('Omar', 'Omar')],
    first: good(text('loaves of bread', 'barras de pan'), text('one loaf', 'una barra'), true),
    second: good(text('croissants', 'cruasanes'), text('one croissant', 'un cruasán'), false),
    prices: [
      [2, 5],
      [1, 4],
    ],
  },
  {
    place: text('At the swimming pool', 'En la piscina'),
    buyers: [text('a school group', 'un grupo escolar'), text('a sports club', 'un club deportivo')],
    first: good(text('day passes', 'pases de día'), text('one day pass', 'un pase de día'), false),
    second: good(
      text('towel rentals', 'alquileres de toalla'),
      text('one towel rental', 'un alquiler de toalla'),
      false,
    ),
    prices: [
      [5, 15],
      [1, 4],
    ],
  },
  {
    place: text('At a stationery shop', 'En una papelería'),
    buyers: [text('Lucía', 'Lucía'), text('Sam', 'Sam')],
    first: good(text('notebooks', 'cuadernos'), text('one notebook', 'un cuaderno'), false),
    second: good(text('markers', 'rotuladores'), text('one marker', 'un rotulador'), false),
    prices: [
      [3, 9],
      [1, 4],
    ],
  },
];

/** Dollars from cents: "12", "7.50", "2.25". */
function money(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}

/** "$3$ adult tickets" in both languages. */
function some(count: number, g: Good): Localized {
  return text(`$${count}$ ${g.many.en}`, `$${count}$ ${g.many.es}`);
}

function capital(t: string): string {
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/**
 * Two purchases with the same number of one good and different numbers of the other, as in "2 adults and 3
 * children cost …, 2 adults and 5 children cost …". Subtracting the bills cancels the shared good: first the price of
 * the other good, then the price of the shared one.
 */
export const systemsEliminationPurchasesFamily = defineFamily({
  id: 'alg.systems-elimination.purchases',
  skillId: 'alg.systems-elimination',
  name: text('Two purchases: subtract the bills', 'Dos compras: restar las cuentas'),
  build(rng, difficulty) {
    const shop = rng.pick(shops);
    // cents per dollar step: whole dollars, then at difficulty 3 quarters of a dollar
    const unit = difficulty === 3 ? 25 : 100;
    const draw = ([lo, hi]: readonly [number, number]) =>
      rng.int((lo * 100) / unit, (hi * 100) / unit) * unit;
    const px = draw(shop.prices[0]);
    let py = draw(shop.prices[1]);
    if (py === px) py += unit;
    // the good bought in the same number both times is x at difficulty 1, either one later
    const sharedIsX = difficulty === 1 || rng.next() < 0.5;
    const same = rng.int(2, difficulty === 1 ? 3 : difficulty === 2 ? 5 : 6);
    const fewer = rng.int(2, 4);
    const gap = rng.int(difficulty === 1 ? 1 : 2, difficulty === 1 ? 2 : difficulty === 2 ? 4 : 5);
    const more = fewer + gap;
    const [shared, other] = sharedIsX ? [shop.first, shop.second] : [shop.second, shop.first];
    const [sharedVar, otherVar] = sharedIsX ? ['x', 'y'] : ['y', 'x'];
    const [sharedPrice, otherPrice] = sharedIsX ? [px, py] : [py, px];
    const billFewer = same * sharedPrice + fewer * otherPrice;
    const billMore = same * sharedPrice + more * otherPrice;
    const difference = billMore - billFewer;
    // at difficulty 3 the larger purchase may come first, and the second buyer names the goods in the other order
    const largerFirst = difficulty === 3 && rng.next() < 0.5;
    const swapOrder = difficulty === 3 && rng.next() < 0.5;
    const [countsA, countsB] = largerFirst ? [more, fewer] : [fewer, more];
    const [billA, billB] = largerFirst ? [billMore, billFewer] : [billFewer, billMore];
    const [buyerA, buyerB] = shop.buyers;
    // each purchase written with x's good first, as in its equation
    const goods = (otherCount: number, reversed: boolean): Localized => {
      const parts = sharedIsX
        ? [some(same, shared), some(otherCount, other)]
        : [some(otherCount, other), some(same, shared)];
      const [p1, p2] = reversed ? [parts[1], parts[0]] : [parts[0], parts[1]];
      return text(`${p1?.en} and ${p2?.en}`, `${p1?.es} y ${p2?.es}`);
    };
    const purchaseA = goods(countsA, false);
    const purchaseB = goods(countsB, swapOrder);
    const equation = (otherCount: number, bill: number) => {
      const [cx, cy] = sharedIsX ? [same, otherCount] : [otherCount, same];
      return `${cx}x + ${cy}y = ${money(bill)}`;
    };
    const eqFewer = equation(fewer, billFewer);
    const eqMore = equation(more, billMore);
    const [eqA, eqB] = largerFirst ? [eqMore, eqFewer] : [eqFewer, eqMore];
    const sharedMany = shared.many;
    const otherMany = other.many;
    const paid = (buyer: Localized, bill: number, purchase: Localized) =>
      text(
        `${buyer.en} paid $${money(bill)}$ dollars for ${purchase.en}.`,
        `${buyer.es} pagó $${money(bill)}$ dólares por ${purchase.es}.`,
      );
    const first = paid(buyerA, billA, purchaseA);
    const second = paid(text(capital(buyerB.en), capital(buyerB.es)), billB, purchaseB);
    const afterShared = billFewer - fewer * otherPrice;
    return {
      stem: text(
        `${shop.place.en}, ${first.en} ${second.en} Let $x$ be the price of ${shop.first.one.en} and $y$ the price of ${shop.second.one.en}, in dollars.`,
        `${shop.place.es}, ${first.es} ${second.es} Sea $x$ el precio de ${shop.first.one.es} e $y$ el precio de ${shop.second.one.es}, en dólares.`,
      ),
      steps: [
        step({
          id: otherVar,
          prompt: text(
            `What is the price of ${other.one.en}, in dollars?`,
            `¿Cuál es el precio de ${other.one.es}, en dólares?`,
          ),
          answer: num(otherPrice / 100),
          guidingQuestion: text(
            `Both bought the same number of ${sharedMany.en}. So what made one bill bigger than the other?`,
            `Ambos compraron el mismo número de ${sharedMany.es}. Entonces, ¿qué hizo que una cuenta fuera mayor que la otra?`,
          ),
          hints: [
            text(
              'Write one equation for each purchase, with $x$ and $y$ for the prices.',
              'Escribe una ecuación para cada compra, con $x$ e $y$ para los precios.',
            ),
            text(
              `Subtract the smaller purchase from the larger one, side by side: the ${sharedMany.en} cancel out.`,
              `Resta la compra menor a la mayor, lado a lado: ${shared.fem ? 'las' : 'los'} ${sharedMany.es} se cancelan.`,
            ),
            text(
              `The difference between the bills pays only for the extra ${otherMany.en}. Share it equally among them.`,
              `La diferencia entre las cuentas paga solo ${other.fem ? 'las' : 'los'} ${otherMany.es} de más. Repártela a partes iguales entre ${other.fem ? 'ellas' : 'ellos'}.`,
            ),
          ],
          misconceptions: [
            misconception('answered-the-other-variable', num(sharedPrice / 100)),
            ...(gap > 1 ? [misconception('stopped-before-dividing', num(difference / 100))] : []),
          ],
          worked: [
            text(`$${eqA}$ and $${eqB}$`, `$${eqA}$ y $${eqB}$`),
            text(
              `Subtract the smaller bill's equation from the larger one: $${gap === 1 ? otherVar : `${gap}${otherVar}`} = ${money(billMore)} - ${money(billFewer)} = ${money(difference)}$`,
              `Resta la ecuación de la cuenta menor a la de la mayor: $${gap === 1 ? otherVar : `${gap}${otherVar}`} = ${money(billMore)} - ${money(billFewer)} = ${money(difference)}$`,
            ),
            ...(gap > 1
              ? [
                  text(
                    `Divide by $${gap}$: $${otherVar} = ${money(otherPrice)}$`,
                    `Divide entre $${gap}$: $${otherVar} = ${money(otherPrice)}$`,
                  ),
                ]
              : []),
          ],
        }),
        step({
          id: sharedVar,
          prompt: text(
            `What is the price of ${shared.one.en}, in dollars?`,
            `¿Cuál es el precio de ${shared.one.es}, en dólares?`,
          ),
          answer: num(sharedPrice / 100),
          guidingQuestion: text(
            `Now that you know one price, which purchase can tell you the price of the ${sharedMany.en}?`,
            `Ahora que conoces un precio, ¿qué compra puede decirte el precio de ${shared.fem ? 'las' : 'los'} ${sharedMany.es}?`,
          ),
          hints: [
            text(
              `Put the price you found into either equation, for example the smaller purchase.`,
              `Pon el precio que hallaste en cualquiera de las ecuaciones, por ejemplo la de la compra menor.`,
            ),
            text(
              `Take the cost of the ${otherMany.en} away from that bill: what is left pays for the ${sharedMany.en}.`,
              `Quita a esa cuenta lo que cuestan ${other.fem ? 'las' : 'los'} ${otherMany.es}: lo que queda paga ${shared.fem ? 'las' : 'los'} ${sharedMany.es}.`,
            ),
            text(
              `Divide what is left by the number of ${sharedMany.en}.`,
              `Divide lo que queda entre el número de ${sharedMany.es}.`,
            ),
          ],
          misconceptions: [
            misconception('answered-the-other-variable', num(otherPrice / 100)),
            ...(billFewer % same === 0
              ? [misconception('ignored-fixed-part', num(billFewer / same / 100))]
              : []),
            misconception('stopped-before-dividing', num(afterShared / 100)),
          ],
          worked: [
            text(
              `$${equation(fewer, billFewer).replace(otherVar, ` \\cdot ${money(otherPrice)}`)}$`,
              `$${equation(fewer, billFewer).replace(otherVar, ` \\cdot ${money(otherPrice)}`)}$`,
            ),
            text(
              `$${same}${sharedVar} = ${money(billFewer)} - ${money(fewer * otherPrice)} = ${money(afterShared)}$`,
              `$${same}${sharedVar} = ${money(billFewer)} - ${money(fewer * otherPrice)} = ${money(afterShared)}$`,
            ),
            text(
              `$${sharedVar} = ${money(afterShared)} \\div ${same} = ${money(sharedPrice)}$`,
              `$${sharedVar} = ${money(afterShared)} \\div ${same} = ${money(sharedPrice)}$`,
            ),
          ],
        }),
      ],
    };
  },
});
