import type {
  ComposeLessonAnswer,
  ComposeLessonInput,
  EditLessonBlockInput,
  SavedLesson,
  SaveLessonInput,
} from '@pathwise/contracts';
import { api } from '../../api/api-client.ts';

// NOTE: the wire types come from @pathwise/contracts (types only: the web app imports no schema value).
export type {
  ComposeLessonAnswer,
  ComposeLessonInput,
  Framework,
  LearnerLesson,
  LessonBlock,
  LessonFormWire,
  LessonSummary,
  LessonWire,
  ModelNoteWire,
  SavedLesson,
  SaveLessonInput,
} from '@pathwise/contracts';

const base = (orgId: string) => `/api/orgs/${orgId}/lessons`;

/**
 * What saving a composed lesson sends, so that the draft is the lesson on screen: what it was composed from and,
 * when a model phrased it, the notes the teacher saw (the server composes again and checks each of the model's
 * texts again). Null while nothing is composed.
 *
 * @example
 * lessonsApi.save(orgId, saveBodyOf({ request }, answer)!);
 */
export function saveBodyOf(
  composedFrom: ComposeLessonInput,
  answer: ComposeLessonAnswer,
): SaveLessonInput | null {
  if (answer.status !== 'composed') return null;
  if (!answer.modelNotes) return composedFrom;
  const modelNotes = answer.modelNotes.map(({ slot, outcome, reason, text }) => ({
    slot,
    outcome,
    reason,
    text,
  }));
  return { ...composedFrom, modelNotes };
}

/** API paths of the lesson routes (for `useApiData`). */
export const lessonPaths = {
  list: (orgId: string) => base(orgId),
  lesson: (orgId: string, lessonId: string) => `${base(orgId)}/${lessonId}`,
  framework: (orgId: string) => `/api/orgs/${orgId}/framework`,
  /** A lesson assigned to the signed-in learner, as they read it. */
  mine: (orgId: string, lessonId: string) => `/api/orgs/${orgId}/my/lessons/${lessonId}`,
  /** "Preview as a learner": the same view, for the lesson's teachers. */
  learnerView: (orgId: string, lessonId: string) => `${base(orgId)}/${lessonId}/learner-view`,
  /** The saved lesson as a file (a same-origin GET: the session cookie goes with a plain download link). */
  file: (orgId: string, lessonId: string, format: 'docx' | 'pdf', copy: 'teacher' | 'student') =>
    `${base(orgId)}/${lessonId}/export?format=${format}&copy=${copy}`,
};

/** Client paths of the lesson pages. */
export const lessonPagePaths = {
  list: (orgSlug: string) => `/o/${orgSlug}/lessons`,
  assistant: (orgSlug: string) => `/o/${orgSlug}/lessons/compose`,
  lesson: (orgSlug: string, lessonId: string) => `/o/${orgSlug}/lessons/${lessonId}`,
  mine: (orgSlug: string, lessonId: string) => `/o/${orgSlug}/my/lessons/${lessonId}`,
};

/** What the assistant and the lesson page ask of the server. */
export const lessonsApi = {
  compose: (orgId: string, body: ComposeLessonInput) =>
    api<ComposeLessonAnswer>('POST', `${base(orgId)}/compose`, body),
  save: (orgId: string, body: SaveLessonInput) => api<SavedLesson>('POST', base(orgId), body),
  review: (orgId: string, lessonId: string, blockId: string, reviewed: boolean) =>
    api<SavedLesson>('PUT', `${base(orgId)}/${lessonId}/blocks/${blockId}/review`, { reviewed }),
  edit: (orgId: string, lessonId: string, blockId: string, body: EditLessonBlockInput) =>
    api<SavedLesson>('PUT', `${base(orgId)}/${lessonId}/blocks/${blockId}`, body),
  publish: (orgId: string, lessonId: string) =>
    api<SavedLesson>('POST', `${base(orgId)}/${lessonId}/publish`),
};
