import type { AssignmentProgress, AssignmentStatus } from '@pathwise/contracts';
import type { SkillStanding } from '@pathwise/core/pathways';
import {
  type AssignedSkill,
  type AssignmentOverrideRow,
  type Database,
  type ItemSetTally,
  itemSetTalliesOf,
  type ProjectCell,
  type ProjectCellStatus,
  projectStatusesOf,
  skillTimesOf,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import { loadStandingsOf } from '../learner-model/learner-model-store.ts';

// NOTE: the class heatmap's "mastered" (analytics/build-class-dashboard.ts, cellOf): the standing every page
// shows, credited skills included. Not a second rule: the same three statuses of core's `skillStanding`.
const MASTERED: ReadonlySet<SkillStanding['status']> = new Set([
  'mastered',
  'mastered-review-due',
  'credited',
]);

/**
 * Whether a standing meets an assigned skill: with no target, the standing says mastered; with a target, the
 * estimate reaches it (a skill mastered without a measured estimate, credited or known from placement, meets it).
 */
export function meetsTarget(standing: SkillStanding, target: number | null): boolean {
  if (target === null || standing.estimate === null) return MASTERED.has(standing.status);
  return standing.estimate >= target;
}

/** An assignment whose progress is computed: its id, due date and the skills it asks for. */
export interface ProgressInput {
  id: string;
  dueAt: Date;
  skills: readonly AssignedSkill[];
  /**
   * A project: its status comes from the learner's submission (passed: done, at the time the passing version was
   * handed in; handed in: in progress).
   */
  project?: boolean;
  /** An item set: how many items it holds (its status comes from the items the learner answered). */
  items?: number;
}

// A project is done when its latest version passed; handed in (waiting or to revise) is in progress.
const PROJECT_STATUS: Readonly<Record<ProjectCellStatus | 'none', AssignmentStatus>> = {
  passed: 'done',
  submitted: 'in_progress',
  needs_revision: 'in_progress',
  none: 'not_started',
};

type SkillTimes = ReadonlyMap<string, { masteredAt: Date | null; updatedAt: Date }>;

/**
 * "Done" at the moment the last needed skill became mastered (or, for a target below the rule, the model's last
 * change); a skill with no time known counts as known now.
 */
function skillsDoneAt(
  a: ProgressInput,
  standings: ReadonlyMap<string, SkillStanding>,
  times: SkillTimes,
  now: Date,
): Date {
  return new Date(
    Math.max(
      ...a.skills.map((s) => {
        const t = times.get(s.skillId);
        const standing = standings.get(s.skillId)!;
        return ((MASTERED.has(standing.status) ? t?.masteredAt : null) ?? t?.updatedAt ?? now).getTime();
      }),
    ),
  );
}

/** What one learner did on one assignment, beyond their standings: its project, or its item set. */
interface Work {
  project: ProjectCell | null | undefined;
  itemSet: ItemSetTally | undefined;
}

/**
 * An item set: done when every item is answered (its first-try outcome known), at the time the last one was; in
 * progress once one is answered. Mastery is the share of its items answered right on the first try.
 */
function itemSetProgress(total: number, tally: ItemSetTally | undefined) {
  const answered = tally?.answered ?? 0;
  const correct = tally?.correct ?? 0;
  const status: AssignmentStatus =
    total > 0 && answered >= total ? 'done' : answered > 0 ? 'in_progress' : 'not_started';
  return {
    status,
    doneAt: status === 'done' ? (tally?.lastAnsweredAt ?? null) : null,
    mastery: total === 0 ? 0 : correct / total,
    items: { answered, correct, total },
  };
}

/** One learner × assignment from their standings; the override, when there is one, decides status and lateness. */
function progressOf(
  a: ProgressInput,
  standings: ReadonlyMap<string, SkillStanding>,
  times: SkillTimes,
  override: AssignmentOverrideRow | undefined,
  now: Date,
  { project, itemSet }: Work,
): AssignmentProgress {
  const met = a.skills.filter((s) => meetsTarget(standings.get(s.skillId)!, s.target));
  const total = a.skills.length;
  const started = a.skills.some((s) => standings.get(s.skillId)!.status !== 'not-started');
  const set = a.items === undefined ? null : itemSetProgress(a.items, itemSet);
  const computed: AssignmentStatus = set
    ? set.status
    : project !== undefined
      ? PROJECT_STATUS[project?.status ?? 'none']
      : total > 0 && met.length === total
        ? 'done'
        : started
          ? 'in_progress'
          : 'not_started';
  // NOTE: a project is done when the version that passed was handed in, not when it was assessed: late means the
  // work came after the due date, however long the teacher took to assess it.
  const doneAt = set
    ? set.doneAt
    : computed !== 'done'
      ? null
      : project
        ? project.handedInAt
        : a.skills.length > 0
          ? skillsDoneAt(a, standings, times, now)
          : null;
  const status = override?.status ?? computed;
  const late =
    status === 'done'
      ? !override && doneAt !== null && doneAt.getTime() > a.dueAt.getTime()
      : now.getTime() > a.dueAt.getTime();
  return {
    assignmentId: a.id,
    status,
    late,
    mastery: set ? set.mastery : total === 0 ? 0 : met.length / total,
    skillsMet: met.length,
    skillsTotal: total,
    doneAt: doneAt?.toISOString() ?? null,
    computedStatus: computed,
    override: override
      ? {
          status: override.status,
          grade: override.grade,
          reason: override.reason,
          setByName: override.setByName,
          setAt: override.setAt.toISOString(),
        }
      : null,
    ...(project !== undefined ? { project: project?.status ?? null } : {}),
    ...(set ? { items: set.items } : {}),
  };
}

/**
 * The progress of each learner on each assignment, from the learners' live standings (`loadStandingsOf`, the
 * same as the class dashboard and their own pages at this moment): one list per learner, in assignment order.
 */
export async function assignmentProgress(
  db: Kysely<Database>,
  input: {
    orgId: string;
    userIds: readonly string[];
    assignments: readonly ProgressInput[];
    overrides: readonly AssignmentOverrideRow[];
    now: Date;
  },
): Promise<Map<string, AssignmentProgress[]>> {
  const skillIds = [...new Set(input.assignments.flatMap((a) => a.skills.map((s) => s.skillId)))];
  const projectIds = input.assignments.filter((a) => a.project).map((a) => a.id);
  const setIds = input.assignments.filter((a) => a.items !== undefined).map((a) => a.id);
  const [standings, times, projects, sets] = await Promise.all([
    loadStandingsOf(db, { orgId: input.orgId, userIds: input.userIds, skillIds, now: input.now }),
    skillTimesOf(db, { orgId: input.orgId, userIds: input.userIds, skillIds }),
    projectStatusesOf(db, { orgId: input.orgId, userIds: input.userIds, assignmentIds: projectIds }),
    itemSetTalliesOf(db, { orgId: input.orgId, userIds: input.userIds, assignmentIds: setIds }),
  ]);
  const overrides = new Map(input.overrides.map((o) => [`${o.userId}/${o.assignmentId}`, o]));
  return new Map(
    input.userIds.map((userId) => [
      userId,
      input.assignments.map((a) =>
        progressOf(
          a,
          standings.get(userId)!,
          times.get(userId)!,
          overrides.get(`${userId}/${a.id}`),
          input.now,
          {
            project: a.project ? (projects.get(`${userId}/${a.id}`) ?? null) : undefined,
            itemSet: sets.get(`${userId}/${a.id}`),
          },
        ),
      ),
    ]),
  );
}
