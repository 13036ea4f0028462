import { AppError } from '@pathwise/core/errors';
import { findProjectFile } from '@pathwise/db';
import { getVisibleClass } from '../classes/class-access.ts';
import type { OrgActor } from '../identity/actor.ts';
import type { AppContext } from '../runtime/types.ts';

/** A file to download: its checked content type, its name and its bytes. */
export interface ProjectFileDownload {
  name: string;
  contentType: string;
  content: Buffer;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A file of a project submission, for the learner who handed it in, the class's teachers and the organization's
 * administrators; anyone else gets "No such file" (404).
 */
export async function downloadProjectFile(
  ctx: AppContext,
  actor: OrgActor,
  fileId: string,
): Promise<ProjectFileDownload> {
  const db = ctx.db.kysely;
  const notFound = new AppError('not_found', 'No such file');
  const file = UUID.test(fileId) ? await findProjectFile(db, { orgId: actor.orgId, fileId }) : null;
  if (!file) throw notFound;
  if (actor.userId !== file.userId) {
    await getVisibleClass(db, actor, file.classId).catch(() => {
      throw notFound;
    });
  }
  return { name: file.name, contentType: file.contentType, content: file.content };
}
