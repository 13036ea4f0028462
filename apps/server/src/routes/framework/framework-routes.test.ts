import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { sql } from 'kysely';
import { addMember, buildTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { type LearningOrg, learningOrg } from '../learning/learning-test-kit.ts';

type Method = 'GET' | 'PUT' | 'POST';

async function call(t: TestApp, who: Session, method: Method, url: string, payload?: object) {
  const res = await t.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });
  return {
    status: res.statusCode,
    type: String(res.headers['content-type']),
    // biome-ignore lint/suspicious/noExplicitAny: test responses are checked field by field
    body: res.json() as any,
    raw: res.body,
  };
}

/** What a refused change must leave untouched: the framework's rows, the audit trail and the content version. */
async function snapshot(t: TestApp, orgId: string) {
  const one = async (query: ReturnType<typeof sql<{ v: string }>>) =>
    String((await query.execute(t.db.kysely)).rows[0]?.v ?? '');
  return {
    skills: await one(sql`select count(*)::text as v from skills where org_id = ${orgId}`),
    pathways: await one(sql`select count(*)::text as v from pathways where org_id = ${orgId}`),
    audit: await one(sql`select count(*)::text as v from audit_events where org_id = ${orgId}`),
    version: await one(sql`select version::text as v from learning_content_versions where org_id = ${orgId}`),
    graph: await one(
      sql`select string_agg(id || ':' || coalesce(parent_id, '') || ':' || array_to_string(prerequisites, ','), ';' order by id) as v from skills where org_id = ${orgId}`,
    ),
  };
}

const names = (en: string, es = `${en} (es)`) => ({ en, es });

