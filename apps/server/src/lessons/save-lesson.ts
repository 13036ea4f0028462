import type { LessonSummary, SavedLesson, SaveLessonInput } from '@pathwise/contracts';
import { AppError } from '@pathwise/core/errors';
import {
  blocksOf,
  checkCitedCodes,
  type Lesson,
  type LessonForm,
  type ModelNote,
} from '@pathwise/core/lessons';
import {
  type Database,
  findLessonVersion,
  insertLesson,
  type LessonRow,
  listLessons,
  listLessonVersionNumbers,
  recordAudit,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import type { OrgActor } from '../identity/actor.ts';
import type { AppContext } from '../runtime/types.ts';
import { composeFrom, type LessonFramework, loadLessonFramework } from './compose-lesson.ts';
import { getVisibleLesson, mayChange, seesAll } from './lesson-access.ts';
import { presentLessonSummary, presentSavedLesson } from './present-lesson.ts';
import { recheckModelPhrasing } from './recheck-model-phrasing.ts';

/** The source of each block, by block id: what the audit trail records as "what generated what". */
export function blockSources(lesson: Parameters<typeof blocksOf>[0]): Record<string, string> {
  return Object.fromEntries(blocksOf(lesson).map((b) => [b.id, b.source]));
}

/** A lesson the actor may see, at its latest version, as the API answers it. */
export async function loadSavedLesson(
  db: Kysely<Database>,
  actor: OrgActor,
  row: LessonRow,
): Promise<SavedLesson> {
  const key = { orgId: actor.orgId, lessonId: row.id };
  const [latest, versions] = await Promise.all([
    findLessonVersion(db, { ...key, version: row.latestVersion }),
    listLessonVersionNumbers(db, key),
  ]);
  if (!latest) throw new AppError('internal', `Lesson ${row.id} has no version ${row.latestVersion}`);
  return presentSavedLesson(row, latest, versions, mayChange(actor, row) && row.status === 'draft');
}

/** The model phrasing the teacher saw, checked again (`recheckModelPhrasing`); none without `modelNotes`. */
function phrasingOf(
  ctx: AppContext,
  framework: LessonFramework['framework'],
  composed: { lesson: Lesson; form: LessonForm },
  notes: SaveLessonInput['modelNotes'],
): { lesson: Lesson; notes: ModelNote[] | null } {
  if (!notes) return { lesson: composed.lesson, notes: null };
  if (!ctx.config.ai && notes.some((n) => n.outcome === 'accepted')) {
    throw new AppError('conflict', 'No model endpoint is configured: compose the lesson again', [
      { field: 'body/modelNotes', message: 'no text can be the model’s without a model endpoint' },
    ]);
  }
  return recheckModelPhrasing(composed, framework, notes);
}

/**
 * Saves a lesson as a draft (version 1): the server composes it again from the request, the confirmed form and
 * the seed, so that only a lesson the composer made (codes and texts checked) is stored. With `modelNotes` (what
 * the teacher saw of a model's phrasing), each accepted text is checked again and kept with its block's source
 * `model`; one that fails is a 400 naming it. A request still missing fields, bad numbers or an unknown skill:
 * 400 naming the field, and nothing is written. Audited with the source of every block and the model notes.
 */
export async function saveLesson(
  ctx: AppContext,
  actor: OrgActor,
  input: SaveLessonInput,
): Promise<SavedLesson> {
  const db = ctx.db.kysely;
  const fw = await loadLessonFramework(db, actor.orgId);
  const composed = composeFrom(fw, input);
  if (composed.status === 'needs') {
    const problems = composed.missing.map((f) => ({ field: `body/form/${f}`, message: 'is needed' }));
    throw new AppError('validation_failed', `The lesson needs: ${composed.missing.join(', ')}`, problems);
  }
  checkCitedCodes(composed.lesson, fw.framework);
  const { lesson, notes } = phrasingOf(ctx, fw.framework, composed, input.modelNotes);
  const phrased = notes?.some((n) => n.outcome === 'accepted') ?? false;
  return db.transaction().execute(async (trx) => {
    const { id } = await insertLesson(trx, {
      orgId: actor.orgId,
      authorId: actor.userId,
      title: lesson.topic.slice(0, 200) || 'Lesson',
      now: ctx.now(),
      first: {
        version: 1,
        lesson,
        form: composed.form,
        request: input.request,
        seed: composed.seed,
        reviews: {},
        createdBy: actor.userId,
      },
    });
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      actorTokenId: actor.tokenId,
      action: 'lesson.saved',
      targetType: 'lesson',
      targetId: id,
      details: {
        version: 1,
        seed: composed.seed,
        skillIds: composed.form.skillIds,
        generatedBy: phrased ? 'offline composer, model phrasing' : 'offline composer',
        blocks: blockSources(lesson),
        ...(notes
          ? { modelNotes: notes.map(({ slot, outcome, reason }) => ({ slot, outcome, reason })) }
          : {}),
      },
    });
    return loadSavedLesson(trx, actor, await getVisibleLesson(trx, actor, id));
  });
}

/** The lessons of the organization the actor may see: administrators all, a teacher their own and the published. */
export async function listOrgLessons(ctx: AppContext, actor: OrgActor): Promise<LessonSummary[]> {
  const visible = seesAll(actor) ? ({ all: true } as const) : { authorId: actor.userId };
  const rows = await listLessons(ctx.db.kysely, actor.orgId, visible);
  return rows.map(presentLessonSummary);
}

/** One lesson the actor may see, at its latest version. */
export async function getLesson(ctx: AppContext, actor: OrgActor, lessonId: string): Promise<SavedLesson> {
  const db = ctx.db.kysely;
  return loadSavedLesson(db, actor, await getVisibleLesson(db, actor, lessonId));
}
