import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '@pathwise/core';
import type { RequiredSkill } from '@pathwise/core/employer-match';

function csvRow(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

/**
 * Reads an O*NET occupation (29.2 CSV, under config.sharedDataDir) at run time: its title and the skills rated important (importance scale
 * IM at least `minImportance`, of 5), most important first.
 */
export function readOnetOccupation(
  sharedDataDir: string,
  code: string,
  minImportance = 3,
): { name: string; skills: RequiredSkill[] } {
  const dir = join(sharedDataDir, 'onet');
  const title = readFileSync(join(dir, 'occupation_data.csv'), 'utf8')
    .split('\n')
    .find((line) => line.startsWith(`${code},`));
  if (!title) throw new AppError('not_found', `No O*NET occupation ${code}`);
  const skills = readFileSync(join(dir, 'skills.csv'), 'utf8')
    .split('\n')
    .map(csvRow)
    .filter((r) => r[0] === code && r[3] === 'IM' && Number(r[4]) >= minImportance)
    .map((r) => ({ name: r[2]!, code: r[1]!, skillIds: [], importance: Number(r[4]) }))
    .sort((a, b) => b.importance - a.importance);
  return { name: csvRow(title)[1]!, skills };
}

/** Reads an ESCO occupation (under config.sharedDataDir) at run time: its preferred label and essential skills. */
export function readEscoOccupation(
  sharedDataDir: string,
  uri: string,
): { name: string; skills: RequiredSkill[] } {
  const dir = join(sharedDataDir, 'esco');
  const line = readFileSync(join(dir, 'occupation_skills.derived.jsonl'), 'utf8')
    .split('\n')
    .find((l) => l.includes(`"${uri}"`));
  if (!line) throw new AppError('not_found', `No ESCO occupation ${uri}`);
  const entry = JSON.parse(line) as { essentialSkills: string[] };
  const csv = readFileSync(join(dir, 'occupations_en.csv'), 'utf8');
  const header = csvRow(csv.slice(0, csv.indexOf('\n')));
  const at = csv.indexOf(uri);
  const row = at < 0 ? [] : csvRow(csv.slice(csv.lastIndexOf('\n', at) + 1, csv.indexOf('\n', at)));
  const name = row[header.indexOf('preferredLabel')] ?? uri;
  return { name, skills: entry.essentialSkills.map((s) => ({ name: s, code: s, skillIds: [] })) };
}
