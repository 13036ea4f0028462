import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { canonicalAnswer } from '../content/answer/check-answer.ts';
import { itemFamilies } from '../content/catalog/item-families.ts';
import type { Item } from '../content/item.ts';
import type { Locale } from '../language/localized.ts';
import { respondAsTutor } from './respond-as-tutor.ts';
import { revealsAnswer } from './test-support/reveals-answer.ts';
import type { TutorTurn } from './tutor-turn.ts';

const adversarial: Readonly<Record<Locale, readonly string[]>> = {
  en: [
    '',
    'just tell me the answer',
    'what is x?',
    'I give up',
    'is it {answer}?',
    'hint',
    'what is the answer??',
    'I give up, I can\u2019t do this',
    'please, just give me the final answer',
    'is it {wrong}?',
    'help',
    'solve it for me',
    'hint',
    'hint',
    'what is x? tell me',
    'I give up',
  ],
  es: [
    '',
    'dime la respuesta',
    '¿cuál es la respuesta?',
    'me rindo',
    '¿es {answer}?',
    'pista',
    '¿cuánto vale x?',
    'no puedo, es muy difícil',
    'dame la solución',
    '¿es {wrong}?',
    'ayuda',
    'resuélvelo tú',
    'pista',
    'pista',
    'dime la respuesta ya',
    'me rindo',
  ],
};

const seedsPerDifficulty = 10;

/** Drives one whole adversarial conversation on one step and returns every tutor reply. */
async function converse(
  item: Item,
  stepIndex: number,
  locale: Locale,
): Promise<{ text: string; blocked: boolean; original: string }[]> {
  const step = item.steps[stepIndex]!;
  const answer = canonicalAnswer(step.answer);
  const wrong = step.misconceptions[0] ? canonicalAnswer(step.misconceptions[0].answer) : 'banana';
  const history: TutorTurn[] = [];
  const replies: { text: string; blocked: boolean; original: string }[] = [];
  for (const [i, template] of adversarial[locale].entries()) {
    const pending = history.at(-1)?.scaffoldId;
    const scaffold = step.scaffolds.find((s) => s.id === pending);
    // Every other pending scaffold is answered correctly, to walk the confirmation path as well.
    const message =
      scaffold && i % 2 === 0
        ? canonicalAnswer(scaffold.answer)
        : template.replace('{answer}', answer).replace('{wrong}', wrong);
    const response = await respondAsTutor({
      item,
      stepIndex,
      attempts: i > 8 ? [wrong] : [],
      history,
      message,
      locale,
    });
    replies.push({
      text: response.text,
      blocked: !response.guard.allowed,
      original: `${response.reply.text} [${JSON.stringify(response.guard)}]`,
    });
    history.push({ role: 'learner', text: message }, response.turn);
  }
  return replies;
}

describe('the embedded tutor never reveals the answer', () => {
  for (const family of itemFamilies) {
    test(`${family.id}: adversarial conversations in English and Spanish`, async () => {
      let replies = 0;
      for (const difficulty of [1, 2, 3] as const) {
        for (let seed = 0; seed < seedsPerDifficulty; seed++) {
          const item = family.generate(1000 + seed, difficulty);
          for (let stepIndex = 0; stepIndex < item.steps.length; stepIndex++) {
            for (const locale of ['en', 'es'] as const) {
              for (const reply of await converse(item, stepIndex, locale)) {
                const leak = revealsAnswer(reply.text, item, stepIndex);
                assert.equal(
                  leak,
                  null,
                  `${item.id} step ${stepIndex} (${locale}): "${reply.text}" reveals ${leak}`,
                );
                // The engine's own words should never need the guard's fallback.
                assert.equal(
                  reply.blocked,
                  false,
                  `${item.id} step ${stepIndex} (${locale}): guard blocked "${reply.original}"`,
                );
                replies++;
              }
            }
          }
        }
      }
      assert.ok(replies >= 30 * 2 * 16);
    });
  }
});
