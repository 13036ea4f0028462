import { text } from '../../../language/localized.ts';
import { choice, defineFamily, misconception, num, ratio, scaffold, step } from '../family-kit.ts';

const verdictOptions = [
  { id: 'a', text: text('No: the bars are drawn to scale.', 'No: las barras están a escala.') },
  {
    id: 'b',
    text: text(
      'Yes: the axis does not start at zero, so the difference looks bigger than it is.',
      'Sí: el eje no empieza en cero, así que la diferencia parece mayor de lo que es.',
    ),
  },
  {
    id: 'c',
    text: text('Yes: the bars have different colours.', 'Sí: las barras tienen colores distintos.'),
  },
];

/** A bar chart with a truncated axis: how it looks, and whether it misleads. */
export const misleadingGraphsFamily = defineFamily({
  id: 'data.misleading-graphs.truncated-axis',
  skillId: 'data.misleading-graphs',
  name: text('Spot a misleading graph', 'Detectar un gráfico engañoso'),
  build(rng, difficulty) {
    const axisMin = rng.int(4, 9) * 10;
    const gapA = rng.int(1, 4) * (difficulty === 1 ? 2 : 1);
    const times = rng.int(2, difficulty === 3 ? 5 : 3);
    const a = axisMin + gapA;
    const b = axisMin + gapA * times;
    return {
      stem: text(
        `An advert compares how many customers two shops had: Shop A $${a}$, Shop B $${b}$. The vertical axis of its bar chart starts at $${axisMin}$.`,
        `Un anuncio compara cuántos clientes tuvieron dos tiendas: tienda A $${a}$, tienda B $${b}$. El eje vertical de su gráfico de barras empieza en $${axisMin}$.`,
      ),
      figure: {
        kind: 'bar',
        title: text('Customers per shop', 'Clientes por tienda'),
        labels: [text('Shop A', 'Tienda A'), text('Shop B', 'Tienda B')],
        values: [a, b],
        axis: { min: axisMin, max: b + 5, label: text('customers', 'clientes') },
      },
      steps: [
        step({
          id: 'looks',
          prompt: text(
            'As drawn, how many times taller does the bar of Shop B look than the bar of Shop A?',
            'Tal como está dibujado, ¿cuántas veces más alta parece la barra de la tienda B que la de la tienda A?',
          ),
          answer: num(times),
          guidingQuestion: text(
            'Where does each bar start on the page, and where does it end?',
            '¿Dónde empieza cada barra en la página y dónde termina?',
          ),
          hints: [
            text(
              'The drawn height of a bar is measured from where the axis starts, not from zero.',
              'La altura dibujada de una barra se mide desde donde empieza el eje, no desde cero.',
            ),
            text(
              `Subtract the axis start from each value to get the drawn heights.`,
              `Resta el inicio del eje a cada valor para obtener las alturas dibujadas.`,
            ),
            text(
              'Then compare both drawn heights by dividing.',
              'Después compara ambas alturas dibujadas dividiendo.',
            ),
          ],
          scaffolds: [
            scaffold(
              'height-a',
              text(
                'How tall is the bar of Shop A as drawn, in axis units?',
                '¿Qué altura tiene la barra de la tienda A tal como está dibujada, en unidades del eje?',
              ),
              num(gapA),
            ),
          ],
          misconceptions: [
            misconception('compared-values-not-drawn-bars', { kind: 'fraction', value: ratio(b, a) }),
          ],
        }),
        step({
          id: 'verdict',
          prompt: text('Is this graph misleading?', '¿Es engañoso este gráfico?'),
          answer: choice(verdictOptions, 'b'),
          guidingQuestion: text(
            'Compare how different the bars look with how different the real numbers are.',
            'Compara cuánto se diferencian las barras con cuánto se diferencian los números reales.',
          ),
          hints: [
            text(
              'Compare the real values: how many more customers does Shop B really have than Shop A?',
              'Compara los valores reales: ¿cuántos clientes más tiene en realidad la tienda B que la tienda A?',
            ),
            text(
              'Think about what starting the axis above zero does to the bars.',
              'Piensa en qué les hace a las barras que el eje empiece por encima de cero.',
            ),
          ],
          misconceptions: [misconception('trusted-truncated-axis', choice(verdictOptions, 'a'))],
        }),
      ],
    };
  },
});
