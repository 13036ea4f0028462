import type { CandidateSearchBody, CandidateSearchResult, CandidateSkillMatch } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import { matchProfile, type RequiredSkill, rankCandidates } from '@pathwise/core/employer-match';
import { findJobProfile, latestContactStatuses, listSkillCrosswalks, listSkills } from '@pathwise/db';
import type { AppContext } from '../runtime/types.ts';
import { candidatePseudonym } from './candidate-pseudonym.ts';
import { loadDiscoverableLearners } from './discoverable-learners.ts';

/** An employer of an organization, as the discovery use cases take them (a signed-in person). */
export interface EmployerActor {
  orgId: string;
  userId: string;
}

/** What a search looks for: a saved job profile, or framework skills each required. */
async function searchTarget(
  ctx: AppContext,
  orgId: string,
  body: CandidateSearchBody,
): Promise<{ name: string; skills: RequiredSkill[] }> {
  if ((body.profileId === undefined) === (body.skillIds === undefined))
    throw new AppError('validation_failed', 'Search by a job profile or by skills, not both or neither', [
      { field: 'body', message: 'needs exactly one of profileId and skillIds' },
    ]);
  if (body.profileId !== undefined) {
    const profile = await findJobProfile(ctx.db.kysely, orgId, body.profileId);
    if (!profile)
      throw new AppError('not_found', 'No such job profile', [
        { field: 'body/profileId', message: 'is not a job profile of this organization' },
      ]);
    return { name: profile.name, skills: profile.skills };
  }
  const skills = new Map((await listSkills(ctx.db.kysely, orgId)).map((s) => [s.id, s]));
  const ids = [...new Set(body.skillIds)];
  const unknown = ids.flatMap((id, i) =>
    skills.has(id) ? [] : [{ field: `body/skillIds/${i}`, message: `no skill ${id} in the framework` }],
  );
  if (unknown.length > 0) throw new AppError('validation_failed', 'A skill is not in the framework', unknown);
  const chosen = ids.map((id) => skills.get(id)!);
  return {
    name: chosen.map((s) => s.name.en).join(', '),
    skills: chosen.map((s) => ({ name: s.name.en, code: s.id, skillIds: [s.id], required: true })),
  };
}

/**
 * Searches the organization's discoverable learners for a job profile (or framework skills) and ranks them by the
 * match page's rule (`matchProfile`, through the framework's crosswalks), counting only the credentials each chose
 * to show that are active now. A candidate is a pseudonym of this employer's; the answer carries no name,
 * address, account or credential id and no evidence text, only achievement names behind each skill.
 */
export async function findCandidates(
  ctx: AppContext,
  employer: EmployerActor,
  body: CandidateSearchBody,
): Promise<CandidateSearchResult> {
  const db = ctx.db.kysely;
  const { orgId, userId } = employer;
  const target = await searchTarget(ctx, orgId, body);
  const learners = (await loadDiscoverableLearners(db, orgId, ctx.now())).map((learner) => ({
    ...learner,
    pseudonym: candidatePseudonym(learner.handle, orgId, userId),
  }));
  const crosswalks = await listSkillCrosswalks(db, orgId);
  const contacts = await latestContactStatuses(db, {
    orgId,
    employerId: userId,
    candidates: learners.map((l) => l.pseudonym),
  });
  const scored = learners.map((learner) => {
    const match = matchProfile(target, learner.credentials, crosswalks);
    return {
      pseudonym: learner.pseudonym,
      score: match.score,
      explanation: match.explanation,
      skills: match.skills.map(
        ({ credentials, ...skill }): CandidateSkillMatch => ({
          ...skill,
          achievements: [...new Set(credentials.map((c) => c.achievementName))],
        }),
      ),
      contact: contacts.get(learner.pseudonym) ?? null,
    };
  });
  return {
    profile: { name: target.name, skillCount: target.skills.length },
    candidates: rankCandidates(scored),
  };
}
