import { type Localized, text } from '../../../language/localized.ts';
import type { ChoiceOption } from '../../answer/answer-spec.ts';
import { n } from '../../math-format.ts';
import type { SeededRandom } from '../../seeded-random.ts';
import { choice, defineFamily, misconception, solved, step } from '../family-kit.ts';

type Op = '<' | '>' | '<=' | '>=';
const flip: Readonly<Record<Op, Op>> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };
const latexOp: Readonly<Record<Op, string>> = { '<': '<', '>': '>', '<=': '\\le', '>=': '\\ge' };

/** A limit in a story: `left(x) op limit`, solved by adding/subtracting (`add`) or dividing (`times`). */
interface Situation {
  readonly kind: 'add' | 'times';
  readonly op: Op;
  /** The coefficient (times) or the amount already there (add), and the limit; x's bound is then exact. */
  readonly draw: (rng: SeededRandom, difficulty: 1 | 2 | 3) => { readonly a: number; readonly bound: number };
  readonly story: (a: number, limit: number) => Localized;
  readonly unknown: Localized;
}

const situations: readonly Situation[] = [
  {
    kind: 'add',
    op: '<=',
    draw: (rng, d) => ({ a: rng.int(10, 40) * 10, bound: rng.int(2, d === 1 ? 9 : 30) * 10 }),
    story: (a, limit) =>
      text(
        `A lift can carry at most $${limit}$ kg. The people already inside weigh $${a}$ kg.`,
        `Un ascensor puede llevar como máximo $${limit}$ kg. Las personas que ya están dentro pesan $${a}$ kg.`,
      ),
    unknown: text('the extra weight in kg that can still get in', 'el peso extra en kg que aún puede entrar'),
  },
  {
    kind: 'add',
    op: '>=',
    draw: (rng, d) => ({ a: rng.int(10, d === 1 ? 40 : 90), bound: rng.int(2, d === 1 ? 20 : 60) }),
    story: (a, limit) =>
      text(
        `To win a prize, a team needs at least $${limit}$ points in total. It already has $${a}$ points.`,
        `Para ganar un premio, un equipo necesita como mínimo $${limit}$ puntos en total. Ya tiene $${a}$ puntos.`,
      ),
    unknown: text(
      'the number of points the team still scores',
      'el número de puntos que el equipo consigue todavía',
    ),
  },
  {
    kind: 'times',
    op: '<=',
    draw: (rng, d) => ({ a: rng.int(2, d === 1 ? 6 : 15), bound: rng.int(2, d === 1 ? 10 : 20) }),
    story: (a, limit) =>
      text(
        `Cinema tickets cost $${a}$ dollars each, and Leo can spend at most $${limit}$ dollars.`,
        `Las entradas de cine cuestan $${a}$ dólares cada una y Leo puede gastar como máximo $${limit}$ dólares.`,
      ),
    unknown: text('the number of tickets Leo buys', 'el número de entradas que compra Leo'),
  },
  {
    kind: 'times',
    op: '>=',
    draw: (rng, d) => ({ a: rng.int(2, d === 1 ? 6 : 12), bound: rng.int(3, d === 1 ? 10 : 25) }),
    story: (a, limit) =>
      text(
        `A runner trains $${a}$ km every day and wants to run at least $${limit}$ km in total.`,
        `Una corredora entrena $${a}$ km cada día y quiere correr como mínimo $${limit}$ km en total.`,
      ),
    unknown: text('the number of days she trains', 'el número de días que entrena'),
  },
  {
    kind: 'add',
    op: '<',
    draw: (rng, d) => ({ a: rng.int(5, d === 1 ? 20 : 45), bound: rng.int(2, d === 1 ? 15 : 30) }),
    story: (a, limit) =>
      text(
        `A suitcase must weigh less than $${limit}$ kg. The empty suitcase weighs $${a}$ kg.`,
        `Una maleta debe pesar menos de $${limit}$ kg. La maleta vacía pesa $${a}$ kg.`,
      ),
    unknown: text('the weight of what goes inside, in kg', 'el peso de lo que va dentro, en kg'),
  },
];

/** Only at difficulty 3: a steady fall, so dividing by a negative number flips the sign. */
const falls: readonly Situation[] = [
  {
    kind: 'times',
    op: '<',
    draw: (rng) => ({ a: -rng.int(2, 6), bound: rng.int(2, 10) }),
    story: (a, limit) =>
      text(
        `At midnight it is $0$ °C, and the temperature changes by $${n(a)}$ °C every hour. When will it be below $${n(limit)}$ °C?`,
        `A medianoche hace $0$ °C y la temperatura cambia $${n(a)}$ °C cada hora. ¿Cuándo estará por debajo de $${n(limit)}$ °C?`,
      ),
    unknown: text('the number of hours after midnight', 'el número de horas después de medianoche'),
  },
  {
    kind: 'times',
    op: '<=',
    draw: (rng) => ({ a: -rng.int(2, 9), bound: rng.int(2, 12) }),
    story: (a, limit) =>
      text(
        `A diver starts at the surface, and her height changes by $${n(a)}$ m every minute. When will she be at $${n(limit)}$ m or deeper?`,
        `Una buceadora sale de la superficie y su altura cambia $${n(a)}$ m cada minuto. ¿Cuándo estará a $${n(limit)}$ m o más abajo?`,
      ),
    unknown: text('the number of minutes', 'el número de minutos'),
  },
];

