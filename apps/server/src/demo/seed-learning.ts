import { familiesForSkill } from '@pathwise/core/content';
import {
  initialLearnerState,
  type LearnerModelState,
  masteryEstimate,
  recordResponse,
} from '@pathwise/core/learner-model';
import { firstReviewCard } from '@pathwise/core/pathways';
import { asSkillId, type SkillId } from '@pathwise/core/skills-graph';
import {
  createEnrollment,
  type Db,
  insertAnsweredServedItems,
  saveLearnerState,
  saveReviewCard,
  saveSkillStates,
} from '@pathwise/db';
import { MODEL_PARAMS } from '../learner-model/learner-model-store.ts';
import { installDemoContent } from '../learning/install-demo-content.ts';

const DAY = 86_400_000;
const PATHWAY = 'algebra-foundations';

/** The demo learner's story: answers per skill (true = right), and how mastery was reached. */
const STORY: { skill: string; answers: boolean[]; via: 'placement' | 'practice' | null }[] = [
  { skill: 'alg.integers-add', answers: [true, true, true], via: 'placement' },
  { skill: 'alg.integers-multiply', answers: [true, true, true], via: 'placement' },
  {
    skill: 'alg.order-of-operations',
    answers: [false, true, true, false, true, true, true, true],
    via: 'practice',
  },
  { skill: 'alg.like-terms', answers: [true, false, true], via: null },
];

/**
 * The demo organization's learning content (both demo pathways and their framework), and some progress for the
 * demo learner so the map shows every status: two skills known from placement, one mastered in practice (its
 * review due), one in progress, the rest ready or locked. The history is spread over the past two weeks.
 * NOTE: seeded history writes no xAPI statements: nothing happened, and the installation's public URL (the
 * statements' identity) is not known here.
 */
export async function seedDemoLearning(
  db: Db,
  orgId: string,
  learnerId: string,
  now = new Date(),
): Promise<void> {
  await db.kysely.transaction().execute(async (trx) => {
    await installDemoContent(trx, orgId);
    const who = { orgId, userId: learnerId };
    let state: LearnerModelState = { learner: initialLearnerState(MODEL_PARAMS.settings), skills: {} };
    const start = now.getTime() - 14 * DAY;
    let step = 0;
    const served: Parameters<typeof insertAnsweredServedItems>[2][number][] = [];
    for (const { skill, answers, via } of STORY) {
      const id: SkillId = asSkillId(skill);
      for (const correct of answers) {
        state = recordResponse(state, { skills: [id], correct }, MODEL_PARAMS);
        const at = new Date(start + step++ * 0.4 * DAY);
        const estimate = masteryEstimate(state, id, MODEL_PARAMS);
        // The answer as a served item too: what the pages count as evidence (placement answers for a skill
        // known from placement, practice answers otherwise).
        const family = familiesForSkill(skill)[0];
        if (family) {
          served.push({
            userId: learnerId,
            pathwayId: PATHWAY,
            skillId: skill,
            mode: via === 'placement' ? 'placement' : 'practice',
            item: family.generate(1000 + step, 2),
            source: 'demo',
            outcome: correct,
            at,
          });
        }
        const mastered = via !== null && state.skills[id]!.attempts === answers.length;
        await saveSkillStates(trx, {
          ...who,
          now: at,
          rows: [
            {
              skillId: id,
              state: { ...state.skills[id]! },
              estimate,
              mastered,
              masteredVia: mastered ? via : null,
              masteredAt: mastered ? at : null,
            },
          ],
        });
        if (mastered) {
          const card = firstReviewCard(at);
          const due = via === 'practice' ? new Date(now.getTime() - DAY) : card.due;
          await saveReviewCard(trx, { ...who, card: { skillId: id, card: card.card, due }, now: at });
        }
      }
    }
    await insertAnsweredServedItems(trx, orgId, served);
    await saveLearnerState(trx, { ...who, state: { ...state.learner }, now });
    await createEnrollment(trx, {
      ...who,
      pathwayId: PATHWAY,
      status: 'active',
      placement: {
        belief: {},
        asked: [],
        answered: 6,
        max: 12,
        known: ['alg.integers-add', 'alg.integers-multiply'],
      },
      now: new Date(start),
    });
  });
}
