import type { ActivityVerbs } from '@pathwise/db';
import { PATHWISE_VERBS } from '@pathwise/xapi';

/** The verbs the daily activity aggregate counts: Pathwise's own, which external content may reuse. */
export const ACTIVITY_VERBS: ActivityVerbs = {
  attempt: PATHWISE_VERBS.answered.id,
  hint: PATHWISE_VERBS.requestedHint.id,
  tutor: [PATHWISE_VERBS.askedTutor.id, PATHWISE_VERBS.receivedTutorReply.id],
  credential: PATHWISE_VERBS.earned.id,
};
