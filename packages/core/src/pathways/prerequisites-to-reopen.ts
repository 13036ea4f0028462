import type { LearnerModelState } from '../learner-model/learner-state.ts';
import type { SkillGraph, SkillId } from '../skills-graph/skill.ts';

/** Failures on a skill after which the prerequisites it rests on are checked again (and at every multiple). */
const STRUGGLE_FAILURES = 8;
/** ... provided the recent answers on it are mostly wrong. */
const STRUGGLE_RECENT = 0.4;

/**
 * The mastered prerequisites to reopen after a wrong answer on `skill`. NOTE: a learner who keeps failing a skill
 * often lacks something it builds on — placement may have credited it wrongly, or a lucky run mastered it — so
 * every eighth failure on a skill whose recent answers are mostly wrong sends its mastered prerequisites back to
 * practice; the evidence on them stays, so a prerequisite that is really known is mastered again after one or
 * two right answers.
 *
 * @example
 * prerequisitesToReopen(graph, stateAfterEightFailures, twoStep, mastered); // ['alg.one-step-add', …]
 */
export function prerequisitesToReopen(
  graph: SkillGraph,
  state: LearnerModelState,
  skill: SkillId,
  mastered: ReadonlySet<SkillId>,
): SkillId[] {
  const s = state.skills[skill];
  if (!s || s.streak > 0) return [];
  const failures = s.attempts - s.successes;
  if (failures === 0 || failures % STRUGGLE_FAILURES !== 0 || s.recent >= STRUGGLE_RECENT) return [];
  return (graph.skills.get(skill)?.prerequisites ?? []).filter((p) => mastered.has(p));
}
