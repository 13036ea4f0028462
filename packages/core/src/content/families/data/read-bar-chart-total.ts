import { type Localized, text } from '../../../language/localized.ts';
import { defineFamily, misconception, num, step } from '../family-kit.ts';

interface Context {
  readonly intro: Localized;
  readonly title: Localized;
  readonly unit: Localized;
  /** "Cuántos" or "Cuántas", agreeing with the unit. */
  readonly cuantos: string;
  readonly labels: readonly Localized[];
}

const contexts: readonly Context[] = [
  {
    intro: text(
      'A market stall sold fruit on Saturday. The bar chart shows how many kilograms of each fruit it sold.',
      'Un puesto del mercado vendió fruta el sábado. El gráfico de barras muestra cuántos kilos de cada fruta vendió.',
    ),
    title: text('Fruit sold on Saturday', 'Fruta vendida el sábado'),
    unit: text('kilograms', 'kilos'),
    cuantos: 'Cuántos',
    labels: [
      text('Apples', 'Manzanas'),
      text('Pears', 'Peras'),
      text('Oranges', 'Naranjas'),
      text('Bananas', 'Plátanos'),
      text('Plums', 'Ciruelas'),
    ],
  },
  {
    intro: text(
      'Five classes collected cans for recycling. The bar chart shows how many cans each class brought in.',
      'Cinco clases recogieron latas para reciclar. El gráfico de barras muestra cuántas latas trajo cada clase.',
    ),
    title: text('Cans collected for recycling', 'Latas recogidas para reciclar'),
    unit: text('cans', 'latas'),
    cuantos: 'Cuántas',
    labels: [
      text('Class 1A', 'Clase 1A'),
      text('Class 1B', 'Clase 1B'),
      text('Class 2A', 'Clase 2A'),
      text('Class 2B', 'Clase 2B'),
      text('Class 3A', 'Clase 3A'),
    ],
  },
  {
    intro: text(
      'A vet counted the animals she treated last month. The bar chart shows the number of each kind of pet.',
      'Una veterinaria contó los animales que atendió el mes pasado. El gráfico de barras muestra cuántas mascotas de cada tipo atendió.',
    ),
    title: text('Pets treated last month', 'Mascotas atendidas el mes pasado'),
    unit: text('pets', 'mascotas'),
    cuantos: 'Cuántas',
    labels: [
      text('Dogs', 'Perros'),
      text('Cats', 'Gatos'),
      text('Rabbits', 'Conejos'),
      text('Birds', 'Pájaros'),
      text('Hamsters', 'Hámsteres'),
    ],
  },
  {
    intro: text(
      'A cinema sold tickets for five films on Sunday. The bar chart shows how many tickets each film sold.',
      'Un cine vendió entradas para cinco películas el domingo. El gráfico de barras muestra cuántas entradas vendió cada película.',
    ),
    title: text('Tickets sold on Sunday', 'Entradas vendidas el domingo'),
    unit: text('tickets', 'entradas'),
    cuantos: 'Cuántas',
    labels: [
      text('Film A', 'Película A'),
      text('Film B', 'Película B'),
      text('Film C', 'Película C'),
      text('Film D', 'Película D'),
      text('Film E', 'Película E'),
    ],
  },
];

/** Reading a bar chart in a real context: one bar, then the total of several bars. */
export const readBarChartTotalFamily = defineFamily({
  id: 'data.read-bar-chart.total',
  skillId: 'data.read-bar-chart',
  name: text('Read and add bars', 'Leer y sumar barras'),
  build(rng, difficulty) {
    const context = rng.pick(contexts);
    const values = context.labels.map(() =>
      difficulty === 1 ? rng.int(2, 20) : difficulty === 2 ? rng.int(2, 20) * 5 : rng.int(11, 99),
    );
    const chosen = rng.shuffle(context.labels.map((_, k) => k)).slice(0, difficulty === 1 ? 2 : 3);
    const first = chosen[0]!;
    const firstLabel = context.labels[first]!;
    const total = chosen.reduce((sum, k) => sum + values[k]!, 0);
    const names = chosen.map((k) => context.labels[k]!);
    const list = (lang: 'en' | 'es') => {
      const words = names.map((l) => l[lang]);
      const and = lang === 'en' ? 'and' : 'y';
      return `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1)}`;
    };
    const sum = chosen.map((k) => values[k]!).join(' + ');
    const top = Math.max(...values);
    return {
      stem: context.intro,
      figure: {
        kind: 'bar',
        title: context.title,
        labels: context.labels,
        values,
        axis: { min: 0, max: Math.ceil((top + 1) / 10) * 10, label: context.unit },
      },
      steps: [
        step({
          id: 'read',
          prompt: text(
            `How many ${context.unit.en} does the bar for ${firstLabel.en} show?`,
            `¿${context.cuantos} ${context.unit.es} muestra la barra de ${firstLabel.es}?`,
          ),
          answer: num(values[first]!),
          guidingQuestion: text(
            'Where does the top of that bar line up on the vertical axis?',
            '¿A qué altura del eje vertical llega la parte de arriba de esa barra?',
          ),
          hints: [
            text(
              `Find the bar labelled ${firstLabel.en}.`,
              `Busca la barra con la etiqueta ${firstLabel.es}.`,
            ),
            text(
              'Follow the top of the bar straight across to the vertical axis and read the number there.',
              'Sigue la parte de arriba de la barra en línea recta hasta el eje vertical y lee el número que hay allí.',
            ),
          ],
          worked: [
            text(
              `The bar for ${firstLabel.en} reaches $${values[first]}$ on the vertical axis.`,
              `La barra de ${firstLabel.es} llega a $${values[first]}$ en el eje vertical.`,
            ),
          ],
        }),
        step({
          id: 'total',
          prompt: text(
            `How many ${context.unit.en} for ${list('en')} altogether?`,
            `¿${context.cuantos} ${context.unit.es} hay en total entre ${list('es')}?`,
          ),
          answer: num(total),
          guidingQuestion: text(
            'Which bars does the question name, and what does "altogether" ask you to do with their values?',
            '¿Qué barras nombra la pregunta y qué te pide hacer "en total" con sus valores?',
          ),
          hints: [
            text(
              'Read the value of each bar the question names, one bar at a time.',
              'Lee el valor de cada barra que nombra la pregunta, una barra cada vez.',
            ),
            text(
              '"Altogether" asks for a total: add the values of those bars, and only those.',
              '"En total" pide una suma: suma los valores de esas barras, y solo de esas.',
            ),
          ],
          misconceptions: [misconception('read-one-value-only', num(values[first]!))],
          worked: [
            ...chosen.map((k) =>
              text(
                `${context.labels[k]!.en}: $${values[k]}$ ${context.unit.en}`,
                `${context.labels[k]!.es}: $${values[k]}$ ${context.unit.es}`,
              ),
            ),
            text(
              `Total: $${sum} = ${total}$ ${context.unit.en}`,
              `Total: $${sum} = ${total}$ ${context.unit.es}`,
            ),
          ],
        }),
      ],
    };
  },
});
