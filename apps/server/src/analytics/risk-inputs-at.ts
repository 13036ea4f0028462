import type { RiskInputs } from '@pathwise/core/analytics';
import { type Database, listRiskInputs, type RiskInputRow } from '@pathwise/db';
import type { Kysely } from 'kysely';
import { daysBetween } from './analytics-dates.ts';

/** Learners' early-warning inputs at the end of `asOf`, with the organization's median pace at that day. */
export async function riskInputsAt(
  db: Kysely<Database>,
  orgId: string,
  asOf: string,
  userIds: readonly string[],
): Promise<{ userId: string; started: boolean; inputs: RiskInputs }[]> {
  const rows = await listRiskInputs(db, { orgId, asOf, userIds });
  const weeks = (r: RiskInputRow) =>
    r.firstDay ? Math.max(1, Math.ceil((daysBetween(r.firstDay, asOf) + 1) / 7)) : 1;
  const rates = rows
    .filter((r) => r.firstDay)
    .map((r) => r.masteredSkills / weeks(r))
    .sort((a, b) => a - b);
  const median = rates.length === 0 ? 0 : rates[Math.floor(rates.length / 2)]!;
  return rows.map((r) => ({
    userId: r.userId,
    started: r.firstDay !== null,
    inputs: {
      daysInactive: r.lastDay ? daysBetween(r.lastDay, asOf) : null,
      activeDays14: r.activeDays14,
      attempts7: r.attempts7,
      attemptsPrev7: r.attemptsPrev7,
      attempts14: r.attempts14,
      correct14: r.correct14,
      seconds14: r.seconds14,
      fallingSkills: r.fallingSkills,
      masteredSkills: r.masteredSkills,
      weeksActive: weeks(r),
      medianMasteryRate: median,
    },
  }));
}
