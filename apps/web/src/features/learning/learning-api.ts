import type {
  AnswerResult,
  PathwayEnrollment,
  PathwayPreviewSample,
  PlacementStep,
  PracticeItem,
  TutorReply,
  WorkedExampleResult,
} from '@pathwise/contracts';
import { api } from '../../api/api-client.ts';

// NOTE: the wire types are the server's own contract (`@pathwise/contracts`), re-exported under the names this
// feature's components use; nothing here is written by hand.
export type {
  AnswerResult,
  EarnedCredential,
  EnrollmentStatus,
  EstimateContribution as Contribution,
  ItemFigure as Figure,
  LearnedSkill,
  LearningSkillRef as SkillRef,
  Localized,
  MapSkill,
  MasteryUpdate,
  MyLearning,
  PathwayMap,
  PathwayPreview,
  PathwayPreviewSample,
  PathwaySkillStatus as SkillStatus,
  PathwaySummary,
  PlacementStep,
  PracticeItem,
  PublicItem,
  PublicStep,
  SkillExplanationAnswer as SkillExplanation,
  SkillProgress,
  StepAnswerType as AnswerType,
  TutorHistoryTurn as TutorTurn,
  TutorReply,
  WorkedExample,
  WorkedExampleResult,
} from '@pathwise/contracts';

const org = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}`;
const pathway = (orgId: string, pathwayId: string) =>
  `${org(orgId)}/pathways/${encodeURIComponent(pathwayId)}`;
const served = (orgId: string, servedId: string) =>
  `${org(orgId)}/served-items/${encodeURIComponent(servedId)}`;

/** Paths for GET requests (used with `useApiData`). */
export const learningPaths = {
  pathways: (orgId: string) => `${org(orgId)}/pathways`,
  map: (orgId: string, pathwayId: string) => `${pathway(orgId, pathwayId)}/map`,
  myLearning: (orgId: string) => `${org(orgId)}/learning`,
  tutor: (orgId: string, servedId: string, stepId: string) =>
    `${served(orgId, servedId)}/tutor?stepId=${encodeURIComponent(stepId)}`,
  explanation: (orgId: string, skillId: string) =>
    `${org(orgId)}/skills/${encodeURIComponent(skillId)}/explanation`,
  /** Staff: the pathway as a new learner sees it. */
  preview: (orgId: string, pathwayId: string) => `${pathway(orgId, pathwayId)}/preview`,
};

/** Every learning write the web app makes, one function each. */
export const learningApi = {
  enrol: (orgId: string, pathwayId: string) =>
    api<PathwayEnrollment>('POST', `${pathway(orgId, pathwayId)}/enrollment`),
  setStatus: (orgId: string, pathwayId: string, status: 'paused' | 'active') =>
    api<PathwayEnrollment>('PATCH', `${pathway(orgId, pathwayId)}/enrollment`, {
      status,
    }),
  placementNext: (orgId: string, pathwayId: string) =>
    api<PlacementStep>('POST', `${pathway(orgId, pathwayId)}/placement/next`),
  practiceNext: (orgId: string, pathwayId: string) =>
    api<PracticeItem>('POST', `${pathway(orgId, pathwayId)}/practice/next`),
  answer: (orgId: string, servedId: string, stepId: string, answer: string, locale: 'en' | 'es') =>
    api<AnswerResult>('POST', `${served(orgId, servedId)}/answer`, { stepId, answer, locale }),
  askTutor: (orgId: string, servedId: string, stepId: string, message: string, locale: 'en' | 'es') =>
    api<TutorReply>('POST', `${served(orgId, servedId)}/tutor`, { stepId, message, locale }),
  workedExample: (orgId: string, servedId: string, stepId: string) =>
    api<WorkedExampleResult>('POST', `${served(orgId, servedId)}/worked-example`, { stepId }),
};

/** The staff's preview of a pathway: a sample problem of a skill, and its answers (nothing is recorded). */
export const previewApi = {
  sample: (orgId: string, pathwayId: string, skillId: string) =>
    api<PathwayPreviewSample>(
      'GET',
      `${learningPaths.preview(orgId, pathwayId)}/skills/${encodeURIComponent(skillId)}/sample`,
    ),
  answer: (
    orgId: string,
    pathwayId: string,
    input: { itemId: string; stepId: string; answer: string; locale: 'en' | 'es' },
  ) => api<AnswerResult>('POST', `${learningPaths.preview(orgId, pathwayId)}/answer`, input),
};
