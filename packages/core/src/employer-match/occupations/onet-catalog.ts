import { csvRecords, parseCsv } from './csv-rows.ts';
import { catalogOf, type Occupation, type OccupationCatalog, type OccupationSkill } from './occupation.ts';

/** The O*NET 29 files a catalog is read from, as text (`occupation_data.csv`, `skills.csv`, …). */
export interface OnetFiles {
  occupationData: string;
  skills: string;
  knowledge: string;
  contentModelReference: string;
}

interface Rating {
  elementId: string;
  name: string;
  importance: number;
}

/** Columns of a ratings file, found by name. */
function column(header: readonly string[], name: string): number {
  const at = header.indexOf(name);
  if (at < 0) throw new Error(`O*NET ratings: no column "${name}"`);
  return at;
}

/**
 * The importance ratings (scale IM) of a ratings file, by occupation. NOTE: a rating O*NET marks `Recommend
 * Suppress = Y` is an unreliable estimate, so it is left out, as O*NET advises.
 */
function importanceByOccupation(text: string, into: Map<string, Rating[]>): void {
  const [header = [], ...rows] = parseCsv(text);
  const [code, id, name, scale, value, suppress] = [
    'O*NET-SOC Code',
    'Element ID',
    'Element Name',
    'Scale ID',
    'Data Value',
    'Recommend Suppress',
  ].map((n) => column(header, n)) as [number, number, number, number, number, number];
  for (const row of rows) {
    if (row[scale] !== 'IM' || row[suppress] === 'Y') continue;
    const importance = Number(row[value]);
    if (!Number.isFinite(importance)) continue;
    const list = into.get(row[code]!) ?? [];
    list.push({ elementId: row[id]!, name: row[name]!, importance });
    into.set(row[code]!, list);
  }
}

/**
 * Reads O*NET 29's occupations and, for each, its skills and knowledge areas with their importance and the
 * content model's description, most important first.
 *
 * @example
 * readOnetCatalog(files).skillsOf('43-3031.00')[0]; // { code: '2.A.1.e', name: 'Mathematics', importance: 3.38, … }
 */
export function readOnetCatalog(files: OnetFiles): OccupationCatalog {
  const occupations: Occupation[] = csvRecords(files.occupationData).map((r) => ({
    source: 'onet',
    code: r['O*NET-SOC Code']!,
    uri: null,
    title: r.Title!,
    altTitles: [],
    description: r.Description!,
  }));
  const descriptions = new Map(
    csvRecords(files.contentModelReference).map((r) => [r['Element ID']!, r.Description!]),
  );
  const ratings = new Map<string, Rating[]>();
  importanceByOccupation(files.skills, ratings);
  importanceByOccupation(files.knowledge, ratings);
  return catalogOf('onet', occupations, (code) =>
    (ratings.get(code) ?? [])
      .map(
        (r): OccupationSkill => ({
          code: r.elementId,
          name: r.name,
          description: descriptions.get(r.elementId) ?? null,
          // Skills are content model elements 2.A and 2.B, knowledge areas 2.C.
          group: r.elementId.startsWith('2.C') ? 'knowledge' : 'skill',
          importance: r.importance,
          uri: null,
        }),
      )
      .sort((a, b) => b.importance! - a.importance! || a.name.localeCompare(b.name)),
  );
}
