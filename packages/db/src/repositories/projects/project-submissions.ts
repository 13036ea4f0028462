import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';
import type { ProjectLevel } from './project-target.ts';

/** A file handed in, without its content. */
export interface ProjectFileMeta {
  id: string;
  name: string;
  contentType: string;
  size: number;
}

/** A teacher's assessment of one version. */
export interface ProjectAssessmentRow {
  levels: ProjectLevel[];
  feedback: string;
  passed: boolean;
  assessedBy: string | null;
  assessedByName: string | null;
  assessedAt: Date;
}

/** One version of a submission, with its files and its assessment (or null). */
export interface ProjectVersionRow {
  version: number;
  body: string | null;
  link: string | null;
  submittedAt: Date;
  files: ProjectFileMeta[];
  assessment: ProjectAssessmentRow | null;
}

/** A learner's submission to a project, every version oldest first. */
export interface ProjectSubmissionRow {
  id: string;
  assignmentId: string;
  userId: string;
  userName: string;
  versions: ProjectVersionRow[];
}

/** Where a learner is on a project: handed in and waiting, passed, or assessed and not passed. */
export type ProjectCellStatus = 'submitted' | 'passed' | 'needs_revision';

/** A learner's place on a project: the status its latest version gives, and when that version was handed in. */
export interface ProjectCell {
  status: ProjectCellStatus;
  /** When the latest version (the one passed, to revise or waiting) was handed in: a pass's "done" time. */
  handedInAt: Date;
}

/** A file to store, already checked. */
export interface NewProjectFile {
  name: string;
  contentType: string;
  content: Buffer;
}

/**
 * Stores a new version of a learner's submission (the first creates the submission) with its files; answers the
 * submission id and the version's number. The caller's transaction makes it all or nothing.
 */
export async function insertSubmissionVersion(
  db: Kysely<Database>,
  input: {
    orgId: string;
    assignmentId: string;
    userId: string;
    body: string | null;
    link: string | null;
    files: readonly NewProjectFile[];
    now: Date;
  },
): Promise<{ submissionId: string; version: number }> {
  const row = await db
    .insertInto('project_submissions')
    .values({
      org_id: input.orgId,
      assignment_id: input.assignmentId,
      user_id: input.userId,
      latest_version: 1,
      created_at: input.now,
      updated_at: input.now,
    })
    .onConflict((oc) =>
      oc.columns(['org_id', 'assignment_id', 'user_id']).doUpdateSet((eb) => ({
        latest_version: eb('project_submissions.latest_version', '+', 1),
        updated_at: input.now,
      })),
    )
    .returning(['id', 'latest_version'])
    .executeTakeFirstOrThrow();
  const key = { org_id: input.orgId, submission_id: row.id, version: row.latest_version };
  await db
    .insertInto('project_submission_versions')
    .values({ ...key, body: input.body, link: input.link, submitted_at: input.now })
    .execute();
  if (input.files.length > 0) {
    await db
      .insertInto('project_files')
      .values(
        input.files.map((f, position) => ({
          ...key,
          position,
          name: f.name,
          content_type: f.contentType,
          size: f.content.length,
          content: f.content,
        })),
      )
      .execute();
  }
  return { submissionId: row.id, version: row.latest_version };
}

/** A learner's submission to a project with every version, its files and assessments, or null. */
export async function findSubmission(
  db: Kysely<Database>,
  input: { orgId: string; assignmentId: string; userId: string },
): Promise<ProjectSubmissionRow | null> {
  const sub = await db
    .selectFrom('project_submissions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.id', 's.assignment_id', 's.user_id', 'u.name'])
    .where('s.org_id', '=', input.orgId)
    .where('s.assignment_id', '=', input.assignmentId)
    .where('s.user_id', '=', input.userId)
    .executeTakeFirst();
  if (!sub) return null;
  const key = { orgId: input.orgId, submissionId: sub.id };
  const [versions, files, assessments] = await Promise.all([
    db
      .selectFrom('project_submission_versions')
      .select(['version', 'body', 'link', 'submitted_at'])
      .where('org_id', '=', key.orgId)
      .where('submission_id', '=', key.submissionId)
      .orderBy('version')
      .execute(),
    db
      .selectFrom('project_files')
      .select(['id', 'version', 'name', 'content_type', 'size'])
      .where('org_id', '=', key.orgId)
      .where('submission_id', '=', key.submissionId)
      .orderBy('version')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('project_assessments as a')
      .leftJoin('users as u', 'u.id', 'a.assessed_by')
      .select(['a.version', 'a.levels', 'a.feedback', 'a.passed', 'a.assessed_by', 'a.assessed_at', 'u.name'])
      .where('a.org_id', '=', key.orgId)
      .where('a.submission_id', '=', key.submissionId)
      .execute(),
  ]);
  return {
    id: sub.id,
    assignmentId: sub.assignment_id,
    userId: sub.user_id,
    userName: sub.name,
    versions: versions.map((v) => {
      const a = assessments.find((x) => x.version === v.version);
      return {
        version: v.version,
        body: v.body,
        link: v.link,
        submittedAt: new Date(v.submitted_at),
        files: files
          .filter((f) => f.version === v.version)
          .map((f) => ({ id: f.id, name: f.name, contentType: f.content_type, size: f.size })),
        assessment: a
          ? {
              levels: (typeof a.levels === 'string' ? JSON.parse(a.levels) : a.levels) as ProjectLevel[],
              feedback: a.feedback,
              passed: a.passed,
              assessedBy: a.assessed_by,
              assessedByName: a.name,
              assessedAt: new Date(a.assessed_at),
            }
          : null,
      };
    }),
  };
}

