import type { FoundOccupation, OccupationPreview, OccupationSearchResult } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import {
  crosswalkTargets,
  mergeSearches,
  OCCUPATION_SOURCES,
  type OccupationSource,
  searchOccupations,
  suggestedChoice,
} from '@pathwise/core/employer-match';
import { listSkillCrosswalks, listSkills } from '@pathwise/db';
import type { AppContext } from '../runtime/types.ts';
import { type LoadedCatalog, occupationCatalog } from './occupation-catalogs.ts';

/** The most occupations a search answers. */
export const SEARCH_LIMIT = 20;
const SOURCE_NAMES: Record<OccupationSource, string> = { onet: 'O*NET', esco: 'ESCO' };
const SUMMARY_LENGTH = 280;

/** A description cut at a word to about {@link SUMMARY_LENGTH} characters, for a list of results. */
function summary(text: string): string {
  if (text.length <= SUMMARY_LENGTH) return text;
  const cut = text.slice(0, SUMMARY_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** Why a source has no occupations here, in words an administrator can act on. */
function missingNote(missing: readonly OccupationSource[]): string | null {
  if (missing.length === 0) return null;
  const names = missing.map((s) => SOURCE_NAMES[s]).join(' and ');
  return `This server has no ${names} data: the shared data folder is absent (set PATHWISE_SHARED_DATA to it). Job profiles written by hand still work.`;
}

/**
 * Searches O*NET and ESCO occupations (one, or both merged by rank) by words over their titles and alternative
 * titles; says which sources this server lacks instead of failing, so the demo works without the shared data.
 */
export async function searchOccupationData(
  ctx: AppContext,
  query: { q: string; source?: OccupationSource | undefined },
): Promise<OccupationSearchResult> {
  const sources = query.source ? [query.source] : [...OCCUPATION_SOURCES];
  const loaded = await Promise.all(sources.map((s) => occupationCatalog(ctx.config.sharedDataDir, s)));
  const present = loaded.filter((l): l is LoadedCatalog => l !== null);
  const found = mergeSearches(
    present.map((l) => searchOccupations(l.index, query.q, SEARCH_LIMIT)),
    SEARCH_LIMIT,
  );
  const catalogs = new Map(present.map((l) => [l.catalog.source, l.catalog]));
  const missing = sources.filter((_, i) => loaded[i] === null);
  return {
    query: query.q,
    results: found.hits.map(
      ({ occupation: o, matchedTitle }): FoundOccupation => ({
        source: o.source,
        code: o.code,
        uri: o.uri,
        title: o.title,
        matchedTitle,
        description: summary(o.description),
        skillCount: catalogs.get(o.source)!.skillsOf(o.code).length,
      }),
    ),
    total: found.total,
    broader: found.broader,
    missing,
    note: missingNote(missing),
  };
}

/** The loaded catalog of a source, or a 404 saying the server lacks its data. */
export async function requireCatalog(ctx: AppContext, source: OccupationSource): Promise<LoadedCatalog> {
  const loaded = await occupationCatalog(ctx.config.sharedDataDir, source);
  if (!loaded) throw new AppError('not_found', missingNote([source])!);
  return loaded;
}

/**
 * An occupation and its skills, each readable with its description, O*NET importance or ESCO essential/optional,
 * the choice suggested for a new profile, and the organization's framework skills crosswalked to it.
 */
export async function previewOccupation(
  ctx: AppContext,
  input: { orgId: string; source: OccupationSource; code: string },
): Promise<OccupationPreview> {
  const { catalog } = await requireCatalog(ctx, input.source);
  const occupation = catalog.find(input.code);
  if (!occupation)
    throw new AppError('not_found', `No ${SOURCE_NAMES[input.source]} occupation ${input.code}`);
  const [crosswalks, framework] = await Promise.all([
    listSkillCrosswalks(ctx.db.kysely, input.orgId),
    listSkills(ctx.db.kysely, input.orgId),
  ]);
  const ours = crosswalks.filter((c) => c.targetFramework === input.source);
  const nameOf = new Map(framework.map((s) => [s.id, s.name]));
  return {
    source: occupation.source,
    code: occupation.code,
    uri: occupation.uri,
    title: occupation.title,
    description: occupation.description,
    skills: catalog.skillsOf(occupation.code).map((skill) => {
      const mapped = new Map(crosswalkTargets(skill, ours).map((c) => [c.skillId, c]));
      return {
        ...skill,
        suggested: suggestedChoice(skill),
        crosswalk: [...mapped.values()].map((c) => ({
          skillId: c.skillId,
          name: nameOf.get(c.skillId) ?? { en: c.skillId, es: c.skillId },
          relation: c.relation,
        })),
      };
    }),
  };
}
