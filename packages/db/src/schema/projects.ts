import type { Generated } from 'kysely';
import type { Json, Timestamp } from './column-types.ts';

export interface ProjectSubmissionsTable {
  org_id: string;
  id: Generated<string>;
  assignment_id: string;
  user_id: string;
  latest_version: number;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ProjectSubmissionVersionsTable {
  org_id: string;
  submission_id: string;
  version: number;
  body: string | null;
  link: string | null;
  submitted_at: Timestamp;
}

export interface ProjectFilesTable {
  org_id: string;
  id: Generated<string>;
  submission_id: string;
  version: number;
  position: number;
  name: string;
  content_type: string;
  size: number;
  content: Buffer;
}

export interface ProjectAssessmentsTable {
  org_id: string;
  submission_id: string;
  version: number;
  /** The level of each rubric criterion, in the rubric's order. */
  levels: Json<string[]>;
  feedback: string;
  passed: boolean;
  assessed_by: string | null;
  assessed_at: Timestamp;
}

/** Project submissions, their versions and files, and the teachers' assessments (migration 0019). */
export interface ProjectsTables {
  project_submissions: ProjectSubmissionsTable;
  project_submission_versions: ProjectSubmissionVersionsTable;
  project_files: ProjectFilesTable;
  project_assessments: ProjectAssessmentsTable;
}
