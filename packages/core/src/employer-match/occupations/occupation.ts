/** The occupational frameworks an employer builds a job profile from. */
export const OCCUPATION_SOURCES = ['onet', 'esco'] as const;
export type OccupationSource = (typeof OCCUPATION_SOURCES)[number];

/** An occupation as its source describes it: what a search ranks and a preview heads. */
export interface Occupation {
  readonly source: OccupationSource;
  /** The O*NET-SOC code (`43-3031.00`), or the UUID that ends an ESCO occupation's URI. */
  readonly code: string;
  /** The ESCO concept URI; null for O*NET. */
  readonly uri: string | null;
  readonly title: string;
  /** ESCO's alternative labels. NOTE: the O*NET files we read have no alternate titles (see its README). */
  readonly altTitles: readonly string[];
  readonly description: string;
}

/**
 * How an occupation's source ranks one of its skills: O*NET sorts skills and knowledge by importance; ESCO calls
 * a skill essential or optional to the occupation.
 */
export type OccupationSkillGroup = 'skill' | 'knowledge' | 'essential' | 'optional';

/** One skill of an occupation, readable as it stands. */
export interface OccupationSkill {
  /**
   * What a job profile and a crosswalk name it by: the O*NET element id (`2.A.1.e`), or ESCO's preferred label as
   * written (ESCO's occupation–skill links reach us by label; crosswalks use the same label).
   */
  readonly code: string;
  /** Its name for people: O*NET's element name, or ESCO's label with a capital first letter. */
  readonly name: string;
  readonly description: string | null;
  readonly group: OccupationSkillGroup;
  /** O*NET's importance rating, 1 to 5; null for ESCO. */
  readonly importance: number | null;
  /** The ESCO skill URI when the label resolves to one; null otherwise (and for O*NET). */
  readonly uri: string | null;
}

/** The occupations of one source and the skills of each. */
export interface OccupationCatalog {
  readonly source: OccupationSource;
  readonly occupations: readonly Occupation[];
  /** The occupation of that code, or undefined. */
  find(code: string): Occupation | undefined;
  /** The occupation's skills, most important first (O*NET) or essential first (ESCO); [] when it has none. */
  skillsOf(code: string): OccupationSkill[];
}

/** O*NET rates a skill "important" for an occupation from this importance up (of 5). */
export const ONET_IMPORTANT = 3;

/** What a new job profile does with an occupation's skill until the employer chooses. */
export type SkillChoice = 'required' | 'niceToHave' | 'omit';

/**
 * The choice a preview suggests for a skill: an ESCO essential skill is required and an optional one nice to
 * have; an O*NET skill or knowledge area is required when O*NET rates it important ({@link ONET_IMPORTANT}),
 * left out otherwise.
 *
 * @example
 * suggestedChoice({ group: 'skill', importance: 3.38 }); // 'required'
 */
export function suggestedChoice(skill: Pick<OccupationSkill, 'group' | 'importance'>): SkillChoice {
  if (skill.group === 'essential') return 'required';
  if (skill.group === 'optional') return 'niceToHave';
  return (skill.importance ?? 0) >= ONET_IMPORTANT ? 'required' : 'omit';
}

/** Builds a catalog over occupations and a lookup of their skills. */
export function catalogOf(
  source: OccupationSource,
  occupations: readonly Occupation[],
  skillsOf: (code: string) => OccupationSkill[],
): OccupationCatalog {
  const byCode = new Map(occupations.map((o) => [o.code, o]));
  return {
    source,
    occupations,
    find: (code) => byCode.get(code),
    skillsOf: (code) => (byCode.has(code) ? skillsOf(code) : []),
  };
}
