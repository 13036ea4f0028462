import type { ProgramFigures } from '@pathwise/contracts';
import type { Locale } from '@pathwise/core/identity';
import { type Database, listPathways, programFigures } from '@pathwise/db';
import type { Kysely } from 'kysely';
import { utcDay } from './analytics-dates.ts';
import { toCsv } from './to-csv.ts';

/** The program dashboard: totals, classes, pathways (named) and risk over time. */
export async function getProgramFigures(
  db: Kysely<Database>,
  orgId: string,
  now: Date,
): Promise<ProgramFigures> {
  const f = await programFigures(db, { orgId, today: utcDay(now) });
  const names = new Map((await listPathways(db, orgId)).map((p) => [p.id, p.name]));
  return {
    ...f,
    pathways: f.pathways.map((p) => ({
      ...p,
      name: names.get(p.pathwayId) ?? { en: p.pathwayId, es: p.pathwayId },
    })),
  };
}

/** One table of the program dashboard as a CSV document. */
export async function programCsv(
  db: Kysely<Database>,
  input: { orgId: string; now: Date; table: 'totals' | 'classes' | 'pathways' | 'risk'; lang: Locale },
): Promise<string> {
  const f = await getProgramFigures(db, input.orgId, input.now);
  switch (input.table) {
    case 'totals':
      return toCsv(Object.keys(f.totals), [Object.values(f.totals)]);
    case 'classes':
      return toCsv(
        ['class', 'learners', 'active_7d', 'at_risk', 'scored'],
        f.classes.map((c) => [c.name, c.learners, c.active7d, c.atRisk, c.scored]),
      );
    case 'pathways':
      return toCsv(
        ['pathway', 'enrolled', 'active_7d', 'completed'],
        f.pathways.map((p) => [p.name[input.lang], p.enrolled, p.active7d, p.completed]),
      );
    case 'risk':
      return toCsv(
        ['week', 'scored', 'at_risk'],
        f.riskOverTime.map((r) => [r.week, r.scored, r.atRisk]),
      );
  }
}
