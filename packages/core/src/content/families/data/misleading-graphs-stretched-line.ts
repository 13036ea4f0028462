import { type Localized, text } from '../../../language/localized.ts';
import { n } from '../../math-format.ts';
import { choice, defineFamily, misconception, num, percent, scaffold, step } from '../family-kit.ts';
import { shuffledOptions } from './reading-options.ts';

interface Story {
  readonly title: Localized;
  readonly unit: Localized;
  readonly what: Localized;
  readonly headline: { readonly up: Localized; readonly down: Localized };
  readonly scale: number;
}

const stories: readonly Story[] = [
  {
    title: text('Monthly sales (euros)', 'Ventas mensuales (euros)'),
    unit: text('euros', 'euros'),
    what: text('the sales', 'las ventas'),
    headline: {
      up: text('Sales skyrocket!', '¡Las ventas se disparan!'),
      down: text('Sales collapse!', '¡Las ventas se hunden!'),
    },
    scale: 10,
  },
  {
    title: text('Population of the town', 'Población del pueblo'),
    unit: text('people', 'personas'),
    what: text('the population', 'la población'),
    headline: {
      up: text('Population explosion!', '¡Explosión de población!'),
      down: text('Town empties out!', '¡El pueblo se vacía!'),
    },
    scale: 10,
  },
  {
    title: text('Price of a bus ticket (cents)', 'Precio del billete de autobús (céntimos)'),
    unit: text('cents', 'céntimos'),
    what: text('the ticket price', 'el precio del billete'),
    headline: {
      up: text('Bus fares soar!', '¡El billete de autobús por las nubes!'),
      down: text('Bus fares crash!', '¡El billete de autobús se desploma!'),
    },
    scale: 1,
  },
  {
    title: text('Visitors to the website per day', 'Visitas diarias a la web'),
    unit: text('visitors', 'visitas'),
    what: text('the number of visitors', 'el número de visitas'),
    headline: {
      up: text('Visitors shoot up!', '¡Las visitas se disparan!'),
      down: text('Visitors vanish!', '¡Las visitas desaparecen!'),
    },
    scale: 1,
  },
];

const months = [
  text('Jan', 'ene'),
  text('Feb', 'feb'),
  text('Mar', 'mar'),
  text('Apr', 'abr'),
  text('May', 'may'),
];

