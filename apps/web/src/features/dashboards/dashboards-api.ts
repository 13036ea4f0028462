import type { InterventionAction } from '@pathwise/contracts';

// NOTE: the wire types of the class and dashboard routes come from @pathwise/contracts (types only: the web app
// imports no schema value); they are re-exported here so that the dashboard components keep one import.
export type {
  Candidates,
  ClassCode,
  ClassDashboard,
  ClassSummary,
  EarlyWarning,
  Intervention,
  Localized,
  ProgramFigures,
  Timeline,
  WeekFigures,
} from '@pathwise/contracts';

/** The actions a teacher can record, in the order the form offers them (the contract checks the same list). */
export const INTERVENTION_ACTIONS: readonly InterventionAction[] = [
  'message',
  'meeting',
  'review-session',
  'goal-setting',
  'family-contact',
  'other',
];

/** Client paths of the dashboard pages. */
export const dashboardPaths = {
  classes: (orgSlug: string) => `/o/${orgSlug}/classes`,
  classDashboard: (orgSlug: string, classId: string) => `/o/${orgSlug}/classes/${classId}`,
  timeline: (orgSlug: string, classId: string, userId: string) =>
    `/o/${orgSlug}/classes/${classId}/learners/${userId}`,
  program: (orgSlug: string) => `/o/${orgSlug}/program`,
};
