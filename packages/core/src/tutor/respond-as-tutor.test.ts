import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AnswerSpec } from '../content/answer/answer-spec.ts';
import { canonicalAnswer } from '../content/answer/check-answer.ts';
import { itemFamilies } from '../content/catalog/item-families.ts';
import type { Item } from '../content/item.ts';
import {
  createModelPhraser,
  type FetchLike,
  type PhraseRequest,
  type ReplyPhraser,
} from './model-phraser.ts';
import { respondAsTutor } from './respond-as-tutor.ts';
import { revealsAnswer } from './test-support/reveals-answer.ts';

const words = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
const palabras = [
  'cero',
  'uno',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'once',
  'doce',
];

/** The answer written the many ways a leaky model might write it. */
function leakyPhrasings(spec: AnswerSpec): string[] {
  const canonical = canonicalAnswer(spec);
  const phrasings = [`The answer is ${canonical}.`, `La respuesta es ${canonical}.`, `Easy: ${canonical}`];
  const value =
    spec.kind === 'number'
      ? spec.value
      : spec.kind === 'relation'
        ? Number(/^[a-z] = (-?\d+)$/.exec(spec.value)?.[1])
        : Number.NaN;
  if (Number.isInteger(value)) {
    const v = value as number;
    phrasings.push(
      `x = ${v}`,
      `x=${v}`,
      `${v}`,
      `${v}.0`,
      `$\\frac{${2 * v}}{2}$`,
      `${2 * v}/2`,
      `it's ${v}!`,
      `x es igual a ${v}`,
    );
    if (v >= 0 && v < words.length) phrasings.push(`It is ${words[v]}.`, `Es ${palabras[v]}.`);
    if (v < 0 && -v < words.length)
      phrasings.push(`It is negative ${words[-v]}.`, `Es menos ${palabras[-v]}.`);
  }
  if (spec.kind === 'relation' && /[<>]/.test(spec.value)) {
    const [variable, op, bound] = spec.value.split(' ');
    const flipped = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' }[op ?? ''] ?? op;
    phrasings.push(
      `${bound} ${flipped} ${variable}`,
      `$${spec.value.replace('<=', '\\le').replace('>=', '\\ge')}$`,
    );
  }
  if (spec.kind === 'choice') {
    const option = spec.options.find((o) => o.id === spec.correct)!;
    phrasings.push(option.text.en, option.text.es, `Option ${spec.correct.toUpperCase()}`);
  }
  return phrasings;
}

/** A fake model endpoint that answers every request with the final answer, in turn. */
function leakyModel(item: Item): ReplyPhraser & { calls: number } {
  const phrasings = item.steps.flatMap((s) => leakyPhrasings(s.answer));
  const model = {
    calls: 0,
    async phrase() {
      return phrasings[model.calls++ % phrasings.length]!;
    },
  };
  return model;
}

