import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  indexOccupations,
  type OccupationCatalog,
  type OccupationIndex,
  type OccupationSource,
  readEscoCatalog,
  readOnetCatalog,
} from '@pathwise/core/employer-match';

/** One source's occupations, read and indexed. */
export interface LoadedCatalog {
  catalog: OccupationCatalog;
  index: OccupationIndex;
}

const ESCO_COLLECTIONS = [
  'digitalSkillsCollection_en.csv',
  'transversalSkillsCollection_en.csv',
  'greenSkillsCollection_en.csv',
  'digCompSkillsCollection_en.csv',
  'languageSkillsCollection_en.csv',
];

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** A file's text, or '' when it is absent (for files that only add descriptions). */
async function readOptional(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (isMissing(error)) return '';
    throw error;
  }
}

async function readCatalog(sharedDataDir: string, source: OccupationSource): Promise<OccupationCatalog> {
  const text = (folder: string, name: string) => readFile(join(sharedDataDir, folder, name), 'utf8');
  if (source === 'onet') {
    const [occupationData, skills, knowledge, contentModelReference] = await Promise.all(
      ['occupation_data.csv', 'skills.csv', 'knowledge.csv', 'content_model_reference.csv'].map((f) =>
        text('onet', f),
      ),
    );
    return readOnetCatalog({
      occupationData: occupationData!,
      skills: skills!,
      knowledge: knowledge!,
      contentModelReference: contentModelReference!,
    });
  }
  const [occupations, occupationSkills, skillLabels] = await Promise.all(
    ['occupations_en.csv', 'occupation_skills.derived.jsonl', 'skill_labels.derived.csv'].map((f) =>
      text('esco', f),
    ),
  );
  const collections = await Promise.all(
    ESCO_COLLECTIONS.map((f) => readOptional(join(sharedDataDir, 'esco', f))),
  );
  return readEscoCatalog({
    occupations: occupations!,
    occupationSkills: occupationSkills!,
    skillLabels: skillLabels!,
    collections,
  });
}

// NOTE: one load per data folder and source for the life of the process (the files are read-only releases, some
// MB each); the promise is kept, so concurrent first searches share one read.
const loads = new Map<string, Promise<LoadedCatalog | null>>();

/**
 * The occupations of O*NET or ESCO under the shared data folder, read and indexed on first use and kept for the
 * life of the process; null when the source's files are absent (the demo runs without `../shared`). A read that
 * fails otherwise is not kept, so the next call tries again.
 *
 * @example
 * const onet = await occupationCatalog(ctx.config.sharedDataDir, 'onet');
 * onet?.catalog.find('43-3031.00')?.title; // 'Bookkeeping, Accounting, and Auditing Clerks'
 */
export function occupationCatalog(
  sharedDataDir: string,
  source: OccupationSource,
): Promise<LoadedCatalog | null> {
  const key = `${source}:${sharedDataDir}`;
  let load = loads.get(key);
  if (!load) {
    load = readCatalog(sharedDataDir, source).then(
      (catalog) => ({ catalog, index: indexOccupations(catalog.occupations) }),
      (error: unknown) => {
        if (isMissing(error)) return null;
        loads.delete(key);
        throw error;
      },
    );
    loads.set(key, load);
  }
  return load;
}
