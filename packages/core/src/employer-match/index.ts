export {
  CANDIDATES_SHOWN,
  CONTACT_MESSAGE_MAX,
  CONTACT_REQUESTS_PER_DAY,
  type ContactRequestStatus,
  canAnswerContactRequest,
  discoverableCredentials,
  rankCandidates,
} from './candidates.ts';
export { crosswalkTargets, sameName } from './crosswalk-targets.ts';
export {
  BROAD_MATCH_SHARE,
  type CrosswalkPath,
  type MatchableCredential,
  type MatchableProfile,
  type MatchCrosswalk,
  type MatchStatus,
  matchProfile,
  NICE_TO_HAVE_WEIGHT,
  type RequiredSkill,
} from './match-profile.ts';
export { csvRecords, parseCsv } from './occupations/csv-rows.ts';
export { type EscoFiles, readableLabel, readEscoCatalog } from './occupations/esco-catalog.ts';
export {
  OCCUPATION_SOURCES,
  type Occupation,
  type OccupationCatalog,
  type OccupationSkill,
  type OccupationSkillGroup,
  type OccupationSource,
  ONET_IMPORTANT,
  type SkillChoice,
  suggestedChoice,
} from './occupations/occupation.ts';
export {
  indexOccupations,
  type MatchTier,
  mergeSearches,
  normalizeTitle,
  type OccupationHit,
  type OccupationIndex,
  type OccupationSearch,
  searchOccupations,
} from './occupations/occupation-search.ts';
export { type OnetFiles, readOnetCatalog } from './occupations/onet-catalog.ts';
export { parseRequiredSkills } from './parse-required-skills.ts';
