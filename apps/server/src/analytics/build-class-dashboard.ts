import type { ClassDashboard } from '@pathwise/contracts';
import { suggestedAction } from '@pathwise/core/analytics';
import type { SkillStanding } from '@pathwise/core/pathways';
import {
  classLearnerIds,
  classLearnerPage,
  classRisk,
  type Database,
  findAggregatesFreshness,
  findEarlyWarningEnabled,
  listClasses,
  listInterventions,
  weeklyEngagement,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import { loadStandingsOf } from '../learner-model/learner-model-store.ts';
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

/** A heatmap cell: the learner's standing on the skill, as their own pages show it (the estimate only when measured). */
function cellOf(s: SkillStanding) {
  return {
    status: s.status,
    estimate: s.estimate,
    mastered: s.status === 'mastered' || s.status === 'mastered-review-due' || s.status === 'credited',
  };
}

/**
 * A page of the class's learners with a cell per skill: each learner's live standing (see `skillStanding`), the
 * same number as on the learner's own pages at this moment.
 */
export async function classHeatmapPage(
  db: Kysely<Database>,
  input: { orgId: string; classId: string; skillIds: string[]; now: Date; limit: number; offset: number },
) {
  const page = await classLearnerPage(db, input);
  const standings = await loadStandingsOf(db, { ...input, userIds: page.learners.map((l) => l.userId) });
  return {
    total: page.total,
    offset: input.offset,
    learners: page.learners.map((l) => {
      const mine = standings.get(l.userId);
      return {
        ...l,
        cells: Object.fromEntries(input.skillIds.map((id) => [id, cellOf(mine!.get(id)!)])),
      };
    }),
  };
}

/**
 * Per skill over every learner of the class, from their live standings: the mean estimate over those measured
 * (null when nobody was), how many were measured (practised), mastered (credited included), or are learning
 * below one chance in two (struggling).
 */
async function classSkillSummary(
  db: Kysely<Database>,
  input: { orgId: string; classId: string; skillIds: string[]; now: Date },
) {
  const userIds = await classLearnerIds(db, input.orgId, input.classId);
  const standings = await loadStandingsOf(db, { ...input, userIds });
  return input.skillIds.map((skillId) => {
    const all = userIds.map((u) => standings.get(u)!.get(skillId)!);
    const measured = all.flatMap((s) => (s.estimate === null ? [] : [s.estimate]));
    return {
      skillId,
      meanEstimate: measured.length === 0 ? null : measured.reduce((a, b) => a + b, 0) / measured.length,
      practised: measured.length,
      mastered: all.filter((s) => cellOf(s).mastered).length,
      struggling: all.filter((s) => s.status === 'learning' && (s.estimate ?? 1) < 0.5).length,
    };
  });
}

/**
 * Everything the teacher's class dashboard shows, read from the aggregates; mastery from the learners' live
 * standings. The risk block says what risk means
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
    classHeatmapPage(db, {
      orgId,
      classId,
      skillIds,
      now: input.now,
      limit: input.limit,
      offset: input.offset,
    }),
    classSkillSummary(db, { orgId, classId, skillIds, now: input.now }),
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
    .flatMap((r) => (r.meanEstimate === null ? [] : [{ ...r, meanEstimate: r.meanEstimate }]))
    .sort((a, b) => a.meanEstimate - b.meanEstimate);
  return {
    skills,
    heatmap,
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
          learners: risk.atRisk.map((r) => ({
            userId: r.userId,
            name: r.name,
            probability: r.probability,
            reasons: r.reasons.map((x) => ({ feature: x.feature, text: x.text })),
            suggestedAction: suggestedAction(r.reasons),
          })),
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
