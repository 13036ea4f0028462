import { type Localized, text } from '../language/localized.ts';

/** An authored visual activity: original text, with the skill's name filled in. */
export interface VisualTemplate {
  readonly id: string;
  /** Words of skill ids and names this template suits best ("equation", "slope" …); empty: suits any skill. */
  readonly suits: readonly string[];
  readonly title: Localized;
  readonly instructions: (skill: Localized) => Localized;
}

/** The visual activity templates the composer draws from, best-suited first for each skill. */
export const visualTemplates: readonly VisualTemplate[] = [
  {
    id: 'balance-model',
    suits: ['equation', 'step', 'side', 'ecuacion'],
    title: text('Balance model', 'Modelo de balanza'),
    instructions: (s) =>
      text(
        `Draw a balance with the equation on its two pans. Each move you make to one pan, make to the other, and sketch the balance after every move. Use it to ${lower(s.en)}.`,
        `Dibuja una balanza con la ecuación en sus dos platillos. Cada movimiento que hagas en un platillo, hazlo en el otro, y dibuja la balanza tras cada movimiento. Úsala para ${lower(s.es)}.`,
      ),
  },
  {
    id: 'number-line',
    suits: ['integer', 'inequalit', 'one-step', 'add', 'entero', 'desigualdad'],
    title: text('Number line', 'Recta numérica'),
    instructions: (s) =>
      text(
        `On a number line, mark where you start, draw an arrow for each operation, and mark where you end. Compare your line with a partner's before you ${lower(s.en)}.`,
        `En una recta numérica, marca dónde empiezas, dibuja una flecha para cada operación y marca dónde terminas. Compara tu recta con la de un compañero antes de ${lower(s.es)}.`,
      ),
  },
  {
    id: 'coordinate-graph',
    suits: ['slope', 'line', 'linear', 'system', 'intercept', 'graph', 'pendiente', 'recta', 'sistema'],
    title: text('Graph on a coordinate plane', 'Gráfica en el plano cartesiano'),
    instructions: (s) =>
      text(
        `Plot the points on a coordinate plane, join them, and label what each axis means. Point to where the graph shows the answer, then ${lower(s.en)}.`,
        `Representa los puntos en el plano cartesiano, únelos y rotula qué significa cada eje. Señala dónde muestra la gráfica la respuesta y luego ${lower(s.es)}.`,
      ),
  },
  {
    id: 'table-of-values',
    suits: ['evaluate', 'expression', 'word', 'linear', 'slope', 'line', 'mean', 'expresion'],
    title: text('Table of values', 'Tabla de valores'),
    instructions: (s) =>
      text(
        `Make a table with an input column and an output column. Fill in at least four rows, circle the pattern you see, and use it to ${lower(s.en)}.`,
        `Haz una tabla con una columna de entrada y otra de salida. Completa al menos cuatro filas, rodea el patrón que veas y úsalo para ${lower(s.es)}.`,
      ),
  },
  {
    id: 'area-model',
    suits: ['distributive', 'like-term', 'simplify', 'multiply', 'distributiva', 'percent'],
    title: text('Area model', 'Modelo de área'),
    instructions: (s) =>
      text(
        `Draw a rectangle and split it into parts, one part for each term. Write the area of each part inside it, then add the parts to ${lower(s.en)}.`,
        `Dibuja un rectángulo y divídelo en partes, una por cada término. Escribe el área de cada parte dentro de ella y suma las partes para ${lower(s.es)}.`,
      ),
  },
  {
    id: 'card-sort',
    suits: [],
    title: text('Card sort', 'Clasificación de tarjetas'),
    instructions: (s) =>
      text(
        `In pairs, sort the cards into groups that go together: problems, pictures and answers. Explain each match out loud, then use your groups to ${lower(s.en)}.`,
        `En parejas, agrupad las tarjetas que van juntas: problemas, dibujos y respuestas. Explicad en voz alta cada pareja y usad vuestros grupos para ${lower(s.es)}.`,
      ),
  },
  {
    id: 'bar-model',
    suits: ['word', 'percent', 'fraction', 'problem', 'porcentaje', 'problema'],
    title: text('Bar model', 'Modelo de barras'),
    instructions: (s) =>
      text(
        `Draw a bar for the whole and split it into the parts the story gives. Label the known parts and the unknown one, then ${lower(s.en)}.`,
        `Dibuja una barra para el total y divídela en las partes que da la historia. Rotula las partes conocidas y la desconocida, y luego ${lower(s.es)}.`,
      ),
  },
  {
    id: 'chart-gallery',
    suits: ['chart', 'graph', 'median', 'mean', 'misleading', 'grafico', 'media', 'mediana'],
    title: text('Chart gallery walk', 'Galería de gráficos'),
    instructions: (s) =>
      text(
        `Walk past the charts on the walls. At each one, write one thing the chart shows and one question it leaves open. Back at your desk, ${lower(s.en)}.`,
        `Recorre los gráficos de las paredes. En cada uno, escribe una cosa que muestra y una pregunta que deja abierta. De vuelta en tu mesa, ${lower(s.es)}.`,
      ),
  },
];

/** A skill name as it reads inside a sentence ("Solve two-step equations" → "solve two-step equations"). */
export function lower(name: string): string {
  return name.length > 0 ? name[0]!.toLowerCase() + name.slice(1) : name;
}

/** The templates that suit a skill best first (by words of its id and English name), the others after. */
export function templatesFor(skillId: string, name: Localized): VisualTemplate[] {
  const words = `${skillId} ${name.en} ${name.es}`.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  const fit = (t: VisualTemplate) => t.suits.filter((w) => words.includes(w)).length;
  return [...visualTemplates].sort((a, b) => fit(b) - fit(a));
}
