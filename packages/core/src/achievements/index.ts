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
export {
  type AchievementText,
  type AchievementTranslations,
  achievementTextIn,
  parseAchievementTranslations,
  TRANSLATED_LOCALES,
} from './achievement-translations.ts';
export { type CredentialEvidence, parseCredentialEvidence } from './credential-evidence.ts';
export { type CredentialState, credentialState } from './credential-state.ts';
export {
  evidenceDate,
  type MasteredVia,
  type MasteryEvidenceFacts,
  type MasteryEvidenceInput,
  masteryEvidence,
  masteryEvidenceFacts,
  type SkillMasteryFact,
  type SkillMasteryRecord,
  type StackedCredentialFact,
  skillMasteryNarrative,
  stackedNarrative,
} from './mastery-evidence.ts';
export { parseAchievementCriteria } from './parse-achievement-criteria.ts';
export { parseMasteryEvidenceFacts } from './parse-mastery-evidence-facts.ts';
export { type ShareLinkState, shareLinkState } from './share-link-state.ts';
export { type SignedAchievementText, signedAchievementText } from './signed-achievement-text.ts';