/** Stores a teacher's assessment of one version. */
export async function insertAssessment(
  db: Kysely<Database>,
  input: {
    orgId: string;
    submissionId: string;
    version: number;
    levels: readonly ProjectLevel[];
    feedback: string;
    passed: boolean;
    assessedBy: string | null;
    now: Date;
  },
): Promise<void> {
  await db
    .insertInto('project_assessments')
    .values({
      org_id: input.orgId,
      submission_id: input.submissionId,
      version: input.version,
      levels: JSON.stringify(input.levels),
      feedback: input.feedback,
      passed: input.passed,
      assessed_by: input.assessedBy,
      assessed_at: input.now,
    })
    .execute();
}

/** A stored file with its content and whose submission it is, or null. */
export async function findProjectFile(db: Kysely<Database>, input: { orgId: string; fileId: string }) {
  const row = await db
    .selectFrom('project_files as f')
    .innerJoin('project_submissions as s', (j) =>
      j.onRef('s.org_id', '=', 'f.org_id').onRef('s.id', '=', 'f.submission_id'),
    )
    .innerJoin('assignments as a', (j) =>
      j.onRef('a.org_id', '=', 's.org_id').onRef('a.id', '=', 's.assignment_id'),
    )
    .select(['f.name', 'f.content_type', 'f.content', 's.user_id', 's.assignment_id', 'a.class_id'])
    .where('f.org_id', '=', input.orgId)
    .where('f.id', '=', input.fileId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    name: row.name,
    contentType: row.content_type,
    content: Buffer.from(row.content),
    userId: row.user_id,
    assignmentId: row.assignment_id,
    classId: row.class_id,
  };
}

/**
 * The project status of learners × project assignments, keyed `userId/assignmentId` (no key: nothing handed in):
 * the latest version's assessment decides (passed or needs revision), no assessment yet is `submitted`; with the
 * time that version was handed in.
 */
export async function projectStatusesOf(
  db: Kysely<Database>,
  input: { orgId: string; userIds: readonly string[]; assignmentIds: readonly string[] },
): Promise<Map<string, ProjectCell>> {
  const out = new Map<string, ProjectCell>();
  if (input.userIds.length === 0 || input.assignmentIds.length === 0) return out;
  const rows = await db
    .selectFrom('project_submissions as s')
    .innerJoin('project_submission_versions as v', (j) =>
      j
        .onRef('v.org_id', '=', 's.org_id')
        .onRef('v.submission_id', '=', 's.id')
        .onRef('v.version', '=', 's.latest_version'),
    )
    .leftJoin('project_assessments as a', (j) =>
      j
        .onRef('a.org_id', '=', 's.org_id')
        .onRef('a.submission_id', '=', 's.id')
        .onRef('a.version', '=', 's.latest_version'),
    )
    .select(['s.user_id', 's.assignment_id', 'a.passed', 'v.submitted_at'])
    .where('s.org_id', '=', input.orgId)
    .where('s.user_id', 'in', [...input.userIds])
    .where('s.assignment_id', 'in', [...input.assignmentIds])
    .execute();
  for (const r of rows) {
    out.set(`${r.user_id}/${r.assignment_id}`, {
      status: r.passed === null ? 'submitted' : r.passed ? 'passed' : 'needs_revision',
      handedInAt: new Date(r.submitted_at),
    });
  }
  return out;
}
