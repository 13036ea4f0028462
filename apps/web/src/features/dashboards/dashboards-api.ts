/** Wire types of the dashboard routes (apps/server/src/routes/classes and routes/dashboards). */
export interface Localized {
  en: string;
  es: string;
}

export interface ClassSummary {
  id: string;
  name: string;
  createdAt: string;
  learnerCount: number;
  teacherCount: number;
  pathwayIds: string[];
}

/** Whom the caller may add to a class: `own-classes` when a teacher picks from their own classes' learners only. */
export interface Candidates {
  scope: 'organization' | 'own-classes';
  people: { userId: string; name: string; email: string | null; role: 'learner' | 'teacher' }[];
}

/** A class code: whoever enters it joins the class as a learner. */
export interface ClassCode {
  id: string;
  code: string;
  classId: string;
  uses: number;
  maxUses: number | null;
  expiresAt: string | null;
}

export interface Intervention {
  id: string;
  learnerId: string;
  learnerName: string;
  teacherId: string | null;
  teacherName: string | null;
  action: string;
  note: string;
  createdAt: string;
}

export interface WeekFigures {
  week: string;
  activeLearners: number;
  attempts: number;
  correct: number;
  minutes: number;
}

export interface ClassDashboard {
  skills: { id: string; name: Localized }[];
  heatmap: {
    total: number;
    offset: number;
    learners: {
      userId: string;
      name: string;
      cells: Record<string, { estimate: number; mastered: boolean }>;
    }[];
  };
  engagement: WeekFigures[];
  struggling: {
    skillId: string;
    name: Localized;
    meanEstimate: number;
    practised: number;
    mastered: number;
    struggling: number;
  }[];
  risk: {
    enabled: boolean;
    scored: number;
    atRiskCount: number;
    learners: {
      userId: string;
      name: string;
      probability: number;
      reasons: { feature: string; text: Localized }[];
      suggestedAction: Localized;
    }[];
  };
  interventions: Intervention[];
  freshAsOf: string | null;
}

export interface Timeline {
  statements: {
    id: string;
    timestamp: string;
    verb: { display?: Record<string, string> };
    result?: { success?: boolean };
  }[];
  mastery: { skillId: string; at: string; estimate: number; mastered: boolean }[];
  days: { day: string; attempts: number; correct: number; minutes: number }[];
  interventions: Intervention[];
}

export interface ProgramFigures {
  totals: {
    learners: number;
    activeLearners7d: number;
    enrolments: number;
    completed: number;
    credentials: number;
  };
  classes: {
    classId: string;
    name: string;
    learners: number;
    active7d: number;
    atRisk: number;
    scored: number;
  }[];
  pathways: { pathwayId: string; name: Localized; enrolled: number; active7d: number; completed: number }[];
  riskOverTime: { week: string; scored: number; atRisk: number }[];
}

export interface EarlyWarning {
  enabled: boolean;
  model: {
    source: 'default' | 'trained';
    trainedAt: string | null;
    threshold: number;
    weights: { feature: string; weight: number }[];
    metrics: null | {
      auc: number;
      baselineAuc: number;
      brier: number;
      testRows: number;
      calibration: { from: number; to: number; count: number; meanPredicted: number; observed: number }[];
    };
  };
}

export const INTERVENTION_ACTIONS = [
  'message',
  'meeting',
  'review-session',
  'goal-setting',
  'family-contact',
  'other',
] as const;

/** Client paths of the dashboard pages. */
export const dashboardPaths = {
  classes: (orgSlug: string) => `/o/${orgSlug}/classes`,
  classDashboard: (orgSlug: string, classId: string) => `/o/${orgSlug}/classes/${classId}`,
  timeline: (orgSlug: string, classId: string, userId: string) =>
    `/o/${orgSlug}/classes/${classId}/learners/${userId}`,
  program: (orgSlug: string) => `/o/${orgSlug}/program`,
};
