import type { ActivitySource } from '../activity/record-activity.ts';
import type { AppContext } from '../runtime/types.ts';

/** The learner a use case acts for: a person in an organization. */
export interface LearningActor {
  readonly orgId: string;
  readonly userId: string;
}

/** Where the activity record says Pathwise's statements come from. */
export function activitySource(ctx: AppContext): ActivitySource {
  return { publicUrl: ctx.config.publicUrl, now: ctx.now };
}
