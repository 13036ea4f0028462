/**
 * Every IRI Pathwise writes into its own xAPI statements, in one place. Verbs and extension keys are
 * vocabulary shared by every installation, under {@link PATHWISE_XAPI_NAMESPACE}; activities and learner
 * accounts are per installation, under that installation's public base URL. ADL verbs are reused where one
 * means exactly what happened.
 */
export const PATHWISE_XAPI_NAMESPACE = 'https://pathwise.dev/xapi';

const ns = (path: string) => `${PATHWISE_XAPI_NAMESPACE}/${path}`;

/** Verb ids with their English and Spanish displays. */
export const PATHWISE_VERBS = {
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { en: 'answered', es: 'respondió' } },
  requestedHint: {
    id: ns('verbs/requested-hint'),
    display: { en: 'requested a hint', es: 'pidió una pista' },
  },
  askedTutor: { id: 'http://adlnet.gov/expapi/verbs/asked', display: { en: 'asked', es: 'preguntó' } },
  receivedTutorReply: {
    id: ns('verbs/received-tutor-reply'),
    display: { en: 'received a tutor reply', es: 'recibió una respuesta del tutor' },
  },
  masteryChanged: {
    id: ns('verbs/mastery-changed'),
    display: { en: 'changed mastery of', es: 'cambió su dominio de' },
  },
  earned: { id: ns('verbs/earned'), display: { en: 'earned', es: 'obtuvo' } },
} as const;

/** Activity types (definition.type). */
export const PATHWISE_ACTIVITY_TYPES = {
  item: ns('activity-types/item'),
  itemStep: ns('activity-types/item-step'),
  skill: ns('activity-types/skill'),
  tutorSession: ns('activity-types/tutor-session'),
  achievement: ns('activity-types/achievement'),
  pathway: ns('activity-types/pathway'),
} as const;

/** Extension keys of result and context. */
export const PATHWISE_EXTENSIONS = {
  organizationId: ns('extensions/organization-id'),
  attemptNumber: ns('extensions/attempt-number'),
  hintLevel: ns('extensions/hint-level'),
  turnIndex: ns('extensions/turn-index'),
  masteryBefore: ns('extensions/mastery-before'),
  masteryAfter: ns('extensions/mastery-after'),
  mastered: ns('extensions/mastered'),
  credentialId: ns('extensions/credential-id'),
  evidence: ns('extensions/evidence'),
} as const;

/** The per-installation IRIs: activities and the account home page of learners. */
export function installationIris(baseUrl: string) {
  const base = baseUrl.replace(/\/+$/, '');
  const activity = (kind: string, id: string) => `${base}/xapi/activities/${kind}/${encodeURIComponent(id)}`;
  return {
    accountHomePage: base,
    item: (id: string) => activity('items', id),
    itemStep: (itemId: string, stepId: string) =>
      `${activity('items', itemId)}/steps/${encodeURIComponent(stepId)}`,
    skill: (id: string) => activity('skills', id),
    tutorSession: (id: string) => activity('tutor-sessions', id),
    achievement: (id: string) => activity('achievements', id),
    pathway: (id: string) => activity('pathways', id),
  };
}
