import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';

/**
 * A person's project submissions for their data export: each version's text, link and files (name, type, size;
 * the contents are downloadable from the project page) with the teachers' assessments.
 */
export async function readProjectData(db: Kysely<Database>, userId: string) {
  const versions = await db
    .selectFrom('project_submissions as s')
    .innerJoin('project_submission_versions as v', (j) =>
      j.onRef('v.org_id', '=', 's.org_id').onRef('v.submission_id', '=', 's.id'),
    )
    .leftJoin('project_assessments as a', (j) =>
      j
        .onRef('a.org_id', '=', 'v.org_id')
        .onRef('a.submission_id', '=', 'v.submission_id')
        .onRef('a.version', '=', 'v.version'),
    )
    .select(['s.org_id', 's.assignment_id', 'v.version', 'v.body', 'v.link', 'v.submitted_at'])
    .select(['a.levels', 'a.feedback', 'a.passed', 'a.assessed_at'])
    .where('s.user_id', '=', userId)
    .orderBy('v.submitted_at')
    .execute();
  const files = await db
    .selectFrom('project_submissions as s')
    .innerJoin('project_files as f', (j) =>
      j.onRef('f.org_id', '=', 's.org_id').onRef('f.submission_id', '=', 's.id'),
    )
    .select(['s.org_id', 's.assignment_id', 'f.version', 'f.name', 'f.content_type', 'f.size'])
    .where('s.user_id', '=', userId)
    .execute();
  return { submissions: versions, files };
}

/** Deletes a person's project submissions (their versions, files and assessments go with them). */
export async function eraseProjectData(
  trx: Kysely<Database>,
  userId: string,
): Promise<Record<string, number>> {
  const r = await trx.deleteFrom('project_submissions').where('user_id', '=', userId).executeTakeFirst();
  return { project_submissions: Number(r.numDeletedRows) };
}
