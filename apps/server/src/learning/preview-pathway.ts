import { randomInt } from 'node:crypto';
import { DEMO_SOURCE, type PathwayPreview, type PathwayPreviewSample } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import { familiesForSkill, type Item } from '@pathwise/core/content';
import { initialLearnerState, type LearnerModelState } from '@pathwise/core/learner-model';
import { type SkillStanding, skillStanding } from '@pathwise/core/pathways';
import { asSkillId, pathwaySkills, type SkillId } from '@pathwise/core/skills-graph';
import { type Database, listPathways, pickStoredItem } from '@pathwise/db';
import type { Kysely } from 'kysely';
import type { OrgActor } from '../identity/actor.ts';
import { MODEL_PARAMS } from '../learner-model/learner-model-store.ts';
import type { AppContext } from '../runtime/types.ts';
import { getPathway, type LearningCatalog, loadCatalog, skillRefs } from './learning-catalog.ts';
import { parseStoredItem } from './parse-stored-item.ts';
import { presentPathwayMap } from './pathway-map.ts';
import { presentItem } from './present-item.ts';
import { hasFamily, skillsWithContent } from './serve-item.ts';

/** The served id a previewed item carries: it was never served, so nothing can be answered through practice. */
export const PREVIEW_SERVED_ID = 'preview';

/** The difficulty of a sample: the standard problems the mastery rule counts. */
const SAMPLE_DIFFICULTY = 2;

/** Where a learner with nothing recorded stands on a skill: the one standing function, over an empty model. */
function freshStanding(): (skillId: SkillId) => SkillStanding {
  const state: LearnerModelState = { learner: initialLearnerState(MODEL_PARAMS.settings), skills: {} };
  return (skillId) =>
    skillStanding({
      state,
      skillId,
      row: undefined,
      evidence: undefined,
      reviewDue: false,
      params: MODEL_PARAMS,
    });
}

/** Who previews: the organization, and the role (an administrator previews drafts too). */
type Previewer = Pick<OrgActor, 'orgId' | 'role'>;

/**
 * The catalog a preview reads: the learners' own, and for an administrator a draft pathway too (an import not yet
 * published, which no learner sees), so that it can be looked at before publishing. 404 for anything else.
 */
export async function previewCatalog(
  db: Kysely<Database>,
  who: Previewer,
  pathwayId: string,
): Promise<{ catalog: LearningCatalog; status: 'published' | 'draft' }> {
  const catalog = await loadCatalog(db, who.orgId);
  if (catalog.pathways.has(pathwayId)) return { catalog, status: 'published' };
  const draft =
    who.role === 'admin'
      ? (await listPathways(db, who.orgId)).find((p) => p.id === pathwayId && p.status === 'draft')
      : undefined;
  if (!draft) throw new AppError('not_found', 'No such pathway');
  const pathway = { ...draft, goalSkillIds: draft.goalSkillIds.map(asSkillId) };
  return {
    catalog: {
      ...catalog,
      pathways: new Map([...catalog.pathways, [pathwayId, pathway]]),
      pathwaySkills: new Map([...catalog.pathwaySkills, [pathwayId, pathwaySkills(catalog.graph, pathway)]]),
    },
    status: 'draft',
  };
}

/**
 * A pathway of the organization as a new learner sees its map (nothing mastered, nothing measured), with the
 * skills that have a sample problem to try. Reads only: the preview writes nothing.
 *
 * @example
 * const { skills, sampleSkillIds } = await previewPathway(ctx, orgActor(request), 'algebra-foundations');
 */
export async function previewPathway(
  ctx: AppContext,
  who: Previewer,
  pathwayId: string,
): Promise<PathwayPreview> {
  const { catalog, status } = await previewCatalog(ctx.db.kysely, who, pathwayId);
  const map = presentPathwayMap(catalog, pathwayId, new Set(), freshStanding());
  const { skills } = getPathway(catalog, pathwayId);
  const withContent = await skillsWithContent(ctx.db.kysely, who.orgId, catalog, skills);
  return { ...map, status, sampleSkillIds: [...withContent] };
}

/**
 * A problem of a skill of the pathway, as practice would send it (no answer, hint or misconception), under the
 * served id {@link PREVIEW_SERVED_ID}: a demo family's fresh item, or a published item of the bank. Nothing is
 * stored. 404 when the skill is not in the pathway or has nothing to practise.
 */
export async function previewSample(
  ctx: AppContext,
  who: Previewer,
  input: { pathwayId: string; skillId: string },
): Promise<PathwayPreviewSample> {
  const { catalog } = await previewCatalog(ctx.db.kysely, who, input.pathwayId);
  const skillId = pathwaySkill(catalog, input.pathwayId, input.skillId);
  const sample = await sampleItem(ctx.db.kysely, who.orgId, catalog, skillId);
  if (!sample) throw new AppError('not_found', 'This skill has nothing to practise yet');
  const [skill] = skillRefs(catalog, [skillId]);
  return {
    skill: skill!,
    item: presentItem({
      servedId: PREVIEW_SERVED_ID,
      item: sample.item,
      skillId,
      source: sample.source,
      stepIndex: 0,
    }),
  };
}

/** A skill of a pathway of the catalog, or a 404 (for the pathway or the skill). */
export function pathwaySkill(catalog: LearningCatalog, pathwayId: string, skillId: string): SkillId {
  const { skills } = getPathway(catalog, pathwayId);
  const found = skills.find((s) => s === skillId);
  if (!found) throw new AppError('not_found', 'No such skill in this pathway');
  return found;
}

/** Like practice's choice, without its history: a random family of the skill, or the bank when it has none. */
async function sampleItem(
  db: Kysely<Database>,
  orgId: string,
  catalog: LearningCatalog,
  skillId: SkillId,
): Promise<{ item: Item; source: string } | null> {
  if (hasFamily(catalog, skillId)) {
    const families = familiesForSkill(skillId);
    const family = families[randomInt(families.length)]!;
    return { item: family.generate(randomInt(1, 1_000_000_000), SAMPLE_DIFFICULTY), source: DEMO_SOURCE };
  }
  const row = await pickStoredItem(db, orgId, { skillId, difficulty: SAMPLE_DIFFICULTY, avoid: [] });
  const item = row ? parseStoredItem(row) : null;
  return row && item ? { item, source: row.source } : null;
}
