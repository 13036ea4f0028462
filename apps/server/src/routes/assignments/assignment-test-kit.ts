import type { Item } from '@pathwise/core/content';
import {
  DEFAULT_LEARNER_MODEL_PARAMS,
  newLearnerModelState,
  recordResponse,
} from '@pathwise/core/learner-model';
import { asSkillId } from '@pathwise/core/skills-graph';
import { insertServedItem, saveSkillStates, updateServedItem } from '@pathwise/db';
import { installDemoContent } from '../../learning/install-demo-content.ts';
import { loadCatalog } from '../../learning/learning-catalog.ts';
import { buildClass, buildMember, buildOrg } from '../../test/factories.ts';
import type { Session, TestApp } from '../../test/test-app.ts';

/** The demo pathway and two of its skills. */
export const PATHWAY = 'algebra-foundations';
export const SKILL_A = 'alg.like-terms';
export const SKILL_B = 'alg.integers-add';

/** A school with the demo content: a class taught by `teacher` with two learners, and another class and teacher. */
export interface AssignmentSchool {
  orgId: string;
  admin: Session;
  teacher: Session;
  otherTeacher: Session;
  learner: Session;
  classmate: Session;
  outsider: Session;
  classId: string;
  otherClassId: string;
}

/** Builds an {@link AssignmentSchool} from rows (test factories). */
export async function assignmentSchool(t: TestApp, name: string): Promise<AssignmentSchool> {
  const db = t.db.kysely;
  const { orgId, admin } = await buildOrg(db, { name });
  await installDemoContent(db, orgId);
  const [teacher, otherTeacher, learner, classmate, outsider] = await Promise.all([
    buildMember(db, orgId, 'teacher'),
    buildMember(db, orgId, 'teacher'),
    buildMember(db, orgId, 'learner', { name: 'Ada Learner' }),
    buildMember(db, orgId, 'learner', { name: '=HYPERLINK("http://evil.test")' }),
    buildMember(db, orgId, 'learner'),
  ]);
  const { id: classId } = await buildClass(db, orgId, {
    name: '7B Algebra',
    teachers: [teacher],
    learners: [learner, classmate],
  });
  const { id: otherClassId } = await buildClass(db, orgId, {
    name: '8A Data',
    teachers: [otherTeacher],
    learners: [outsider],
  });
  return { orgId, admin, teacher, otherTeacher, learner, classmate, outsider, classId, otherClassId };
}

/**
 * Records that a learner answered an item of `skillId` at `at` and stores the model the answers lead to, as the
 * learning loop would: with `mastered`, the skill is mastered in practice at `at`.
 */
export async function practise(
  t: TestApp,
  input: { orgId: string; userId: string; skillId: string; at: Date; outcomes: boolean[]; mastered: boolean },
): Promise<void> {
  const db = t.db.kysely;
  const skill = asSkillId(input.skillId);
  let state = newLearnerModelState(DEFAULT_LEARNER_MODEL_PARAMS);
  for (const correct of input.outcomes) {
    const servedId = await insertServedItem(db, input.orgId, {
      userId: input.userId,
      pathwayId: PATHWAY,
      itemId: 'demo-item',
      skillId: input.skillId,
      source: 'test',
      mode: 'practice',
      item: {} as Item, // never read back by these tests
      predicted: null,
      createdAt: input.at,
    });
    await updateServedItem(db, input.orgId, servedId, {
      stepIndex: 1,
      outcome: correct,
      completedAt: input.at,
    });
    state = recordResponse(state, { skills: [skill], correct }, DEFAULT_LEARNER_MODEL_PARAMS);
  }
  await saveSkillStates(db, {
    orgId: input.orgId,
    userId: input.userId,
    now: input.at,
    rows: [
      {
        skillId: input.skillId,
        state: state.skills[skill]!,
        estimate: input.mastered ? 0.95 : 0.4,
        mastered: input.mastered,
        masteredVia: input.mastered ? 'practice' : null,
        masteredAt: input.mastered ? input.at : null,
      },
    ],
  });
}

/** The skills of the demo pathway (its goals with their prerequisites), as the catalog gives them. */
export async function pathwaySkillIds(t: TestApp, orgId: string): Promise<string[]> {
  return [...((await loadCatalog(t.db.kysely, orgId)).pathwaySkills.get(PATHWAY) ?? [])].map(String);
}

/** Rows of a table, counted (to prove a refused request wrote nothing). */
export async function countRows(t: TestApp, table: 'assignments' | 'assignment_overrides' | 'audit_events') {
  const row = await t.db.kysely
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