for (const backend of await testBackends()) {
  describe(`skills framework routes on ${backend.kind}`, () => {
    let t: TestApp;
    let o: LearningOrg;
    let teacher: Session;
    let base: string;

    before(async () => {
      t = await buildTestApp(backend);
      o = await learningOrg(t, 'Framework School');
      teacher = await addMember(t.app, o.admin, o.orgId, 'teacher');
      base = `/api/orgs/${o.orgId}/framework`;
    });
    after(() => t.close());

    const skillOf = async (id: string) => {
      const res = await call(t, o.admin, 'GET', base);
      return res.body.skills.find((s: { id: string }) => s.id === id);
    };
    const edit = (id: string, change: object, who = o.admin) =>
      skillOf(id).then((s) =>
        call(t, who, 'PUT', `${base}/skills/${id}`, {
          name: s.name,
          description: s.description,
          parentId: s.parentId,
          prerequisites: s.prerequisites,
          ...change,
        }),
      );

    test('administrators and teachers read the framework; learners may not', async () => {
      for (const who of [o.admin, teacher]) {
        const res = await call(t, who, 'GET', base);
        assert.equal(res.status, 200, res.raw);
        const slope = res.body.skills.find((s: { id: string }) => s.id === 'alg.slope');
        assert.equal(slope.parentId, 'alg.linear');
        assert.equal(slope.name.en, 'Find the slope from two points');
        assert.equal(slope.name.es, 'Hallar la pendiente a partir de dos puntos');
        assert.ok(Array.isArray(slope.prerequisites));
        const algebra = res.body.pathways.find((p: { id: string }) => p.id === 'algebra-foundations');
        assert.ok(algebra.goalSkillIds.length > 0);
      }
      assert.equal((await call(t, o.learner, 'GET', base)).status, 403);
    });

    test('a prerequisite that closes a cycle is refused, naming the cycle; nothing is written', async () => {
      const before = await snapshot(t, o.orgId);
      // Two-step equations requires one-step (add); making one-step require two-step closes the cycle.
      const res = await edit('alg.one-step-add', {
        prerequisites: ['alg.integers-add', 'alg.two-step-equations'],
      });
      assert.equal(res.status, 422, res.raw);
      assert.match(res.type, /application\/problem\+json/);
      assert.equal(res.body.code, 'invalid_framework');
      assert.deepEqual(res.body.cycle, ['alg.one-step-add', 'alg.two-step-equations']);
      assert.ok(
        res.body.detail.includes(
          'Solve one-step equations (add and subtract) → Solve two-step equations → Solve one-step equations (add and subtract)',
        ),
        res.body.detail,
      );
      assert.equal(res.body.errors[0].field, 'body/prerequisites');
      assert.deepEqual(await snapshot(t, o.orgId), before);
    });

    test('a longer cycle is named in order, from the skill being edited', async () => {
      const before = await snapshot(t, o.orgId);
      // variables-both-sides → two-step-equations → one-step-multiply → integers-multiply → (new) variables-both-sides
      const res = await edit('alg.integers-multiply', {
        prerequisites: ['alg.integers-add', 'alg.variables-both-sides'],
      });
      assert.equal(res.status, 422, res.raw);
      assert.equal(res.body.cycle[0], 'alg.integers-multiply');
      assert.equal(res.body.cycle[1], 'alg.variables-both-sides');
      const framework = (await call(t, o.admin, 'GET', base)).body.skills as {
        id: string;
        prerequisites: string[];
      }[];
      const byId = new Map(framework.map((s) => [s.id, s]));
      // Each skill on the cycle requires the next one (with the edit), back to the first.
      const cycle = res.body.cycle as string[];
      cycle.forEach((id, i) => {
        const next = cycle[(i + 1) % cycle.length]!;
        const requires =
          id === 'alg.integers-multiply'
            ? next === 'alg.variables-both-sides'
            : byId.get(id)!.prerequisites.includes(next);
        assert.ok(requires, `${id} requires ${next}`);
      });
      assert.deepEqual(await snapshot(t, o.orgId), before);
    });

    test('a skill that requires itself, or a parent cycle, is refused', async () => {
      const before = await snapshot(t, o.orgId);
      const self = await edit('alg.slope', { prerequisites: ['alg.slope'] });
      assert.equal(self.status, 422, self.raw);
      assert.deepEqual(self.body.cycle, ['alg.slope']);
      const parent = await edit('alg.linear', { parentId: 'alg.slope' });
      assert.equal(parent.status, 422, parent.raw);
      assert.equal(parent.body.cycleKind, 'parent-cycle');
      assert.equal(parent.body.errors[0].field, 'body/parentId');
      assert.match(parent.body.detail, /Linear relationships → .* → Linear relationships/);
      assert.deepEqual(await snapshot(t, o.orgId), before);
    });

    test('an unknown prerequisite, parent or goal skill is refused, naming it', async () => {
      const before = await snapshot(t, o.orgId);
      const prerequisite = await edit('alg.slope', { prerequisites: ['alg.no-such-skill'] });
      assert.equal(prerequisite.status, 422, prerequisite.raw);
      assert.match(prerequisite.body.detail, /"alg\.no-such-skill"/);
      const parent = await call(t, o.admin, 'PUT', `${base}/skills/alg.new`, {
        name: names('New'),
        description: names(''),
        parentId: 'alg.nowhere',
        prerequisites: [],
      });
      assert.equal(parent.status, 422, parent.raw);
      assert.match(parent.body.detail, /"alg\.nowhere"/);
      const goal = await call(t, o.admin, 'PUT', `${base}/pathways/new-pathway`, {
        name: names('New pathway'),
        description: names(''),
        goalSkillIds: ['alg.slope', 'alg.ghost'],
      });
      assert.equal(goal.status, 422, goal.raw);
      assert.match(goal.body.detail, /"alg\.ghost"/);
      assert.equal(goal.body.errors[0].field, 'body/goalSkillIds/1');
      assert.deepEqual(await snapshot(t, o.orgId), before);
    });

    test('bad input is a 400 naming the field; teachers may not edit', async () => {
      const blank = await edit('alg.slope', { name: { en: ' ', es: 'x' } });
      assert.equal(blank.status, 400, blank.raw);
      assert.ok(blank.body.errors.some((e: { field: string }) => e.field === 'body/name/en'));
      const twice = await edit('alg.slope', { prerequisites: ['alg.linear', 'alg.linear'] });
      assert.equal(twice.status, 400, twice.raw);
      assert.equal((await edit('alg.slope', { prerequisites: [] }, teacher)).status, 403);
    });

    test('a new skill and a valid prerequisite reach the learner map; audited, version bumped', async () => {
      const before = await snapshot(t, o.orgId);
      const created = await call(t, o.admin, 'PUT', `${base}/skills/alg.graph-reading`, {
        name: names('Read a graph', 'Leer una gráfica'),
        description: names('Read coordinates off a graph.', 'Leer coordenadas en una gráfica.'),
        parentId: 'alg.linear',
        prerequisites: ['alg.integers-add'],
      });
      assert.equal(created.status, 201, created.raw);
      assert.equal(created.body.framework, 'org-framework', 'made by hand, not a demo skill');
      const slope = await skillOf('alg.slope');
      const updated = await edit('alg.slope', {
        prerequisites: [...slope.prerequisites, 'alg.graph-reading'],
      });
      assert.equal(updated.status, 200, updated.raw);
      const after = await snapshot(t, o.orgId);
      assert.equal(Number(after.skills), Number(before.skills) + 1);
      assert.equal(Number(after.version), Number(before.version) + 2);
      const audit = await sql<{ action: string; target_id: string }>`
        select action, target_id from audit_events where org_id = ${o.orgId} and target_type = 'skill'
        order by id`.execute(t.db.kysely);
      assert.deepEqual(
        audit.rows.map((r) => `${r.action} ${r.target_id}`),
        ['skill.created alg.graph-reading', 'skill.updated alg.slope'],
      );
      const map = await call(t, o.learner, 'GET', `/api/orgs/${o.orgId}/pathways/algebra-foundations/map`);
      assert.equal(map.status, 200, map.raw);
      const onMap = map.body.skills.find((s: { id: string }) => s.id === 'alg.slope');
      assert.ok(onMap.prerequisites.includes('alg.graph-reading'));
      const ids = map.body.skills.map((s: { id: string }) => s.id);
      assert.ok(ids.indexOf('alg.graph-reading') < ids.indexOf('alg.slope'), 'the new skill comes first');
      // Names and descriptions are edited too, in both languages.
      const renamed = await edit('alg.graph-reading', {
        name: names('Read a coordinate graph', 'Leer un plano'),
      });
      assert.equal(renamed.status, 200, renamed.raw);
      assert.deepEqual(
        (await skillOf('alg.graph-reading')).name,
        names('Read a coordinate graph', 'Leer un plano'),
      );
    });

    test('two edits at once that would close a cycle together: one is saved, the other refused', async () => {
      const put = (id: string, prerequisites: string[]) =>
        call(t, o.admin, 'PUT', `${base}/skills/${id}`, {
          name: names(id),
          description: names(''),
          parentId: null,
          prerequisites,
        });
      assert.equal((await put('race.a', [])).status, 201);
      assert.equal((await put('race.b', [])).status, 201);
      const results = await Promise.all([put('race.a', ['race.b']), put('race.b', ['race.a'])]);
      assert.deepEqual(results.map((r) => r.status).sort(), [200, 422], results.map((r) => r.raw).join('\n'));
      const framework = (await call(t, o.admin, 'GET', base)).body.skills as {
        id: string;
        prerequisites: string[];
      }[];
      const edges = framework.filter((s) => s.id.startsWith('race.')).flatMap((s) => s.prerequisites);
      assert.equal(edges.length, 1);
    });

    test('POST creates a skill or a pathway and refuses an id already taken (409 at body/id), writing nothing', async () => {
      const skill = {
        name: names('Read a table', 'Leer una tabla'),
        description: names('', ''),
        parentId: 'alg.linear',
        prerequisites: ['alg.integers-add'],
      };
      const created = await call(t, o.admin, 'POST', `${base}/skills`, { id: 'alg.table-reading', ...skill });
      assert.equal(created.status, 201, created.raw);
      assert.equal(created.body.id, 'alg.table-reading');
      assert.deepEqual((await skillOf('alg.table-reading')).prerequisites, ['alg.integers-add']);
      const slope = await skillOf('alg.slope');
      const before = await snapshot(t, o.orgId);
      // A skill of the demo and the one just made: neither is replaced.
      for (const id of ['alg.slope', 'alg.table-reading']) {
        const taken = await call(t, o.admin, 'POST', `${base}/skills`, { ...skill, id, prerequisites: [] });
        assert.equal(taken.status, 409, taken.raw);
        assert.match(taken.type, /application\/problem\+json/);
        assert.equal(taken.body.code, 'conflict');
        assert.equal(taken.body.errors[0].field, 'body/id');
        assert.ok(taken.body.detail.includes(`"${id}" already exists`), taken.body.detail);
      }
      assert.deepEqual(await snapshot(t, o.orgId), before);
      assert.deepEqual(await skillOf('alg.slope'), slope);
      const badId = await call(t, o.admin, 'POST', `${base}/skills`, { ...skill, id: 'has space' });
      assert.equal(badId.status, 400, badId.raw);
      assert.ok(
        badId.body.errors.some((e: { field: string }) => e.field === 'body/id'),
        badId.raw,
      );
      const cycle = await call(t, o.admin, 'POST', `${base}/skills`, {
        ...skill,
        id: 'alg.loop',
        prerequisites: ['alg.loop'],
      });
      assert.equal(cycle.status, 422, cycle.raw);
      assert.deepEqual(cycle.body.cycle, ['alg.loop']);
      const teacherTry = await call(t, teacher, 'POST', `${base}/skills`, { ...skill, id: 'alg.teacher' });
      assert.equal(teacherTry.status, 403, teacherTry.raw);

      const pathway = {
        name: names('Tables', 'Tablas'),
        description: names('', ''),
        goalSkillIds: ['alg.table-reading'],
      };
      const made = await call(t, o.admin, 'POST', `${base}/pathways`, { id: 'tables', ...pathway });
      assert.equal(made.status, 201, made.raw);
      const afterPathway = await snapshot(t, o.orgId);
      const takenPathway = await call(t, o.admin, 'POST', `${base}/pathways`, {
        ...pathway,
        id: 'algebra-foundations',
      });
      assert.equal(takenPathway.status, 409, takenPathway.raw);
      assert.equal(takenPathway.body.errors[0].field, 'body/id');
      assert.deepEqual(await snapshot(t, o.orgId), afterPathway);
      const listed = await call(t, o.learner, 'GET', `/api/orgs/${o.orgId}/pathways`);
      const tables = listed.body.pathways.find((p: { id: string }) => p.id === 'tables');
      // The goal and its prerequisite.
      assert.equal(tables.skillCount, 2);
      const algebra = listed.body.pathways.find((p: { id: string }) => p.id === 'algebra-foundations');
      assert.equal(algebra.name.en, 'Algebra foundations', 'the demo pathway was not replaced');
    });

    test('administrators create and edit pathways; learners see them', async () => {
      const created = await call(t, o.admin, 'PUT', `${base}/pathways/slope-sprint`, {
        name: names('Slope sprint', 'Sprint de pendiente'),
        description: names('Just slope.', 'Solo pendiente.'),
        goalSkillIds: ['alg.slope'],
      });
      assert.equal(created.status, 201, created.raw);
      const again = await call(t, o.admin, 'PUT', `${base}/pathways/slope-sprint`, {
        name: names('Slope sprint', 'Sprint de pendiente'),
        description: names('Slope and intercept.', 'Pendiente y ordenada.'),
        goalSkillIds: ['alg.slope-intercept'],
      });
      assert.equal(again.status, 200, again.raw);
      const pathways = await call(t, o.learner, 'GET', `/api/orgs/${o.orgId}/pathways`);
      assert.equal(pathways.status, 200, pathways.raw);
      assert.ok(JSON.stringify(pathways.body).includes('slope-sprint'));
      const map = await call(t, o.learner, 'GET', `/api/orgs/${o.orgId}/pathways/slope-sprint/map`);
      assert.equal(map.status, 200, map.raw);
      assert.ok(map.body.skills.some((s: { id: string }) => s.id === 'alg.slope-intercept'));
      const framework = await call(t, teacher, 'GET', base);
      const sprint = framework.body.pathways.find((p: { id: string }) => p.id === 'slope-sprint');
      assert.deepEqual(sprint.goalSkillIds, ['alg.slope-intercept']);
      assert.equal(sprint.name.es, 'Sprint de pendiente');
    });
  });
}
