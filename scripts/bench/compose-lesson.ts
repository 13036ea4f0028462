/**
 * Lesson composer benchmark: parses and composes lessons offline (no database, no network, no model endpoint), as
 * the compose route does after reading the framework. Target: the sample request in under 2 s.
 *
 *   npm run bench:compose                 30 runs per case
 *   npm run bench:compose -- --runs 100
 */
import { parseArgs } from 'node:util';
import { algebraFoundationsSkills, dataLiteracySkills, itemFamilies } from '@pathwise/core/content';
import {
  composeLesson,
  confirmLessonForm,
  type LessonFormOverrides,
  type LessonSkill,
  parseLessonRequest,
  seedOf,
} from '@pathwise/core/lessons';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '30' } } });
const RUNS = Math.max(1, Number(args.runs));
const framework: LessonSkill[] = [...algebraFoundationsSkills, ...dataLiteracySkills];
const hasItems = (id: string) => itemFamilies.some((f) => f.skillId === id);

interface Case {
  readonly name: string;
  readonly request: string;
  readonly form?: LessonFormOverrides;
}

const cases: readonly Case[] = [
  {
    name: 'sample request (en)',
    request:
      'a 3-day lesson plan on linear equations for a class with diverse reading levels, including 3 visual activities and a quiz',
  },
  {
    name: 'sample request (es)',
    request:
      'un plan de 3 días sobre ecuaciones lineales para una clase con niveles de lectura diversos, con 3 actividades visuales y un cuestionario',
  },
  {
    name: 'largest: 10 days, 8 skills, 40 items',
    request:
      'a 10-day unit on equations and slope for diverse reading levels, 30 visual activities, a 40-item quiz',
    form: {
      skillIds: [
        'alg.one-step-add',
        'alg.one-step-multiply',
        'alg.two-step-equations',
        'alg.variables-both-sides',
        'alg.linear-word-problems',
        'alg.slope',
        'alg.slope-intercept',
        'data.read-bar-chart',
      ],
    },
  },
];

/** Parses, confirms and composes once; returns the milliseconds and the lesson's size. */
function once(c: Case, seed: number): { ms: number; bytes: number; items: number } {
  const t0 = performance.now();
  const parsed = parseLessonRequest(c.request, framework, hasItems);
  const { form, missing } = confirmLessonForm(parsed, c.form ?? {}, framework, hasItems);
  if (missing.length > 0) throw new Error(`${c.name}: missing ${missing.join(', ')}`);
  const lesson = composeLesson({ form, framework, catalog: itemFamilies, seed });
  const bytes = JSON.stringify(lesson).length;
  return { ms: performance.now() - t0, bytes, items: lesson.quiz.items.length };
}

const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const round1 = (x: number): number => Math.round(x * 10) / 10;

const rows = cases.map((c) => {
  const first = once(c, seedOf(c.request));
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(once(c, i).ms);
  const sorted = [...times].sort((a, b) => a - b);
  return {
    bench: 'compose',
    case: c.name,
    runs: RUNS,
    ms_first: round1(first.ms),
    ms_p50: round1(quantile(sorted, 0.5)),
    ms_p99: round1(quantile(sorted, 0.99)),
    quiz_items: first.items,
    bytes: first.bytes,
    target_ms: 2000,
  };
});

console.log(`lesson composer, offline, ${RUNS} runs per case (target: the sample request under 2000 ms)`);
console.log(
  `${'case'.padEnd(40)} ${'first ms'.padStart(9)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'items'.padStart(6)} ${'bytes'.padStart(8)}`,
);
for (const r of rows) {
  console.log(
    `${r.case.padEnd(40)} ${String(r.ms_first).padStart(9)} ${String(r.ms_p50).padStart(8)} ${String(r.ms_p99).padStart(8)} ${String(r.quiz_items).padStart(6)} ${String(r.bytes).padStart(8)}`,
  );
}
console.log('');
for (const r of rows) console.log(JSON.stringify(r));
