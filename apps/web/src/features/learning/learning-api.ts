import { api } from '../../api/api-client.ts';

/** A text from the content, in both languages. */
export interface Localized {
  en: string;
  es: string;
}

export interface SkillRef {
  id: string;
  name: Localized;
}

export type EnrollmentStatus = 'placement' | 'active' | 'paused' | 'completed';

export interface PathwaySummary {
  id: string;
  name: Localized;
  description: Localized;
  skillCount: number;
  masteredCount: number;
  enrollment: { status: EnrollmentStatus } | null;
}

export type SkillStatus = 'mastered' | 'ready' | 'locked';

export interface MapSkill {
  id: string;
  name: Localized;
  description: Localized;
  parentId: string | null;
  prerequisites: string[];
  status: SkillStatus;
  estimate: number;
  missing: SkillRef[];
  startWith: SkillRef[];
}

export interface PathwayMap {
  pathway: { id: string; name: Localized; description: Localized };
  summary: { mastered: number; total: number };
  skills: MapSkill[];
}

export interface Figure {
  kind: 'bar' | 'line' | 'pie' | 'table';
  title: Localized;
  labels: Localized[];
  values: number[];
  axis?: { min: number; max: number; label: Localized };
}

export type AnswerType = 'number' | 'fraction' | 'expression' | 'equation' | 'inequality' | 'choice' | 'text';

export interface PublicStep {
  id: string;
  prompt: Localized;
  answerType: AnswerType;
  choices?: Localized[];
}

export interface PublicItem {
  servedId: string;
  itemId: string;
  skillId: string;
  source: string;
  stem: Localized;
  figure?: Figure;
  steps: PublicStep[];
  currentStepId: string;
  /** The credit line of an imported dataset, shown with the problem. */
  attribution?: string;
}

export type PlacementStep =
  | { done: false; item: PublicItem; progress: { answered: number; max: number } }
  | {
      done: true;
      summary: { known: SkillRef[]; total: number; knownCount: number; credentials?: EarnedCredential[] };
    };

export interface PracticeItem {
  item: PublicItem;
  mode: 'practice' | 'review';
  skill: SkillRef;
  why: Localized;
  predicted: number;
}

export interface MasteryUpdate {
  skillId: string;
  before: number;
  after: number;
  mastered: boolean;
  newlyMastered: boolean;
  unlocked: SkillRef[];
}

/** A credential the learner just earned (criteria met, stacked ones too). */
export interface EarnedCredential {
  id: string;
  achievementName: string;
}

export interface AnswerResult {
  result: 'correct' | 'incorrect' | 'invalid';
  message: Localized;
  misconception: string | null;
  stepDone: boolean;
  itemDone: boolean;
  nextStepId: string | null;
  mastery: MasteryUpdate | null;
  /** Credentials this answer earned (absent in hand-made test values). */
  credentials?: EarnedCredential[];
}

export interface TutorTurn {
  speaker: 'learner' | 'tutor';
  text: string;
  at: string;
}

export interface TutorReply {
  reply: string;
  source: 'engine' | 'model';
  hintLevel: number;
}

export interface Contribution {
  feature: string;
  label: Localized;
  value: number;
  weight: number;
  contribution: number;
  effect: number;
}

export interface LearnedSkill {
  id: string;
  name: Localized;
  pathwayIds: string[];
  estimate: number;
  mastered: boolean;
  attempts: number;
  successes: number;
  explanation: { reasons: Localized[]; contributions: Contribution[] };
  history: { at: string; estimate: number }[];
}

export interface MyLearning {
  skills: LearnedSkill[];
  reviewsDue: number;
}

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
};

/** Every learning write the web app makes, one function each. */
export const learningApi = {
  enrol: (orgId: string, pathwayId: string) =>
    api<{ pathwayId: string; status: EnrollmentStatus }>('POST', `${pathway(orgId, pathwayId)}/enrollment`),
  setStatus: (orgId: string, pathwayId: string, status: 'paused' | 'active') =>
    api<{ pathwayId: string; status: EnrollmentStatus }>('PATCH', `${pathway(orgId, pathwayId)}/enrollment`, {
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
};
