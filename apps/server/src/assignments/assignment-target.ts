import type { Assignment, AssignmentInput } from '@pathwise/contracts';
import { AppError } from '@pathwise/core/errors';
import { asSkillId } from '@pathwise/core/skills-graph';
import type { AssignedSkill, AssignmentRow, AssignmentTarget } from '@pathwise/db';
import type { LearningCatalog } from '../learning/learning-catalog.ts';
import { skillName } from '../learning/learning-catalog.ts';
import type { ProgressInput } from './assignment-progress.ts';
import { presentProjectSpec } from './project-rubric.ts';

/** Refuses an assignment's input: a 400 naming the field. */
export function refuse(field: string, message: string, detail: string): never {
  throw new AppError('validation_failed', message, [{ field, message: detail }]);
}

/**
 * The target of a new assignment, checked against the organization's catalog: a pathway must be published; each
 * skill must be in the framework, named once. Refuses (400 naming the field and the unknown ids) anything else.
 */
export function targetOf(catalog: LearningCatalog, input: AssignmentInput): AssignmentTarget {
  if (input.project !== undefined)
    refuse('body/project', 'Only a project assignment has a project', 'not allowed');
  if (input.target !== undefined)
    refuse('body/target', 'Only a lesson or an item set assignment has a target', 'not allowed');
  if (input.kind === 'pathway') {
    if (input.skills !== undefined)
      refuse('body/skills', 'A pathway assignment has no skills', 'not allowed');
    if (!input.pathwayId) refuse('body/pathwayId', 'Choose a pathway', 'required for a pathway assignment');
    if (!catalog.pathways.has(input.pathwayId)) {
      refuse('body/pathwayId', `No such pathway: ${input.pathwayId}`, `unknown: ${input.pathwayId}`);
    }
    return { kind: 'pathway', pathwayId: input.pathwayId };
  }
  if (input.pathwayId !== undefined)
    refuse('body/pathwayId', 'A skills assignment has no pathway', 'not allowed');
  const skills =
    input.skills ?? refuse('body/skills', 'Choose at least one skill', 'required for a skills assignment');
  const unknown = skills.map((s) => s.skillId).filter((id) => !catalog.graph.skills.has(asSkillId(id)));
  if (unknown.length > 0) {
    refuse('body/skills', `No such skill: ${unknown.join(', ')}`, `unknown: ${unknown.join(', ')}`);
  }
  const ids = skills.map((s) => s.skillId);
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (repeated.length > 0)
    refuse('body/skills', `Skill named twice: ${repeated.join(', ')}`, 'each skill once');
  return { kind: 'skills', skills: skills.map((s) => ({ skillId: s.skillId, target: s.target ?? null })) };
}

/**
 * The skills an assignment asks to master: a pathway's (goals with their prerequisites, as published now), or its
 * list. A project and an item set ask for none (their progress is the work handed in, the items answered).
 */
export function assignedSkills(catalog: LearningCatalog, target: AssignmentTarget): AssignedSkill[] {
  if (target.kind === 'skills' || target.kind === 'lesson') return target.skills;
  if (target.kind === 'project' || target.kind === 'item_set') return [];
  return (catalog.pathwaySkills.get(target.pathwayId) ?? []).map((id) => ({
    skillId: String(id),
    target: null,
  }));
}

/** Where a learner practises an assignment: its pathway, or the published pathway holding most of its skills. */
export function practicePathwayOf(catalog: LearningCatalog, target: AssignmentTarget): string | null {
  // NOTE: an item set is the work itself (opened at my/item-sets/:id); a pathway to practise would send the
  // learner elsewhere.
  if (target.kind === 'project' || target.kind === 'item_set') return null;
  if (target.kind === 'pathway') return catalog.pathways.has(target.pathwayId) ? target.pathwayId : null;
  let best: { id: string; count: number } | null = null;
  for (const [id, skills] of catalog.pathwaySkills) {
    const held = new Set(skills.map(String));
    const count = target.skills.filter((s) => held.has(s.skillId)).length;
    if (count > (best?.count ?? 0)) best = { id, count };
  }
  return best?.id ?? null;
}

/** An assignment for the API, with pathway and skill names. */
export function presentAssignment(catalog: LearningCatalog, row: AssignmentRow): Assignment {
  const pathway = row.target.kind === 'pathway' ? catalog.pathways.get(row.target.pathwayId) : undefined;
  return {
    id: row.id,
    classId: row.classId,
    className: row.className,
    kind: row.target.kind,
    title: row.title,
    instructions: row.instructions,
    dueAt: row.dueAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    pathway:
      row.target.kind === 'pathway'
        ? {
            id: row.target.pathwayId,
            name: pathway?.name ?? { en: row.target.pathwayId, es: row.target.pathwayId },
          }
        : null,
    lesson: row.target.kind === 'lesson' ? { id: row.target.lessonId, title: row.target.title } : null,
    skills: shownSkills(row.target).map((s) => ({
      id: s.skillId,
      name: skillName(catalog, s.skillId),
      target: s.target,
    })),
    practicePathwayId: practicePathwayOf(catalog, row.target),
    project: row.target.kind === 'project' ? presentProjectSpec(row.target) : null,
    itemSet: row.target.kind === 'item_set' ? { items: row.target.items.length } : null,
  };
}

/** The skills an assignment names: its own list, or an item set's items' skills (each once, none to master). */
function shownSkills(target: AssignmentTarget): AssignedSkill[] {
  if (target.kind === 'skills' || target.kind === 'lesson') return target.skills;
  if (target.kind !== 'item_set') return [];
  return [...new Set(target.items.map((i) => i.skillId))].map((skillId) => ({ skillId, target: null }));
}

/** What the progress of an assignment is computed from: the skills to master, or its project or item set. */
export function progressInputOf(catalog: LearningCatalog, row: AssignmentRow): ProgressInput {
  return {
    id: row.id,
    dueAt: row.dueAt,
    skills: assignedSkills(catalog, row.target),
    project: row.target.kind === 'project',
    ...(row.target.kind === 'item_set' ? { items: row.target.items.length } : {}),
  };
}

/** A due date from the API: a real instant (the schema checked its form). */
export function dueDateOf(text: string): Date {
  const at = new Date(text);
  if (Number.isNaN(at.getTime())) refuse('body/dueAt', 'The due date is not a valid date', 'not a date-time');
  return at;
}
