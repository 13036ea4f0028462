/**
 * Teacher dashboard at scale: one class of 10,000 learners with 1 million statements (bulk-loaded with set-based
 * SQL), 13 skills each in the learner model and 3 mastery points per skill. Reports the time to fold the statements
 * into the daily aggregate, to score the organization, and the server time of GET …/classes/:id/dashboard
 * (through app.inject, cold and warm) and of the heatmap CSV.
 *
 *   npm run bench:dashboard                      PostgreSQL at TEST_DATABASE_URL (default 127.0.0.1:5432/test)
 *   npm run bench:dashboard -- --pglite          embedded PGlite (set --learners / --statements lower)
 */
import { parseArgs } from 'node:util';
import {
  addClassMembers,
  createApiToken,
  createClass,
  createOrganization,
  type Db,
  insertSimulatedUsers,
  migrateToLatest,
  openDb,
  setClassPathways,
  setEarlyWarningEnabled,
  setRiskConsents,
} from '@pathwise/db';
import { sql } from 'kysely';
import pg from 'pg';
import { refreshOrgAnalytics } from '../../apps/server/src/analytics/refresh-org-analytics.ts';
import { scoreOrgRisk } from '../../apps/server/src/analytics/score-org-risk.ts';
import { buildApp } from '../../apps/server/src/app.ts';
import { hashToken, newSecretToken } from '../../apps/server/src/identity/secret-token.ts';
import { installDemoContent } from '../../apps/server/src/learning/install-demo-content.ts';
import { loadConfig } from '../../apps/server/src/runtime/config.ts';

const { values } = parseArgs({
  options: {
    pglite: { type: 'boolean', default: false },
    learners: { type: 'string', default: '10000' },
    statements: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '10' },
  },
});
const LEARNERS = Number(values.learners);
const STATEMENTS = Number(values.statements);
const PUBLIC_URL = 'http://127.0.0.1:3000';
const now = new Date();
const rows: Record<string, string | number>[] = [];
const database = values.pglite ? 'pglite' : 'postgres';
const timed = async <T>(name: string, f: () => Promise<T>, extra: Record<string, number> = {}) => {
  const t0 = performance.now();
  const out = await f();
  rows.push({ bench: 'dashboard', case: name, database, ms: Math.round(performance.now() - t0), ...extra });
  return out;
};

