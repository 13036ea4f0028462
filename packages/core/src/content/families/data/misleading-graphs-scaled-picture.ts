import { type Localized, text } from '../../../language/localized.ts';
import { n } from '../../math-format.ts';
import { choice, defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';
import { shuffledOptions } from './reading-options.ts';

interface Poster {
  /** Who made the poster and what it compares. */
  readonly intro: Localized;
  /** The counted things, plural ("trees"), and the picture that stands for them ("a tree"). */
  readonly things: Localized;
  readonly picture: Localized;
  /** The question "How many times as many … in the later year as in the earlier one?". */
  readonly ratioQuestion: (early: number, late: number) => Localized;
  /** Range of the earlier count, and what it is rounded to (an even number, so half-steps stay whole). */
  readonly low: number;
  readonly high: number;
  readonly round: number;
}

const posters: readonly Poster[] = [
  {
    intro: text(
      'A town council poster shows how many trees were planted',
      'Un cartel del ayuntamiento muestra cuántos árboles se plantaron',
    ),
    things: text('trees', 'árboles'),
    picture: text('a tree', 'un árbol'),
    ratioQuestion: (early, late) =>
      text(
        `How many times as many trees were planted in ${late} as in ${early}?`,
        `¿Por cuánto se multiplicó el número de árboles plantados de ${early} a ${late}?`,
      ),
    low: 20,
    high: 80,
    round: 2,
  },
  {
    intro: text(
      'A school poster shows how much money its fair raised',
      'Un cartel del colegio muestra cuánto dinero recaudó su feria',
    ),
    things: text('dollars', 'dólares'),
    picture: text('a bag of coins', 'una bolsa de monedas'),
    ratioQuestion: (early, late) =>
      text(
        `How many times as much money did the fair raise in ${late} as in ${early}?`,
        `¿Por cuánto se multiplicó el dinero recaudado por la feria de ${early} a ${late}?`,
      ),
    low: 150,
    high: 600,
    round: 10,
  },
  {
    intro: text(
      'A recycling company\u2019s advert shows how many bottles it collected',
      'Un anuncio de una empresa de reciclaje muestra cuántas botellas recogió',
    ),
    things: text('bottles', 'botellas'),
    picture: text('a bottle', 'una botella'),
    ratioQuestion: (early, late) =>
      text(
        `How many times as many bottles were collected in ${late} as in ${early}?`,
        `¿Por cuánto se multiplicó el número de botellas recogidas de ${early} a ${late}?`,
      ),
    low: 400,
    high: 1500,
    round: 20,
  },
  {
    intro: text(
      'A car dealer\u2019s advert shows how many cars it sold',
      'Un anuncio de un concesionario muestra cuántos coches vendió',
    ),
    things: text('cars', 'coches'),
    picture: text('a car', 'un coche'),
    ratioQuestion: (early, late) =>
      text(
        `How many times as many cars were sold in ${late} as in ${early}?`,
        `¿Por cuánto se multiplicó el número de coches vendidos de ${early} a ${late}?`,
      ),
    low: 30,
    high: 120,
    round: 2,
  },
];

/**
 * A pictogram scaled in both directions: the real ratio of the counts, how many times larger the picture's area
 * is (the square of that ratio), and whether the poster is fair.
 */
export const misleadingGraphsScaledPictureFamily = defineFamily({
  id: 'data.misleading-graphs.scaled-picture',
  skillId: 'data.misleading-graphs',
  name: text('A picture scaled in both directions', 'Un dibujo ampliado en las dos direcciones'),
  build(rng, difficulty) {
    const poster = rng.pick(posters);
    const factor = difficulty === 1 ? 3 : difficulty === 2 ? rng.pick([2, 3, 4]) : rng.pick([1.5, 2.5]);
    // Whole sizes in cm: even ones when the factor has a half.
    const sizes = Number.isInteger(factor) ? [2, 3, 4] : [2, 4, 6];
    const width = rng.pick(sizes);
    const height = rng.pick(sizes.filter((s) => s !== width));
    const early = rng.int(poster.low / poster.round, poster.high / poster.round) * poster.round;
    const late = early * factor;
    const earlyYear = rng.int(2012, 2019);
    const lateYear = earlyYear + rng.int(3, 6);
    const [bigWidth, bigHeight] = [width * factor, height * factor];
    const smallArea = width * height;
    const bigArea = bigWidth * bigHeight;
    const areaRatio = factor * factor;
    const { options, id } = shuffledOptions(rng, [
      {
        key: 'right',
        text: text(
          'No: both the width and the height grew, so the picture\u2019s area grows far more than the number did, and the increase looks bigger than it really is.',
          'No: crecieron el ancho y el alto, así que el área del dibujo crece mucho más que el número, y el aumento parece mayor de lo que es.',
        ),
      },
      {
        key: 'height',
        text: text(
          'Yes: the height of each picture matches its number, so the poster is drawn to scale.',
          'Sí: la altura de cada dibujo corresponde a su número, así que el cartel está a escala.',
        ),
      },
      {
        key: 'real',
        text: text(
          'Yes: the numbers on the poster are correct, so the way they are drawn cannot mislead.',
          'Sí: los números del cartel son correctos, así que la forma de dibujarlos no puede engañar.',
        ),
      },
    ]);
    return {
      stem: text(
        `${poster.intro.en} in ${earlyYear} and in ${lateYear}. For ${earlyYear} ($${early}$ ${poster.things.en}) it shows ${poster.picture.en} $${width}$ cm wide and $${height}$ cm tall. For ${lateYear} ($${late}$ ${poster.things.en}) it shows the same picture enlarged to $${n(bigWidth)}$ cm wide and $${n(bigHeight)}$ cm tall.`,
        `${poster.intro.es} en ${earlyYear} y en ${lateYear}. Para ${earlyYear} ($${early}$ ${poster.things.es}) muestra ${poster.picture.es} de $${width}$ cm de ancho y $${height}$ cm de alto. Para ${lateYear} ($${late}$ ${poster.things.es}) muestra el mismo dibujo ampliado a $${n(bigWidth)}$ cm de ancho y $${n(bigHeight)}$ cm de alto.`,
      ),
      steps: [
        step({
          id: 'real',
          prompt: poster.ratioQuestion(earlyYear, lateYear),
          answer: num(factor, 0.001),
          guidingQuestion: text(
            'Which numbers tell you what really happened: the counts or the sizes of the pictures?',
            '¿Qué números dicen lo que pasó de verdad: las cantidades o los tamaños de los dibujos?',
          ),
          hints: [
            text(
              'Use the numbers given for both years, not the sizes of the pictures.',
              'Usa las cantidades de ambos años, no los tamaños de los dibujos.',
            ),
            text(
              '"How many times as many" asks you to divide the later count by the earlier one.',
              'Para saber por cuánto se multiplicó, divide la cantidad posterior entre la anterior.',
            ),
          ],
          misconceptions: [misconception('added-instead-of-multiplied', num(late + early))],
          worked: [
            text(`$${late} \\div ${early} = ${n(factor)}$`, `$${late} \\div ${early} = ${n(factor)}$`),
          ],
        }),
        step({
          id: 'looks',
          prompt: text(
            `How many times as big does the ${lateYear} picture look? Compare the areas of the pictures.`,
            `¿Por cuánto se multiplica el área del dibujo al pasar de ${earlyYear} a ${lateYear}? Eso dice cuántas veces más grande parece.`,
          ),
          answer: num(areaRatio, 0.001),
          guidingQuestion: text(
            'Which lengths of the picture were enlarged, and what happens to the area when each of them grows?',
            '¿Qué medidas del dibujo se ampliaron y qué le pasa al área cuando crece cada una?',
          ),
          hints: [
            text(
              'The area of a rectangle is its width times its height. Work out the area of each picture.',
              'El área de un rectángulo es su ancho por su alto. Calcula el área de cada dibujo.',
            ),
            text('Divide the larger area by the smaller one.', 'Divide el área mayor entre la menor.'),
            text(
              'The width and the height were each multiplied by the same factor, so the area is multiplied by that factor once for the width and once more for the height.',
              'El ancho y el alto se multiplicaron cada uno por el mismo factor, así que el área se multiplica por ese factor una vez por el ancho y otra vez por el alto.',
            ),
          ],
          scaffolds: [
            scaffold(
              'small-area',
              text(
                `What is the area of the ${earlyYear} picture, in cm²?`,
                `¿Cuál es el área del dibujo de ${earlyYear}, en cm²?`,
              ),
              num(smallArea),
            ),
          ],
          misconceptions: [misconception('added-instead-of-multiplied', num(factor + factor, 0.001))],
          worked: [
            text(
              `Areas: $${width} \\times ${height} = ${smallArea}$ cm² and $${n(bigWidth)} \\times ${n(bigHeight)} = ${n(bigArea)}$ cm²`,
              `Áreas: $${width} \\times ${height} = ${smallArea}$ cm² y $${n(bigWidth)} \\times ${n(bigHeight)} = ${n(bigArea)}$ cm²`,
            ),
            text(
              `$${n(bigArea)} \\div ${smallArea} = ${n(areaRatio)}$, which is $${n(factor)} \\times ${n(factor)}$`,
              `$${n(bigArea)} \\div ${smallArea} = ${n(areaRatio)}$, que es $${n(factor)} \\times ${n(factor)}$`,
            ),
          ],
        }),
        step({
          id: 'verdict',
          prompt: text(
            'Is this poster a fair way to show the change?',
            '¿Es este cartel una forma justa de mostrar el cambio?',
          ),
          answer: choice(options, id.right!),
          guidingQuestion: text(
            'Compare how many times bigger the picture looks with how many times bigger the number really is.',
            'Compara cuántas veces más grande parece el dibujo con cuántas veces más grande es de verdad el número.',
          ),
          hints: [
            text(
              'Put your answers to the first questions side by side.',
              'Pon una al lado de la otra tus respuestas a las primeras preguntas.',
            ),
            text(
              'The eye judges a picture by its area, not only by its height.',
              'La vista juzga un dibujo por su área, no solo por su altura.',
            ),
          ],
          worked: [
            text(
              `The number was multiplied by $${n(factor)}$, but the picture\u2019s area by $${n(areaRatio)}$.`,
              `El número se multiplicó por $${n(factor)}$, pero el área del dibujo por $${n(areaRatio)}$.`,
            ),
            text(
              'A fair picture would keep the area in proportion to the number (or only change one length), so this poster exaggerates.',
              'Un dibujo justo mantendría el área en proporción al número (o cambiaría solo una medida), así que este cartel exagera.',
            ),
          ],
        }),
      ],
    };
  },
});
