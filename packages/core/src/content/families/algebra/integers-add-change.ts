import { type Localized, text } from '../../../language/localized.ts';
import { n, p } from '../../math-format.ts';
import { defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';

interface Setting {
  intro(start: number): Localized;
  change(size: number, up: boolean, later: boolean): Localized;
  question: Localized;
  /** Starts below zero (a diver). */
  below?: boolean;
}

const places = ['Oslo', 'Winnipeg', 'Ushuaia', 'Helsinki'];
const names = ['Leo', 'Nora', 'Iván', 'Maya'];

const settings = (rngPick: <T>(list: readonly T[]) => T): Setting[] => {
  const place = rngPick(places);
  const name = rngPick(names);
  return [
    {
      intro: (s) =>
        text(
          `At dawn the temperature in ${place} is $${n(s)}$ °C.`,
          `Al amanecer, la temperatura en ${place} es de $${n(s)}$ °C.`,
        ),
      change: (d, up, later) =>
        text(
          `${later ? 'Later, the' : 'The'} temperature ${up ? 'rises' : 'falls'} $${d}$ °C.`,
          `${later ? 'Más tarde, la' : 'La'} temperatura ${up ? 'sube' : 'baja'} $${d}$ °C.`,
        ),
      question: text('What is the temperature now, in °C?', '¿Cuál es la temperatura ahora, en °C?'),
    },
    {
      intro: (s) =>
        text(
          `${name}'s bank balance is $${n(s)}$ € (a negative balance is money owed to the bank).`,
          `El saldo bancario de ${name} es de $${n(s)}$ € (un saldo negativo es dinero que se le debe al banco).`,
        ),
      change: (d, up, later) =>
        text(
          `${later ? 'Later, ' : ''}${name} ${up ? 'pays in' : 'takes out'} $${d}$ €.`,
          `${later ? 'Más tarde, ' : ''}${name} ${up ? 'ingresa' : 'retira'} $${d}$ €.`,
        ),
      question: text('What is the balance now, in €?', '¿Cuál es el saldo ahora, en €?'),
    },
    {
      intro: (s) =>
        text(
          `A lift is on floor $${n(s)}$ of a tower (floors below the ground have negative numbers).`,
          `Un ascensor está en el piso $${n(s)}$ de una torre (los pisos bajo tierra tienen números negativos).`,
        ),
      change: (d, up, later) =>
        text(
          `${later ? 'Later, the' : 'The'} lift goes ${up ? 'up' : 'down'} $${d}$ floors.`,
          `${later ? 'Más tarde, el' : 'El'} ascensor ${up ? 'sube' : 'baja'} $${d}$ pisos.`,
        ),
      question: text('Which floor is the lift on now?', '¿En qué piso está ahora el ascensor?'),
    },
    {
      below: true,
      intro: (s) =>
        text(
          `A diver is at $${n(s)}$ m compared with sea level (below the surface is negative).`,
          `Una buceadora está a $${n(s)}$ m respecto al nivel del mar (bajo la superficie es negativo).`,
        ),
      change: (d, up, later) =>
        text(
          `${later ? 'Later, she' : 'She'} ${up ? 'swims up' : 'dives down'} $${d}$ m.`,
          `${later ? 'Más tarde, la' : 'La'} buceadora ${up ? 'sube' : 'baja'} $${d}$ m.`,
        ),
      question: text('At what level is the diver now, in m?', '¿A qué nivel está ahora la buceadora, en m?'),
    },
  ];
};

const sizes = { 1: [9, 9], 2: [20, 20], 3: [30, 25] } as const;

/** Adding integers in context: a temperature, a bank balance, a lift or a diver that moves up and down. */
export const integersAddChangeFamily = defineFamily({
  id: 'alg.integers-add.signed-change',
  skillId: 'alg.integers-add',
  name: text('Ups and downs in real life', 'Subidas y bajadas en la vida real'),
  build(rng, difficulty) {
    const setting = rng.pick(settings((list) => rng.pick(list)));
    const [startSize, changeSize] = sizes[difficulty];
    let start = rng.nonZero(-startSize, startSize);
    if (setting.below) start = -Math.abs(start);
    const count = difficulty === 3 ? 2 : 1;
    const changes: number[] = [];
    for (let i = 0; i < count; i++) {
      // A change that crosses zero is the interesting case: it goes against the start's sign more often.
      const size = rng.int(2, changeSize);
      const against = rng.next() < 0.7;
      const up = against ? start < 0 : start > 0;
      changes.push(up ? size : -size);
    }
    if (setting.below && start + changes.reduce((s, c) => s + c, 0) > 0) changes[0] = -Math.abs(changes[0]!);
    const total = changes.reduce((s, c) => s + c, 0);
    const answer = start + total;
    const sentences = [
      setting.intro(start),
      ...changes.map((c, i) => setting.change(Math.abs(c), c > 0, i > 0)),
    ];
    const stem = text(sentences.map((s) => s.en).join(' '), sentences.map((s) => s.es).join(' '));
    const sum = `${n(start)} ${changes.map((c) => `+ ${p(c)}`).join(' ')}`;
    return {
      stem,
      steps: [
        step({
          id: 'result',
          prompt: setting.question,
          answer: num(answer),
          guidingQuestion: text(
            'Where do you start, and does each change move you up or down?',
            '¿Dónde empiezas y cada cambio te mueve hacia arriba o hacia abajo?',
          ),
          hints: [
            text(
              'Picture a vertical number line: going up adds a positive number, going down adds a negative number.',
              'Imagina una recta numérica vertical: subir es sumar un número positivo y bajar es sumar un número negativo.',
            ),
            text(
              `Start from $${n(start)}$ and write each change as a signed number.`,
              `Empieza en $${n(start)}$ y escribe cada cambio como un número con signo.`,
            ),
            answer === 0
              ? text(
                  'Compare the size of the start with the size of the total change, and think about their signs.',
                  'Compara el tamaño del punto de partida con el del cambio total y piensa en sus signos.',
                )
              : text(
                  'If you pass zero, split the move: first get to zero, then go on with what is left.',
                  'Si pasas por el cero, divide el movimiento: primero llega al cero y luego sigue con lo que falta.',
                ),
          ],
          scaffolds: [
            scaffold(
              'change',
              count === 1
                ? text(
                    'Write the change as a signed number (positive up, negative down).',
                    'Escribe el cambio como un número con signo (positivo si sube, negativo si baja).',
                  )
                : text(
                    'What is the total change, as a signed number (positive up, negative down)?',
                    '¿Cuál es el cambio total, como número con signo (positivo si sube, negativo si baja)?',
                  ),
              num(total),
              [misconception('sign-error', num(-total))],
            ),
          ],
          misconceptions: [
            misconception('sign-error', num(-answer)),
            ...(start < 0 ? [misconception('dropped-minus-before-term', num(-start + total))] : []),
          ],
          worked: [
            text(`Start: $${n(start)}$`, `Inicio: $${n(start)}$`),
            text(
              `Changes with their signs: $${changes.map((c) => n(c)).join(',\\ ')}$`,
              `Cambios con su signo: $${changes.map((c) => n(c)).join(',\\ ')}$`,
            ),
            text(`$${sum} = ${n(answer)}$`, `$${sum} = ${n(answer)}$`),
          ],
        }),
      ],
    };
  },
});
