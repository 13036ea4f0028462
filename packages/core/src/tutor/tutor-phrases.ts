import type { Localized } from '../language/localized.ts';

/** Fixed tutor lines, in every language. None contains a number, so none can reveal an answer. */
export const tutorPhrases = {
  refuse: [
    {
      en: "I won't give you the answer: you'll remember it much better if you find it yourself. Let's go one step at a time.",
      es: 'No te voy a dar la respuesta: la recordarás mucho mejor si la encuentras tú. Vamos paso a paso.',
    },
    {
      en: "The answer is yours to find, and I'm here to help you get there.",
      es: 'La respuesta la tienes que encontrar tú, y yo estoy aquí para ayudarte a llegar.',
    },
  ],
  encourage: [
    {
      en: "Don't give up: you're closer than you think. Let's make the next step smaller.",
      es: 'No te rindas: estás más cerca de lo que crees. Hagamos el siguiente paso más pequeño.',
    },
    {
      en: 'Being stuck is part of learning. Take a breath; we will do this together.',
      es: 'Atascarse es parte de aprender. Respira; lo haremos juntos.',
    },
  ],
  smallerQuestion: {
    en: "Let's try a smaller question first.",
    es: 'Probemos primero con una pregunta más pequeña.',
  },
  hintIntro: { en: 'Here is a hint.', es: 'Aquí tienes una pista.' },
  scaffoldRight: { en: "Yes, that's right. Now use it.", es: 'Sí, es correcto. Ahora úsalo.' },
  scaffoldWrong: { en: 'Not quite. Look again:', es: 'No exactamente. Míralo otra vez:' },
  checkYourself: {
    en: 'Good thinking. Check it yourself before you submit: does it make the original problem true? Then enter it in the answer box.',
    es: 'Buena idea. Compruébalo tú antes de enviarlo: ¿hace verdadero el problema original? Después escríbelo en la casilla de respuesta.',
  },
  misconceptionFollowUp: { en: 'What would you change?', es: '¿Qué cambiarías?' },
  ladderExhausted: {
    en: 'You have every hint for this step now. Go back over them one at a time: which one can you act on right now?',
    es: 'Ya tienes todas las pistas de este paso. Repásalas una por una: ¿cuál puedes aplicar ahora mismo?',
  },
  lastHintAgain: { en: 'Here is the most specific one again.', es: 'Aquí tienes otra vez la más concreta.' },
} as const satisfies Record<string, Localized | readonly Localized[]>;
