export {
  type AchievementCriteria,
  assertNoStackingCycle,
  type CriteriaInput,
  criteriaMetAutomatically,
  criteriaNarrative,
  DEFAULT_CRITERIA_THRESHOLD,
  type LearnerStanding,
  partsMet,
  readCriteria,
  stackedPartLost,
} from './achievement-criteria.ts';
export { type CredentialEvidence, parseCredentialEvidence } from './credential-evidence.ts';
export { type CredentialState, credentialState } from './credential-state.ts';
export { parseAchievementCriteria } from './parse-achievement-criteria.ts';
export { type ShareLinkState, shareLinkState } from './share-link-state.ts';
