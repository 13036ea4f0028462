import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readability, textCounts } from './readability.ts';
import { englishSyllables, spanishSyllables } from './syllables.ts';

// Each sample was counted by hand; the counts are written next to it.
const PLAIN =
  'The cat sat on the mat. It was a warm day. The sun was high and the sky was blue. ' +
  'A dog came by and the cat ran up a tree. Then the dog went home.';
// Words 6 + 5 + 9 + 11 + 5 = 36, sentences 5, syllables 36 (every word has one).

const MATH =
  'Mr. Lee gave the class a problem, e.g. $3x + 5 = 20$. Solve it in 2 steps. First, subtract 5 from both ' +
  'sides of the equation. Then divide both sides by 3. The solution is the value that makes the equation true.';
// Math, digits and operators stripped; "Mr." and "e.g." are words, not sentence ends.
// Words: Mr Lee gave the class a problem eg (8) | Solve it in steps (4) | First subtract from both sides of the
// equation (8) | Then divide both sides by (5) | The solution is the value that makes the equation true (10) = 35.
// Sentences 5. Syllables: 9 (pro-blem 2) + 4 + 11 (sub-tract 2, e-qua-tion 3) + 6 (di-vide 2)
// + 15 (so-lu-tion 3, val-ue 2, e-qua-tion 3) = 45.

const SPANISH =
  'La clase resuelve una ecuación. Primero restamos cinco en los dos lados. Después dividimos entre tres. ' +
  'Así vemos el valor de la incógnita. Por último, comprobamos la respuesta con la ecuación original.';
// Words 5 + 7 + 4 + 7 + 9 = 32, sentences 5.
// Syllables: la cla-se re-suel-ve u-na e-cua-ción = 11; pri-me-ro res-ta-mos cin-co en los dos la-dos = 13;
// des-pués di-vi-di-mos en-tre tres = 9; a-sí ve-mos el va-lor de la in-cóg-ni-ta = 13;
// por úl-ti-mo com-pro-ba-mos la res-pues-ta con la e-cua-ción o-ri-gi-nal = 21; total 67.

describe('readability', () => {
  it('counts a plain English text as counted by hand and scores it with Flesch-Kincaid', () => {
    assert.deepEqual(textCounts(PLAIN, 'en'), { words: 36, sentences: 5, syllables: 36 });
    const r = readability(PLAIN, 'en');
    // 0.39 × 36/5 + 11.8 × 36/36 − 15.59 = −0.98; 206.835 − 1.015 × 7.2 − 84.6 × 1 = 114.93
    assert.equal(r.grade, -1);
    assert.equal(r.ease, 114.9);
    assert.equal(r.tooShort, false);
  });

  it('strips math, digits and operators and does not end sentences at abbreviations', () => {
    assert.deepEqual(textCounts(MATH, 'en'), { words: 35, sentences: 5, syllables: 45 });
    const r = readability(MATH, 'en');
    // 0.39 × 7 + 11.8 × 45/35 − 15.59 = 2.31; 206.835 − 7.105 − 84.6 × 45/35 = 90.96
    assert.equal(r.grade, 2.3);
    assert.equal(r.ease, 91);
  });

  it('scores Spanish with Fernández-Huerta and gives no grade', () => {
    assert.deepEqual(textCounts(SPANISH, 'es'), { words: 32, sentences: 5, syllables: 67 });
    const r = readability(SPANISH, 'es');
    // 206.84 − 0.60 × (67/32 × 100) − 1.02 × (5/32 × 100) = 65.28
    assert.equal(r.formula, 'fernandez-huerta');
    assert.equal(r.ease, 65.3);
    assert.equal(r.grade, null);
  });

  it('flags texts under 30 words as too short and does not score them', () => {
    const r = readability('Solve $2x + 3 = 11$. Check your answer.', 'en');
    assert.equal(r.tooShort, true);
    assert.equal(r.words, 4);
    assert.equal(r.grade, null);
    assert.equal(r.ease, null);
  });

  it('counts syllables of words with silent e, -ed, -le, diphthongs and hiatus', () => {
    const en: [string, number][] = [
      ['make', 1],
      ['table', 2],
      ['simple', 2],
      ['wanted', 2],
      ['used', 1],
      ['problem', 2],
      ['independently', 5],
    ];
    for (const [word, n] of en) assert.equal(englishSyllables(word), n, word);
    const es: [string, number][] = [
      ['poeta', 3],
      ['leer', 2],
      ['país', 2],
      ['queso', 2],
      ['guitarra', 3],
      ['cuidado', 3],
      ['ecuación', 3],
    ];
    for (const [word, n] of es) assert.equal(spanishSyllables(word), n, word);
  });
});
