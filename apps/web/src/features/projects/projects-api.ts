import type {
  ProjectAssessed,
  ProjectAssessmentInput,
  ProjectSubmissionInput,
  ProjectView,
} from '@pathwise/contracts';
import { api } from '../../api/api-client.ts';

// NOTE: the wire types come from @pathwise/contracts (types only: the web app imports no schema value).
export type {
  ProjectAssessed,
  ProjectCriterion,
  ProjectLevel,
  ProjectPassRule,
  ProjectSpec,
  ProjectSubmission,
  ProjectSubmissionList,
  ProjectView,
} from '@pathwise/contracts';

/** The limits of a submission's files, as the server applies them (shown next to the file input). */
export const FILE_LIMITS = { maxFiles: 5, maxMegabytes: 5, accept: '.pdf,.png,.jpg,.jpeg,.txt' } as const;

const submissions = (orgId: string, classId: string, assignmentId: string) =>
  `/api/orgs/${orgId}/classes/${classId}/assignments/${assignmentId}/submissions`;

/** API paths of the project routes (for `useApiData`). */
export const projectPaths = {
  mine: (orgId: string, assignmentId: string) => `/api/orgs/${orgId}/my/projects/${assignmentId}`,
  submissions,
  submission: (orgId: string, classId: string, assignmentId: string, learnerId: string) =>
    `${submissions(orgId, classId, assignmentId)}/${learnerId}`,
  /** A file as a download (a same-origin GET: the session cookie goes with a plain link). */
  file: (orgId: string, fileId: string) => `/api/orgs/${orgId}/project-files/${fileId}`,
};

/** Client paths of the project pages. */
export const projectPagePaths = {
  mine: (orgSlug: string, assignmentId: string) => `/o/${orgSlug}/my/projects/${assignmentId}`,
  assess: (orgSlug: string, classId: string, assignmentId: string) =>
    `/o/${orgSlug}/classes/${classId}/projects/${assignmentId}`,
};

/** What the project pages ask of the server. */
export const projectsApi = {
  submit: (orgId: string, assignmentId: string, body: ProjectSubmissionInput) =>
    api<ProjectView>('POST', `${projectPaths.mine(orgId, assignmentId)}/submissions`, body),
  assess: (
    orgId: string,
    classId: string,
    assignmentId: string,
    learnerId: string,
    body: ProjectAssessmentInput,
  ) =>
    api<ProjectAssessed>(
      'POST',
      `${projectPaths.submission(orgId, classId, assignmentId, learnerId)}/assessments`,
      body,
    ),
};

/** A chosen file as the submission body sends it: its name and its bytes in base64. */
export async function fileToBody(file: File): Promise<{ name: string; contentBase64: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return { name: file.name, contentBase64: btoa(binary) };
}
