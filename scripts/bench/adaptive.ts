/**
 * Server time of the adaptive loop at scale: with 10,000 learners, 1,000 skills and 100,000 items in one
 * organization's database, the time to choose and serve the next item and to record an answer (check, attempt,
 * statement, learner model update, mastery, review card: one transaction), p50 and p99, on PGlite and PostgreSQL.
 * The data is bulk-loaded with set-based SQL; the use cases are the server's own (`practiceNext`, `answerStep`),
 * called as the routes call them (the HTTP layer is measured by bench:http).
 *
 *   npm run bench:adaptive                          both backends, 300 measured learners each
 *   npm run bench:adaptive -- --samples 1000 --backend pglite
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { type Db, migrateToLatest, openDb } from '@pathwise/db';
import { sql } from 'kysely';
import pg from 'pg';
import { answerStep } from '../../apps/server/src/learning/answer-step.ts';
import { practiceNext } from '../../apps/server/src/learning/practice-next.ts';
import { createMailer } from '../../apps/server/src/mail/mailer.ts';
import { loadConfig } from '../../apps/server/src/runtime/config.ts';
import type { AppContext } from '../../apps/server/src/runtime/types.ts';

const { values: args } = parseArgs({
  options: {
    samples: { type: 'string', default: '300' },
    backend: { type: 'string', default: 'both' },
    learners: { type: 'string', default: '10000' },
    skills: { type: 'string', default: '1000' },
    items: { type: 'string', default: '100000' },
  },
});
const SAMPLES = Number(args.samples);
const LEARNERS = Number(args.learners);
const SKILLS = Number(args.skills);
const ITEMS = Number(args.items);
const LAYER = 20;
const PG_ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * One organization: skills in layers of 20 (each needs two skills of the layer below), one pathway over all of
 * them, 100 stored one-step items per skill, and learners who mastered the first 0–5 layers (0–100 skills each,
 * with their states), enrolled and active, each with some served-item history.
 */
async function load(db: Db): Promise<string> {
  const q = (text: TemplateStringsArray, ...values: unknown[]) => sql(text, ...values).execute(db.kysely);
  const org = await sql<{
    id: string;
  }>`insert into organizations (slug, name) values ('bench', 'Bench') returning id`.execute(db.kysely);
  const orgId = org.rows[0]!.id;
  await q`insert into learning_content_versions (org_id) values (${orgId})`;
  await q`
    insert into skills (org_id, id, framework, name, description, prerequisites, position)
    select ${orgId}, 'skill-' || i, 'bench', jsonb_build_object('en', 'Skill ' || i, 'es', 'Habilidad ' || i), '{"en":"","es":""}',
      case when i < ${sql.lit(LAYER)} then '{}'::text[] else array[
        'skill-' || ((i / ${sql.lit(LAYER)} - 1) * ${sql.lit(LAYER)} + i % ${sql.lit(LAYER)}),
        'skill-' || ((i / ${sql.lit(LAYER)} - 1) * ${sql.lit(LAYER)} + (i * 7 + 3) % ${sql.lit(LAYER)})] end,
      i
    from generate_series(0, ${sql.lit(SKILLS - 1)}) i`;
  await q`
    insert into pathways (org_id, id, framework, name, description, goal_skill_ids)
    select ${orgId}, 'bench-path', 'bench', '{"en":"Bench","es":"Bench"}', '{"en":"","es":""}', array_agg('skill-' || i)
    from generate_series(${sql.lit(SKILLS - LAYER)}, ${sql.lit(SKILLS - 1)}) i`;
  await q`
    insert into items (org_id, id, skill_id, source, difficulty, content)
    select ${orgId}, 'item-' || g, 'skill-' || (g % ${sql.lit(SKILLS)}), 'bench', 1 + (g / ${sql.lit(SKILLS)}) % 3,
      jsonb_build_object(
        'stem', jsonb_build_object('en', 'What is ' || (g % 50) || ' + 1?', 'es', '¿Cuánto es ' || (g % 50) || ' + 1?'),
        'steps', jsonb_build_array(jsonb_build_object(
          'id', 's1', 'prompt', '{"en":"Answer","es":"Responde"}'::jsonb,
          'answer', jsonb_build_object('kind', 'number', 'value', g % 50 + 1),
          'hints', '[]'::jsonb, 'scaffolds', '[]'::jsonb, 'misconceptions', '[]'::jsonb)))
    from generate_series(0, ${sql.lit(ITEMS - 1)}) g`;
  await q`
    insert into users (email, name, password_hash)
    select 'bench-' || g || '@example.test', 'Learner ' || g, 'x' from generate_series(1, ${sql.lit(LEARNERS)}) g`;
  await q`insert into memberships (org_id, user_id, role) select ${orgId}, id, 'learner' from users where email like 'bench-%'`;
  await q`
    insert into enrollments (org_id, user_id, pathway_id, status, placement)
    select ${orgId}, id, 'bench-path', 'active', '{"known":[]}' from users where email like 'bench-%'`;
  await q`
    insert into learner_states (org_id, user_id, state)
    select ${orgId}, id, '{"responses":120,"residual":4,"form":0.75}' from users where email like 'bench-%'`;
  await q`
    insert into learner_skill_states (org_id, user_id, skill_id, state, estimate, mastered, mastered_via, mastered_at)
    select ${orgId}, u.id, 'skill-' || s, '{"attempts":4,"successes":4,"recent":0.9,"lastSeen":100,"streak":4}', 0.9, true, 'practice', now()
    from users u, generate_series(0, 99) s
    where u.email like 'bench-%' and s < (abs(hashtext(u.id::text)) % 6) * ${sql.lit(LAYER)}`;
  await q`
    insert into served_items (org_id, user_id, pathway_id, item_id, skill_id, source, mode, item, step_index, outcome, completed_at, created_at)
    select ${orgId}, u.id, 'bench-path', 'item-' || h, 'skill-' || (h % ${sql.lit(SKILLS)}), 'bench', 'practice', '{"steps":[]}', 0, true, now(), now() - h * interval '1 minute'
    from users u, generate_series(1, 5) h where u.email like 'bench-%'`;
  await q`analyze`;
  return orgId;
}

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const ms = (x: number) => Math.round(x * 100) / 100;

