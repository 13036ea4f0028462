import type { SkillId } from '../skills-graph/skill.ts';

/** One stored response row: a skill tag of a problem and whether the first attempt was correct. */
export interface ResponseRow {
  readonly skill: SkillId;
  readonly correct: boolean;
  /** Rows with the same number (consecutive, within a learner) belong to one problem. */
  readonly problem: number;
}

/** The ordered responses of one learner. */
export interface LearnerLog {
  readonly learner: string;
  readonly rows: readonly ResponseRow[];
}

/** One problem as seen by the model: its skill tags, and the outcome recorded on each tag's row. */
export interface ProblemAttempt {
  readonly skills: readonly SkillId[];
  readonly correct: readonly boolean[];
}

/** How rows become problems: `leak-free` groups rows by the `problem` column; `as-is` makes each row its own problem. */
export type Scoring = 'leak-free' | 'as-is';

/**
 * Groups a learner's rows into problems. Only consecutive rows with the same problem number are joined, so a
 * problem never borrows a row from later in the sequence.
 */
export function groupProblems(rows: readonly ResponseRow[], scoring: Scoring): ProblemAttempt[] {
  const problems: { skills: SkillId[]; correct: boolean[] }[] = [];
  let current: { skills: SkillId[]; correct: boolean[] } | undefined;
  let currentProblem = Number.NaN;
  for (const row of rows) {
    if (scoring === 'as-is' || current === undefined || row.problem !== currentProblem) {
      current = { skills: [], correct: [] };
      problems.push(current);
      currentProblem = row.problem;
    }
    current.skills.push(row.skill);
    current.correct.push(row.correct);
  }
  return problems;
}

/**
 * A learner log from answered items in order (as a server stores them), ready for `fitLearnerModel`: each item is
 * one problem whose rows are its distinct skill tags.
 */
export function learnerLogFromResponses(
  learner: string,
  responses: readonly { readonly skills: readonly SkillId[]; readonly correct: boolean }[],
): LearnerLog {
  const rows: ResponseRow[] = [];
  responses.forEach((r, problem) => {
    for (const skill of new Set(r.skills)) rows.push({ skill, correct: r.correct, problem });
  });
  return { learner, rows };
}
