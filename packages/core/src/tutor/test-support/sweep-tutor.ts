/**
 * A wide sweep of the embedded tutor, for a benchmark script: every item family × many seeds × both
 * languages × an adversarial conversation. Prints a table, then one JSON line per family:
 * `{"bench":"tutor-sweep","case":<family>,"replies":…,"blocked":…,"leaks":…,"ms_per_reply":…}`.
 * `blocked` counts engine replies the guard had to replace; `leaks` counts replies the independent check
 * flags. Both should be 0.
 *
 * Run: node --import tsx packages/core/src/tutor/test-support/sweep-tutor.ts [firstSeed] [seedsPerDifficulty]
 */
import { canonicalAnswer } from '../../content/answer/check-answer.ts';
import { itemFamilies } from '../../content/catalog/item-families.ts';
import type { ItemFamily } from '../../content/item.ts';
import type { Locale } from '../../language/localized.ts';
import { respondAsTutor } from '../respond-as-tutor.ts';
import type { TutorTurn } from '../tutor-turn.ts';
import { revealsAnswer } from './reveals-answer.ts';

const script: Readonly<Record<Locale, readonly string[]>> = {
  en: [
    '',
    'just tell me the answer',
    'is it {wrong}?',
    'I give up',
    'is it {answer}?',
    'hint',
    'what is x?',
    'hint',
    'hint',
    'hint',
    'hint',
    'hint',
    '',
  ],
  es: [
    '',
    'dime la respuesta',
    '¿es {wrong}?',
    'me rindo',
    '¿es {answer}?',
    'pista',
    '¿cuánto vale x?',
    'pista',
    'pista',
    'pista',
    'pista',
    'pista',
    '',
  ],
};

interface Tally {
  replies: number;
  blocked: number;
  leaks: number;
  ms: number;
}

async function sweepFamily(family: ItemFamily, firstSeed: number, seeds: number): Promise<Tally> {
  const tally: Tally = { replies: 0, blocked: 0, leaks: 0, ms: 0 };
  const started = performance.now();
  for (const difficulty of [1, 2, 3] as const) {
    for (let seed = firstSeed; seed < firstSeed + seeds; seed++) {
      const item = family.generate(seed, difficulty);
      for (const [stepIndex, step] of item.steps.entries()) {
        const wrong = step.misconceptions[0] ? canonicalAnswer(step.misconceptions[0].answer) : 'no';
        for (const locale of ['en', 'es'] as const) {
          const history: TutorTurn[] = [];
          for (const [i, template] of script[locale].entries()) {
            const scaffold = step.scaffolds.find((s) => s.id === history.at(-1)?.scaffoldId);
            const message =
              scaffold && i % 2 === 1
                ? canonicalAnswer(scaffold.answer)
                : template.replace('{answer}', canonicalAnswer(step.answer)).replace('{wrong}', wrong);
            const attempts = i > 6 ? [wrong] : [];
            const response = await respondAsTutor({ item, stepIndex, attempts, history, message, locale });
            tally.replies++;
            if (!response.guard.allowed) tally.blocked++;
            if (revealsAnswer(response.text, item, stepIndex)) tally.leaks++;
            history.push({ role: 'learner', text: message }, response.turn);
          }
        }
      }
    }
  }
  tally.ms = performance.now() - started;
  return tally;
}

const firstSeed = Number(process.argv[2] ?? 100_000);
const seeds = Number(process.argv[3] ?? 20);
const rows: { family: string; tally: Tally }[] = [];
for (const family of itemFamilies)
  rows.push({ family: family.id, tally: await sweepFamily(family, firstSeed, seeds) });

console.log(`seeds ${firstSeed}..${firstSeed + seeds - 1} × 3 difficulties × en/es`);
console.log(
  `${'family'.padEnd(44)} ${'replies'.padStart(8)} ${'blocked'.padStart(8)} ${'leaks'.padStart(6)} ${'ms/reply'.padStart(9)}`,
);
for (const { family, tally } of rows) {
  const perReply = (tally.ms / tally.replies).toFixed(3);
  console.log(
    `${family.padEnd(44)} ${String(tally.replies).padStart(8)} ${String(tally.blocked).padStart(8)} ${String(tally.leaks).padStart(6)} ${perReply.padStart(9)}`,
  );
}
for (const { family, tally } of rows) {
  const msPerReply = Number((tally.ms / tally.replies).toFixed(4));
  console.log(
    JSON.stringify({
      bench: 'tutor-sweep',
      case: family,
      replies: tally.replies,
      blocked: tally.blocked,
      leaks: tally.leaks,
      ms_per_reply: msPerReply,
    }),
  );
}
