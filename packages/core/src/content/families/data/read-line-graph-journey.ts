import { type Localized, text } from '../../../language/localized.ts';
import { defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';

interface Trip {
  readonly intro: Localized;
  readonly title: Localized;
  /** The range of average speeds, in km per hour. */
  readonly speed: readonly [number, number];
}

const trips: readonly Trip[] = [
  {
    intro: text(
      'A family drives to the coast. The line graph shows how far they have travelled after each hour.',
      'Una familia va en coche a la costa. El gráfico de líneas muestra cuánto han recorrido al final de cada hora.',
    ),
    title: text('Distance driven (km)', 'Distancia recorrida en coche (km)'),
    speed: [40, 90],
  },
  {
    intro: text(
      'Nadia cycles along a river path. The line graph shows the distance she has covered after each hour.',
      'Nadia va en bicicleta por un camino junto al río. El gráfico de líneas muestra la distancia que ha recorrido al final de cada hora.',
    ),
    title: text('Distance cycled (km)', 'Distancia en bicicleta (km)'),
    speed: [12, 24],
  },
  {
    intro: text(
      'A group of hikers walks a long trail. The line graph shows how many kilometres they have walked after each hour.',
      'Un grupo de excursionistas recorre un sendero largo. El gráfico de líneas muestra cuántos kilómetros han caminado al final de cada hora.',
    ),
    title: text('Distance walked (km)', 'Distancia caminada (km)'),
    speed: [3, 6],
  },
  {
    intro: text(
      'A freight train crosses the country. The line graph shows the distance it has travelled after each hour.',
      'Un tren de mercancías cruza el país. El gráfico de líneas muestra la distancia que ha recorrido al final de cada hora.',
    ),
    title: text('Distance travelled by train (km)', 'Distancia recorrida por el tren (km)'),
    speed: [50, 110],
  },
];

/** A distance–time line graph: the distance covered between two times, then the average speed. */
export const readLineGraphJourneyFamily = defineFamily({
  id: 'data.read-line-graph.journey',
  skillId: 'data.read-line-graph',
  name: text('Distance and speed from a line graph', 'Distancia y velocidad en un gráfico de líneas'),
  build(rng, difficulty) {
    const trip = rng.pick(trips);
    const hours = difficulty + 2;
    const speed = rng.int(trip.speed[0], trip.speed[1]);
    const from = difficulty === 1 ? rng.int(0, 1) : rng.int(0, hours - 2);
    const to = difficulty === 1 ? hours : rng.int(from + 2, hours);
    const span = to - from;
    // Hour by hour the distance varies around the average; inside the asked span the variations cancel out.
    const wobble = Math.max(1, Math.floor(speed / 4));
    const inside: number[] = Array.from({ length: span }, () => 0);
    for (let k = 0; k + 1 < span; k += 2) {
      const v = rng.int(-wobble, wobble);
      inside[k] = v;
      inside[k + 1] = -v;
    }
    const shuffled = rng.shuffle(inside);
    const perHour = Array.from({ length: hours }, (_, h) =>
      h >= from && h < to ? speed + shuffled[h - from]! : speed + rng.int(-wobble, wobble),
    );
    const values = [0];
    for (const d of perHour) values.push(values.at(-1)! + d);
    const distance = values[to]! - values[from]!;
    const labels = values.map((_, h) => text(`${h} h`, `${h} h`));
    const during = text(
      from === 0 ? `in the first ${to} hours` : `between the ${from}-hour mark and the ${to}-hour mark`,
      from === 0 ? `en las primeras ${to} horas` : `entre la hora ${from} y la hora ${to}`,
    );
    return {
      stem: trip.intro,
      figure: {
        kind: 'line',
        title: trip.title,
        labels,
        values,
        axis: {
          min: 0,
          max: Math.ceil((values.at(-1)! + 1) / 10) * 10,
          label: text('kilometres', 'kilómetros'),
        },
      },
      steps: [
        step({
          id: 'distance',
          prompt: text(
            `How many kilometres were covered ${during.en}?`,
            `¿Cuántos kilómetros se recorrieron ${during.es}?`,
          ),
          answer: num(distance),
          guidingQuestion: text(
            'The graph shows the total distance so far at each time. How can you get the distance for just part of the trip?',
            'El gráfico muestra la distancia total hasta cada momento. ¿Cómo puedes obtener la distancia de solo una parte del viaje?',
          ),
          hints: [
            text(
              'Read the distance on the vertical axis at both times the question gives.',
              'Lee la distancia en el eje vertical en los momentos que da la pregunta.',
            ),
            text(
              'The distance covered in between is the later reading minus the earlier one.',
              'La distancia recorrida entre medias es la lectura posterior menos la anterior.',
            ),
          ],
          scaffolds: [
            scaffold(
              'later',
              text(
                `What distance does the graph show at the ${to}-hour mark?`,
                `¿Qué distancia muestra el gráfico en la hora ${to}?`,
              ),
              num(values[to]!),
            ),
          ],
          misconceptions: [
            misconception('read-one-value-only', num(values[to]!)),
            misconception('reversed-change', num(-distance)),
          ],
          worked: [
            text(
              `Reading at ${from} h: $${values[from]}$ km; reading at ${to} h: $${values[to]}$ km`,
              `Lectura en ${from} h: $${values[from]}$ km; lectura en ${to} h: $${values[to]}$ km`,
            ),
            text(
              `Distance covered: $${values[to]} - ${values[from]} = ${distance}$ km`,
              `Distancia recorrida: $${values[to]} - ${values[from]} = ${distance}$ km`,
            ),
          ],
        }),
        step({
          id: 'speed',
          prompt: text(
            'What was the average speed over that time, in kilometres per hour?',
            '¿Cuál fue la velocidad media en ese tiempo, en kilómetros por hora?',
          ),
          answer: num(speed),
          guidingQuestion: text(
            'Average speed shares the distance out equally over the hours. How many hours did that part of the trip take?',
            'La velocidad media reparte la distancia por igual entre las horas. ¿Cuántas horas duró esa parte del viaje?',
          ),
          hints: [
            text(
              'Count the hours from the earlier time to the later one.',
              'Cuenta las horas que hay desde el primer momento hasta el segundo.',
            ),
            text(
              'Divide the distance covered by that number of hours.',
              'Divide la distancia recorrida entre ese número de horas.',
            ),
          ],
          scaffolds: [
            scaffold(
              'hours',
              text(
                'How many hours are there between those two times?',
                '¿Cuántas horas hay entre esos dos momentos?',
              ),
              num(span),
            ),
          ],
          misconceptions: [
            misconception('sum-not-divided', num(distance)),
            ...(from > 0 ? [misconception('divided-by-wrong-count', num(distance / to, 0.01))] : []),
            misconception('divided-by-wrong-count', num(distance / (span + 1), 0.01)),
          ],
          worked: [
            text(`Time: $${to} - ${from} = ${span}$ hours`, `Tiempo: $${to} - ${from} = ${span}$ horas`),
            text(
              `Average speed: $${distance} \\div ${span} = ${speed}$ km per hour`,
              `Velocidad media: $${distance} \\div ${span} = ${speed}$ km por hora`,
            ),
          ],
        }),
      ],
    };
  },
});
