import type { Locale } from '@pathwise/core/identity';
import type { Database } from '@pathwise/db';
import type { Kysely } from 'kysely';
import { buildClassDashboard, classHeatmapPage } from './build-class-dashboard.ts';
import { toCsv } from './to-csv.ts';

/** The tables of the class dashboard that download as CSV. */
export type ClassCsvTable = 'heatmap' | 'engagement' | 'skills' | 'risk' | 'interventions';

/** One table of the class dashboard as a CSV document, names in `lang`. */
export async function classDashboardCsv(
  db: Kysely<Database>,
  input: { orgId: string; classId: string; now: Date; table: ClassCsvTable; lang: Locale },
): Promise<string> {
  const { orgId, classId, table, lang } = input;
  const d = await buildClassDashboard(db, { orgId, classId, now: input.now, offset: 0, limit: 1, weeks: 52 });
  switch (table) {
    case 'heatmap': {
      const all = await classHeatmapPage(db, {
        orgId,
        classId,
        skillIds: d.skills.map((s) => s.id),
        now: input.now,
        limit: 100_000,
        offset: 0,
      });
      // A cell is the estimate when measured, else the status (not-started, credited).
      return toCsv(
        ['learner', ...d.skills.map((s) => s.name[lang])],
        all.learners.map((l) => [
          l.name,
          ...d.skills.map((s) => {
            const cell = l.cells[s.id];
            return cell?.estimate == null ? (cell?.status ?? '') : cell.estimate.toFixed(2);
          }),
        ]),
      );
    }
    case 'engagement':
      return toCsv(
        ['week', 'active_learners', 'answers', 'right_answers', 'minutes'],
        d.engagement.map((w) => [w.week, w.activeLearners, w.attempts, w.correct, w.minutes]),
      );
    case 'skills':
      return toCsv(
        ['skill', 'mean_estimate', 'practised', 'mastered', 'struggling'],
        d.struggling.map((s) => [
          s.name[lang],
          s.meanEstimate.toFixed(3),
          s.practised,
          s.mastered,
          s.struggling,
        ]),
      );
    case 'risk':
      return toCsv(
        ['learner', 'probability', 'reasons', 'suggested_action'],
        d.risk.learners.map((r) => [
          r.name,
          r.probability.toFixed(3),
          r.reasons.map((x) => x.text[lang]).join('; '),
          r.suggestedAction[lang],
        ]),
      );
    case 'interventions':
      return toCsv(
        ['date', 'learner', 'teacher', 'action', 'note'],
        d.interventions.map((i) => [i.createdAt, i.learnerName, i.teacherName, i.action, i.note]),
      );
  }
}
