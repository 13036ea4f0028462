import { type Localized, text } from '../../../language/localized.ts';
import { choice, defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';
import { shuffledOptions } from './reading-options.ts';

interface Context {
  readonly intro: Localized;
  readonly title: Localized;
  readonly unit: Localized;
  /** Point labels: the n-th label for the n-th reading. */
  readonly label: (k: number) => Localized;
  readonly start: readonly [number, number];
  readonly scale: number;
  /** Whether the quantity can go down (a plant's height cannot). */
  readonly canFall: boolean;
}

const contexts: readonly Context[] = [
  {
    intro: text(
      'Mia grows a bean plant for a science project. The line graph shows its height each day of one week.',
      'Mía cultiva una planta de judía para un proyecto de ciencias. El gráfico de líneas muestra su altura cada día de una semana.',
    ),
    title: text('Height of the bean plant (cm)', 'Altura de la planta de judía (cm)'),
    unit: text('centimetres', 'centímetros'),
    label: (k) =>
      [
        text('Mon', 'lun'),
        text('Tue', 'mar'),
        text('Wed', 'mié'),
        text('Thu', 'jue'),
        text('Fri', 'vie'),
        text('Sat', 'sáb'),
      ][k]!,
    start: [5, 30],
    scale: 1,
    canFall: false,
  },
  {
    intro: text(
      'Leo saves part of his pocket money. The line graph shows how much he had saved at the end of each month.',
      'Leo ahorra parte de su paga. El gráfico de líneas muestra cuánto había ahorrado al final de cada mes.',
    ),
    title: text('Leo’s savings (euros)', 'Ahorros de Leo (euros)'),
    unit: text('euros', 'euros'),
    label: (k) =>
      [
        text('Jan', 'ene'),
        text('Feb', 'feb'),
        text('Mar', 'mar'),
        text('Apr', 'abr'),
        text('May', 'may'),
        text('Jun', 'jun'),
      ][k]!,
    start: [4, 12],
    scale: 5,
    canFall: true,
  },
  {
    intro: text(
      'A weather station in a mountain village recorded the average temperature of each month.',
      'Una estación meteorológica de un pueblo de montaña registró la temperatura media de cada mes.',
    ),
    title: text('Average temperature (°C)', 'Temperatura media (°C)'),
    unit: text('degrees', 'grados'),
    label: (k) =>
      [
        text('Feb', 'feb'),
        text('Mar', 'mar'),
        text('Apr', 'abr'),
        text('May', 'may'),
        text('Jun', 'jun'),
        text('Jul', 'jul'),
      ][k]!,
    start: [2, 10],
    scale: 1,
    canFall: true,
  },
  {
    intro: text(
      'A school started a blog. The line graph shows how many people had subscribed at the end of each month.',
      'Un colegio abrió un blog. El gráfico de líneas muestra cuántas personas estaban suscritas al final de cada mes.',
    ),
    title: text('Blog subscribers', 'Suscriptores del blog'),
    unit: text('subscribers', 'suscriptores'),
    label: (k) =>
      [
        text('Sep', 'sep'),
        text('Oct', 'oct'),
        text('Nov', 'nov'),
        text('Dec', 'dic'),
        text('Jan', 'ene'),
        text('Feb', 'feb'),
      ][k]!,
    start: [10, 30],
    scale: 10,
    canFall: true,
  },
];

/** Reading a line graph: where it rose the most, then by how much. */
export const readLineGraphBiggestRiseFamily = defineFamily({
  id: 'data.read-line-graph.biggest-rise',
  skillId: 'data.read-line-graph',
  name: text('Find the biggest rise', 'Encontrar la mayor subida'),
  build(rng, difficulty) {
    const context = rng.pick(contexts);
    const points = difficulty + 3;
    // Distinct steps between neighbouring readings, so the biggest rise is unique; harder items also fall.
    const pool =
      difficulty === 1
        ? [1, 2, 3, 4, 5, 6, 7]
        : difficulty === 2
          ? [-3, -2, -1, 1, 2, 3, 4, 5, 6, 8]
          : [-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6, 7, 9];
    let steps = rng.shuffle(context.canFall ? pool : pool.filter((s) => s > 0)).slice(0, points - 1);
    if (Math.max(...steps) <= 0) steps = steps.map((s) => -s);
    const start = rng.int(context.start[0], context.start[1]) + (difficulty === 3 ? 6 : 0);
    const readings = [start];
    for (const s of steps) readings.push(readings.at(-1)! + s);
    const lift = Math.max(0, 2 - Math.min(...readings));
    const values = readings.map((r) => (r + lift) * context.scale);
    const best = steps.indexOf(Math.max(...steps));
    const rise = values[best + 1]! - values[best]!;
    const labels = values.map((_, k) => context.label(k));
    const interval = (k: number) =>
      text(`From ${labels[k]!.en} to ${labels[k + 1]!.en}`, `De ${labels[k]!.es} a ${labels[k + 1]!.es}`);
    // A tempting wrong pick: the interval that ends at the highest point, when that is not the biggest rise.
    const highest = values.indexOf(Math.max(...values));
    const { options, id } = shuffledOptions(
      rng,
      steps.map((_, k) => ({ key: String(k), text: interval(k) })),
    );
    const u = context.unit;
    const changes = steps.map((s, k) => {
      const change = s * context.scale;
      const sign = change > 0 ? `+${change}` : `${change}`;
      return text(
        `${labels[k]!.en} → ${labels[k + 1]!.en}: $${sign}$`,
        `${labels[k]!.es} → ${labels[k + 1]!.es}: $${sign}$`,
      );
    });
    return {
      stem: context.intro,
      figure: {
        kind: 'line',
        title: context.title,
        labels,
        values,
        axis: { min: 0, max: Math.max(...values) + 5 * context.scale, label: u },
      },
      steps: [
        step({
          id: 'when',
          prompt: text(
            'Between which two neighbouring readings did the line rise the most?',
            '¿Entre qué dos lecturas seguidas subió más la línea?',
          ),
          answer: choice(options, id[String(best)]!),
          guidingQuestion: text(
            'Where is the line steepest going up? How can you check that with numbers rather than by eye?',
            '¿Dónde sube la línea con más pendiente? ¿Cómo puedes comprobarlo con números y no solo a ojo?',
          ),
          hints: [
            text(
              'A rise is the later reading minus the earlier one. A part where the line goes down is not a rise.',
              'Una subida es la lectura posterior menos la anterior. Un tramo en que la línea baja no es una subida.',
            ),
            text(
              'Work out the change for every pair of neighbouring readings, then compare the changes, not the heights of the points.',
              'Calcula el cambio de cada par de lecturas seguidas y luego compara los cambios, no la altura de los puntos.',
            ),
          ],
          misconceptions:
            highest > 0 && highest - 1 !== best
              ? [misconception('read-one-value-only', choice(options, id[String(highest - 1)]!))]
              : [],
          worked: [
            ...changes,
            text(
              'The biggest of these changes is the biggest rise.',
              'El mayor de estos cambios es la mayor subida.',
            ),
          ],
        }),
        step({
          id: 'rise',
          prompt: text(
            `By how many ${u.en} did it rise between those two readings?`,
            `¿En cuántos ${u.es} aumentó entre esas dos lecturas?`,
          ),
          answer: num(rise),
          guidingQuestion: text(
            'Which readings are at the ends of that part of the line?',
            '¿Qué lecturas están en los extremos de ese tramo de la línea?',
          ),
          hints: [
            text(
              'Read the value of both points on the vertical axis.',
              'Lee el valor de ambos puntos en el eje vertical.',
            ),
            text(
              'Subtract the earlier reading from the later one.',
              'Resta la lectura anterior a la posterior.',
            ),
          ],
          scaffolds: [
            scaffold(
              'earlier',
              text(
                `What is the reading at ${labels[best]!.en}?`,
                `¿Cuál es la lectura en ${labels[best]!.es}?`,
              ),
              num(values[best]!),
            ),
            scaffold(
              'later',
              text(
                `What is the reading at ${labels[best + 1]!.en}?`,
                `¿Cuál es la lectura en ${labels[best + 1]!.es}?`,
              ),
              num(values[best + 1]!),
            ),
          ],
          misconceptions: [
            misconception('reversed-change', num(-rise)),
            misconception('read-one-value-only', num(values[best + 1]!)),
          ],
          worked: [
            text(
              `$${values[best + 1]} - ${values[best]} = ${rise}$ ${u.en}`,
              `$${values[best + 1]} - ${values[best]} = ${rise}$ ${u.es}`,
            ),
          ],
        }),
      ],
    };
  },
});
