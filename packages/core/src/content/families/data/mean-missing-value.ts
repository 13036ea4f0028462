import { text } from '../../../language/localized.ts';
import { defineFamily, misconception, num, step } from '../family-kit.ts';

interface Context {
  readonly low: number;
  readonly high: number;
  readonly stem: (name: string, known: string, count: number, mean: number) => { en: string; es: string };
  readonly missing: { en: string; es: string };
  readonly total: { en: string; es: string };
}

const contexts: readonly Context[] = [
  {
    low: 8,
    high: 20,
    stem: (name, known, count, mean) =>
      text(
        `${name} took $${count}$ quizzes, each marked out of $20$. The first $${count - 1}$ scores were $${known}$. The mean of all $${count}$ scores is $${mean}$.`,
        `${name} hizo $${count}$ pruebas, cada una calificada sobre $20$. Las primeras $${count - 1}$ notas fueron $${known}$. La media de las $${count}$ notas es $${mean}$.`,
      ),
    missing: text('What was the score on the last quiz?', '¿Qué nota sacó en la última prueba?'),
    total: text('What must all the scores add up to?', '¿Cuánto deben sumar todas las notas?'),
  },
  {
    low: 4,
    high: 32,
    stem: (name, known, count, mean) =>
      text(
        `${name} plays basketball and averaged $${mean}$ points per game over $${count}$ games. In the games before the last one she scored $${known}$ points.`,
        `${name} juega al baloncesto y promedió $${mean}$ puntos por partido en $${count}$ partidos. En los partidos anteriores al último anotó $${known}$ puntos.`,
      ),
    missing: text(
      'How many points were scored in the last game?',
      '¿Cuántos puntos anotó en el último partido?',
    ),
    total: text(
      'How many points were scored in all the games together?',
      '¿Cuántos puntos anotó en total en todos los partidos?',
    ),
  },
  {
    low: 3,
    high: 25,
    stem: (name, known, count, mean) =>
      text(
        `On a cycling trip of $${count}$ days, ${name} rode a mean of $${mean}$ km a day. The distances for every day but the last were $${known}$ km.`,
        `En un viaje en bicicleta de $${count}$ días, ${name} recorrió una media de $${mean}$ km al día. Las distancias de todos los días menos el último fueron $${known}$ km.`,
      ),
    missing: text('How many km were ridden on the last day?', '¿Cuántos km recorrió el último día?'),
    total: text('How many km were ridden on the whole trip?', '¿Cuántos km recorrió en todo el viaje?'),
  },
  {
    low: 10,
    high: 60,
    stem: (name, known, count, mean) =>
      text(
        `${name} sells homemade lemonade. Over $${count}$ weekends the mean number of cups sold was $${mean}$. On all the weekends except the last, the sales were $${known}$ cups.`,
        `${name} vende limonada casera. En $${count}$ fines de semana, la media de vasos vendidos fue $${mean}$. En todos los fines de semana menos el último, las ventas fueron $${known}$ vasos.`,
      ),
    missing: text(
      'How many cups were sold on the last weekend?',
      '¿Cuántos vasos vendió el último fin de semana?',
    ),
    total: text(
      'How many cups were sold over all the weekends?',
      '¿Cuántos vasos vendió en todos los fines de semana?',
    ),
  },
];

const names = ['Lena', 'Marta', 'Zoe', 'Carla', 'Aisha'];

/** Going backwards: the mean and all but one value are known; find the total, then the missing value. */
export const meanMissingValueFamily = defineFamily({
  id: 'data.mean.missing-value',
  skillId: 'data.mean',
  name: text('Find a missing value from the mean', 'Hallar un valor que falta a partir de la media'),
  build(rng, difficulty) {
    const context = rng.pick(contexts);
    const count = { 1: 4, 2: 5, 3: rng.pick([6, 7]) }[difficulty];
    const known = Array.from({ length: count - 1 }, () => rng.int(context.low, context.high));
    const knownSum = known.reduce((s, v) => s + v, 0);
    let missing = rng.int(context.low, context.high);
    missing += (count - ((knownSum + missing) % count)) % count;
    if (missing > context.high) missing -= count;
    const total = knownSum + missing;
    const mean = total / count;
    const name = rng.pick(names);
    const list = known.join(', ');
    return {
      stem: context.stem(name, list, count, mean),
      steps: [
        step({
          id: 'total',
          prompt: context.total,
          answer: num(total),
          guidingQuestion: text(
            'The mean is the total shared out equally. If you know the equal share and how many shares there are, how do you get the total back?',
            'La media es el total repartido por igual. Si sabes cuánto toca a cada parte y cuántas partes hay, ¿cómo recuperas el total?',
          ),
          hints: [
            text(
              'Count all the values, including the one that is missing.',
              'Cuenta todos los valores, incluido el que falta.',
            ),
            text(
              'Multiply the mean by that number of values.',
              'Multiplica la media por ese número de valores.',
            ),
          ],
          misconceptions: [
            misconception('added-instead-of-multiplied', num(mean + count)),
            misconception('divided-by-wrong-count', num(mean * (count - 1))),
          ],
          worked: [
            text(
              `There are $${count}$ values, so the total is $${mean} \\times ${count} = ${total}$`,
              `Hay $${count}$ valores, así que el total es $${mean} \\times ${count} = ${total}$`,
            ),
          ],
        }),
        step({
          id: 'missing',
          prompt: context.missing,
          answer: num(missing),
          guidingQuestion: text(
            'You know what all the values add up to. How much of that total do the known values already use?',
            'Sabes cuánto suman todos los valores. ¿Cuánto de ese total ocupan ya los valores conocidos?',
          ),
          hints: [
            text('Add up the values you know.', 'Suma los valores que conoces.'),
            text(
              'The missing value is what is left: the total minus that sum.',
              'El valor que falta es lo que queda: el total menos esa suma.',
            ),
          ],
          misconceptions: [misconception('divided-by-wrong-count', num(mean * (count - 1) - knownSum))],
          worked: [
            text(
              `Known values: $${known.join(' + ')} = ${knownSum}$`,
              `Valores conocidos: $${known.join(' + ')} = ${knownSum}$`,
            ),
            text(
              `Missing value: $${total} - ${knownSum} = ${missing}$`,
              `Valor que falta: $${total} - ${knownSum} = ${missing}$`,
            ),
            text(
              `Check: $${total} \\div ${count} = ${mean}$`,
              `Comprobación: $${total} \\div ${count} = ${mean}$`,
            ),
          ],
        }),
      ],
    };
  },
});
