import { text } from '../../../language/localized.ts';
import { linear, n, p } from '../../math-format.ts';
import { choice, defineFamily, misconception, num, step } from '../family-kit.ts';

/** Choosing the equation y = mx + b that matches a described line, then using it. */
export const slopeInterceptMatchEquationFamily = defineFamily({
  id: 'alg.slope-intercept.match-equation',
  skillId: 'alg.slope-intercept',
  name: text('Match a line to its equation', 'Relacionar una recta con su ecuación'),
  build(rng, difficulty) {
    let m = rng.nonZero(-6, 6);
    if (difficulty === 1) m = Math.abs(m) === 1 ? 3 : Math.abs(m);
    let b = rng.nonZero(-9, 9);
    while (Math.abs(b) === Math.abs(m)) b = rng.nonZero(-9, 9);
    const form = difficulty === 1 ? rng.int(0, 1) : difficulty === 2 ? rng.int(0, 2) : rng.int(1, 2);
    const k = rng.int(2, 4);
    const stem =
      form === 0
        ? text(
            `A line has slope $${n(m)}$ and crosses the $y$-axis at the point $(0, ${n(b)})$.`,
            `Una recta tiene pendiente $${n(m)}$ y corta el eje $y$ en el punto $(0, ${n(b)})$.`,
          )
        : form === 1
          ? text(
              `A line cuts the $y$-axis at height $${n(b)}$, and each time $x$ increases by $1$ the line goes ${m > 0 ? 'up' : 'down'} by $${Math.abs(m)}$.`,
              `Una recta corta el eje $y$ a la altura $${n(b)}$ y, cada vez que $x$ aumenta en $1$, la recta ${m > 0 ? 'sube' : 'baja'} $${Math.abs(m)}$.`,
            )
          : text(
              `A line passes through the points $(0, ${n(b)})$ and $(${k}, ${n(b + m * k)})$.`,
              `Una recta pasa por los puntos $(0, ${n(b)})$ y $(${k}, ${n(b + m * k)})$.`,
            );
    const equations = {
      right: `y = ${linear(m, b, 'x')}`,
      swapped: `y = ${linear(b, m, 'x')}`,
      interceptSign: `y = ${linear(m, -b, 'x')}`,
      slopeSign: `y = ${linear(-m, b, 'x')}`,
    };
    const order = rng.shuffle(['right', 'swapped', 'interceptSign', 'slopeSign'] as const);
    const ids = ['a', 'b', 'c', 'd'];
    const idOf = (key: keyof typeof equations) => ids[order.indexOf(key)]!;
    const options = order.map((key, i) => ({
      id: ids[i]!,
      text: text(`$${equations[key]}$`, `$${equations[key]}$`),
    }));
    // y must not be 0: "zero" appears in the help texts
    const x = rng.pick([-3, -2, 2, 3, 4, 5].filter((v) => v !== k && m * v + b !== 0));
    const y = m * x + b;
    return {
      stem,
      steps: [
        step({
          id: 'equation',
          prompt: text('Which equation describes this line?', '¿Qué ecuación describe esta recta?'),
          answer: choice(options, idOf('right')),
          guidingQuestion: text(
            'In $y = mx + b$, which number tells how steep the line is, and which tells where it crosses the $y$-axis?',
            'En $y = mx + b$, ¿qué número indica cuánto se inclina la recta y cuál indica dónde corta el eje $y$?',
          ),
          hints: [
            text(
              'The slope multiplies $x$; the $y$-intercept is the number added on its own.',
              'La pendiente multiplica a $x$; la ordenada al origen es el número que se suma solo.',
            ),
            form === 2
              ? text(
                  'The point with $x = 0$ gives the intercept. For the slope, divide the change in $y$ by the change in $x$ between the points.',
                  'El punto con $x = 0$ da la ordenada al origen. Para la pendiente, divide el cambio en $y$ entre el cambio en $x$ entre los puntos.',
                )
              : text(
                  'Read the description again: which number is the steepness, and which is the crossing point?',
                  'Vuelve a leer la descripción: ¿qué número es la inclinación y cuál es el punto de corte?',
                ),
            text(
              'Check the signs too: a line going down has a negative slope, and a crossing below zero means a negative intercept.',
              'Revisa también los signos: una recta que baja tiene pendiente negativa y un corte por debajo de cero da una ordenada negativa.',
            ),
          ],
          misconceptions: [
            misconception('slope-intercept-confusion', choice(options, idOf('swapped'))),
            misconception('intercept-sign', choice(options, idOf('interceptSign'))),
            misconception('sign-error', choice(options, idOf('slopeSign'))),
          ],
          worked: [
            ...(form === 2
              ? [
                  text(
                    `Slope: $\\dfrac{${n(b + m * k)} - ${p(b)}}{${k} - 0} = ${n(m)}$; intercept: $${n(b)}$ (the point with $x = 0$).`,
                    `Pendiente: $\\dfrac{${n(b + m * k)} - ${p(b)}}{${k} - 0} = ${n(m)}$; ordenada al origen: $${n(b)}$ (el punto con $x = 0$).`,
                  ),
                ]
              : [
                  text(
                    `The slope is $m = ${n(m)}$ and the $y$-intercept is $b = ${n(b)}$.`,
                    `La pendiente es $m = ${n(m)}$ y la ordenada al origen es $b = ${n(b)}$.`,
                  ),
                ]),
            text(`So the equation is $${equations.right}$.`, `Así que la ecuación es $${equations.right}$.`),
          ],
        }),
        step({
          id: 'value',
          prompt: text(
            `Using that equation, what is $y$ when $x = ${n(x)}$?`,
            `Con esa ecuación, ¿cuánto vale $y$ cuando $x = ${n(x)}$?`,
          ),
          answer: num(y),
          guidingQuestion: text(
            'How do you use an equation to get $y$ from a value of $x$?',
            '¿Cómo usas una ecuación para obtener $y$ a partir de un valor de $x$?',
          ),
          hints: [
            text(
              'Replace $x$ by its value in the equation you chose.',
              'Sustituye $x$ por su valor en la ecuación que elegiste.',
            ),
            text(
              'Multiply the slope by that value first, then add the intercept with its sign.',
              'Multiplica primero la pendiente por ese valor y luego suma la ordenada al origen con su signo.',
            ),
          ],
          misconceptions: [
            misconception('slope-intercept-confusion', num(b * x + m)),
            misconception('intercept-sign', num(m * x - b)),
          ],
          worked: [
            text(
              `$y = ${n(m)} \\cdot ${p(x)} ${b < 0 ? '-' : '+'} ${Math.abs(b)} = ${n(m * x)} ${b < 0 ? '-' : '+'} ${Math.abs(b)} = ${n(y)}$`,
              `$y = ${n(m)} \\cdot ${p(x)} ${b < 0 ? '-' : '+'} ${Math.abs(b)} = ${n(m * x)} ${b < 0 ? '-' : '+'} ${Math.abs(b)} = ${n(y)}$`,
            ),
          ],
        }),
      ],
    };
  },
});
