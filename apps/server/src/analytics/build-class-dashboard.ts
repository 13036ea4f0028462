import type { ClassDashboard } from '@pathwise/contracts';
import type { Localized } from '@pathwise/core';
import { type RiskReason, suggestedAction } from '@pathwise/core/analytics';
import {
  classHeatmap,
  classRisk,
  classSkillSummary,
  type Database,
  findAggregatesFreshness,
  findEarlyWarningEnabled,
  listClasses,
  listInterventions,
  weeklyEngagement,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import { loadCatalog, skillName } from '../learning/learning-catalog.ts';
import { addDays, utcDay } from './analytics-dates.ts';
import { orgRiskModel } from './org-risk-model.ts';
import { HORIZON_DAYS } from './train-org-risk-model.ts';

/** The skills of a class: those of its assigned pathways, in pathway order, without repeats. */
export async function classSkills(db: Kysely<Database>, orgId: string, classId: string) {
  const catalog = await loadCatalog(db, orgId);
  const summary = (await listClasses(db, orgId)).find((c) => c.id === classId);
  const ids = [...new Set((summary?.pathwayIds ?? []).flatMap((p) => catalog.pathwaySkills.get(p) ?? []))];
  return ids.map((id) => ({ id: String(id), name: skillName(catalog, id) }));
}

/**
 * Everything the teacher's class dashboard shows, read from the aggregates. The risk block says what risk means
 * (the horizon), the threshold, the share of scored learners flagged, and the flagged ranked by risk.
 */
export async function buildClassDashboard(
  db: Kysely<Database>,
  input: { orgId: string; classId: string; now: Date; offset: number; limit: number; weeks: number },
): Promise<ClassDashboard> {
  const { orgId, classId } = input;
  const skills = await classSkills(db, orgId, classId);
  const skillIds = skills.map((s) => s.id);
  const [heatmap, skillRows, engagement, riskEnabled, freshAsOf, interventions] = await Promise.all([
    classHeatmap(db, { orgId, classId, skillIds, limit: input.limit, offset: input.offset }),
    classSkillSummary(db, { orgId, classId, skillIds }),
    weeklyEngagement(db, { orgId, classId, from: addDays(utcDay(input.now), -7 * input.weeks) }),
    findEarlyWarningEnabled(db, orgId),
    findAggregatesFreshness(db, orgId),
    listInterventions(db, { orgId, classId, limit: 50 }),
  ]);
  const risk = riskEnabled ? await classRisk(db, { orgId, classId, limit: 25 }) : null;
  const { model } = await orgRiskModel(db, orgId);
  const names = new Map(skills.map((s) => [s.id, s.name]));
  const struggling = skillRows
    .map((r) => ({ ...r, name: names.get(r.skillId) ?? { en: r.skillId, es: r.skillId } }))
    .filter((r) => r.practised > 0)
    .sort((a, b) => a.meanEstimate - b.meanEstimate);
  return {
    skills,
    heatmap: { total: heatmap.total, offset: input.offset, learners: heatmap.learners },
    engagement,
    struggling,
    risk: risk
      ? {
          enabled: true,
          horizonDays: HORIZON_DAYS,
          threshold: model.threshold,
          consenting: risk.consenting,
          scored: risk.scored,
          atRiskCount: risk.atRiskCount,
          flaggedShare: risk.consenting === 0 ? 0 : risk.atRiskCount / risk.consenting,
          learners: risk.atRisk.map((r) => {
            const reasons = r.reasons as RiskReason[];
            return {
              userId: r.userId,
              name: r.name,
              probability: r.probability,
              reasons: reasons.map((x) => ({ feature: x.feature, text: x.text as Localized })),
              suggestedAction: suggestedAction(reasons),
            };
          }),
        }
      : {
          enabled: false,
          horizonDays: HORIZON_DAYS,
          threshold: model.threshold,
          consenting: 0,
          scored: 0,
          atRiskCount: 0,
          flaggedShare: 0,
          learners: [],
        },
    interventions: interventions.map((i) => ({ ...i, createdAt: i.createdAt.toISOString() })),
    freshAsOf: freshAsOf?.toISOString() ?? null,
  };
}
