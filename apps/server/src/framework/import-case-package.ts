import { AppError } from '@pathwise/core';
import { type CaseSkipped, parseCasePackage } from '@pathwise/core/importers';
import { buildSkillGraph } from '@pathwise/core/skills-graph';
import {
  appendSkills,
  bumpContentVersion,
  type Database,
  listSkills,
  recordAudit,
  replaceSkillCrosswalks,
  type SkillRow,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import { frameworkRefusal } from './framework-refusal.ts';
import { type FrameworkActor, toSkill } from './save-framework-skill.ts';

/** What a CASE import wrote. */
export interface CaseImportReport {
  framework: string;
  title: string;
  /** Skills written: new ones and ones replaced (a re-import of the same package). */
  skills: number;
  created: number;
  updated: number;
  prerequisites: number;
  crosswalks: number;
  /** Associations with no place in a skills framework (exemplars, links to nodes outside the package). */
  skipped: CaseSkipped[];
  /** True when the items' text (one language per CASE item) was copied into both languages. */
  copiedLanguage: boolean;
}

const MAX_LISTED = 20;
/** The problems a refusal lists (field by field); `problemCount` counts them all. */
const MAX_PROBLEMS = 100;

/**
 * Imports a CASE 1.0 CFPackage as skills of the organization's framework, all or nothing: a broken package is
 * refused (400, every problem by path), a package whose `precedes` or `isChildOf` make a cycle with itself or
 * with the organization's skills is refused (422, naming the cycle), and so is one whose item ids belong to
 * another framework. Otherwise the skills, their prerequisites and their crosswalks are written in one
 * transaction, the content version moves on and the import is audited. A re-import replaces the package's
 * skills (names, hierarchy, prerequisites, crosswalks) and keeps their place.
 */
export async function importCasePackage(
  db: Kysely<Database>,
  request: { orgId: string; body: unknown; actor: FrameworkActor },
): Promise<CaseImportReport> {
  const parsed = parseCasePackage(request.body);
  if (parsed.problems.length === 0 && parsed.skills.length === 0) {
    throw new AppError('validation_failed', 'The CASE package has no CFItems: nothing to import', [
      { field: 'body/CFItems', message: 'has no items' },
    ]);
  }
  if (parsed.problems.length > 0) {
    const listed = parsed.problems.slice(0, MAX_LISTED).map((p) => `${p.field || 'body'} ${p.message}`);
    throw new AppError(
      'validation_failed',
      `The CASE package has ${parsed.problems.length} problem(s); nothing was imported: ${listed.join('; ')}`,
      // NOTE: bounded like a content import's report: a hostile package of 50,000 broken items lists 100.
      parsed.problems
        .slice(0, MAX_PROBLEMS)
        .map((p) => ({ field: p.field ? `body/${p.field}` : 'body', message: p.message })),
      { problemCount: parsed.problems.length },
    );
  }
  const { orgId } = request;
  return db.transaction().execute(async (trx) => {
    await bumpContentVersion(trx, orgId);
    const existing = await listSkills(trx, orgId);
    const incoming = new Set(parsed.skills.map((s) => s.id));
    const clash = existing.find((s) => incoming.has(s.id) && s.framework !== parsed.framework);
    if (clash) {
      throw new AppError(
        'invalid_framework',
        `Nothing was imported: the item "${clash.id}" is already a skill of the framework ${clash.framework}.`,
        [{ field: 'body/CFItems', message: `${clash.id} belongs to ${clash.framework}` }],
      );
    }
    const rows: SkillRow[] = parsed.skills.map((s) => ({
      id: s.id,
      framework: parsed.framework,
      parentId: s.parentId,
      name: s.name,
      description: s.description,
      prerequisites: [...s.prerequisites],
    }));
    const next = [...existing.filter((s) => !incoming.has(s.id)), ...rows];
    const result = buildSkillGraph(next.map(toSkill));
    if (!result.ok) {
      throw frameworkRefusal(result.problems, new Map(next.map((s) => [s.id, s.name])), {
        field: 'body/CFAssociations',
      });
    }
    await appendSkills(trx, orgId, rows);
    await replaceSkillCrosswalks(trx, orgId, [...incoming], parsed.crosswalks);
    const updated = existing.filter((s) => incoming.has(s.id)).length;
    const report: CaseImportReport = {
      framework: parsed.framework,
      title: parsed.title,
      skills: rows.length,
      created: rows.length - updated,
      updated,
      prerequisites: rows.reduce((n, s) => n + s.prerequisites.length, 0),
      crosswalks: parsed.crosswalks.length,
      skipped: [...parsed.skipped],
      copiedLanguage: parsed.copiedLanguage,
    };
    const { skipped, ...counts } = report;
    await recordAudit(trx, {
      orgId,
      actorUserId: request.actor.userId,
      actorTokenId: request.actor.tokenId,
      action: 'framework.imported',
      targetType: 'framework',
      targetId: parsed.framework,
      details: { format: 'case', ...counts, skipped: skipped.length },
    });
    return report;
  });
}
