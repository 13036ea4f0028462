import { text } from '../../../language/localized.ts';
import { n } from '../../math-format.ts';
import { defineFamily, misconception, num, percent, step } from '../family-kit.ts';

const years = [2021, 2022, 2023, 2024];

const contexts = [
  {
    stem: text(
      'The bar chart shows how many people visited a small museum each year.',
      'El gráfico de barras muestra cuántas personas visitaron un pequeño museo cada año.',
    ),
    title: text('Museum visitors per year', 'Visitantes del museo por año'),
    things: text('visitors', 'visitantes'),
  },
  {
    stem: text(
      'The bar chart shows how many members a chess club had each year.',
      'El gráfico de barras muestra cuántos socios tuvo un club de ajedrez cada año.',
    ),
    title: text('Chess club members', 'Socios del club de ajedrez'),
    things: text('members', 'socios'),
  },
  {
    stem: text(
      'The bar chart shows how many ice creams a beach kiosk sold each summer.',
      'El gráfico de barras muestra cuántos helados vendió un quiosco de playa cada verano.',
    ),
    title: text('Ice creams sold each summer', 'Helados vendidos cada verano'),
    things: text('ice creams', 'helados'),
  },
  {
    stem: text(
      'The bar chart shows how many trees were counted in a city park each year.',
      'El gráfico de barras muestra cuántos árboles se contaron en un parque de la ciudad cada año.',
    ),
    title: text('Trees in the park', 'Árboles del parque'),
    things: text('trees', 'árboles'),
  },
];

/** Percent change between two years read from a bar chart: first the change, then the percent. */
export const percentChangeBarChartFamily = defineFamily({
  id: 'data.percent-change.bar-chart',
  skillId: 'data.percent-change',
  name: text('Percent change from a bar chart', 'Cambio porcentual en un gráfico de barras'),
  build(rng, difficulty) {
    const unit = difficulty === 1 ? 10 : 20;
    const original = rng.int(3, 20) * unit;
    const pct = difficulty === 1 ? rng.pick([10, 20, 25, 50]) : rng.int(1, 15) * 5;
    const increase = difficulty !== 3 ? rng.next() < 0.6 : rng.next() < 0.5;
    const change = (original * pct) / 100;
    const updated = increase ? original + change : original - change;
    const first = difficulty === 1 ? rng.int(0, 2) : rng.int(0, 1);
    const last = difficulty === 1 ? first + 1 : rng.int(first + 1, 3);
    const values = years.map((_, i) => {
      if (i === first) return original;
      if (i === last) return updated;
      return rng.int(3, 22) * unit;
    });
    const context = rng.pick(contexts);
    const from = years[first]!;
    const to = years[last]!;
    const word = increase ? text('increase', 'aumento') : text('decrease', 'disminución');
    return {
      stem: context.stem,
      figure: {
        kind: 'bar',
        title: context.title,
        labels: years.map((y) => text(String(y), String(y))),
        values,
        axis: { min: 0, max: Math.ceil((Math.max(...values) * 1.1) / 50) * 50, label: context.things },
      },
      steps: [
        step({
          id: 'change',
          prompt: text(
            `By how many ${context.things.en} did the number change from ${from} to ${to}?`,
            `¿En cuántos ${context.things.es} cambió el número de ${from} a ${to}?`,
          ),
          answer: num(change),
          guidingQuestion: text(
            `Which pair of bars do you need, and how do you find the gap between them?`,
            `¿Qué par de barras necesitas y cómo encuentras la diferencia entre ellas?`,
          ),
          hints: [
            text(
              `Read the bar for ${from} and the bar for ${to}.`,
              `Lee la barra de ${from} y la barra de ${to}.`,
            ),
            text(
              'The change is the difference: subtract the smaller value from the larger one.',
              'El cambio es la diferencia: resta el valor menor del mayor.',
            ),
          ],
          misconceptions: [
            misconception('added-instead-of-compared', num(original + updated)),
            misconception('read-one-value-only', num(updated)),
          ],
          worked: [
            text(
              `${from}: $${original}$; ${to}: $${updated}$`,
              `${from}: $${original}$; ${to}: $${updated}$`,
            ),
            text(
              `Change: $${Math.max(original, updated)} - ${Math.min(original, updated)} = ${change}$ ${context.things.en}`,
              `Cambio: $${Math.max(original, updated)} - ${Math.min(original, updated)} = ${change}$ ${context.things.es}`,
            ),
          ],
        }),
        step({
          id: 'percent',
          prompt: text(
            `What is the percent ${word.en} from ${from} to ${to}?`,
            `¿Cuál es el porcentaje de ${word.es} de ${from} a ${to}?`,
          ),
          answer: percent(pct, 0.05),
          guidingQuestion: text(
            `A percent change compares the change with one of the bars. With the bar for ${from} or for ${to}?`,
            `Un cambio porcentual compara el cambio con una de las barras. ¿Con la barra de ${from} o con la de ${to}?`,
          ),
          hints: [
            text(
              `The change is measured against the starting value, the one for ${from}.`,
              `El cambio se mide respecto al valor de partida, el de ${from}.`,
            ),
            text(
              `Divide the change by the value for ${from}.`,
              `Divide el cambio entre el valor de ${from}.`,
            ),
            text(
              'Write that decimal as a percent: how many hundredths is it?',
              'Escribe ese decimal como porcentaje: ¿cuántas centésimas son?',
            ),
          ],
          misconceptions: [
            misconception('wrong-base-for-change', percent((change / updated) * 100, 0.05)),
            misconception('absolute-instead-of-percent', num(change)),
            misconception('percent-as-decimal', num(pct / 100, 1e-9)),
          ],
          worked: [
            text(
              `$${change} \\div ${original} = ${n(pct / 100)}$`,
              `$${change} \\div ${original} = ${n(pct / 100)}$`,
            ),
            text(
              `$${n(pct / 100)} \\times 100 = ${pct}$, a $${pct}\\%$ ${word.en}`,
              `$${n(pct / 100)} \\times 100 = ${pct}$, un $${pct}\\%$ de ${word.es}`,
            ),
          ],
        }),
      ],
    };
  },
});
