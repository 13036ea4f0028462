import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { itemFamilies } from '../content/catalog/item-families.ts';
import { createModelPhraser, MODEL_REPLY_MAX_BYTES, ModelError } from './model-phraser.ts';
import { respondAsTutor } from './respond-as-tutor.ts';

const CHUNK = Buffer.alloc(64 * 1024, 'a');
/** What the endpoint would send in all: far more than the cap. */
const HUGE_BYTES = 256 * 1024 * 1024;

/**
 * A real OpenAI-compatible endpoint on 127.0.0.1 that streams one enormous (valid) JSON reply, writing only
 * as fast as the client reads, and counts what it managed to send before the client hung up.
 */
async function hugeModel() {
  const state = { sent: 0, closed: Promise.resolve() };
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      state.sent = 0;
      state.closed = new Promise((resolve) => res.once('close', () => resolve()));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"choices":[{"message":{"role":"assistant","content":"');
      const pump = () => {
        while (state.sent < HUGE_BYTES && !res.destroyed) {
          state.sent += CHUNK.length;
          if (!res.write(CHUNK)) return void res.once('drain', pump);
        }
        if (!res.destroyed) res.end('"}}]}');
      };
      pump();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    state,
    url: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('the tutor model client reads at most MODEL_REPLY_MAX_BYTES of a reply', () => {
  let model: Awaited<ReturnType<typeof hugeModel>>;
  before(async () => {
    model = await hugeModel();
  });
  after(() => model.close());

  const phraseRequest = {
    plannedReply: 'What is being done to x?',
    learnerMessage: 'help',
    problem: 'Solve $x + 3 = 7$.',
    stepPrompt: 'What is $x$?',
    history: [],
    locale: 'en' as const,
  };

  test('a 256 MB reply is cut off at the cap with a ModelError, and the connection is dropped', async () => {
    const phraser = createModelPhraser({ baseUrl: model.url, model: 'm', timeoutMs: 30_000 }, fetch);
    const heapBefore = process.memoryUsage().heapUsed;
    await assert.rejects(
      phraser.phrase({ ...phraseRequest, signal: new AbortController().signal }),
      (error: unknown) => error instanceof ModelError && /larger than/.test(error.message),
    );
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
    await model.state.closed;
    // The server only writes as the client reads: what it got out is the cap plus socket buffers, not 256 MB.
    assert.ok(model.state.sent < 16 * 1024 * 1024, `the server sent ${model.state.sent} bytes`);
    assert.ok(heapGrowth < 64 * 1024 * 1024, `the heap grew by ${heapGrowth} bytes`);
    assert.equal(MODEL_REPLY_MAX_BYTES, 256 * 1024);
  });

  test('the tutor falls back to the engine when the reply is too large', async () => {
    const item = itemFamilies[0]!.generate(3, 1);
    const phraser = createModelPhraser({ baseUrl: model.url, model: 'm', timeoutMs: 30_000 }, fetch);
    const response = await respondAsTutor(
      { item, stepIndex: 0, attempts: [], history: [], message: 'help', locale: 'en' },
      { phraser, timeoutMs: 30_000 },
    );
    assert.equal(response.source, 'engine');
    assert.equal(response.fallbackReason, 'model-error');
    assert.equal(response.text, response.reply.text);
    await model.state.closed;
    assert.ok(model.state.sent < 16 * 1024 * 1024, `the server sent ${model.state.sent} bytes`);
  });
});
