import { type AuthoredContent, type AuthoredItemInput, validateAuthoredItem } from '@pathwise/core/content';

/**
 * The item the demo teacher wrote for 7A, published in the demo school's bank: practice serves it on its
 * skill in turn with the generated families. Its id is fixed (the editor's are random) so that the browser
 * tests, whose learners practise in the demo school, know it when it is served and answer it from this
 * definition (test code only: no API gives answers to learners).
 */
export const DEMO_TEACHER_ITEM = {
  id: 'authored/demo-taxi-ride',
  attribution: 'Written by Tomás Teacher for 7A',
  input: {
    skillId: 'alg.two-step-equations',
    difficulty: 2,
    stem: {
      en: 'A taxi charges a 3-euro fee and 2 euros per kilometre. The ride cost 17 euros.',
      es: 'Un taxi cobra 3 euros de bajada de bandera y 2 euros por kilómetro. El viaje costó 17 euros.',
    },
    steps: [
      {
        prompt: {
          en: 'Write an equation for the ride of $k$ kilometres.',
          es: 'Escribe una ecuación para un viaje de $k$ kilómetros.',
        },
        answer: { kind: 'relation', key: '2k + 3 = 17', variables: ['k'] },
        hints: [
          {
            en: 'Each kilometre costs 2 euros, so $k$ kilometres cost $2k$.',
            es: 'Cada kilómetro cuesta 2 euros, así que $k$ kilómetros cuestan $2k$.',
          },
        ],
        misconceptions: [
          {
            answer: '2k = 17',
            feedback: { en: 'The fee is paid too.', es: 'También se paga la bajada de bandera.' },
          },
        ],
      },
      {
        prompt: { en: 'How many kilometres was the ride?', es: '¿Cuántos kilómetros tuvo el viaje?' },
        answer: { kind: 'number', key: '7' },
        hints: [{ en: 'Take the fee away first.', es: 'Quita primero la bajada de bandera.' }],
        misconceptions: [],
      },
    ],
  } satisfies AuthoredItemInput,
} as const;

/** The demo teacher's item checked as the editor checks it: the content stored in the bank. Throws if not. */
export function demoTeacherItemContent(): AuthoredContent {
  const check = validateAuthoredItem(DEMO_TEACHER_ITEM.input);
  if (!check.ok)
    throw new Error(`The demo item does not pass the editor's checks: ${JSON.stringify(check.errors)}`);
  return check.content;
}
