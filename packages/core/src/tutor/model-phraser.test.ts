import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createModelPhraser, type FetchLike, ModelError, readModelConfig } from './model-phraser.ts';

const request = {
  plannedReply: 'What is being done to x?',
  learnerMessage: 'help',
  problem: 'Solve $x + 3 = 7$.',
  stepPrompt: 'What is $x$?',
  history: [],
  locale: 'es' as const,
  signal: new AbortController().signal,
};

describe('readModelConfig', () => {
  test('is null without an endpoint, and reads the values when set', () => {
    assert.equal(readModelConfig({}), null);
    assert.equal(readModelConfig({ AI_BASE_URL: 'http://127.0.0.1:9/v1' }), null);
    assert.deepEqual(
      readModelConfig({
        AI_BASE_URL: 'http://127.0.0.1:9/v1/',
        AI_MODEL: 'm',
        AI_API_KEY: 'k',
        AI_TIMEOUT_MS: '1500',
      }),
      {
        baseUrl: 'http://127.0.0.1:9/v1',
        model: 'm',
        apiKey: 'k',
        timeoutMs: 1500,
      },
    );
    assert.equal(
      readModelConfig({ AI_BASE_URL: 'http://h/v1', AI_MODEL: 'm', AI_TIMEOUT_MS: 'soon' })?.timeoutMs,
      4000,
    );
  });
});

describe('createModelPhraser', () => {
  test('posts an OpenAI-compatible chat completion and returns its text', async () => {
    const calls: { url: string; init: Parameters<FetchLike>[1] }[] = [];
    const fetchImpl: FetchLike = async (url, init) => {
      calls.push({ url, init });
      return {
        ok: true,
        status: 200,
        body: Response.json({ choices: [{ message: { content: '  ¿Qué le pasa a x?  ' } }] }).body,
      };
    };
    const phraser = createModelPhraser(
      { baseUrl: 'http://127.0.0.1:9/v1', model: 'tiny', apiKey: 'secret', timeoutMs: 100 },
      fetchImpl,
    );
    assert.equal(await phraser.phrase(request), '¿Qué le pasa a x?');
    const [call] = calls;
    assert.equal(call?.url, 'http://127.0.0.1:9/v1/chat/completions');
    assert.equal(call?.init.headers.authorization, 'Bearer secret');
    const body = JSON.parse(call!.init.body) as {
      model: string;
      messages: { role: string; content: string }[];
    };
    assert.equal(body.model, 'tiny');
    assert.equal(body.messages[0]?.role, 'system');
    assert.match(body.messages[0]!.content, /Spanish/);
    assert.match(body.messages[1]!.content, /Planned reply: What is being done to x\?/);
  });

  test('turns HTTP errors and empty answers into a ModelError', async () => {
    const failing = createModelPhraser({ baseUrl: 'http://h/v1', model: 'm', timeoutMs: 10 }, async () => ({
      ok: false,
      status: 503,
      body: Response.json({}).body,
    }));
    await assert.rejects(failing.phrase(request), ModelError);
    const empty = createModelPhraser({ baseUrl: 'http://h/v1', model: 'm', timeoutMs: 10 }, async () => ({
      ok: true,
      status: 200,
      body: Response.json({ choices: [] }).body,
    }));
    await assert.rejects(empty.phrase(request), ModelError);
  });
});
