import type { ClassSettings } from '@pathwise/contracts';
import { findTeachersEnrolAnyLearner, recordAudit, setTeachersEnrolAnyLearner } from '@pathwise/db';
import type { OrgActor } from '../identity/actor.ts';
import type { AppContext } from '../runtime/types.ts';

/** The organization's class setting: whether teachers may enrol any member learner (off unless an admin says). */
export async function readClassSettings(ctx: AppContext, actor: OrgActor): Promise<ClassSettings> {
  return { teachersEnrolAnyLearner: await findTeachersEnrolAnyLearner(ctx.db.kysely, actor.orgId) };
}

/** Changes the class setting (audited). */
export async function changeClassSettings(
  ctx: AppContext,
  actor: OrgActor,
  input: ClassSettings,
): Promise<ClassSettings> {
  const enabled = input.teachersEnrolAnyLearner;
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await setTeachersEnrolAnyLearner(trx, actor.orgId, enabled);
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      actorTokenId: actor.tokenId,
      action: 'organization.class_settings_changed',
      targetType: 'organization',
      targetId: actor.orgId,
      details: { teachersEnrolAnyLearner: enabled },
    });
  });
  return { teachersEnrolAnyLearner: enabled };
}