async function openBenchDb(): Promise<{ db: Db; drop: () => Promise<void> }> {
  if (values.pglite) {
    const db = await openDb({ dataDir: 'memory://' });
    return { db, drop: async () => {} };
  }
  const admin = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `pw_bench_dash_${process.pid}`;
  const run = async (q: string) => {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(q);
    await c.end();
  };
  await run(`create database ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    db: await openDb({ databaseUrl: url.toString() }),
    drop: () => run(`drop database if exists ${name} with (force)`),
  };
}

const { db, drop } = await openBenchDb();
try {
  await migrateToLatest(db.kysely);
  const org = await createOrganization(db.kysely, { slug: 'bench', name: 'Bench School' });
  await installDemoContent(db.kysely, org.id);
  const ids = await timed('create learners', () =>
    insertSimulatedUsers(
      db.kysely,
      Array.from({ length: LEARNERS }, (_, i) => ({
        email: `l${i}@bench.test`,
        name: `Learner ${String(i).padStart(5, '0')}`,
      })),
    ),
  );
  for (let i = 0; i < ids.length; i += 1000) {
    await db.kysely
      .insertInto('memberships')
      .values(ids.slice(i, i + 1000).map((id) => ({ org_id: org.id, user_id: id, role: 'learner' })))
      .execute();
  }
  const cls = await createClass(db.kysely, { orgId: org.id, name: 'Big class', createdBy: null });
  await setClassPathways(db.kysely, { orgId: org.id, classId: cls.id, pathwayIds: ['algebra-foundations'] });
  for (let i = 0; i < ids.length; i += 1000)
    await addClassMembers(db.kysely, {
      orgId: org.id,
      classId: cls.id,
      userIds: ids.slice(i, i + 1000),
      role: 'learner',
    });
  await setEarlyWarningEnabled(db.kysely, org.id, true);
  await setRiskConsents(db.kysely, { orgId: org.id, userIds: ids, consent: true, now });
  await timed('bulk load statements', async () => {
    for (let from = 0; from < STATEMENTS; from += 100_000) {
      const to = Math.min(STATEMENTS, from + 100_000) - 1;
      await sql`
        with l as (select array_agg(user_id order by user_id) as ids from memberships where org_id = ${org.id} and role = 'learner'),
        s as (
          select gen_random_uuid() as id, g, l.ids[1 + g % array_length(l.ids, 1)]::text as learner,
            date_trunc('milliseconds', now() - (g % 70) * interval '1 day' - (g % 997) * interval '7 seconds') as stored
          from generate_series(${from}::int, ${to}::int) g, l
        ),
        ins as (insert into xapi_statement_ids (org_id, id, stored) select ${org.id}::uuid, id, stored from s)
        insert into xapi_statements (org_id, id, stored, verb_id, agents, related_agents, activities, related_activities, statement)
        select ${org.id}::uuid, id, stored, 'http://adlnet.gov/expapi/verbs/answered',
          array['account:' || jsonb_build_array(${PUBLIC_URL}::text, learner)::text],
          array['account:' || jsonb_build_array(${PUBLIC_URL}::text, learner)::text], array['item'], array['item'],
          jsonb_build_object('id', id, 'actor', jsonb_build_object('objectType', 'Agent',
              'account', jsonb_build_object('homePage', ${PUBLIC_URL}::text, 'name', learner)),
            'verb', jsonb_build_object('id', 'http://adlnet.gov/expapi/verbs/answered'),
            'object', jsonb_build_object('objectType', 'Activity', 'id', 'item'),
            'result', jsonb_build_object('success', g % 3 <> 0),
            'timestamp', to_char(stored at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
        from s`.execute(db.kysely);
    }
    await sql`
      insert into learner_skill_states (org_id, user_id, skill_id, state, estimate, mastered, updated_at)
      select ${org.id}, m.user_id, s.id, '{}', random(), random() < 0.3, now()
      from memberships m cross join (select id from skills where org_id = ${org.id} limit 13) s
      where m.org_id = ${org.id} and m.role = 'learner'`.execute(db.kysely);
    await sql`
      insert into mastery_history (org_id, user_id, skill_id, at, estimate, mastered)
      select org_id, user_id, skill_id, now() - k * interval '10 days', random(), false
      from learner_skill_states, generate_series(0, 2) k where org_id = ${org.id}`.execute(db.kysely);
    if (!values.pglite) await sql`vacuum analyze`.execute(db.kysely);
  });
  const read = await timed('refresh daily aggregate (all statements)', () =>
    refreshOrgAnalytics(db.kysely, org.id, now, 100_000),
  );
  rows.at(-1)!.statements = read;
  await timed('score organization (risk)', () => scoreOrgRisk(db.kysely, org.id, now));
  const token = newSecretToken('pw_');
  await createApiToken(db.kysely, {
    orgId: org.id,
    name: 'bench',
    role: 'admin',
    tokenHash: hashToken(token),
    prefix: token.slice(0, 10),
    createdBy: null,
  });
  const app = await buildApp({
    db,
    config: loadConfig({ NODE_ENV: 'test', WEB_DIST: '/nonexistent', PUBLIC_URL, LOG_LEVEL: 'warn' }),
  });
  await app.ready();
  const get = async (url: string) => {
    const t0 = performance.now();
    const res = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    return { ms: performance.now() - t0, bytes: res.body.length };
  };
  const base = `/api/orgs/${org.id}/classes/${cls.id}`;
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < Number(values.runs); i++) {
    const r = await get(`${base}/dashboard?offset=${(i * 40) % LEARNERS}`);
    times.push(r.ms);
    bytes = r.bytes;
  }
  const sorted = [...times].sort((a, b) => a - b);
  rows.push({
    bench: 'dashboard',
    case: 'GET class dashboard (first)',
    database,
    ms: Math.round(times[0]!),
    bytes,
  });
  rows.push({
    bench: 'dashboard',
    case: `GET class dashboard (p50 of ${times.length})`,
    database,
    ms: Math.round(sorted[Math.floor(sorted.length / 2)]!),
  });
  rows.push({
    bench: 'dashboard',
    case: `GET class dashboard (max of ${times.length})`,
    database,
    ms: Math.round(sorted.at(-1)!),
  });
  const csvTime = await get(`${base}/dashboard.csv?table=heatmap`);
  rows.push({
    bench: 'dashboard',
    case: 'GET heatmap CSV (all learners)',
    database,
    ms: Math.round(csvTime.ms),
    bytes: csvTime.bytes,
  });
  const program = await get(`/api/orgs/${org.id}/analytics/program`);
  rows.push({ bench: 'dashboard', case: 'GET program dashboard', database, ms: Math.round(program.ms) });
  await app.close();
} finally {
  await db.close();
  await drop();
}
console.log(`Teacher dashboard: one class of ${LEARNERS} learners, ${STATEMENTS} statements, ${database}`);
for (const r of rows)
  console.log(
    `${String(r.case).padEnd(44)} ${String(r.ms).padStart(8)} ms${r.bytes ? `  ${r.bytes} bytes` : ''}${r.statements ? `  ${r.statements} statements` : ''}`,
  );
for (const r of rows) console.log(JSON.stringify(r));
