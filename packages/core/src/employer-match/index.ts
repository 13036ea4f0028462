export {
  BROAD_MATCH_SHARE,
  type CrosswalkPath,
  type MatchableCredential,
  type MatchableProfile,
  type MatchCrosswalk,
  type MatchStatus,
  matchProfile,
  type RequiredSkill,
} from './match-profile.ts';
