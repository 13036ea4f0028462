import { createHash } from 'node:crypto';
import { logistic } from '@pathwise/core/analytics';
import type { Item } from '@pathwise/core/content';
import {
  initialLearnerState,
  isMastered,
  type LearnerModelState,
  masteryEstimate,
  predictLogit,
  recordResponse,
} from '@pathwise/core/learner-model';
import { asSkillId } from '@pathwise/core/skills-graph';
import {
  addClassMembers,
  addMembership,
  createClass,
  createEnrollment,
  type Database,
  type Db,
  findEnrollment,
  findLatestRiskModel,
  findUserByEmail,
  insertAnsweredServedItems,
  insertMasteryHistory,
  insertSimulatedUsers,
  saveLearnerState,
  saveSkillStates,
  setClassPathways,
  setEarlyWarningEnabled,
  setRiskConsents,
} from '@pathwise/db';
import type { PathwiseEvent } from '@pathwise/xapi';
import type { Kysely } from 'kysely';
import { recordActivities } from '../activity/record-activity.ts';
import { addDays, utcDay } from '../analytics/analytics-dates.ts';
import { refreshOrgAnalytics } from '../analytics/refresh-org-analytics.ts';
import { backfillRiskHistory, scoreOrgRisk } from '../analytics/score-org-risk.ts';
import { trainOrgRiskModel } from '../analytics/train-org-risk-model.ts';
import { MODEL_PARAMS } from '../learner-model/learner-model-store.ts';
import { loadCatalog } from '../learning/learning-catalog.ts';

const DAY = 86_400_000;
const PATHWAY = 'algebra-foundations';
/** Learners per class, as in a real school (the demo teacher's classes hold 25 to 30). */
const CLASS_SIZE = 28;

/** The cohort's classes: 7A, 7B, 7C, 7D, 8A, … Algebra; the demo teacher teaches the first two. */
export function cohortClassNames(size: number): string[] {
  const count = Math.max(2, Math.round(size / CLASS_SIZE));
  return Array.from({ length: count }, (_, k) => `${7 + Math.floor(k / 4)}${'ABCD'[k % 4]} Algebra`);
}

/** A UUID (version 8: custom) derived from an address, the same on every install. */
function idFromAddress(email: string): string {
  const hex = createHash('sha256').update(`pathwise-demo-cohort:${email}`).digest('hex');
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The item a simulated answer stands for: no real problem was shown, so the served item says so (small: the
 * cohort answers tens of thousands of them). What pages count as evidence is that it was answered, and how.
 */
function simulatedItem(skillId: string): Item {
  return {
    id: `${skillId}/simulated`,
    familyId: 'simulated',
    skillId,
    seed: 0,
    difficulty: 2,
    stem: { en: 'A simulated answer (demo cohort)', es: 'Una respuesta simulada (cohorte de demostración)' },
    steps: [],
  };
}
// NOTE: small transactions: on PGlite the job shares the one connection with requests, which wait for each batch.
const BATCH = 2;
const FIRST = [
  'Ana',
  'Bruno',
  'Carla',
  'Diego',
  'Elena',
  'Félix',
  'Gabriela',
  'Hugo',
  'Inés',
  'Jorge',
  'Karen',
  'Luis',
  'María',
  'Nico',
  'Olga',
  'Pablo',
  'Rosa',
  'Sergio',
  'Tania',
  'Víctor',
];
const LAST = [
  'Álvarez',
  'Brown',
  'Castro',
  'Díaz',
  'Evans',
  'Flores',
  'García',
  'Hughes',
  'Ibáñez',
  'Jones',
  'Kim',
  'López',
  'Moreno',
  'Nguyen',
  'Ortiz',
  'Patel',
];

/** A small deterministic generator, so every demo install tells the same story. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Profile {
  ability: number;
  dailyChance: number;
  /** Week from which a drifting learner fades away; null for one who stays. */
  driftWeek: number | null;
}

/**
 * A simulated cohort in the demo organization: `size` learners in classes of about 28 (the demo teacher teaches
 * two), over the ten weeks before `now`. Each practises on some days; each answer is drawn from the learner model's own
 * prediction for that learner (shifted by a personal ability), and the model is updated as the server would.
 * About one in five drifts away in the second half. Everything goes through the real tables and `recordActivities`,
 * then the aggregates are refreshed, the early-warning model is trained and the learners are scored, so every chart
 * shows something true.
 */
