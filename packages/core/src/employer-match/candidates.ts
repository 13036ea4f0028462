/** The longest message an employer may send with a contact request, in characters. */
export const CONTACT_MESSAGE_MAX = 500;

/** How many contact requests one employer may send in a day, in one organization. */
export const CONTACT_REQUESTS_PER_DAY = 20;

/** The most candidates one search answers. */
export const CANDIDATES_SHOWN = 50;

/** Where a contact request stands: waiting for the learner, or answered by them. */
export type ContactRequestStatus = 'pending' | 'accepted' | 'declined';

/**
 * The credentials of a discoverable learner that count in a search: those the learner chose, and only while they
 * are active (a revoked or expired credential never counts, even if chosen).
 *
 * @example
 * discoverableCredentials(['a', 'b'], [{ id: 'a', state: 'active' }, { id: 'b', state: 'revoked' }]); // [a]
 */
export function discoverableCredentials<T extends { id: string; state: string }>(
  chosenIds: readonly string[],
  credentials: readonly T[],
): T[] {
  const chosen = new Set(chosenIds);
  return credentials.filter((c) => chosen.has(c.id) && c.state === 'active');
}

/**
 * Candidates best first, at most `limit`: the higher score first; equal scores in the order of their pseudonyms.
 * NOTE: pseudonyms are opaque, so the order of equals says nothing about who joined or chose first. A candidate
 * whose chosen credentials back none of the job's skills (score 0) is left out: nothing they showed matches.
 *
 * @example
 * rankCandidates([{ pseudonym: 'b', score: 0.5 }, { pseudonym: 'a', score: 0.5 }, { pseudonym: 'c', score: 0 }]);
 * // [{ pseudonym: 'a', … }, { pseudonym: 'b', … }]
 */
export function rankCandidates<T extends { pseudonym: string; score: number }>(
  candidates: readonly T[],
  limit = CANDIDATES_SHOWN,
): T[] {
  return candidates
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || (a.pseudonym < b.pseudonym ? -1 : a.pseudonym > b.pseudonym ? 1 : 0))
    .slice(0, limit);
}

/** Whether a contact request can still be answered (accepted or declined): only once, while pending. */
export function canAnswerContactRequest(status: ContactRequestStatus): boolean {
  return status === 'pending';
}