describe('respondAsTutor with a model endpoint', () => {
  test('a model that leaks the answer in many phrasings is blocked on every family, and the engine answers', async () => {
    let blocked = 0;
    for (const family of itemFamilies) {
      for (const seed of [1, 2, 3]) {
        const item = family.generate(seed, ((seed % 3) + 1) as 1 | 2 | 3);
        const finalStep = item.steps.length - 1;
        const model = leakyModel(item);
        const total = item.steps.flatMap((s) => leakyPhrasings(s.answer)).length;
        for (let i = 0; i < total; i++) {
          const response = await respondAsTutor(
            {
              item,
              stepIndex: finalStep,
              attempts: [],
              history: [],
              message: 'just tell me the answer',
              locale: i % 2 ? 'es' : 'en',
            },
            { phraser: model },
          );
          const leak = revealsAnswer(response.text, item, finalStep);
          assert.equal(leak, null, `${item.id}: "${response.text}"`);
          if (response.fallbackReason === 'blocked') {
            blocked++;
            assert.equal(response.source, 'engine');
            assert.equal(response.text, response.reply.text);
          }
        }
        // Every phrasing of the final step's answer must be blocked (earlier steps' answers may be harmless here).
        const finalPhrasings = leakyPhrasings(item.steps[finalStep]!.answer).length;
        assert.ok(blocked >= finalPhrasings, `${item.id}: only ${blocked} blocked`);
      }
    }
  });

  test('through the OpenAI-compatible client: a leaking endpoint is blocked, a failing one falls back', async () => {
    const item = itemFamilies.find((f) => f.id === 'alg.two-step-equations.basic')!.generate(21, 2);
    const finalAnswer = canonicalAnswer(item.steps[1]!.answer);
    const bodies: string[] = [];
    const leakingFetch: FetchLike = async (_url, init) => {
      bodies.push(init.body);
      return {
        ok: true,
        status: 200,
        body: Response.json({ choices: [{ message: { content: `Fine: ${finalAnswer}` } }] }).body,
      };
    };
    const config = { baseUrl: 'http://127.0.0.1:9/v1', model: 'm', timeoutMs: 500 };
    const request = {
      item,
      stepIndex: 1,
      attempts: [],
      history: [],
      message: 'what is x?',
      locale: 'en' as const,
    };
    const leaked = await respondAsTutor(request, { phraser: createModelPhraser(config, leakingFetch) });
    assert.equal(leaked.fallbackReason, 'blocked');
    assert.equal(revealsAnswer(leaked.text, item, 1), null);
    assert.ok(!bodies[0]!.includes(finalAnswer), 'the answer is never sent to the model');
    const down: FetchLike = async () => ({ ok: false, status: 502, body: Response.json({}).body });
    const failed = await respondAsTutor(request, { phraser: createModelPhraser(config, down) });
    assert.equal(failed.fallbackReason, 'model-error');
    assert.equal(failed.text, leaked.text);
  });

  test('the independent check in these tests does see the leaks', () => {
    const item = itemFamilies.find((f) => f.id === 'alg.one-step-add.basic')!.generate(5, 2);
    for (const phrasing of leakyPhrasings(item.steps[0]!.answer)) {
      assert.notEqual(revealsAnswer(phrasing, item, 0), null, phrasing);
    }
  });

  test('a harmless rephrasing from the model is used', async () => {
    const item = itemFamilies[0]!.generate(9, 2);
    let seen: PhraseRequest | undefined;
    const model: ReplyPhraser = {
      async phrase(request) {
        seen = request;
        return 'Think about the number line: which way do you move?';
      },
    };
    const response = await respondAsTutor(
      { item, stepIndex: 0, attempts: [], history: [], message: 'help', locale: 'en' },
      { phraser: model },
    );
    assert.equal(response.source, 'model');
    assert.equal(response.text, 'Think about the number line: which way do you move?');
    assert.equal(response.turn.text, response.text);
    assert.equal(seen?.plannedReply, response.reply.text);
    assert.ok(!JSON.stringify(seen).includes('"answer"'));
  });

  test('falls back to the engine when the model fails or is too slow', async () => {
    const item = itemFamilies[5]!.generate(4, 1);
    const request = { item, stepIndex: 0, attempts: [], history: [], message: 'hint', locale: 'es' as const };
    const failing: ReplyPhraser = {
      async phrase() {
        throw new Error('HTTP 500');
      },
    };
    const failed = await respondAsTutor(request, { phraser: failing });
    assert.equal(failed.fallbackReason, 'model-error');
    assert.equal(failed.text, failed.reply.text);
    let aborted = false;
    const slow: ReplyPhraser = {
      phrase: ({ signal }) =>
        new Promise((resolve) => {
          signal.addEventListener('abort', () => {
            aborted = true;
            resolve('too late');
          });
        }),
    };
    const timedOut = await respondAsTutor(request, { phraser: slow, timeoutMs: 20 });
    assert.equal(timedOut.fallbackReason, 'timeout');
    assert.equal(timedOut.source, 'engine');
    assert.ok(aborted);
    const none = await respondAsTutor(request);
    assert.equal(none.fallbackReason, 'no-model');
    assert.equal(none.text, failed.text);
  });
});
