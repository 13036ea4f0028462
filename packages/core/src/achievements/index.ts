export {
  type AchievementCriteria,
  assertNoStackingCycle,
  criteriaMetAutomatically,
  criteriaNarrative,
  type LearnerStanding,
  partsMet,
  readCriteria,
  stackedPartLost,
} from './achievement-criteria.ts';
export { type CredentialState, credentialState } from './credential-state.ts';
export { type ShareLinkState, shareLinkState } from './share-link-state.ts';
