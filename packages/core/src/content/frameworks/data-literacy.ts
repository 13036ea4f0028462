import { type Localized, text } from '../../language/localized.ts';
import type { Pathway } from '../../skills-graph/pathway.ts';
import { asSkillId, type Skill } from '../../skills-graph/skill.ts';

function skill(
  id: string,
  parent: string | null,
  name: Localized,
  description: Localized,
  prerequisites: string[] = [],
): Skill {
  return {
    id: asSkillId(id),
    name,
    description,
    parentId: parent === null ? null : asSkillId(parent),
    prerequisites: prerequisites.map(asSkillId),
  };
}

const strands: Skill[] = [
  skill(
    'data',
    null,
    text('Data literacy', 'Alfabetización de datos'),
    text('Reading, summarising and questioning data.', 'Leer, resumir y cuestionar datos.'),
  ),
  skill(
    'data.charts',
    'data',
    text('Charts', 'Gráficos'),
    text('Reading and judging charts.', 'Leer y juzgar gráficos.'),
  ),
  skill(
    'data.percentages',
    'data',
    text('Percentages', 'Porcentajes'),
    text('Percents of quantities and changes.', 'Porcentajes de cantidades y de cambios.'),
  ),
  skill(
    'data.statistics',
    'data',
    text('Summary statistics', 'Medidas de resumen'),
    text('Mean, median and when to use each.', 'Media, mediana y cuándo usar cada una.'),
  ),
];

const practiceSkills: Skill[] = [
  skill(
    'data.read-bar-chart',
    'data.charts',
    text('Read a bar chart', 'Leer un gráfico de barras'),
    text(
      'Read values from a bar chart and compare categories.',
      'Leer valores de un gráfico de barras y comparar categorías.',
    ),
  ),
  skill(
    'data.read-line-graph',
    'data.charts',
    text('Read a line graph', 'Leer un gráfico de líneas'),
    text('Read change over time from a line graph.', 'Leer el cambio en el tiempo en un gráfico de líneas.'),
    ['data.read-bar-chart'],
  ),
  skill(
    'data.fraction-decimal-percent',
    'data.percentages',
    text('Convert fractions to percents', 'Convertir fracciones en porcentajes'),
    text(
      'Move between fractions, decimals and percents.',
      'Pasar entre fracciones, decimales y porcentajes.',
    ),
  ),
  skill(
    'data.percent-of',
    'data.percentages',
    text('Find a percent of a quantity', 'Calcular un porcentaje de una cantidad'),
    text('Compute p% of a number.', 'Calcular el p % de un número.'),
    ['data.fraction-decimal-percent'],
  ),
  skill(
    'data.percent-change',
    'data.percentages',
    text('Find a percent change', 'Calcular un cambio porcentual'),
    text(
      'Express an increase or decrease as a percent of the original.',
      'Expresar un aumento o una disminución como porcentaje del valor original.',
    ),
    ['data.percent-of'],
  ),
  skill(
    'data.pie-chart',
    'data.charts',
    text('Read a pie chart', 'Leer un gráfico circular'),
    text(
      'Turn a slice of a pie chart into a count.',
      'Convertir una porción de un gráfico circular en una cantidad.',
    ),
    ['data.percent-of', 'data.read-bar-chart'],
  ),
  skill(
    'data.mean',
    'data.statistics',
    text('Find the mean', 'Calcular la media'),
    text('Compute the mean of a data set.', 'Calcular la media de un conjunto de datos.'),
  ),
  skill(
    'data.median',
    'data.statistics',
    text('Find the median', 'Calcular la mediana'),
    text('Find the middle value of a data set.', 'Encontrar el valor central de un conjunto de datos.'),
  ),
  skill(
    'data.mean-vs-median',
    'data.statistics',
    text('Choose between mean and median', 'Elegir entre media y mediana'),
    text(
      'Explain how an outlier affects the mean and the median.',
      'Explicar cómo afecta un valor atípico a la media y a la mediana.',
    ),
    ['data.mean', 'data.median'],
  ),
  skill(
    'data.misleading-graphs',
    'data.charts',
    text('Spot a misleading graph', 'Detectar un gráfico engañoso'),
    text('Recognise truncated axes and other distortions.', 'Reconocer ejes truncados y otras distorsiones.'),
    ['data.read-bar-chart', 'data.percent-change'],
  ),
];

/** Every skill of the data-literacy framework: strands first, then the practice skills. */
export const dataLiteracySkills: readonly Skill[] = [...strands, ...practiceSkills];

/** The "Data literacy" pathway: its goals close over the ten practice skills. */
export const dataLiteracyPathway: Pathway = {
  id: 'data-literacy',
  name: text('Data literacy', 'Alfabetización de datos'),
  description: text(
    'Read charts, work with percentages and averages, and spot graphs that mislead.',
    'Leer gráficos, trabajar con porcentajes y promedios, y detectar gráficos engañosos.',
  ),
  goalSkillIds: [
    'data.misleading-graphs',
    'data.mean-vs-median',
    'data.pie-chart',
    'data.read-line-graph',
  ].map(asSkillId),
};