/** A line graph whose axis starts far above zero makes a small percent change look dramatic. */
export const misleadingGraphsStretchedLineFamily = defineFamily({
  id: 'data.misleading-graphs.stretched-line',
  skillId: 'data.misleading-graphs',
  name: text('A headline and a stretched line graph', 'Un titular y un gráfico de líneas estirado'),
  build(rng, difficulty) {
    const story = rng.pick(stories);
    const pct = rng.pick(
      difficulty === 1 ? [2, 4, 5, 10] : difficulty === 2 ? [3, 4, 6, 8, 12, 15] : [3, 6, 7, 9, 12, 14],
    );
    const start = rng.int(difficulty === 1 ? 2 : 3, difficulty === 3 ? 12 : 8) * 100 * story.scale;
    const up = difficulty < 3 || rng.next() < 0.5;
    const change = (start * pct) / 100;
    // Four monthly steps of the same sign that add up to the whole change.
    const cuts = rng
      .shuffle(Array.from({ length: change - 1 }, (_, k) => k + 1))
      .slice(0, 3)
      .sort((x, y) => x - y);
    const parts = [cuts[0]!, cuts[1]! - cuts[0]!, cuts[2]! - cuts[1]!, change - cuts[2]!];
    const values = [start];
    for (const part of parts) values.push(values.at(-1)! + (up ? part : -part));
    const end = values.at(-1)!;
    const low = Math.min(start, end);
    const step10 = 10 * story.scale;
    const axisMin = Math.floor(low / step10) * step10 - step10;
    const headline = up ? story.headline.up : story.headline.down;
    const word = up ? text('rise', 'subió') : text('fall', 'bajó');
    const { options, id } = shuffledOptions(rng, [
      {
        key: 'right',
        text: text(
          'No: the real change is small. The vertical axis does not start at zero, so the line looks much steeper than it is.',
          'No: el cambio real es pequeño. El eje vertical no empieza en cero, así que la línea parece mucho más empinada de lo que es.',
        ),
      },
      {
        key: 'trusted',
        text: up
          ? text(
              'Yes: the line climbs from near the bottom of the graph to near the top.',
              'Sí: la línea sube desde cerca de la parte de abajo del gráfico hasta cerca de la de arriba.',
            )
          : text(
              'Yes: the line drops from near the top of the graph to near the bottom.',
              'Sí: la línea baja desde cerca de la parte de arriba del gráfico hasta cerca de la de abajo.',
            ),
      },
      {
        key: 'steady',
        text: up
          ? text('Yes: the line goes up every single month.', 'Sí: la línea sube todos los meses.')
          : text('Yes: the line goes down every single month.', 'Sí: la línea baja todos los meses.'),
      },
    ]);
    return {
      stem: text(
        `A news site shows this line graph of ${story.what.en} under the headline "${headline.en}" Its vertical axis starts at $${axisMin}$.`,
        `Una web de noticias muestra este gráfico de líneas de ${story.what.es} con el titular "${headline.es}". Su eje vertical empieza en $${axisMin}$.`,
      ),
      figure: {
        kind: 'line',
        title: story.title,
        labels: months,
        values,
        axis: { min: axisMin, max: Math.max(start, end) + step10, label: story.unit },
      },
      steps: [
        step({
          id: 'percent',
          prompt: up
            ? text(
                `By what percent did ${story.what.en} really rise from January to May?`,
                `¿En qué porcentaje subió realmente ${story.what.es} de enero a mayo?`,
              )
            : text(
                `By what percent did ${story.what.en} really fall from January to May?`,
                `¿En qué porcentaje bajó realmente ${story.what.es} de enero a mayo?`,
              ),
          answer: percent(pct),
          guidingQuestion: text(
            'A percent change compares the change with the value you started from. What were the first and the last readings?',
            'Un cambio porcentual compara el cambio con el valor de partida. ¿Cuáles fueron la primera y la última lectura?',
          ),
          hints: [
            text(
              'Read January and May from the graph and find the change between them.',
              'Lee enero y mayo en el gráfico y calcula el cambio entre ellos.',
            ),
            text(
              'Divide the change by the January value, the original one, and turn that decimal into a percent.',
              'Divide el cambio entre el valor de enero, el original, y convierte ese decimal en porcentaje.',
            ),
          ],
          scaffolds: [
            scaffold(
              'change',
              text(
                `By how many ${story.unit.en} did it ${word.en} from January to May?`,
                `¿Cuántos ${story.unit.es === 'personas' || story.unit.es === 'visitas' ? 'unidades' : story.unit.es} ${word.es} de enero a mayo?`,
              ),
              num(change),
            ),
          ],
          misconceptions: [
            misconception('absolute-instead-of-percent', num(change)),
            misconception('wrong-base-for-change', percent((change / end) * 100, 0.05)),
            misconception('percent-as-decimal', num(pct / 100, 1e-9)),
          ],
          worked: [
            text(
              `Change: $${Math.max(start, end)} - ${low} = ${change}$ ${story.unit.en}`,
              `Cambio: $${Math.max(start, end)} - ${low} = ${change}$ ${story.unit.es}`,
            ),
            text(
              `$${change} \\div ${start} = ${n(pct / 100)}$, and $${n(pct / 100)} \\times 100 = ${pct}\\%$`,
              `$${change} \\div ${start} = ${n(pct / 100)}$, y $${n(pct / 100)} \\times 100 = ${pct}\\%$`,
            ),
          ],
        }),
        step({
          id: 'verdict',
          prompt: text(
            `Is the headline "${headline.en}" a fair description of the data?`,
            `¿Describe bien los datos el titular "${headline.es}"?`,
          ),
          answer: choice(options, id.right!),
          guidingQuestion: text(
            'How big does the change look on the graph, and how big is it really?',
            '¿Qué tamaño parece tener el cambio en el gráfico y qué tamaño tiene en realidad?',
          ),
          hints: [
            text(
              'Look at where the vertical axis starts, and think about where zero would be.',
              'Fíjate en dónde empieza el eje vertical y piensa en dónde estaría el cero.',
            ),
            text(
              'Compare the steepness of the line with the percent change you worked out.',
              'Compara lo empinada que está la línea con el cambio porcentual que calculaste.',
            ),
          ],
          misconceptions: [misconception('trusted-truncated-axis', choice(options, id.trusted!))],
          worked: [
            text(
              `The axis starts at $${axisMin}$, not at $0$, so a change of only $${pct}\\%$ fills most of the graph's height.`,
              `El eje empieza en $${axisMin}$, no en $0$, así que un cambio de solo el $${pct}\\%$ ocupa casi toda la altura del gráfico.`,
            ),
            text(
              'Drawn from zero, the line would be almost flat, so the headline exaggerates.',
              'Dibujada desde cero, la línea sería casi plana, así que el titular exagera.',
            ),
          ],
        }),
      ],
    };
  },
});
