import { discoverableCredentials, type MatchableCredential } from '@pathwise/core/employer-match';
import { type Database, findIssuedCredentials, listDiscoverableLearners } from '@pathwise/db';
import type { Kysely } from 'kysely';
import { achievementNames, presentCredential } from '../credentials/present-credential.ts';
import { candidatePseudonym } from './candidate-pseudonym.ts';

/** A discoverable learner as a search reads them: only the credentials they chose that are active now. */
export interface DiscoverableLearner {
  userId: string;
  handle: string;
  credentials: MatchableCredential<unknown>[];
}

/** The framework skill names a credential's signed document aligns it to (what the match compares by name). */
function alignedSkillNames(document: unknown): string[] {
  const achievement = (document as { credentialSubject?: { achievement?: { alignment?: unknown[] } } })
    .credentialSubject?.achievement;
  return (achievement?.alignment ?? []).map((a) => {
    const name = (a as { targetName?: unknown }).targetName;
    return typeof name === 'string' ? name : '';
  });
}

/**
 * The organization's discoverable learners: discovery on, still a learner there, and at least one chosen
 * credential that is active now (a learner whose chosen credentials were all revoked or expired is not found).
 */
export async function loadDiscoverableLearners(
  db: Kysely<Database>,
  orgId: string,
  now: Date,
): Promise<DiscoverableLearner[]> {
  const learners = await listDiscoverableLearners(db, orgId);
  const rows = await findIssuedCredentials(db, orgId, [...new Set(learners.flatMap((l) => l.credentialIds))]);
  const names = await achievementNames(db, orgId);
  const found: DiscoverableLearner[] = [];
  for (const learner of learners) {
    // NOTE: a chosen id counts only while it is one of the learner's own credentials.
    const own = rows
      .filter((r) => r.user_id === learner.userId)
      .map((r) => ({ ...presentCredential(r, names, now), skillNames: alignedSkillNames(r.document) }));
    const credentials = discoverableCredentials(learner.credentialIds, own);
    if (credentials.length > 0) found.push({ userId: learner.userId, handle: learner.handle, credentials });
  }
  return found;
}

/**
 * The discoverable learner an employer knows by `pseudonym`, or null: the same null for a pseudonym that never
 * existed, one of another employer, and one of a learner who is no longer discoverable.
 */
export async function findCandidate(
  db: Kysely<Database>,
  input: { orgId: string; employerId: string; pseudonym: string; now: Date },
): Promise<DiscoverableLearner | null> {
  const learners = await loadDiscoverableLearners(db, input.orgId, input.now);
  return (
    learners.find((l) => candidatePseudonym(l.handle, input.orgId, input.employerId) === input.pseudonym) ??
    null
  );
}
