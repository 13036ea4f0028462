import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { familiesForSkill } from '@pathwise/core/content';
import { familyOfItemId } from '@pathwise/core/pathways';
import { asSkillId } from '@pathwise/core/skills-graph';
import { listAudit, skillsWithStoredItems, upsertItems, upsertPathways, upsertSkills } from '@pathwise/db';
import { testBackends } from '@pathwise/db/testing';
import { loadCatalog } from '../../learning/learning-catalog.ts';
import { serveItem } from '../../learning/serve-item.ts';
import { addMember, buildTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { call, type LearningOrg, learningOrg } from './learning-test-kit.ts';

const IMPORTED = 'gsm8k/authoring-test-1';
const OWN_SKILL = 'own.two-step';

/** A valid item of two steps (a number and an equation), with a hint and a known wrong answer each. */
function validItem(skillId = 'alg.two-step-equations') {
  return {
    skillId,
    difficulty: 2,
    stem: { en: 'A ticket costs $x$ euros. Three tickets and a 4-euro fee cost 19 euros.', es: '' },
    steps: [
      {
        prompt: { en: 'Write the equation.', es: 'Escribe la ecuación.' },
        answer: { kind: 'relation', key: '3x + 4 = 19', variables: ['x'] },
        hints: [{ en: 'Three tickets cost $3x$.', es: 'Tres entradas cuestan $3x$.' }],
        misconceptions: [
          { answer: '3x = 19', feedback: { en: 'Do not forget the fee.', es: 'No olvides la tarifa.' } },
        ],
      },
      {
        prompt: { en: 'How much is one ticket?', es: '¿Cuánto cuesta una entrada?' },
        answer: { kind: 'number', key: '5' },
        hints: [{ en: 'Take away the fee first.' }],
        misconceptions: [{ answer: '6.33', feedback: { en: 'Take away the fee before dividing.' } }],
      },
    ],
    attribution: 'Written by the maths department',
  };
}

/** Every answer key of the valid item, as it could appear in a leak. */
const KEYS = [
  '3x + 4 = 19',
  '3x = 19',
  '6.33',
  'Do not forget the fee',
  'Take away the fee',
  'Three tickets cost',
];

for (const backend of await testBackends()) {
  describe(`item authoring on ${backend.kind}`, () => {
    let t: TestApp;
    let o: LearningOrg;
    let teacher: Session;
    let bank: string;
    const itemUrl = (id: string, tail = '') => `${bank}/${encodeURIComponent(id)}${tail}`;
    before(async () => {
      t = await buildTestApp(backend);
      o = await learningOrg(t, 'Authoring School');
      teacher = await addMember(t.app, o.admin, o.orgId, 'teacher');
      bank = `/api/orgs/${o.orgId}/items`;
      const prompt = { en: 'How many apples are left?', es: '¿Cuántas manzanas quedan?' };
      await upsertItems(t.db.kysely, o.orgId, [
        {
          id: IMPORTED,
          skillId: 'alg.two-step-equations',
          source: 'gsm8k',
          difficulty: 2,
          familyId: null,
          seed: null,
          content: {
            stem: { en: 'Ann has 9 apples and eats 4.', es: 'Ana tiene 9 manzanas y se come 4.' },
            steps: [{ id: 's1', prompt, answer: { kind: 'number', value: 5 }, hints: [] }],
          },
        },
      ]);
      const name = { en: 'Solve two-step equations', es: 'Resolver ecuaciones de dos pasos' };
      await upsertSkills(t.db.kysely, o.orgId, [
        { id: OWN_SKILL, framework: 'own', parentId: null, name, description: name, prerequisites: [] },
      ]);
      await upsertPathways(t.db.kysely, o.orgId, [
        { id: 'own-path', framework: 'own', name, description: name, goalSkillIds: [OWN_SKILL] },
      ]);
    });
    after(() => t.close());

    test('a teacher writes an item: it is in the bank as authored, credited, with its author', async () => {
      const created = await call(t.app, teacher, 'POST', bank, validItem());
      assert.equal(created.status, 201, created.raw);
      assert.match(created.body.id, /^authored\//);
      assert.equal(created.body.status, 'published');
      const list = await call(t.app, teacher, 'GET', `${bank}?source=authored`);
      const listed = list.body.items.find((i: { id: string }) => i.id === created.body.id);
      assert.ok(listed, 'the item is listed');
      assert.equal(listed.source, 'authored');
      assert.equal(listed.attribution, 'Written by the maths department');
      assert.equal(listed.steps, 2);
      const detail = await call(t.app, teacher, 'GET', itemUrl(created.body.id));
      assert.equal(detail.status, 200, detail.raw);
      const author = await t.db.kysely
        .selectFrom('users')
        .select('name')
        .where('id', '=', teacher.userId)
        .executeTakeFirstOrThrow();
      assert.equal(detail.body.authoring.author, author.name);
      assert.deepEqual(detail.body.authoring.languages, ['en'], 'a stem without Spanish: English only');
      assert.equal(detail.body.stem.es, detail.body.stem.en, 'Spanish shows the English text');
      assert.deepEqual(detail.body.steps[1].answer, { kind: 'number', text: { en: '5', es: '5' } });
      const audit = await listAudit(t.db.kysely, o.orgId);
      assert.ok(audit.some((a) => a.action === 'item.created' && a.target_id === created.body.id));
    });

    test('a key the checker would not accept is refused, naming the step and field, and nothing is written', async () => {
      const before = (await call(t.app, teacher, 'GET', bank)).body.total;
      type Item = ReturnType<typeof validItem>;
      /** A spoiled copy of the valid item: step `index` gets `answer`. */
      const withAnswer = (index: number, answer: unknown) => (i: Item) => {
        i.steps[index]!.answer = answer as never;
      };
      const cases: [(item: Item) => void, string][] = [
        [withAnswer(1, { kind: 'number', key: 'x = 5' }), 'body/steps/1/answer/key'],
        [withAnswer(0, { kind: 'relation', key: '3x + = 19', variables: ['x'] }), 'body/steps/0/answer/key'],
        [withAnswer(0, { kind: 'expression', key: '3x +', variables: ['x'] }), 'body/steps/0/answer/key'],
        [
          withAnswer(1, {
            kind: 'choice',
            key: 'c',
            options: [
              { id: 'a', text: { en: '5' } },
              { id: 'b', text: { en: '6' } },
            ],
          }),
          'body/steps/1/answer/key',
        ],
        [
          (i) => {
            i.steps[1]!.misconceptions[0]!.answer = '5.0';
          },
          'body/steps/1/misconceptions/0/answer',
        ],
        [
          (i) => {
            i.skillId = 'no.such-skill';
          },
          'body/skillId',
        ],
        [
          (i) => {
            i.steps[1]!.hints.push({ en: 'One ticket costs 5 euros.' } as never);
          },
          'body/steps/1/hints/1/en',
        ],
      ];
      for (const [spoil, field] of cases) {
        const item = validItem();
        spoil(item);
        const res = await call(t.app, teacher, 'POST', bank, item);
        assert.equal(res.status, 400, res.raw);
        assert.equal(res.body.code, 'validation_failed');
        assert.deepEqual(
          res.body.errors.map((e: { field: string }) => e.field),
          [field],
          res.raw,
        );
      }
      assert.equal((await call(t.app, teacher, 'GET', bank)).body.total, before, 'nothing was written');
    });

    test('imported and generated items answer 409 to an edit; a copy is a new authored draft', async () => {
      const original = await call(t.app, teacher, 'GET', itemUrl(IMPORTED));
      const edit = await call(t.app, teacher, 'PUT', itemUrl(IMPORTED), validItem());
      assert.equal(edit.status, 409, edit.raw);
      assert.match(edit.body.detail, /copy it first/);
      const sample = await call(t.app, teacher, 'PUT', itemUrl('alg.slope.two-points/1/2'), validItem());
      assert.equal(sample.status, 409, sample.raw);
      const missing = await call(t.app, teacher, 'PUT', itemUrl('authored/none'), validItem());
      assert.equal(missing.status, 404, missing.raw);

      const copy = await call(t.app, teacher, 'POST', itemUrl(IMPORTED, '/copy'));
      assert.equal(copy.status, 201, copy.raw);
      assert.notEqual(copy.body.id, IMPORTED);
      assert.equal(copy.body.status, 'draft');
      const copied = await call(t.app, teacher, 'GET', itemUrl(copy.body.id));
      assert.equal(copied.body.source, 'authored');
      assert.match(copied.body.authoring.attribution, /^Adapted from .*GSM8K/i);
      assert.equal(copied.body.authoring.copiedFrom, IMPORTED);
      assert.deepEqual(copied.body.steps, original.body.steps, 'the copy holds the same steps');
      assert.deepEqual(
        (await call(t.app, teacher, 'GET', itemUrl(IMPORTED))).body,
        original.body,
        'unchanged',
      );

      const form = await call(t.app, teacher, 'GET', itemUrl(copy.body.id, '/edit'));
      assert.equal(form.status, 200, form.raw);
      assert.equal(form.body.form.steps[0].answer.key, '5');
      const body = {
        ...form.body.form,
        stem: { en: 'Ann has 10 apples and eats 4.', es: 'Ana tiene 10 y se come 4.' },
      };
      body.steps[0].answer.key = '6';
      const saved = await call(t.app, teacher, 'PUT', itemUrl(copy.body.id), body);
      assert.equal(saved.status, 200, saved.raw);
      assert.equal(saved.body.status, 'draft', 'an edit keeps the draft a draft');
      const edited = await call(t.app, teacher, 'GET', itemUrl(copy.body.id));
      assert.equal(edited.body.steps[0].answer.text.en, '6');
      assert.match(edited.body.authoring.attribution, /^Adapted from/, 'the credit stays');
      const formOfImported = await call(t.app, teacher, 'GET', itemUrl(IMPORTED, '/edit'));
      assert.equal(formOfImported.status, 409);
      const audit = await listAudit(t.db.kysely, o.orgId);
      assert.ok(audit.some((a) => a.action === 'item.copied' && a.target_id === copy.body.id));
      assert.ok(audit.some((a) => a.action === 'item.updated' && a.target_id === copy.body.id));
    });

    test('the preview is exactly the public view: no answer key, hint or wrong answer', async () => {
      const created = await call(t.app, teacher, 'POST', bank, validItem());
      const preview = await call(t.app, teacher, 'GET', itemUrl(created.body.id, '/preview'));
      assert.equal(preview.status, 200, preview.raw);
      assert.equal(preview.body.itemId, created.body.id);
      assert.deepEqual(
        preview.body.steps.map((s: { answerType: string }) => s.answerType),
        ['equation', 'number'],
      );
      for (const key of KEYS) assert.ok(!preview.raw.includes(key), `the preview leaks "${key}"`);
      assert.ok(!/"(answer|key|hints|misconceptions|feedback)"/.test(preview.raw));
      const sample = await call(t.app, teacher, 'GET', itemUrl('alg.slope.two-points/1/2', '/preview'));
      assert.equal(sample.status, 200, 'a demo family sample previews too');
    });

    test('learners get 403, other organizations 404; archived items leave the list', async () => {
      const created = await call(t.app, teacher, 'POST', bank, validItem());
      const id = created.body.id;
      for (const [method, url] of [
        ['POST', bank],
        ['PUT', itemUrl(id)],
        ['POST', itemUrl(id, '/copy')],
        ['GET', itemUrl(id, '/preview')],
        ['POST', itemUrl(id, '/archive')],
      ] as const) {
        const res = await call(t.app, o.learner, method, url, method === 'GET' ? undefined : validItem());
        assert.equal(res.status, 403, `${method} ${url}: ${res.raw}`);
      }
      const other = await learningOrg(t, 'Other Authoring School');
      const foreign = `/api/orgs/${other.orgId}/items/${encodeURIComponent(id)}`;
      for (const [method, url] of [
        ['PUT', foreign],
        ['POST', `${foreign}/copy`],
        ['GET', `${foreign}/preview`],
        ['POST', `${foreign}/archive`],
      ] as const) {
        const res = await call(t.app, other.admin, method, url, method === 'PUT' ? validItem() : undefined);
        assert.equal(res.status, 404, `${method} ${url}: ${res.raw}`);
      }
      const archived = await call(t.app, o.admin, 'POST', itemUrl(id, '/archive'));
      assert.equal(archived.status, 200, archived.raw);
      const list = await call(t.app, o.admin, 'GET', `${bank}?source=authored`);
      assert.ok(!list.body.items.some((i: { id: string }) => i.id === id), 'archived items are not listed');
      const archive = await call(t.app, o.admin, 'GET', `${bank}?source=authored&archived=true`);
      assert.ok(
        archive.body.items.some(
          (i: { id: string; status: string }) => i.id === id && i.status === 'archived',
        ),
      );
      const importedArchive = await call(t.app, o.admin, 'POST', itemUrl(IMPORTED, '/archive'));
      assert.equal(importedArchive.status, 409);
    });

    test("on a skill with generated families, the teacher's item takes one turn among them", async () => {
      const skillId = asSkillId('alg.one-step-add');
      const created = await call(t.app, teacher, 'POST', bank, {
        ...validItem('alg.one-step-add'),
        stem: { en: 'Solve $x + 7 = 12$ in two steps.', es: '' },
        steps: [
          {
            prompt: { en: 'What is $x$?', es: '' },
            answer: { kind: 'number', key: '5' },
            hints: [],
            misconceptions: [],
          },
        ],
      });
      assert.equal(created.status, 201, created.raw);
      const catalog = await loadCatalog(t.db.kysely, o.orgId);
      const families = familiesForSkill(skillId).length;
      const served: string[] = [];
      for (let i = 0; i < 2 * (families + 1); i++) {
        const next = await serveItem(t.db.kysely, {
          orgId: o.orgId,
          userId: o.learner.userId,
          pathwayId: 'algebra-foundations',
          catalog,
          skillId,
          difficulty: 2,
          mode: 'practice',
          predicted: null,
          // A minute apart, as answers are: the history is ordered by time.
          now: new Date(Date.UTC(2026, 4, 1, 12, i)),
        });
        served.push(next!.item.id);
      }
      // The first families + 1 serves hold each generated family once and the teacher's item once; after that
      // the bank's turn goes to a generated family rather than repeat an item the learner saw lately.
      const first = served.slice(0, families + 1);
      assert.equal(first.filter((id) => id === created.body.id).length, 1, first.join(' '));
      assert.equal(new Set(first.map(familyOfItemId)).size, families + 1, first.join(' '));
      assert.equal(served.filter((id) => id === created.body.id).length, 1, served.join(' '));
    });

    test('a published authored item is served in practice for its skill; a draft is not', async () => {
      const draft = await call(t.app, teacher, 'POST', bank, { ...validItem(OWN_SKILL), status: 'draft' });
      assert.equal(draft.status, 201, draft.raw);
      assert.equal(
        (await skillsWithStoredItems(t.db.kysely, o.orgId, [OWN_SKILL])).size,
        0,
        'a draft is not served',
      );
      const form = (await call(t.app, teacher, 'GET', itemUrl(draft.body.id, '/edit'))).body.form;
      const published = await call(t.app, teacher, 'PUT', itemUrl(draft.body.id), {
        ...form,
        status: 'published',
      });
      assert.equal(published.body.status, 'published', published.raw);

      const base = `/api/orgs/${o.orgId}`;
      const enrol = await call(t.app, o.learner, 'POST', `${base}/pathways/own-path/enrollment`);
      assert.equal(enrol.status, 201, enrol.raw);
      const next = await call(t.app, o.learner, 'POST', `${base}/pathways/own-path/placement/next`);
      assert.equal(next.status, 200, next.raw);
      assert.equal(next.body.item.itemId, draft.body.id, 'the authored item is served');
      assert.equal(next.body.item.source, 'authored');
      const answer = await call(
        t.app,
        o.learner,
        'POST',
        `${base}/served-items/${next.body.item.servedId}/answer`,
        {
          stepId: 's1',
          answer: '19 = 3x + 4',
        },
      );
      assert.equal(answer.status, 200, answer.raw);
      assert.equal(answer.body.result, 'correct', 'the ordinary checker judges the authored key');
    });
  });
}
