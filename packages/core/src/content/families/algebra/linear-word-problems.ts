import { type Localized, text } from '../../../language/localized.ts';
import type { AnswerSpec } from '../../answer/answer-spec.ts';
import { defineFamily, misconception, num, ratio, scaffold, step } from '../family-kit.ts';

interface Story {
  readonly unit: Localized;
  readonly setup: (fixed: number, rate: number, total: number) => Localized;
  readonly question: Localized;
}

const stories: readonly Story[] = [
  {
    unit: text('kilometres', 'kilómetros'),
    setup: (fixed, rate, total) =>
      text(
        `A taxi charges a fixed fee of $${fixed}$ dollars plus $${rate}$ dollars per kilometre. A ride cost $${total}$ dollars.`,
        `Un taxi cobra una tarifa fija de $${fixed}$ dólares más $${rate}$ dólares por kilómetro. Un viaje costó $${total}$ dólares.`,
      ),
    question: text('How many kilometres was the ride?', '¿Cuántos kilómetros fue el viaje?'),
  },
  {
    unit: text('months', 'meses'),
    setup: (fixed, rate, total) =>
      text(
        `A gym charges $${fixed}$ dollars to join and $${rate}$ dollars per month. Ana has paid $${total}$ dollars in all.`,
        `Un gimnasio cobra $${fixed}$ dólares de inscripción y $${rate}$ dólares al mes. Ana ha pagado $${total}$ dólares en total.`,
      ),
    question: text('For how many months has Ana been a member?', '¿Cuántos meses lleva Ana inscrita?'),
  },
  {
    unit: text('hours', 'horas'),
    setup: (fixed, rate, total) =>
      text(
        `A plumber charges $${fixed}$ dollars for the visit and $${rate}$ dollars per hour. The bill was $${total}$ dollars.`,
        `Un fontanero cobra $${fixed}$ dólares por la visita y $${rate}$ dólares por hora. La factura fue de $${total}$ dólares.`,
      ),
    question: text('How many hours did the plumber work?', '¿Cuántas horas trabajó el fontanero?'),
  },
];

const equation = (fixed: number, rate: number, total: number): AnswerSpec => ({
  kind: 'relation',
  value: `${fixed} + ${rate}t = ${total}`,
  variables: ['t'],
});

/** Word problems with a fixed part and a rate: write the equation, then solve it. */
export const linearWordProblemsFamily = defineFamily({
  id: 'alg.linear-word-problems.fixed-plus-rate',
  skillId: 'alg.linear-word-problems',
  name: text('Solve linear word problems', 'Resolver problemas verbales lineales'),
  build(rng, difficulty) {
    const story = rng.pick(stories);
    const fixed = rng.int(2, difficulty === 1 ? 10 : 40);
    const rate = rng.int(2, difficulty === 3 ? 25 : 9);
    const units = rng.int(2, 15);
    const total = fixed + rate * units;
    return {
      stem: story.setup(fixed, rate, total),
      steps: [
        step({
          id: 'equation',
          prompt: text(
            `Let $t$ be the number of ${story.unit.en}. Write an equation for the total cost.`,
            `Sea $t$ el número de ${story.unit.es}. Escribe una ecuación para el costo total.`,
          ),
          answer: equation(fixed, rate, total),
          guidingQuestion: text(
            'Which part of the cost stays the same, and which part grows with $t$?',
            '¿Qué parte del costo no cambia y qué parte crece con $t$?',
          ),
          hints: [
            text(
              'The total is the fixed part plus the part that depends on $t$.',
              'El total es la parte fija más la parte que depende de $t$.',
            ),
            text(
              `The part that depends on $t$ is the rate times $t$.`,
              `La parte que depende de $t$ es la tarifa por $t$.`,
            ),
          ],
          misconceptions: [
            misconception('added-instead-of-multiplied', {
              kind: 'relation',
              value: `${fixed} + ${rate} + t = ${total}`,
              variables: ['t'],
            }),
          ],
        }),
        step({
          id: 'solution',
          prompt: story.question,
          answer: num(units),
          guidingQuestion: text(
            'Which operation would you undo first in your equation?',
            '¿Qué operación de tu ecuación deshacerías primero?',
          ),
          hints: [
            text('Remove the fixed part from the total first.', 'Primero quita la parte fija del total.'),
            text(
              'What is left is paid at the rate, so divide it by the rate.',
              'Lo que queda se paga según la tarifa, así que divídelo entre la tarifa.',
            ),
          ],
          scaffolds: [
            scaffold(
              'rest',
              text(
                'How much of the total is not the fixed part?',
                '¿Qué parte del total no es la parte fija?',
              ),
              num(total - fixed),
            ),
          ],
          misconceptions: [
            misconception('ignored-fixed-part', { kind: 'fraction', value: ratio(total, rate) }),
            misconception('stopped-before-dividing', num(total - fixed)),
          ],
        }),
      ],
    };
  },
});
