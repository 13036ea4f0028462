import type {
  Assignment,
  AssignmentInput,
  AssignmentPatch,
  AssignmentStatus,
  GradebookOverrideInput,
  SetAnswerInput,
  SetAnswerResult,
  SetItemServed,
} from '@pathwise/contracts';
import { api } from '../../api/api-client.ts';

// NOTE: the wire types come from @pathwise/contracts (types only: the web app imports no schema value).
export type {
  Assignment,
  AssignmentInput,
  AssignmentOptions,
  AssignmentProgress,
  AssignmentStatus,
  Gradebook,
  ItemSetView,
  MyAssignments,
  SetAnswerResult,
  SetItemServed,
} from '@pathwise/contracts';

const classBase = (orgId: string, classId: string) => `/api/orgs/${orgId}/classes/${classId}`;

/** API paths of the assignment routes (for `useApiData` and download links). */
export const assignmentPaths = {
  list: (orgId: string, classId: string) => `${classBase(orgId, classId)}/assignments`,
  options: (orgId: string, classId: string) => `${classBase(orgId, classId)}/assignment-options`,
  gradebook: (orgId: string, classId: string) => `${classBase(orgId, classId)}/gradebook`,
  gradebookCsv: (orgId: string, classId: string) => `${classBase(orgId, classId)}/gradebook.csv`,
  mine: (orgId: string) => `/api/orgs/${orgId}/my/assignments`,
  itemSet: (orgId: string, assignmentId: string) => `/api/orgs/${orgId}/my/item-sets/${assignmentId}`,
};

/** Client paths of the assignment pages. */
export const assignmentPagePaths = {
  gradebook: (orgSlug: string, classId: string) => `/o/${orgSlug}/classes/${classId}/gradebook`,
  // NOTE: the dashboards' page (dashboardPaths.classDashboard); written here because the class dashboard links to
  // the gradebook, so this folder does not import the dashboards one.
  classDashboard: (orgSlug: string, classId: string) => `/o/${orgSlug}/classes/${classId}`,
  itemSet: (orgSlug: string, assignmentId: string) => `/o/${orgSlug}/my/item-sets/${assignmentId}`,
};

/** The changes a teacher makes to assignments and gradebook cells. */
export const assignmentsApi = {
  create: (orgId: string, classId: string, body: AssignmentInput) =>
    api<{ id: string }>('POST', assignmentPaths.list(orgId, classId), body),
  update: (orgId: string, classId: string, id: string, body: AssignmentPatch) =>
    api<void>('PATCH', `${assignmentPaths.list(orgId, classId)}/${id}`, body),
  archive: (orgId: string, classId: string, id: string) =>
    api<void>('DELETE', `${assignmentPaths.list(orgId, classId)}/${id}`),
  setOverride: (orgId: string, classId: string, body: GradebookOverrideInput) =>
    api<void>('PUT', `${assignmentPaths.gradebook(orgId, classId)}/overrides`, body),
  clearOverride: (orgId: string, classId: string, assignmentId: string, userId: string) =>
    api<void>(
      'DELETE',
      `${assignmentPaths.gradebook(orgId, classId)}/overrides?assignmentId=${assignmentId}&userId=${userId}`,
    ),
};

/** What a learner's item set page asks of the server: the next item, and an answer to one of its steps. */
export const itemSetApi = {
  next: (orgId: string, assignmentId: string) =>
    api<SetItemServed>('POST', `${assignmentPaths.itemSet(orgId, assignmentId)}/next`),
  answer: (orgId: string, assignmentId: string, body: SetAnswerInput) =>
    api<SetAnswerResult>('POST', `${assignmentPaths.itemSet(orgId, assignmentId)}/answer`, body),
};

/** The statuses in the order the override form offers them. */
export const ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = ['not_started', 'in_progress', 'done'];

/** A date input's day (`YYYY-MM-DD`) as the end of that day in the reader's time zone, as ISO text. */
export function endOfDayIso(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!, 23, 59, 0).toISOString();
}

/** An ISO instant as the `YYYY-MM-DD` of a date input, in the reader's time zone. */
export function dayOf(iso: string): string {
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** The name an assignment goes by: its title, else its pathway's name, else its skills' names. */
export function assignmentTitle(a: Assignment, pick: (text: { en: string; es: string }) => string): string {
  if (a.title) return a.title;
  if (a.lesson) return a.lesson.title;
  return a.pathway ? pick(a.pathway.name) : a.skills.map((s) => pick(s.name)).join(', ');
}