export async function seedDemoCohort(
  db: Db,
  input: {
    orgId: string;
    publicUrl: string;
    now: Date;
    size?: number;
    teacherEmail: string;
    learnerEmail: string;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<void> {
  const { orgId, now } = input;
  const size = input.size ?? 240;
  const rnd = random(7);
  const catalog = await loadCatalog(db.kysely, orgId);
  const skills = catalog.pathwaySkills.get(PATHWAY) ?? [];
  const start = new Date(Date.parse(`${addDays(utcDay(now), -70)}T00:00:00Z`));
  const people = Array.from({ length: size }, (_, i) => ({
    // NOTE: ids from the (unique) address, not random: the early-warning model splits learners by a hash of their
    // ids, so random ids made the demo's flagged share differ from one install to the next (29 % to 58 %).
    id: idFromAddress(cohortEmail(i)),
    email: cohortEmail(i),
    name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= FIRST.length * LAST.length ? ` ${i}` : ''}`,
  }));
  const teacher = await findUserByEmail(db.kysely, input.teacherEmail);
  const demoLearner = await findUserByEmail(db.kysely, input.learnerEmail);
  const create = async (trx: Kysely<Database>) => {
    const ids = await insertSimulatedUsers(trx, people);
    for (const id of ids) await addMembership(trx, { orgId, userId: id, role: 'learner' });
    const names = cohortClassNames(size);
    for (const [k, name] of names.entries()) {
      // NOTE: the other classes are the school's, taught by colleagues who are not in the demo; the administrator
      // and the program dashboards see them, the demo teacher sees their own two.
      const cls = await createClass(trx, {
        orgId,
        name,
        createdBy: teacher?.id ?? null,
        teacherId: k < 2 ? (teacher?.id ?? null) : null,
      });
      await setClassPathways(trx, { orgId, classId: cls.id, pathwayIds: [PATHWAY] });
      const members = ids.filter((_, i) => i % names.length === k);
      if (k === 0 && demoLearner) members.push(demoLearner.id);
      await addClassMembers(trx, { orgId, classId: cls.id, userIds: members, role: 'learner' });
    }
    await setEarlyWarningEnabled(trx, orgId, true);
    await setRiskConsents(trx, { orgId, userIds: ids.filter((_, i) => i % 10 !== 9), consent: true, now });
    return ids;
  };
  // NOTE: resumable: a job interrupted by a stop is retried by the queue and carries on where it stopped.
  const existing = await findUserByEmail(db.kysely, cohortEmail(0));
  const ids = existing ? await existingCohort(db, size) : await db.kysely.transaction().execute(create);
  const pending: string[] = [];
  for (const id of ids) {
    if (!(await findEnrollment(db.kysely, { orgId, userId: id, pathwayId: PATHWAY }))) pending.push(id);
  }
  if (existing && pending.length === 0 && (await findLatestRiskModel(db.kysely, orgId))) return;
  const source = { publicUrl: input.publicUrl, now: () => now };
  for (let i = 0; i < pending.length; i += BATCH) {
    const events: PathwiseEvent[] = [];
    const served: Parameters<typeof insertAnsweredServedItems>[2][number][] = [];
    const history: Parameters<typeof insertMasteryHistory>[1][number][] = [];
    await db.kysely.transaction().execute(async (trx) => {
      for (const userId of pending.slice(i, i + BATCH)) {
        const profile: Profile = {
          ability: (rnd() + rnd() + rnd() - 1.5) * 1.6,
          dailyChance: 0.3 + 0.4 * rnd(),
          driftWeek: rnd() < 0.2 ? 4 + Math.floor(rnd() * 5) : null,
        };
        const state = simulateLearner(
          profile,
          rnd,
          skills.map(String),
          start,
          now,
          (at, skill, correct, s) => {
            events.push({
              type: 'attempt',
              organizationId: orgId,
              learner: { id: userId },
              at,
              pathwayId: PATHWAY,
              item: { id: `${skill}/simulated`, skillIds: [skill] },
              correct,
            });
            served.push({
              userId,
              pathwayId: PATHWAY,
              skillId: skill,
              mode: 'practice',
              item: simulatedItem(skill),
              source: 'simulated',
              outcome: correct,
              at,
            });
            const id = asSkillId(skill);
            history.push({
              orgId,
              userId,
              skillId: skill,
              at,
              estimate: masteryEstimate(s, id, MODEL_PARAMS),
              mastered: isMastered(s, id, MODEL_PARAMS),
            });
          },
        );
        await createEnrollment(trx, {
          orgId,
          userId,
          pathwayId: PATHWAY,
          status: 'active',
          placement: { belief: {}, asked: [], answered: 0, max: 0, known: [] },
          now: start,
        });
        const rows = Object.entries(state.skills).map(([skillId, s]) => {
          const mastered = isMastered(state, asSkillId(skillId), MODEL_PARAMS);
          return {
            skillId,
            state: { ...s },
            estimate: masteryEstimate(state, asSkillId(skillId), MODEL_PARAMS),
            mastered,
            masteredVia: mastered ? ('practice' as const) : null,
            masteredAt: mastered ? now : null,
          };
        });
        await saveSkillStates(trx, { orgId, userId, rows, now });
        await saveLearnerState(trx, { orgId, userId, state: { ...state.learner }, now });
      }
      for (let k = 0; k < served.length; k += 2000)
        await insertAnsweredServedItems(trx, orgId, served.slice(k, k + 2000));
      for (let k = 0; k < events.length; k += 2000)
        await recordActivities(trx, source, events.slice(k, k + 2000));
      await insertMasteryHistory(trx, history);
    });
    input.onProgress?.(ids.length - pending.length + Math.min(pending.length, i + BATCH), ids.length);
  }
  await refreshOrgAnalytics(db.kysely, orgId, now);
  await trainOrgRiskModel(db.kysely, orgId, now);
  const weekEnds = Array.from({ length: 9 }, (_, w) => addDays(utcDay(start), 7 * (w + 1) - 1));
  await backfillRiskHistory(db.kysely, orgId, weekEnds);
  await scoreOrgRisk(db.kysely, orgId, now);
}

async function existingCohort(db: Db, size: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < size; i++) {
    const user = await findUserByEmail(db.kysely, cohortEmail(i));
    if (user) ids.push(user.id);
  }
  return ids;
}

/** The e-mail of the i-th simulated learner (they cannot sign in). */
export function cohortEmail(i: number): string {
  return `cohort-${String(i + 1).padStart(3, '0')}@demo.pathwise.test`;
}

function simulateLearner(
  p: Profile,
  rnd: () => number,
  skills: readonly string[],
  start: Date,
  now: Date,
  onAnswer: (at: Date, skill: string, correct: boolean, state: LearnerModelState) => void,
): LearnerModelState {
  let state: LearnerModelState = { learner: initialLearnerState(MODEL_PARAMS.settings), skills: {} };
  let target = 0;
  const days = Math.floor((now.getTime() - start.getTime()) / DAY);
  for (let d = 0; d < days && target < skills.length; d++) {
    const week = Math.floor(d / 7);
    const fading = p.driftWeek !== null && week >= p.driftWeek;
    const chance = fading ? p.dailyChance * 0.5 ** (week - p.driftWeek! + 1) : p.dailyChance;
    if (rnd() >= chance) continue;
    const answers = 4 + Math.floor(rnd() * 8);
    let at = start.getTime() + d * DAY + (15 + rnd() * 4) * 3_600_000;
    for (let k = 0; k < answers && target < skills.length; k++) {
      const skill = asSkillId(skills[target]!);
      const z = predictLogit(state, [skill], MODEL_PARAMS) + 0.6 * p.ability - (fading ? 0.8 : 0);
      const correct = rnd() < logistic(z);
      state = recordResponse(state, { skills: [skill], correct }, MODEL_PARAMS);
      at += (40 + rnd() * 100) * 1000;
      onAnswer(new Date(at), skill, correct, state);
      if (isMastered(state, skill, MODEL_PARAMS)) target++;
    }
  }
  return state;
}