async function measure(kind: 'pglite' | 'postgres', db: Db) {
  const t0 = performance.now();
  await migrateToLatest(db.kysely);
  const orgId = await load(db);
  console.error(`loaded ${kind} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const loadSeconds = (performance.now() - t0) / 1000;
  const config = loadConfig({ NODE_ENV: 'test', WEB_DIST: '/nonexistent' });
  const ctx: AppContext = { db, config, now: () => new Date(), mailer: createMailer(config) };
  const users = await db.kysely
    .selectFrom('users')
    .select('id')
    .where('email', 'like', 'bench-%')
    .orderBy(sql`random()`)
    .limit(SAMPLES + 20)
    .execute();
  const next: number[] = [];
  const answer: number[] = [];
  for (const [i, { id }] of users.entries()) {
    const who = { orgId, userId: id };
    let start = performance.now();
    const served = await practiceNext(ctx, who, 'bench-path');
    const tNext = performance.now() - start;
    const value = /What is (\d+)/.exec(served.item.stem.en)?.[1];
    start = performance.now();
    const result = await answerStep(ctx, who, served.item.servedId, {
      stepId: served.item.currentStepId,
      answer: String(Number(value) + (i % 4 === 0 ? 2 : 1)),
      locale: 'en',
    });
    const tAnswer = performance.now() - start;
    if (result.result === 'invalid') throw new Error('the bench answered with an invalid answer');
    if (i >= 20) {
      next.push(tNext);
      answer.push(tAnswer);
    }
  }
  const rows = [
    { case: `next-item ${kind}`, times: next },
    { case: `answer ${kind}`, times: answer },
  ].map(({ case: name, times }) => ({
    bench: 'adaptive',
    case: name,
    backend: kind,
    learners: LEARNERS,
    skills: SKILLS,
    items: ITEMS,
    samples: times.length,
    p50_ms: ms(percentile(times, 50)),
    p99_ms: ms(percentile(times, 99)),
    load_s: Math.round(loadSeconds * 10) / 10,
  }));
  return rows;
}

async function withPostgres<T>(run: (db: Db) => Promise<T>): Promise<T> {
  const name = `pw_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const db = await openDb({ databaseUrl: url.toString() });
  // NOTE: an idle pooled connection ended by the server must not crash the bench; the next query reconnects.
  db.pool.on('error', (error) => console.error(`pool: ${error.message}`));
  try {
    return await run(db);
  } catch (error) {
    console.error(error);
    throw error;
  } finally {
    await db.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

const started = performance.now();
const results: Awaited<ReturnType<typeof measure>> = [];
if (args.backend !== 'postgres') {
  const db = await openDb({ dataDir: 'memory://' });
  try {
    results.push(...(await measure('pglite', db)));
  } finally {
    await db.close();
  }
}
if (args.backend !== 'pglite') results.push(...(await withPostgres((db) => measure('postgres', db))));
console.log(
  `adaptive loop: ${LEARNERS} learners, ${SKILLS} skills, ${ITEMS} items; ${SAMPLES} learners measured per backend`,
);
console.log('case                     p50 ms    p99 ms   (bulk load s)');
for (const r of results) {
  console.log(
    `${r.case.padEnd(24)} ${String(r.p50_ms).padStart(7)} ${String(r.p99_ms).padStart(9)}   ${r.load_s}`,
  );
}
console.log(`total ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
for (const r of results) console.log(JSON.stringify(r));
