import type { Gradebook } from '@pathwise/contracts';
import type { Locale } from '@pathwise/core/identity';
import { listAssignmentOverrides, listAssignments, listClassMembers } from '@pathwise/db';
import { toCsv } from '../analytics/to-csv.ts';
import { getVisibleClass } from '../classes/class-access.ts';
import type { OrgActor } from '../identity/actor.ts';
import { loadCatalog } from '../learning/learning-catalog.ts';
import type { AppContext } from '../runtime/types.ts';
import { assignmentProgress } from './assignment-progress.ts';
import { presentAssignment, progressInputOf } from './assignment-target.ts';

/**
 * The gradebook of a class the actor teaches (or administers): its learners × its assignments, each cell the
 * learner's progress from their live standings, or the teacher's override with its reason.
 */
export async function buildGradebook(ctx: AppContext, actor: OrgActor, classId: string): Promise<Gradebook> {
  const db = ctx.db.kysely;
  const found = await getVisibleClass(db, actor, classId);
  const { orgId } = actor;
  const [catalog, rows, members, overrides] = await Promise.all([
    loadCatalog(db, orgId),
    listAssignments(db, { orgId, classId: found.id }),
    listClassMembers(db, orgId, found.id),
    listAssignmentOverrides(db, { orgId, classId: found.id }),
  ]);
  const learners = members.filter((m) => m.role === 'learner');
  const progress = await assignmentProgress(db, {
    orgId,
    userIds: learners.map((l) => l.userId),
    assignments: rows.map((r) => progressInputOf(catalog, r)),
    overrides,
    now: ctx.now(),
  });
  return {
    classId: found.id,
    className: found.name,
    assignments: rows.map((r) => presentAssignment(catalog, r)),
    learners: learners.map((l) => ({ userId: l.userId, name: l.name, cells: progress.get(l.userId) ?? [] })),
  };
}

/**
 * The gradebook as CSV: a row per learner × assignment (status, late, mastery, done at, the override's grade and
 * reason), names and titles in `lang`. Cells a spreadsheet would read as a formula are escaped by `toCsv`.
 */
export async function gradebookCsv(
  ctx: AppContext,
  actor: OrgActor,
  input: { classId: string; lang: Locale },
): Promise<string> {
  const book = await buildGradebook(ctx, actor, input.classId);
  const titleOf = (a: Gradebook['assignments'][number]) =>
    a.title ?? a.pathway?.name[input.lang] ?? a.skills.map((s) => s.name[input.lang]).join('; ');
  return toCsv(
    [
      'learner',
      'assignment',
      'due_at',
      'status',
      'late',
      'mastery',
      'done_at',
      'overridden',
      'grade',
      'reason',
    ],
    book.learners.flatMap((l) =>
      l.cells.map((c, i) => {
        const a = book.assignments[i]!;
        return [
          l.name,
          titleOf(a),
          a.dueAt,
          c.status,
          c.late ? 'yes' : 'no',
          c.mastery.toFixed(2),
          c.doneAt,
          c.override ? 'yes' : 'no',
          c.override?.grade,
          c.override?.reason,
        ];
      }),
    ),
  );
}
