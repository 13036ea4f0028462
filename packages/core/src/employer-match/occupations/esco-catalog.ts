import { csvRecords } from './csv-rows.ts';
import { catalogOf, type Occupation, type OccupationCatalog, type OccupationSkill } from './occupation.ts';

/** The ESCO 1.2 files a catalog is read from, as text. */
export interface EscoFiles {
  /** `occupations_en.csv`: conceptUri, preferredLabel, altLabels (one a line), description. */
  occupations: string;
  /** `occupation_skills.derived.jsonl`: per occupation its essential and optional skills, by label. */
  occupationSkills: string;
  /** `skill_labels.derived.csv`: each label with its skill URI when known. */
  skillLabels: string;
  /** The skill collections (`digitalSkillsCollection_en.csv`, …): descriptions of the skills they hold. */
  collections: readonly string[];
}

const URI_PREFIX = 'http://data.europa.eu/esco/occupation/';

/**
 * ESCO writes preferred labels in lower case ("manage budgets"); people read "Manage budgets". A label that
 * starts with a capital or a mixed-case word ("iOS", "ICT market") stays as written.
 */
export function readableLabel(label: string): string {
  const [first = '', second = ''] = label;
  return first === first.toLowerCase() && second === second.toLowerCase()
    ? first.toUpperCase() + label.slice(1)
    : label;
}

interface SkillLinks {
  essential: string[];
  optional: string[];
}

function linksByOccupation(jsonl: string): Map<string, SkillLinks> {
  const links = new Map<string, SkillLinks>();
  const labels = (v: unknown) => (Array.isArray(v) ? v.filter((s) => typeof s === 'string') : []);
  for (const line of jsonl.split('\n')) {
    if (line.trim() === '') continue;
    const entry = JSON.parse(line) as Record<string, unknown>;
    if (typeof entry.occupationUri !== 'string') continue;
    links.set(entry.occupationUri, {
      essential: labels(entry.essentialSkills),
      optional: labels(entry.optionalSkills),
    });
  }
  return links;
}

/**
 * Reads ESCO's occupations (with their alternative labels) and, for each, its essential and optional skills by
 * their readable label, with the skill's URI and description when the shipped collections know it.
 *
 * @example
 * readEscoCatalog(files).skillsOf('c3aae59e-1441-4b3e-bdd1-6da50dc7cf42')[0]?.group; // 'essential'
 */
export function readEscoCatalog(files: EscoFiles): OccupationCatalog {
  const occupations: Occupation[] = csvRecords(files.occupations)
    .filter((r) => r.conceptUri?.startsWith(URI_PREFIX))
    .map((r) => ({
      source: 'esco',
      code: r.conceptUri!.slice(URI_PREFIX.length),
      uri: r.conceptUri!,
      title: r.preferredLabel!.trim(),
      altTitles: r
        .altLabels!.split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
      description: r.description!,
    }));
  const uriOf = new Map(csvRecords(files.skillLabels).map((r) => [r.skillLabel!, r.skillUri || null]));
  const descriptionOf = new Map<string, string>();
  for (const text of files.collections)
    for (const r of csvRecords(text))
      if (r.conceptUri && r.description) descriptionOf.set(r.conceptUri, r.description);
  const links = linksByOccupation(files.occupationSkills);
  const skill = (label: string, group: 'essential' | 'optional'): OccupationSkill => {
    const uri = uriOf.get(label) ?? null;
    return {
      code: label,
      name: readableLabel(label),
      description: uri ? (descriptionOf.get(uri) ?? null) : null,
      group,
      importance: null,
      uri,
    };
  };
  return catalogOf('esco', occupations, (code) => {
    const found = links.get(URI_PREFIX + code);
    return found
      ? [
          ...found.essential.map((l) => skill(l, 'essential')),
          ...found.optional.map((l) => skill(l, 'optional')),
        ]
      : [];
  });
}