/** Options in random order; the right one is never the first ("a"), which the tutor's "Here is a hint" would name. */
function shuffledOptions(rng: SeededRandom, correct: Localized, wrong: readonly Localized[]) {
  const all = rng.shuffle([{ text: correct, right: true }, ...wrong.map((t) => ({ text: t, right: false }))]);
  if (all[0]?.right) {
    const j = rng.int(1, all.length - 1);
    [all[0], all[j]] = [all[j] as (typeof all)[number], all[0]];
  }
  const options: ChoiceOption[] = all.map((o, i) => ({ id: 'abcd'[i] as string, text: o.text }));
  return { options, correctId: options[all.findIndex((o) => o.right)]?.id as string };
}

/** Limits in real life ("at most", "at least", "less than"): choose the inequality, then solve it. */
export const inequalitiesOneStepLimitsFamily = defineFamily({
  id: 'alg.inequalities-one-step.limits',
  skillId: 'alg.inequalities-one-step',
  name: text('Limits in real life: at most, at least', 'Límites en la vida real: como máximo, como mínimo'),
  build(rng, difficulty) {
    const situation = rng.pick(difficulty === 3 && rng.next() < 0.5 ? falls : situations);
    const { a, bound } = situation.draw(rng, difficulty);
    const falling = a < 0;
    // a fall is written as a negative limit: a·x < −limit
    const limit = situation.kind === 'add' ? a + bound : a * bound;
    const left = situation.kind === 'add' ? `${a} + x` : `${n(a)}x`;
    const op = situation.op;
    const resultOp = falling ? flip[op] : op;
    const inequality = (o: Op) => `${left} ${latexOp[o]} ${n(limit)}`;
    const others = (['<', '>', '<=', '>='] as const).filter((o) => o !== op);
    const { options, correctId } = shuffledOptions(
      rng,
      text(`$${inequality(op)}$`, `$${inequality(op)}$`),
      others.map((o) => text(`$${inequality(o)}$`, `$${inequality(o)}$`)),
    );
    const wrongOps: Localized = text(
      'Read the limit words carefully: “at most”, “at least” and “or deeper” include the limit itself; “less than” and “below” do not.',
      'Lee con cuidado las palabras del límite: «como máximo», «como mínimo» y «o más abajo» incluyen el propio límite; «menos de» y «por debajo de» no.',
    );
    return {
      stem: situation.story(a, limit),
      steps: [
        step({
          id: 'inequality',
          prompt: text(
            `Let $x$ be ${situation.unknown.en}. Which inequality describes the situation?`,
            `Sea $x$ ${situation.unknown.es}. ¿Qué desigualdad describe la situación?`,
          ),
          answer: choice(options, correctId),
          guidingQuestion: text(
            'Is the limit a largest allowed value or a smallest one, and can the total be exactly equal to it?',
            '¿El límite es el mayor valor permitido o el menor, y puede el total ser exactamente igual a él?',
          ),
          hints: [
            text(
              'First decide which side of the limit the total must stay on.',
              'Primero decide de qué lado del límite tiene que quedar el total.',
            ),
            wrongOps,
          ],
          worked: [
            text(
              `The total is $${left}$, and the story says it must be ${
                { '<': 'less than', '>': 'more than', '<=': 'at most', '>=': 'at least' }[op]
              } $${n(limit)}$.`,
              `El total es $${left}$ y la historia dice que debe ser ${
                { '<': 'menor que', '>': 'mayor que', '<=': 'como máximo', '>=': 'como mínimo' }[op]
              } $${n(limit)}$.`,
            ),
            text(`So $${inequality(op)}$.`, `Así que $${inequality(op)}$.`),
          ],
        }),
        step({
          id: 'solution',
          prompt: text('Solve the inequality for $x$.', 'Resuelve la desigualdad para $x$.'),
          answer: solved('x', resultOp, bound),
          guidingQuestion: text(
            'What operation gets $x$ alone, and does it affect the inequality sign?',
            '¿Qué operación deja sola a $x$ y afecta al signo de la desigualdad?',
          ),
          hints: [
            text('Isolate $x$ just as in an equation.', 'Despeja $x$ igual que en una ecuación.'),
            situation.kind === 'add'
              ? text(`Subtract $${a}$ from both sides.`, `Resta $${a}$ en ambos lados.`)
              : text(`Divide both sides by $${n(a)}$.`, `Divide ambos lados entre $${n(a)}$.`),
            text(
              'Only multiplying or dividing by a negative number flips the sign. Is that the case here?',
              'Solo multiplicar o dividir por un número negativo invierte el signo. ¿Es el caso aquí?',
            ),
          ],
          misconceptions: [
            misconception(
              falling ? 'forgot-to-flip-inequality' : 'flipped-inequality-unnecessarily',
              solved('x', falling ? op : flip[op], bound),
            ),
            situation.kind === 'add'
              ? misconception('same-operation-not-inverse', solved('x', resultOp, limit + a))
              : misconception('subtracted-instead-of-divided', solved('x', resultOp, limit - a)),
            ...(falling ? [misconception('sign-error', solved('x', resultOp, -bound))] : []),
          ],
          worked: [
            text(`$${inequality(op)}$`, `$${inequality(op)}$`),
            situation.kind === 'add'
              ? text(
                  `Subtract $${a}$ from both sides: $x ${latexOp[resultOp]} ${bound}$`,
                  `Resta $${a}$ en ambos lados: $x ${latexOp[resultOp]} ${bound}$`,
                )
              : falling
                ? text(
                    `Divide both sides by $${n(a)}$ and flip the sign: $x ${latexOp[resultOp]} ${bound}$`,
                    `Divide ambos lados entre $${n(a)}$ e invierte el signo: $x ${latexOp[resultOp]} ${bound}$`,
                  )
                : text(
                    `Divide both sides by $${a}$: $x ${latexOp[resultOp]} ${bound}$`,
                    `Divide ambos lados entre $${a}$: $x ${latexOp[resultOp]} ${bound}$`,
                  ),
          ],
        }),
      ],
    };
  },
});
