import type { ProjectSubmissionInput, ProjectView } from '@pathwise/contracts';
import { AppError } from '@pathwise/core/errors';
import { findSubmission, insertSubmissionVersion } from '@pathwise/db';
import type { LearningActor } from '../learning/learning-actor.ts';
import type { AppContext } from '../runtime/types.ts';
import { checkFiles } from './file-check.ts';
import { canResubmit, getLearnersProject, presentProjectView } from './project-access.ts';

function refuse(field: string, message: string): never {
  throw new AppError('validation_failed', message, [{ field, message }]);
}

/** The learner's own project: the brief, the rubric and their submission with its assessments. */
export async function getMyProject(
  ctx: AppContext,
  actor: LearningActor,
  assignmentId: string,
): Promise<ProjectView> {
  const db = ctx.db.kysely;
  const row = await getLearnersProject(db, actor, assignmentId);
  const sub = await findSubmission(db, { orgId: actor.orgId, assignmentId: row.id, userId: actor.userId });
  return presentProjectView(db, actor.orgId, row, sub);
}

/** A link as handed in: an http(s) address, or a 400 naming `body/link`. */
function linkOf(text: string | undefined): string | null {
  const trimmed = text?.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    refuse('body/link', 'The link is not a web address');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    refuse('body/link', 'The link must start with https://');
  return url.href;
}

/**
 * A learner hands in (or hands in again) their project: text, a link and files, as the project accepts. A new
 * version each time; refused once the latest version passed. Everything is checked before anything is written
 * (a refused file writes no row), then the version and its files are stored in one transaction.
 */
export async function submitProject(
  ctx: AppContext,
  actor: LearningActor,
  assignmentId: string,
  input: ProjectSubmissionInput,
): Promise<ProjectView> {
  const db = ctx.db.kysely;
  const row = await getLearnersProject(db, actor, assignmentId);
  const accepts = new Set(row.target.accepts);
  const body = input.text?.trim() ? input.text : null;
  if (body !== null && !accepts.has('text')) refuse('body/text', 'This project takes no text');
  const link = linkOf(input.link);
  if (link !== null && !accepts.has('link')) refuse('body/link', 'This project takes no link');
  if ((input.files?.length ?? 0) > 0 && !accepts.has('files'))
    refuse('body/files', 'This project takes no files');
  const files = checkFiles(input.files ?? []);
  if (body === null && link === null && files.length === 0)
    refuse('body', 'Hand in something: text, a link or a file');
  const key = { orgId: actor.orgId, assignmentId: row.id, userId: actor.userId };
  await db.transaction().execute(async (trx) => {
    const before = await findSubmission(trx, key);
    if (!canResubmit(before))
      throw new AppError('conflict', 'This project has passed; it cannot be handed in again');
    await insertSubmissionVersion(trx, { ...key, body, link, files, now: ctx.now() });
  });
  return presentProjectView(db, actor.orgId, row, await findSubmission(db, key));
}
