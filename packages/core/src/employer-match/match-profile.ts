import { type CrosswalkRelation, crosswalkCoverage } from '../skills-graph/crosswalk.ts';
import { crosswalkTargets, type MatchCrosswalk, sameName } from './crosswalk-targets.ts';

export type { MatchCrosswalk } from './crosswalk-targets.ts';

/**
 * One skill a job asks for: a name, an optional code (O*NET element, ESCO label, framework skill id), the framework
 * skills that count for it, its importance when the source rates it, and whether it is required or only nice to
 * have (`required: false`; absent means required, as in every profile saved before nice-to-have skills).
 */
export interface RequiredSkill {
  name: string;
  code?: string;
  skillIds: string[];
  importance?: number;
  required?: boolean;
}

/** A job profile as matching reads it: the skills it requires. */
export interface MatchableProfile {
  skills: readonly RequiredSkill[];
}

/** A shared credential as matching reads it; its evidence is passed through to the skills it backs. */
export interface MatchableCredential<E = unknown> {
  id: string;
  achievementName: string;
  state: string;
  skillIds: string[];
  skillNames: string[];
  evidence: E;
}

/** How a required skill is met: by a credential aligned to it, through the framework's crosswalks, or not. */
export type MatchStatus = 'met' | 'partial' | 'unmet';

/** The crosswalk that links held framework skills to a required skill, and how much of it they cover. */
export interface CrosswalkPath {
  framework: string;
  code: string;
  name: string;
  relation: CrosswalkRelation;
  /** Framework skills mapped to the required skill, and how many of them the shared credentials hold. */
  mappedSkills: number;
  heldSkills: string[];
}

/**
 * A required skill broader than our skills (`broadMatch`) counts as met when the shared credentials hold at least
 * this share of the framework skills mapped to it, and as partly met when they hold some.
 * NOTE: a half is a plain, explainable rule; the match view shows the counts, so an employer can judge.
 */
export const BROAD_MATCH_SHARE = 0.5;

/** Weight of a partly met skill in the score. */
const PARTIAL_CREDIT = 0.5;

/**
 * A nice-to-have skill weighs this much of a required one of the same importance in the score.
 * NOTE: half keeps the rule explainable ("nice-to-have skills count half") and lets them never outweigh a
 * required skill of the same importance.
 */
export const NICE_TO_HAVE_WEIGHT = 0.5;

function matchThroughCrosswalks(
  skill: RequiredSkill,
  crosswalks: readonly MatchCrosswalk[],
  held: ReadonlySet<string>,
): { status: MatchStatus; path: CrosswalkPath | null; skillIds: string[] } {
  const targets = crosswalkTargets(skill, crosswalks);
  if (targets.length === 0) return { status: 'unmet', path: null, skillIds: [] };
  const whole = targets.filter((c) => crosswalkCoverage(c.relation) === 'whole');
  const wholeHeld = whole.filter((c) => held.has(c.skillId));
  const chosen =
    wholeHeld.length > 0 ? whole : targets.filter((c) => crosswalkCoverage(c.relation) === 'part');
  const mapped = [...new Set((chosen.length > 0 ? chosen : targets).map((c) => c.skillId))];
  const heldSkills = mapped.filter((id) => held.has(id));
  const first = (chosen.length > 0 ? chosen : targets)[0]!;
  const path: CrosswalkPath = {
    framework: first.targetFramework,
    code: first.targetCode,
    name: first.targetName,
    relation: first.relation,
    mappedSkills: mapped.length,
    heldSkills,
  };
  const status: MatchStatus =
    wholeHeld.length > 0 || heldSkills.length >= Math.ceil(mapped.length * BROAD_MATCH_SHARE)
      ? 'met'
      : heldSkills.length > 0
        ? 'partial'
        : 'unmet';
  return { status, path, skillIds: heldSkills };
}

/**
 * Matches a job profile against shared credentials, skill by skill, with the evidence behind each:
 * - met directly when an active shared credential is aligned to one of the skill's framework skills, to its code,
 *   or to a skill of the same name;
 * - otherwise through the framework's crosswalks: a held skill mapped to it as the same or a broader skill meets
 *   it; when it is broader than our skills, holding {@link BROAD_MATCH_SHARE} of the mapped skills meets it and
 *   holding fewer meets it in part.
 * The score is the weighted share of the skills met (a part counts half), weighted by importance when given; a
 * nice-to-have skill weighs {@link NICE_TO_HAVE_WEIGHT} of a required one.
 *
 * @example
 * matchProfile(profile, credentials, await listSkillCrosswalks(db, orgId)).skills[0].status; // 'partial'
 */
export function matchProfile<E>(
  profile: MatchableProfile,
  credentials: readonly MatchableCredential<E>[],
  crosswalks: readonly MatchCrosswalk[] = [],
) {
  const required = profile.skills;
  const active = credentials.filter((c) => c.state === 'active');
  const held = new Set(active.flatMap((c) => c.skillIds));
  const skills = required.map((skill) => {
    const wanted = new Set([...skill.skillIds, ...(skill.code ? [skill.code] : [])]);
    const direct = active.filter(
      (c) => c.skillIds.some((id) => wanted.has(id)) || c.skillNames.some((n) => sameName(n, skill.name)),
    );
    const viaCrosswalk =
      direct.length > 0
        ? { status: 'met' as const, path: null, skillIds: [] }
        : matchThroughCrosswalks(skill, crosswalks, held);
    const behind =
      direct.length > 0
        ? direct
        : active.filter((c) => c.skillIds.some((id) => viaCrosswalk.skillIds.includes(id)));
    const required = skill.required !== false;
    return {
      name: skill.name,
      code: skill.code ?? null,
      required,
      weight: (skill.importance ?? 1) * (required ? 1 : NICE_TO_HAVE_WEIGHT),
      status: viaCrosswalk.status,
      met: viaCrosswalk.status === 'met',
      via: direct.length > 0 ? ('direct' as const) : viaCrosswalk.path ? ('crosswalk' as const) : null,
      crosswalk: viaCrosswalk.path,
      credentials: behind.map((c) => ({
        id: c.id,
        achievementName: c.achievementName,
        evidence: c.evidence,
      })),
    };
  });
  const credit = { met: 1, partial: PARTIAL_CREDIT, unmet: 0 } as const;
  const total = skills.reduce((sum, s) => sum + s.weight, 0);
  const got = skills.reduce((sum, s) => sum + s.weight * credit[s.status], 0);
  const score = total === 0 ? 0 : Math.round((got / total) * 100) / 100;
  return {
    score,
    explanation: explain(
      skills,
      required.some((s) => s.importance !== undefined),
    ),
    skills,
  };
}

/** The match in one sentence: required skills met (and in part), then nice-to-have ones, and how they weigh. */
function explain(skills: readonly { required: boolean; status: MatchStatus }[], weighted: boolean): string {
  const count = (required: boolean, status: MatchStatus) =>
    skills.filter((s) => s.required === required && s.status === status).length;
  const requiredCount = skills.filter((s) => s.required).length;
  const nice = skills.length - requiredCount;
  const partial = count(true, 'partial');
  const parts = [
    `${count(true, 'met')} of ${requiredCount} required skills are backed by a shared, active credential${
      partial > 0 ? `, ${partial} in part` : ''
    }`,
  ];
  if (nice > 0) parts.push(`${count(false, 'met')} of ${nice} nice-to-have skills, which count half`);
  return `${parts.join('; ')}${weighted ? ' (weighted by O*NET importance)' : ''}`;
}
