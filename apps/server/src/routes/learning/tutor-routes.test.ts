import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { canonicalAnswer } from '@pathwise/core/content';
import { revealsAnswer } from '@pathwise/core/tutor/test-support';
import { testBackends } from '@pathwise/db/testing';
import { buildTestApp, type TestApp } from '../../test/test-app.ts';
import {
  call,
  itemOf,
  type LearningOrg,
  learningOrg,
  rightAnswer,
  wrongAnswer,
} from './learning-test-kit.ts';

/** A local OpenAI-compatible endpoint whose behaviour each test sets. */
interface FakeModel {
  url: string;
  /** `hang`: the endpoint never answers (until close), as a model that is too slow. */
  reply: () => { status: number; text: string; hang?: boolean };
  requests: string[];
  close(): Promise<void>;
}

async function fakeModel(): Promise<FakeModel> {
  const fake: Pick<FakeModel, 'reply' | 'requests'> = {
    reply: () => ({ status: 200, text: 'Good question! What could you do first?' }),
    requests: [],
  };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      fake.requests.push(body);
      const { status, text, hang } = fake.reply();
      if (hang) return;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: text } }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  });
}

for (const backend of await testBackends()) {
  describe(`the tutor through HTTP with a model endpoint on ${backend.kind}`, () => {
    let t: TestApp;
    let o: LearningOrg;
    let model: FakeModel;
    let base: string;
    before(async () => {
      model = await fakeModel();
      t = await buildTestApp(backend, { AI_BASE_URL: model.url, AI_MODEL: 'fake', AI_TIMEOUT_MS: '400' });
      o = await learningOrg(t);
      base = `/api/orgs/${o.orgId}`;
      await call(t.app, o.learner, 'POST', `${base}/pathways/algebra-foundations/enrollment`);
      // Finish the placement quickly by answering every step wrong: every skill then starts from the beginning.
      let done = false;
      for (let i = 0; i < 40 && !done; i++) {
        const next = await call(
          t.app,
          o.learner,
          'POST',
          `${base}/pathways/algebra-foundations/placement/next`,
        );
        done = next.body.done === true;
        if (done) break;
        for (const step of itemOf(next.body.item.itemId).steps) {
          await call(t.app, o.learner, 'POST', `${base}/served-items/${next.body.item.servedId}/answer`, {
            stepId: step.id,
            answer: wrongAnswer(step.answer),
          });
        }
      }
      assert.ok(done, 'the placement ended');
    });
    after(async () => {
      await t.close();
      await model.close();
    });

    async function practiceItem() {
      const next = await call(t.app, o.learner, 'POST', `${base}/pathways/algebra-foundations/practice/next`);
      assert.equal(next.status, 200, next.raw);
      return next.body.item as { servedId: string; itemId: string; currentStepId: string };
    }

    test('a model that tries to leak the answer is blocked, however the learner asks; the engine answers', async () => {
      for (let round = 0; round < 4; round++) {
        const item = await practiceItem();
        const full = itemOf(item.itemId);
        const answer = canonicalAnswer(full.steps[0]!.answer);
        model.reply = () => ({ status: 200, text: `Sure! The answer is ${answer}. Final answer: ${answer}` });
        for (const message of ['just tell me the answer', 'what is x?', 'I give up', 'is it 3?', '']) {
          const res = await call(t.app, o.learner, 'POST', `${base}/served-items/${item.servedId}/tutor`, {
            stepId: item.currentStepId,
            message,
          });
          assert.equal(res.status, 200, res.raw);
          assert.equal(res.body.source, 'engine', `blocked model reply: ${res.raw}`);
          const leak = revealsAnswer(res.body.reply, full, 0);
          assert.equal(leak, null, `${full.id} "${message}" → ${res.body.reply}`);
        }
      }
      assert.ok(model.requests.length > 0, 'the model was asked');
      for (const body of model.requests.slice(-5))
        assert.ok(!body.includes('Final answer'), 'no answer is sent to the model');
    });

    test('a model reply that reveals nothing is used; the conversation is stored and recorded', async () => {
      const item = await practiceItem();
      const statements = async () =>
        Number(
          (
            await t.db.kysely
              .selectFrom('xapi_statements')
              .select((eb) => eb.fn.countAll().as('n'))
              .where('org_id', '=', o.orgId)
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = await statements();
      model.reply = () => ({
        status: 200,
        text: 'Let us think together: what operation undoes the one you see?',
      });
      const res = await call(t.app, o.learner, 'POST', `${base}/served-items/${item.servedId}/tutor`, {
        stepId: item.currentStepId,
        message: 'help',
      });
      assert.equal(res.body.source, 'model', res.raw);
      const history = await call(
        t.app,
        o.learner,
        'GET',
        `${base}/served-items/${item.servedId}/tutor?stepId=${item.currentStepId}`,
      );
      assert.deepEqual(
        history.body.turns.map((x: { speaker: string; text: string }) => [x.speaker, x.text]),
        [
          ['learner', 'help'],
          ['tutor', 'Let us think together: what operation undoes the one you see?'],
        ],
      );
      assert.ok((await statements()) >= before + 2, 'both turns are in the activity record');
    });

    test('falls back to the engine when the endpoint fails or is slow', async () => {
      const item = await practiceItem();
      model.reply = () => ({ status: 500, text: 'boom' });
      const failed = await call(t.app, o.learner, 'POST', `${base}/served-items/${item.servedId}/tutor`, {
        stepId: item.currentStepId,
        message: 'I need a hint',
      });
      assert.equal(failed.status, 200, failed.raw);
      assert.equal(failed.body.source, 'engine');
      assert.ok(failed.body.reply.length > 10);
      // The model never answers: an answer at all shows the learner was not kept waiting for it (AI_TIMEOUT_MS).
      model.reply = () => ({ status: 200, text: 'Too late.', hang: true });
      const asked = model.requests.length;
      const slow = await call(t.app, o.learner, 'POST', `${base}/served-items/${item.servedId}/tutor`, {
        stepId: item.currentStepId,
        message: 'another hint please',
      });
      assert.equal(slow.body.source, 'engine');
      assert.equal(model.requests.length, asked + 1, 'the model was asked, and not waited for');
      assert.ok(slow.body.hintLevel >= 1, 'the hint ladder climbs');
    });

    test('the tutor is not available during placement, nor on a step not reached', async () => {
      await call(t.app, o.learner, 'POST', `${base}/pathways/data-literacy/enrollment`);
      const placing = await call(t.app, o.learner, 'POST', `${base}/pathways/data-literacy/placement/next`);
      const refused = await call(
        t.app,
        o.learner,
        'POST',
        `${base}/served-items/${placing.body.item.servedId}/tutor`,
        {
          stepId: placing.body.item.currentStepId,
          message: 'help',
        },
      );
      assert.equal(refused.status, 409, refused.raw);
      const item = await practiceItem();
      const full = itemOf(item.itemId);
      if (full.steps.length > 1) {
        const ahead = await call(t.app, o.learner, 'POST', `${base}/served-items/${item.servedId}/tutor`, {
          stepId: full.steps[1]!.id,
          message: 'hi',
        });
        assert.equal(ahead.status, 409);
      }
      const done = await call(t.app, o.learner, 'POST', `${base}/served-items/${item.servedId}/answer`, {
        stepId: item.currentStepId,
        answer: rightAnswer(full.steps[0]!.answer),
      });
      assert.equal(done.body.result, 'correct');
    });
  });
}
