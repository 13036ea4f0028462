import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { sql } from 'kysely';
import { sharedDataPath } from '../../../../../scripts/shared-data.ts';
import { addMember, buildTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { type LearningOrg, learningOrg } from '../learning/learning-test-kit.ts';

const OPENSALT = sharedDataPath(
  'case',
  'frameworks',
  'opensalt-framework-20c5134f-423d-4097-a971-3dd5152bf507.json',
);
// NOTE: no skip when the file is missing: readFileSync throws and the suite fails (CI has ../shared).
const packageText = readFileSync(OPENSALT, 'utf8');
const FRAMEWORK = 'case:20c5134f-423d-4097-a971-3dd5152bf507';
type Package = {
  CFDocument: { identifier: string };
  CFItems: { identifier: string; humanCodingScheme: string; fullStatement?: string }[];
  CFAssociations: unknown[];
};
const freshPackage = () => JSON.parse(packageText) as Package;
const idOf = (pkg: Package, code: string) =>
  pkg.CFItems.find((i) => i.humanCodingScheme === `CCSS.Math.Content.${code}`)!.identifier;

async function post(t: TestApp, who: Session, orgId: string, payload: unknown) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/orgs/${orgId}/framework/case-import`,
    headers: who.headers,
    payload: payload as object,
  });
  // biome-ignore lint/suspicious/noExplicitAny: test responses are checked field by field
  return { status: res.statusCode, body: res.json() as any, raw: res.body };
}

async function snapshot(t: TestApp, orgId: string) {
  const count = async (table: string) =>
    Number(
      (
        await sql<{
          n: number;
        }>`select count(*)::int as n from ${sql.table(table)} where org_id = ${orgId}`.execute(t.db.kysely)
      ).rows[0]!.n,
    );
  const version = await sql<{ v: string }>`
    select version::text as v from learning_content_versions where org_id = ${orgId}`.execute(t.db.kysely);
  return {
    skills: await count('skills'),
    crosswalks: await count('skill_crosswalks'),
    audit: await count('audit_events'),
    version: version.rows[0]?.v,
  };
}

for (const backend of await testBackends()) {
  describe(`CASE framework import on ${backend.kind}`, () => {
    let t: TestApp;
    let o: LearningOrg;

    before(async () => {
      t = await buildTestApp(backend);
      o = await learningOrg(t, 'CASE School');
    });
    after(() => t.close());

    test('OpenSALT’s package becomes skills, hierarchy, prerequisites and crosswalks; a re-import replaces it', async () => {
      const before = await snapshot(t, o.orgId);
      const pkg = freshPackage();
      const res = await post(t, o.admin, o.orgId, pkg);
      assert.equal(res.status, 200, res.raw);
      assert.deepEqual(
        { ...res.body, skipped: res.body.skipped.length },
        {
          framework: FRAMEWORK,
          title: 'What Standards Could Be',
          skills: 16,
          created: 16,
          updated: 0,
          prerequisites: 2,
          crosswalks: 18,
          skipped: 3,
          copiedLanguage: true,
        },
      );
      const after = await snapshot(t, o.orgId);
      assert.equal(after.skills, before.skills + 16);
      assert.equal(after.crosswalks, before.crosswalks + 18);
      const framework = await t.app.inject({
        method: 'GET',
        url: `/api/orgs/${o.orgId}/framework`,
        headers: o.admin.headers,
      });
      const skills = framework.json().skills as {
        id: string;
        framework: string;
        parentId: string | null;
        name: { en: string; es: string };
        prerequisites: string[];
      }[];
      const unitRate = skills.find((s) => s.id === idOf(pkg, '6.RP.A.2'))!;
      assert.equal(unitRate.framework, FRAMEWORK);
      assert.equal(unitRate.name.en, 'CCSS.Math.Content.6.RP.A.2');
      assert.equal(unitRate.name.es, unitRate.name.en);
      assert.equal(unitRate.parentId, idOf(pkg, '6.RP.A'));
      assert.deepEqual(unitRate.prerequisites, [idOf(pkg, '6.RP.A.1')]);
      assert.ok(skills.findIndex((s) => s.id === 'alg') < skills.findIndex((s) => s.id === unitRate.id));
      const crosswalk = await sql<{ relation: string; target_code: string }>`
        select relation, target_code from skill_crosswalks
        where org_id = ${o.orgId} and skill_id = ${idOf(pkg, '7.RP.A')} order by relation`.execute(
        t.db.kysely,
      );
      assert.deepEqual(
        crosswalk.rows.map((r) => r.relation),
        ['closeMatch', 'exactMatch'],
      );
      const audit = await sql<{ action: string; target_id: string }>`
        select action, target_id from audit_events where org_id = ${o.orgId} and action = 'framework.imported'`.execute(
        t.db.kysely,
      );
      assert.deepEqual(audit.rows, [{ action: 'framework.imported', target_id: FRAMEWORK }]);

      // A re-import with one edge fewer replaces the package's skills, in place.
      const again = freshPackage();
      again.CFAssociations = again.CFAssociations.filter(
        (a) => (a as { associationType: string }).associationType !== 'precedes',
      );
      const second = await post(t, o.admin, o.orgId, again);
      assert.equal(second.status, 200, second.raw);
      assert.deepEqual([second.body.created, second.body.updated, second.body.prerequisites], [0, 16, 0]);
      assert.equal((await snapshot(t, o.orgId)).skills, after.skills);
    });

    test('a precedes cycle is refused naming it; a broken package is refused by path; nothing is written', async () => {
      const other = await learningOrg(t, 'CASE Cycle School');
      const before = await snapshot(t, other.orgId);
      const pkg = freshPackage();
      const [a, b] = [idOf(pkg, '6.RP.A.1'), idOf(pkg, '6.RP.A.2')];
      pkg.CFAssociations.push({
        identifier: 'loop',
        associationType: 'precedes',
        originNodeURI: { title: 'Origin', identifier: b, uri: `urn:${b}` },
        destinationNodeURI: { title: 'Destination', identifier: a, uri: `urn:${a}` },
      });
      const cyclic = await post(t, other.admin, other.orgId, pkg);
      assert.equal(cyclic.status, 422, cyclic.raw);
      assert.equal(cyclic.body.code, 'invalid_framework');
      assert.deepEqual([...cyclic.body.cycle].sort(), [a, b].sort());
      const [first, second] = cyclic.body.cycle as string[];
      const code = (id: string) => (id === a ? 'CCSS.Math.Content.6.RP.A.1' : 'CCSS.Math.Content.6.RP.A.2');
      assert.ok(
        cyclic.body.detail.includes(`${code(first!)} → ${code(second!)} → ${code(first!)}`),
        cyclic.body.detail,
      );
      assert.equal(cyclic.body.errors[0].field, 'body/CFAssociations');

      const broken = freshPackage();
      delete broken.CFItems[2]!.fullStatement;
      const refused = await post(t, other.admin, other.orgId, broken);
      assert.equal(refused.status, 400, refused.raw);
      assert.deepEqual(refused.body.errors, [
        { field: 'body/CFItems[2].fullStatement', message: 'is required' },
      ]);
      const empty = await post(t, other.admin, other.orgId, { CFDocument: { identifier: 'x' }, CFItems: [] });
      assert.equal(empty.status, 400, empty.raw);
      assert.deepEqual(await snapshot(t, other.orgId), before);
    });

    test('only administrators import', async () => {
      const teacher = await addMember(t.app, o.admin, o.orgId, 'teacher');
      assert.equal((await post(t, teacher, o.orgId, freshPackage())).status, 403);
    });
  });
}
