/** The four levels of a rubric criterion, lowest first (scored 1 to 4 by a `minimum_total` pass rule). */
export const PROJECT_LEVELS = ['beginning', 'developing', 'proficient', 'advanced'] as const;
export type ProjectLevel = (typeof PROJECT_LEVELS)[number];

/** What a learner may hand in for a project. */
export type ProjectPart = 'text' | 'link' | 'files';

/** One criterion of a project's rubric: its name and a description of each level. */
export interface ProjectCriterion {
  name: string;
  levels: Record<ProjectLevel, string>;
}

/** When an assessment passes: every criterion at least `level`, or the levels' scores adding up to `total`. */
export type ProjectPassRule =
  | { kind: 'every_criterion_at_least'; level: ProjectLevel }
  | { kind: 'minimum_total'; total: number };

/** The `target` of a `project` assignment. */
export interface ProjectTarget {
  kind: 'project';
  accepts: ProjectPart[];
  achievementId: string | null;
  rubric: { criteria: ProjectCriterion[]; passRule: ProjectPassRule };
}

const PARTS: readonly string[] = ['text', 'link', 'files'];

function isLevel(v: unknown): v is ProjectLevel {
  return typeof v === 'string' && (PROJECT_LEVELS as readonly string[]).includes(v);
}

/** Parses a stored project target; a malformed one throws (it was written by us). */
export function parseProjectTarget(t: Record<string, unknown>): ProjectTarget {
  const rubric = t.rubric as { criteria?: unknown; passRule?: Record<string, unknown> } | undefined;
  const accepts = t.accepts;
  if (
    !Array.isArray(accepts) ||
    !accepts.every((a) => PARTS.includes(a)) ||
    !Array.isArray(rubric?.criteria)
  ) {
    throw new Error('malformed project assignment target');
  }
  const criteria = (rubric.criteria as Record<string, unknown>[]).map((c) => {
    const levels = c.levels as Record<string, unknown> | undefined;
    if (typeof c.name !== 'string' || !PROJECT_LEVELS.every((l) => typeof levels?.[l] === 'string')) {
      throw new Error('malformed project rubric criterion');
    }
    return { name: c.name, levels: levels as Record<ProjectLevel, string> };
  });
  const rule = rubric.passRule;
  let passRule: ProjectPassRule;
  if (rule?.kind === 'every_criterion_at_least' && isLevel(rule.level))
    passRule = { kind: rule.kind, level: rule.level };
  else if (rule?.kind === 'minimum_total' && typeof rule.total === 'number')
    passRule = { kind: rule.kind, total: rule.total };
  else throw new Error('malformed project pass rule');
  return {
    kind: 'project',
    accepts: accepts as ProjectPart[],
    achievementId: typeof t.achievementId === 'string' ? t.achievementId : null,
    rubric: { criteria, passRule },
  };
}
