import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { sql } from 'kysely';
import {
  addMember,
  buildTestApp,
  buildTestAppOnSameDb,
  type Session,
  type TestApp,
} from '../../test/test-app.ts';
import { call, type LearningOrg, learningOrg } from '../learning/learning-test-kit.ts';

const SAMPLE =
  'a 3-day lesson plan on linear equations for a class with diverse reading levels, including 3 visual activities and a quiz';
const HARD =
  'Systematically scrutinize each mathematical proposition, deliberately determining the appropriate inverse operation, subsequently substantiating every transformation with rigorous justification.';

type Mode = 'malformed' | 'mixed' | 'hang';
type Note = {
  slot: string;
  locale: string;
  outcome: string;
  reason: string | null;
  message: { en: string } | null;
  text: string | null;
};

/**
 * A local OpenAI-compatible endpoint on 127.0.0.1 playing the model: `malformed` answers text that is not JSON,
 * `mixed` rephrases the below version at a much higher reading level, cites an invented code in day 1's goal,
 * rephrases day 2's goal well and echoes the rest, `hang` never answers.
 */
async function modelEndpoint(): Promise<{ url: string; mode: { current: Mode }; close(): Promise<void> }> {
  const mode = { current: 'mixed' as Mode };
  const read = async (req: IncomingMessage) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    return JSON.parse(body) as { messages: { role: string; content: string }[] };
  };
  const server: Server = createServer((req, res) => {
    void read(req).then((body) => {
      if (mode.current === 'hang') return;
      const asked = JSON.parse(body.messages[1]!.content) as { slots: Record<string, string> };
      const slots: Record<string, string> = { ...asked.slots };
      slots['version-below/directions'] = HARD;
      slots['day-1/goal'] = `${asked.slots['day-1/goal']} (alg.quantum-flux)`;
      slots['day-2/goal'] = asked.slots['day-2/goal']!.replace('By the end of the day', 'Today');
      const content =
        mode.current === 'malformed' ? '{"slots": {"day-1/goal": "Today' : JSON.stringify({ slots });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    mode,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A 127.0.0.1 port nothing listens on (it was free a moment ago). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const modelEnv = (baseUrl: string) => ({
  AI_BASE_URL: baseUrl,
  AI_MODEL: 'test-model',
  AI_TIMEOUT_MS: '1000',
});

for (const backend of await testBackends()) {
  describe(`lesson composing with a model endpoint on ${backend.kind}`, () => {
    let t: TestApp;
    let offlineApp: TestApp;
    let endpoint: Awaited<ReturnType<typeof modelEndpoint>>;
    let o: LearningOrg;
    let teacher: Session;
    let url: string;
    let offline: {
      lesson: Record<string, unknown> & {
        days: { goal: { en: string }; source: string }[];
        versions: { level: string; source: string }[];
      };
    };

    before(async () => {
      endpoint = await modelEndpoint();
      t = await buildTestApp(backend, modelEnv(endpoint.url));
      offlineApp = await buildTestAppOnSameDb(t);
      o = await learningOrg(t, 'Model School');
      teacher = await addMember(t.app, o.admin, o.orgId, 'teacher');
      url = `/api/orgs/${o.orgId}/lessons/compose`;
      const res = await call(offlineApp.app, teacher, 'POST', url, { request: SAMPLE });
      assert.equal(res.status, 200, res.raw);
      assert.equal(res.body.modelNotes, undefined, 'no model configured: no notes');
      offline = res.body;
    });
    after(async () => {
      await offlineApp.close();
      await t.close();
      await endpoint.close();
    });

    const compose = async (app = t.app) => {
      const res = await call(app, teacher, 'POST', url, { request: SAMPLE });
      assert.equal(res.status, 200, res.raw);
      const notes = res.body.modelNotes as Note[];
      return { lesson: res.body.lesson, notes, noteOf: (slot: string) => notes.find((n) => n.slot === slot) };
    };

    test('a malformed reply keeps every block offline, each with the reason', async () => {
      endpoint.mode.current = 'malformed';
      const { lesson, notes } = await compose();
      assert.deepEqual(lesson, offline.lesson);
      assert.ok(notes.length > 0);
      for (const n of notes) {
        assert.equal(n.outcome, 'kept');
        assert.equal(n.reason, 'malformed');
        assert.match(n.message?.en ?? '', /format/);
      }
    });

    test('off-level text and an invented code are kept offline with reasons; a good rephrasing is used', async () => {
      endpoint.mode.current = 'mixed';
      const { lesson, noteOf } = await compose();
      const below = (l: { versions: { level: string }[] }) => l.versions.find((v) => v.level === 'below');
      assert.deepEqual(below(lesson), below(offline.lesson as never));
      assert.equal(noteOf('version-below/directions')?.reason, 'reading_level');
      assert.deepEqual(lesson.days[0], offline.lesson.days[0]);
      assert.equal(noteOf('day-1/goal')?.outcome, 'kept');
      assert.equal(noteOf('day-1/goal')?.reason, 'unknown_code');
      assert.equal(noteOf('day-2/goal')?.outcome, 'accepted');
      assert.equal(
        lesson.days[1].goal.en,
        offline.lesson.days[1]!.goal.en.replace('By the end of the day', 'Today'),
      );
      assert.equal(lesson.days[1].source, 'model');
      assert.equal(offline.lesson.days[1]!.source, 'template');
      assert.equal(noteOf('day-3/goal')?.reason, 'unchanged');
      // The rest of the lesson (quiz, rubric, standards) is the offline composer's.
      for (const part of ['quiz', 'rubric', 'standards', 'design'] as const) {
        assert.deepEqual(lesson[part], offline.lesson[part], part);
      }
    });

    const saveBody = (notes: Note[]) => ({
      request: SAMPLE,
      modelNotes: notes.map(({ slot, outcome, reason, text }) => ({ slot, outcome, reason, text })),
    });
    const lessonsOf = async () => {
      const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from lessons where org_id = ${o.orgId}`.execute(t.db.kysely);
      return rows[0]?.n ?? 0;
    };

    test('saving keeps what the teacher saw: the model’s prose with source model, the rest offline, the notes audited', async () => {
      endpoint.mode.current = 'mixed';
      const composed = await compose();
      const saved = await call(
        t.app,
        teacher,
        'POST',
        `/api/orgs/${o.orgId}/lessons`,
        saveBody(composed.notes),
      );
      assert.equal(saved.status, 201, saved.raw);
      const read = await call(t.app, teacher, 'GET', `/api/orgs/${o.orgId}/lessons/${saved.body.id}`);
      assert.equal(read.status, 200, read.raw);
      assert.deepEqual(read.body.lesson, composed.lesson, 'the saved lesson is the one on screen');
      assert.equal(read.body.lesson.days[1].goal.en, composed.noteOf('day-2/goal')?.text);
      assert.notEqual(read.body.lesson.days[1].goal.en, offline.lesson.days[1]!.goal.en);
      const sourceOf = (id: string) => read.body.blocks.find((b: { id: string }) => b.id === id)?.source;
      assert.equal(sourceOf('day-2'), 'model');
      assert.equal(sourceOf('day-1'), 'template', 'the invented code was kept out');
      assert.equal(sourceOf('version-below'), offline.lesson.versions[0]!.source);
      const { rows } = await sql<{ details: { generatedBy: string; modelNotes: Note[] } }>`
        select details from audit_events where target_id = ${saved.body.id} and action = 'lesson.saved'`.execute(
        t.db.kysely,
      );
      const audited = rows[0]?.details;
      assert.equal(audited?.generatedBy, 'offline composer, model phrasing');
      const auditOf = (slot: string) => audited?.modelNotes.find((n) => n.slot === slot);
      assert.deepEqual(auditOf('day-2/goal'), { slot: 'day-2/goal', outcome: 'accepted', reason: null });
      assert.deepEqual(auditOf('day-1/goal'), {
        slot: 'day-1/goal',
        outcome: 'kept',
        reason: 'unknown_code',
      });
      assert.equal(audited?.modelNotes.length, composed.notes.length);
    });

    test('a forged model text or slot is refused naming it, and nothing is written', async () => {
      endpoint.mode.current = 'mixed';
      const { notes } = await compose();
      const before = await lessonsOf();
      const i = notes.findIndex((n) => n.slot === 'day-1/goal');
      const forged = notes.map((n, j) =>
        j === i
          ? {
              ...n,
              outcome: 'accepted',
              reason: null,
              text: `${offline.lesson.days[0]!.goal.en} See www.example.com`,
            }
          : n,
      );
      const res = await call(t.app, teacher, 'POST', `/api/orgs/${o.orgId}/lessons`, saveBody(forged));
      assert.equal(res.status, 400, res.raw);
      assert.deepEqual(
        res.body.errors.map((e: { field: string }) => e.field),
        [`body/modelNotes/${i}/text`],
      );
      assert.match(res.body.errors[0].message, /"day-1\/goal".*link/);
      const unknown = [
        ...notes,
        { slot: 'quiz/title', outcome: 'accepted', reason: null, text: 'A quiz' },
      ] as Note[];
      const slot = await call(t.app, teacher, 'POST', `/api/orgs/${o.orgId}/lessons`, saveBody(unknown));
      assert.equal(slot.status, 400, slot.raw);
      assert.equal(slot.body.errors[0].field, `body/modelNotes/${notes.length}/slot`);
      // Without a model endpoint, no text can be the model's.
      const noModel = await call(
        offlineApp.app,
        teacher,
        'POST',
        `/api/orgs/${o.orgId}/lessons`,
        saveBody(notes),
      );
      assert.equal(noModel.status, 409, noModel.raw);
      assert.equal(await lessonsOf(), before);
    });

    test('with the endpoint down, everything stays offline with the reason "unavailable"', async () => {
      const down = await buildTestAppOnSameDb(t, modelEnv(`http://127.0.0.1:${await closedPort()}/v1`));
      try {
        const { lesson, notes } = await compose(down.app);
        assert.deepEqual(lesson, offline.lesson);
        assert.ok(notes.length > 0 && notes.every((n) => n.outcome === 'kept' && n.reason === 'unavailable'));
      } finally {
        await down.close();
      }
    });

    test('a hanging endpoint does not hold the answer past the timeout', { timeout: 20_000 }, async () => {
      endpoint.mode.current = 'hang';
      const { lesson, notes } = await compose();
      assert.deepEqual(lesson, offline.lesson);
      assert.ok(notes.every((n) => n.reason === 'unavailable'));
    });
  });
}
