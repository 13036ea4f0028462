import { creditedSkillState, firstReviewCard } from '@pathwise/core/pathways';
import type { SkillId } from '@pathwise/core/skills-graph';
import { type Database, type SkillStateRow, saveReviewCard, saveSkillStates } from '@pathwise/db';
import type { PathwiseEvent } from '@pathwise/xapi';
import type { Kysely } from 'kysely';
import type { ActivitySource } from '../activity/record-activity.ts';
import { recordActivities } from '../activity/record-activity.ts';
import { estimateOf, type LoadedModel, MODEL_PARAMS } from '../learner-model/learner-model-store.ts';
import type { LearningActor } from './learning-actor.ts';
import { type LearningCatalog, skillName } from './learning-catalog.ts';

/**
 * Marks skills found known by placement as mastered. NOTE: so that the estimate agrees with the status, a
 * credited skill's state is topped up to three right answers through the model's own update (the real
 * placement answers count among them); the row says `mastered_via = placement`.
 */
export async function creditKnownSkills(
  trx: Kysely<Database>,
  source: ActivitySource,
  input: {
    who: LearningActor;
    catalog: LearningCatalog;
    model: LoadedModel;
    skills: readonly SkillId[];
    pathwayId: string;
    now: Date;
  },
): Promise<void> {
  const { who, model, now } = input;
  const skills = input.skills.filter((s) => !model.mastered.has(s));
  const responseIndex = model.state.learner.responses;
  const rows: SkillStateRow[] = [];
  const events: PathwiseEvent[] = [];
  for (const skill of skills) {
    const state = creditedSkillState(model.state.skills[skill], responseIndex, MODEL_PARAMS);
    const before = estimateOf(model.state, skill);
    const estimate = estimateOf({ ...model.state, skills: { ...model.state.skills, [skill]: state } }, skill);
    rows.push({
      skillId: skill,
      state,
      estimate,
      mastered: true,
      masteredVia: 'placement',
      masteredAt: now,
    });
    events.push({
      type: 'mastery-changed',
      organizationId: who.orgId,
      learner: { id: who.userId },
      at: now,
      pathwayId: input.pathwayId,
      skill: { id: skill, name: skillName(input.catalog, skill).en },
      before,
      after: estimate,
      mastered: true,
    });
  }
  await saveSkillStates(trx, { ...who, rows, now });
  for (const skill of skills) {
    await saveReviewCard(trx, { ...who, card: { skillId: skill, ...firstReviewCard(now) }, now });
  }
  if (events.length > 0) await recordActivities(trx, source, events);
}
