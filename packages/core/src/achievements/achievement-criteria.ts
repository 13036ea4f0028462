import { AppError } from '../errors/app-error.ts';

/** What a learner must show to earn an achievement. All parts must hold. */
export interface AchievementCriteria {
  /** Framework skills mastered, with an estimate at or above `threshold` (0–1). */
  skills: { skillId: string; threshold: number }[];
  /** Other achievements held (stacking). */
  achievements: string[];
  /** Evidence a teacher approves: such an achievement is only ever awarded by a teacher. */
  evidence: { required: boolean; narrative: string };
}

/** A learner's standing, as the criteria read it. */
export interface LearnerStanding {
  skills: ReadonlyMap<string, { mastered: boolean; estimate: number }>;
  held: ReadonlySet<string>;
}

/** Criteria as an administrator submits them: every part may be left out. */
export interface CriteriaInput {
  skills?: readonly { skillId: string; threshold?: number }[];
  achievements?: readonly string[];
  evidence?: { required?: boolean; narrative?: string };
}

/** The default mastery estimate a skill of the criteria asks for. */
export const DEFAULT_CRITERIA_THRESHOLD = 0.95;

/**
 * Fills the missing parts of submitted criteria with their defaults. Stored criteria are read with
 * `parseAchievementCriteria`, which also checks them.
 */
export function readCriteria(value: CriteriaInput | null | undefined): AchievementCriteria {
  const raw = value ?? {};
  return {
    skills: (raw.skills ?? []).map((s) => ({
      skillId: s.skillId,
      threshold: s.threshold ?? DEFAULT_CRITERIA_THRESHOLD,
    })),
    achievements: [...(raw.achievements ?? [])],
    evidence: { required: raw.evidence?.required ?? false, narrative: raw.evidence?.narrative ?? '' },
  };
}

/** True when the criteria hold without a teacher: every skill and every part held, no evidence required. */
export function criteriaMetAutomatically(criteria: AchievementCriteria, standing: LearnerStanding): boolean {
  if (criteria.evidence.required) return false;
  if (criteria.skills.length === 0 && criteria.achievements.length === 0) return false;
  return partsMet(criteria, standing).every((p) => p.met);
}

/** Each part of the criteria, met or not, in words (the admin and the learner see why). */
export function partsMet(criteria: AchievementCriteria, standing: LearnerStanding) {
  return [
    ...criteria.skills.map((s) => {
      const state = standing.skills.get(s.skillId);
      return {
        kind: 'skill' as const,
        id: s.skillId,
        met: Boolean(state?.mastered && state.estimate >= s.threshold),
      };
    }),
    ...criteria.achievements.map((id) => ({ kind: 'achievement' as const, id, met: standing.held.has(id) })),
  ];
}

/**
 * The stacking rule when a credential is revoked: "revoked with it". A credential whose achievement stacks on
 * others is revoked too as soon as one of those parts is no longer held. Returns the first part missing (the one
 * the reason names), or null when every part is still held.
 */
export function stackedPartLost(criteria: AchievementCriteria, held: ReadonlySet<string>): string | null {
  return criteria.achievements.find((id) => !held.has(id)) ?? null;
}

/**
 * Rejects criteria whose stacking would make a cycle (A needs B needs … needs A), naming the cycle.
 * `parts` maps every achievement id to the achievement ids it stacks on; `names` gives their names.
 */
export function assertNoStackingCycle(
  id: string,
  parts: ReadonlyMap<string, readonly string[]>,
  names: ReadonlyMap<string, string>,
): void {
  const path: string[] = [];
  const visit = (at: string): string[] | null => {
    if (at === id && path.length > 0) return [...path, at];
    if (path.includes(at)) return null;
    path.push(at);
    for (const next of parts.get(at) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    return null;
  };
  const cycle = visit(id);
  if (cycle) {
    const named = cycle.map((a) => `"${names.get(a) ?? a}"`).join(' → ');
    throw new AppError('validation_failed', `Stacking would make a cycle: ${named}`, [
      { field: 'body/criteria/achievements', message: `would make a cycle: ${named}` },
    ]);
  }
}

/** The OB 3.0 criteria narrative: what was required, in words. */
export function criteriaNarrative(
  criteria: AchievementCriteria,
  skillName: (id: string) => string,
  achievementName: (id: string) => string,
): string {
  const parts = [
    ...criteria.skills.map(
      (s) => `Mastered "${skillName(s.skillId)}" (estimate at least ${Math.round(s.threshold * 100)}%).`,
    ),
    ...criteria.achievements.map((a) => `Holds "${achievementName(a)}".`),
  ];
  if (criteria.evidence.required)
    parts.push(`Evidence approved by a teacher: ${criteria.evidence.narrative || 'a piece of work'}.`);
  return parts.join(' ') || 'Awarded by a teacher.';
}
