import { type Localized, text } from '../../../language/localized.ts';
import type { AnswerSpec, ChoiceOption } from '../../answer/answer-spec.ts';
import type { Difficulty, Misconception } from '../../item.ts';
import { linear, signed, signedTerm, term } from '../../math-format.ts';
import type { MisconceptionId } from '../../misconception-catalog.ts';
import type { SeededRandom } from '../../seeded-random.ts';
import { choice, defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';

const expr = (value: string): AnswerSpec => ({
  kind: 'expression',
  value,
  variables: ['x'],
  form: 'combined',
});

const names = ['Leo', 'Sara', 'Diego', 'Aisha', 'Nina', 'Omar', 'Lucía'];

/**
 * The classmate's slip: the outside number multiplied only x (`first-only`), the minus in front of the second
 * bracket did not change the sign of its last term (`sign`), a term lost its minus when reordered (`dropped`),
 * or no slip at all.
 */
type Slip = 'first-only' | 'sign' | 'dropped' | 'none';

const slipMisconception: Readonly<Record<Exclude<Slip, 'none'>, MisconceptionId>> = {
  'first-only': 'distributed-to-first-term-only',
  sign: 'distributed-sign-error',
  dropped: 'dropped-minus-before-term',
};

// Option ids are not letters: the answer guard reads "is a" in "Here is a hint" as naming option a.
function lineOptions(lines: number): ChoiceOption[] {
  return [
    ...Array.from({ length: lines }, (_, i) => ({
      id: `o${i + 1}`,
      text: text(`Line ${i + 1}`, `Línea ${i + 1}`),
    })),
    { id: 'none', text: text('Every line is right', 'Todas las líneas están bien') },
  ];
}

/** The lines of a simplification of a(x + b) - c(ex + g) (or ax + b - (ex + g) without a first bracket). */
interface Work {
  readonly lines: readonly string[];
  readonly result: { readonly coefficient: number; readonly constant: number };
}

interface Setup {
  readonly bracket: boolean;
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly e: number;
  readonly g: number;
}

function work(s: Setup, slip: Slip): Work {
  const c1 = s.bracket && slip !== 'first-only' ? s.a * s.b : s.b;
  const x2 = -s.c * s.e;
  const c2 = slip === 'sign' ? s.c * s.g : -s.c * s.g;
  const x2Grouped = slip === 'dropped' ? -x2 : x2;
  const outside = s.c === 1 ? '' : String(s.c);
  const removed = `${term(s.a, 'x')} ${signed(c1)} ${signedTerm(x2, 'x')} ${signed(c2)}`;
  const grouped = `${term(s.a, 'x')} ${signedTerm(x2Grouped, 'x')} ${signed(c1)} ${signed(c2)}`;
  const combined = linear(s.a + x2Grouped, c1 + c2, 'x');
  const lines = s.bracket
    ? [`${term(s.a, 'x')} ${signed(c1)} - ${outside}(${linear(s.e, s.g, 'x')})`, removed, grouped, combined]
    : [removed, grouped, combined];
  return { lines, result: { coefficient: s.a + x2Grouped, constant: c1 + c2 } };
}

/** The line where a slip first shows. */
function slipLine(s: Setup, slip: Slip): number {
  if (slip === 'none') return 0;
  const offset = s.bracket ? 1 : 0;
  return slip === 'first-only' ? 1 : slip === 'sign' ? 1 + offset : 2 + offset;
}

function setup(rng: SeededRandom, d: Difficulty): Setup {
  for (;;) {
    const s: Setup =
      d === 1
        ? {
            bracket: false,
            a: rng.int(3, 9),
            b: rng.int(1, 9),
            c: 1,
            e: rng.int(2, 8),
            g: rng.nonZero(-9, 9),
          }
        : d === 2
          ? {
              bracket: true,
              a: rng.int(2, 6),
              b: rng.nonZero(-5, 9),
              c: 1,
              e: rng.int(2, 9),
              g: rng.nonZero(-9, 9),
            }
          : {
              bracket: true,
              a: rng.int(2, 7),
              b: rng.nonZero(-9, 9),
              c: rng.int(2, 5),
              e: rng.int(1, 4),
              g: rng.nonZero(-9, 9),
            };
    const c1 = s.bracket ? s.a * s.b : s.b;
    // The right result and every wrong one keep both an x term and a number.
    const ok = s.a !== s.c * s.e && c1 - s.c * s.g !== 0 && c1 + s.c * s.g !== 0 && s.b - s.c * s.g !== 0;
    if (ok) return s;
  }
}

/** Error analysis: a classmate's simplification with a slip (mostly a minus before brackets); find it, then fix it. */
export const simplifyExpressionsFindErrorFamily = defineFamily({
  id: 'alg.simplify-expressions.find-the-error',
  skillId: 'alg.simplify-expressions',
  name: text('Find the first wrong line', 'Encontrar la primera línea con error'),
  build(rng, difficulty) {
    const s = setup(rng, difficulty);
    const r = rng.next();
    const slip: Slip =
      difficulty === 1
        ? r < 0.55
          ? 'sign'
          : r < 0.85
            ? 'dropped'
            : 'none'
        : r < 0.2
          ? 'first-only'
          : r < 0.65
            ? 'sign'
            : r < 0.85
              ? 'dropped'
              : 'none';
    const name = rng.pick(names);
    const shown = work(s, slip);
    const right = work(s, 'none');
    const options = lineOptions(shown.lines.length);
    const line = slipLine(s, slip);
    const correctId = line === 0 ? 'none' : `o${line}`;
    const outside = s.c === 1 ? '' : String(s.c);
    const second = `${outside}(${linear(s.e, s.g, 'x')})`;
    const original = s.bracket
      ? `${s.a}(${linear(1, s.b, 'x')}) - ${second}`
      : `${term(s.a, 'x')} ${signed(s.b)} - ${second}`;
    const answer = linear(right.result.coefficient, right.result.constant, 'x');
    const check = difficulty === 1 ? 1 : 2;
    const valueAt = (t: number) => (s.bracket ? s.a * (t + s.b) : s.a * t + s.b) - s.c * (s.e * t + s.g);

    const listed = (lines: readonly string[], word: string) =>
      lines.map((l, i) => `${word} ${i + 1}: $${l}$.`).join(' ');
    const wrongPicks: Misconception[] =
      slip === 'none' ? [] : [misconception(slipMisconception[slip], choice(options, 'none'))];
    const wrongResults = (['first-only', 'sign', 'dropped'] as const)
      .filter((k) => s.bracket || k !== 'first-only')
      .map((k) => {
        const w = work(s, k).result;
        return misconception(slipMisconception[k], expr(linear(w.coefficient, w.constant, 'x')));
      });
    // Leaving the whole bracket unchanged: -(ex + g) read as + ex + g.
    const c1 = s.bracket ? s.a * s.b : s.b;
    const unchanged = misconception(
      'distributed-sign-error',
      expr(linear(s.a + s.c * s.e, c1 + s.c * s.g, 'x')),
    );

    const reason: Localized =
      slip === 'first-only'
        ? text(
            `$${s.a}$ must multiply both terms of $(${linear(1, s.b, 'x')})$, not only $x$.`,
            `$${s.a}$ debe multiplicar a los dos términos de $(${linear(1, s.b, 'x')})$, no solo a $x$.`,
          )
        : slip === 'sign'
          ? text(
              `the minus in front of $${second}$ must change the sign of the number inside too.`,
              `el signo menos delante de $${second}$ también debe cambiar el signo del número de dentro.`,
            )
          : text(
              `$${term(-s.c * s.e, 'x')}$ must keep its minus sign when the terms are reordered.`,
              `$${term(-s.c * s.e, 'x')}$ debe conservar su signo menos al reordenar los términos.`,
            );

    return {
      stem: text(
        `${name} simplified $${original}$ like this. ${listed(shown.lines, 'Line')}`,
        `${name} simplificó $${original}$ así. ${listed(shown.lines, 'Línea')}`,
      ),
      steps: [
        step({
          id: 'first-wrong-line',
          prompt: text(
            `Which line has ${name}'s first mistake, if there is one?`,
            `¿En qué línea está el primer error de ${name}, si lo hay?`,
          ),
          answer: choice(options, correctId),
          guidingQuestion: text(
            'What should each line do to the line before it, and did it do exactly that?',
            '¿Qué debería hacer cada línea con la anterior? ¿Hizo exactamente eso?',
          ),
          hints: [
            text(
              'Compare each line with the one before it: a line may only remove brackets, reorder terms or combine like terms.',
              'Compara cada línea con la anterior: una línea solo puede quitar paréntesis, reordenar términos o reducir términos semejantes.',
            ),
            text(
              'A minus sign in front of brackets changes the sign of every term inside; a term that is moved keeps its own sign.',
              'Un signo menos delante de un paréntesis cambia el signo de todos los términos de dentro; un término que se mueve conserva su signo.',
            ),
            text(
              `A quick test: put $x = ${check}$ into the original and into each line. Equivalent lines give the same value, so the first one that differs holds the mistake.`,
              `Una prueba rápida: pon $x = ${check}$ en la expresión original y en cada línea. Las líneas equivalentes dan el mismo valor, así que la primera que cambia contiene el error.`,
            ),
          ],
          scaffolds: [
            scaffold(
              'value-of-original',
              text(
                `What is the value of the original expression when $x = ${check}$?`,
                `¿Cuánto vale la expresión original cuando $x = ${check}$?`,
              ),
              num(valueAt(check)),
            ),
            scaffold(
              'second-bracket',
              text(
                `What does $-${second}$ become without the brackets?`,
                `¿En qué se convierte $-${second}$ sin el paréntesis?`,
              ),
              expr(`${term(-s.c * s.e, 'x')} ${signed(-s.c * s.g)}`),
              [
                misconception(
                  'distributed-sign-error',
                  expr(`${term(-s.c * s.e, 'x')} ${signed(s.c * s.g)}`),
                ),
              ],
            ),
          ],
          misconceptions: wrongPicks,
          worked: [
            text(
              `The right lines are: ${listed(right.lines, 'Line')}`,
              `Las líneas correctas son: ${listed(right.lines, 'Línea')}`,
            ),
            line === 0
              ? text(
                  `Every line of ${name}'s work matches, so the work is right.`,
                  `Todas las líneas de ${name} coinciden, así que el trabajo está bien.`,
                )
              : text(
                  `Line ${line} should be $${right.lines[line - 1]}$, not $${shown.lines[line - 1]}$: ${reason.en}`,
                  `La línea ${line} debería ser $${right.lines[line - 1]}$, no $${shown.lines[line - 1]}$: ${reason.es}`,
                ),
          ],
        }),
        step({
          id: 'simplified',
          prompt: text(
            `Write the correct simplified form of $${original}$.`,
            `Escribe la forma simplificada correcta de $${original}$.`,
          ),
          answer: expr(answer),
          guidingQuestion: text(
            'Which part of the work can you keep, and from where do you need to start again?',
            '¿Qué parte del trabajo puedes conservar y desde dónde tienes que empezar de nuevo?',
          ),
          hints: [
            text(
              'Start again from the original expression and remove one pair of brackets at a time.',
              'Empieza de nuevo desde la expresión original y quita los paréntesis de uno en uno.',
            ),
            s.c === 1
              ? text(
                  `Removing $-${second}$ changes the sign of both terms inside it.`,
                  `Al quitar $-${second}$ cambia el signo de los dos términos de dentro.`,
                )
              : text(
                  `Multiply both terms inside $${second}$ by $-${s.c}$, not by $${s.c}$.`,
                  `Multiplica los dos términos de $${second}$ por $-${s.c}$, no por $${s.c}$.`,
                ),
            text(
              `Then collect the $x$ terms and the numbers, and check by putting $x = ${check}$ into your answer and into the original.`,
              `Después reúne los términos con $x$ y los números, y comprueba poniendo $x = ${check}$ en tu respuesta y en la original.`,
            ),
          ],
          misconceptions: [...wrongResults, unchanged],
          worked: [
            text(
              `Remove both brackets: $${original} = ${work({ ...s, bracket: false, b: c1 }, 'none').lines[0]}$`,
              `Quita los dos paréntesis: $${original} = ${work({ ...s, bracket: false, b: c1 }, 'none').lines[0]}$`,
            ),
            text(
              `Group like terms: $${right.lines.at(-2)}$`,
              `Agrupa los términos semejantes: $${right.lines.at(-2)}$`,
            ),
            text(`Combine them: $${answer}$`, `Redúcelos: $${answer}$`),
          ],
        }),
      ],
    };
  },
});
