import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';
import { eraseDiscoveryData } from '../discovery/discovery-account-data.ts';
import { eraseMessageData } from '../messages/message-account-data.ts';
import { eraseProjectData } from '../projects/project-account-data.ts';
import { erasePublicProfileData } from '../public-profiles/public-profile-account-data.ts';
import { type AccountOwner, invitationsOf } from './account-data.ts';

/** How many rows each table lost (or had changed), for the audit entry and the tests. */
export type ErasedCounts = Record<string, number>;

const n = (result: { numDeletedRows?: bigint; numUpdatedRows?: bigint }) =>
  Number(result.numDeletedRows ?? result.numUpdatedRows ?? 0n);

/**
 * Erases one person's data, inside the caller's transaction: the profile is tombstoned (name and address erased,
 * no usable password, `deleted_at` set, so the address may sign up again), and their sessions, pending and
 * accepted invitations, memberships, class places, learning data, analytics rows, notifications, share links
 * (with their view log), discovery settings and contact requests (sent or received), public profiles, xAPI
 * statements naming them as actor or object (with the attachments no other statement uses) and their xAPI
 * documents are deleted.
 * Their API tokens are revoked.
 *
 * NOTE: kept on purpose, so issued credentials stay verifiable and the organization can still revoke them: the
 * issuer keys, status lists and issuance log are not touched, and each `issued_credentials` row keeps its
 * credential id, status-list slot and log index (a freed slot could be reused, and revoking the new credential
 * would then revoke the old one). Its link to the person (`user_id`), the stored signed copy and the evidence
 * are erased: the person took the signed documents with their data export.
 *
 * NOTE: also kept: rows that record what the person did to others' data (audit entries, invitations and join
 * codes they created, interventions they wrote, credentials they awarded, classes they made, LRS credentials).
 * They point at the tombstone, an id that names nobody once the profile is erased. `xapi_statement_ids` keeps
 * the ids of deleted statements (no personal data) so an id is never reused in its organization.
 */
export async function eraseAccountData(
  trx: Kysely<Database>,
  owner: AccountOwner,
  now: Date,
): Promise<ErasedCounts> {
  const { userId } = owner;
  const keys = [...owner.agentKeys];
  const orgIds = [...owner.orgIds];
  const counts: ErasedCounts = {};
  const del = async <T extends keyof Database & string>(table: T, column: string, value: string) => {
    const result = await trx
      .deleteFrom(table as 'sessions')
      .where(column as 'user_id', '=', value)
      .executeTakeFirst();
    counts[table] = (counts[table] ?? 0) + n(result);
  };
  await del('sessions', 'user_id', userId);
  await del('email_verification_tokens', 'user_id', userId);
  counts.api_tokens = n(
    await trx
      .updateTable('api_tokens')
      .set({ revoked_at: now })
      .where('created_by', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst(),
  );
  counts.invitations = n(await trx.deleteFrom('invitations').where(invitationsOf(owner)).executeTakeFirst());
  // NOTE: before the memberships, whose deletion would take the public profiles with it uncounted.
  Object.assign(counts, await erasePublicProfileData(trx, userId));
  await del('memberships', 'user_id', userId);
  await del('class_members', 'user_id', userId);
  await del('interventions', 'learner_id', userId);
  Object.assign(counts, await eraseMessageData(trx, userId));
  Object.assign(counts, await eraseProjectData(trx, userId));
  Object.assign(counts, await eraseDiscoveryData(trx, userId));
  // Children before parents: attempts and tutor turns hang off served items.
  for (const table of [
    'tutor_turns',
    'attempts',
    'served_items',
    'review_cards',
    'mastery_history',
    'learner_skill_states',
    'learner_states',
    'enrollments',
    'learner_activity_daily',
    'analytics_consents',
    'risk_scores',
    'risk_history',
    'credential_notifications',
    'share_links',
  ] as const) {
    await del(table, 'user_id', userId);
  }
  counts.issued_credentials = n(
    await trx
      .updateTable('issued_credentials')
      .set({
        user_id: null,
        document: sql`jsonb_build_object('id', credential_id, 'erased', true)`,
        evidence: '[]',
        evidence_facts: null,
      })
      .where('user_id', '=', userId)
      .executeTakeFirst(),
  );
  // NOTE: only in the person's organizations: another organization's records are not theirs to erase.
  if (keys.length > 0 && orgIds.length > 0) {
    const statements = await trx
      .deleteFrom('xapi_statements')
      .where('org_id', 'in', orgIds)
      .where(sql<boolean>`related_agents && ${keys}::text[]`)
      .where(sql<boolean>`agents && ${keys}::text[]`)
      .returning(['org_id', sql<unknown>`statement->'attachments'`.as('attachments')])
      .execute();
    counts.xapi_statements = statements.length;
    counts.xapi_attachments = await deleteOrphanedAttachments(trx, statements);
    counts.xapi_documents = n(
      await trx
        .deleteFrom('xapi_documents')
        .where('org_id', 'in', orgIds)
        .where('agent_key', 'in', keys)
        .executeTakeFirst(),
    );
  }
  counts.users = n(
    await trx
      .updateTable('users')
      .set({
        email: `deleted-${userId}@deleted.invalid`,
        name: '',
        // Not a hash any verifier accepts: nobody can sign in as the tombstone.
        password_hash: '!',
        email_verified_at: null,
        deleted_at: now,
      })
      .where('id', '=', userId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst(),
  );
  return counts;
}

/** Attachments of the deleted statements that no other statement of their organization still uses. */
async function deleteOrphanedAttachments(
  trx: Kysely<Database>,
  statements: { org_id: string; attachments: unknown }[],
): Promise<number> {
  let deleted = 0;
  for (const { org_id, attachments } of statements) {
    if (!Array.isArray(attachments)) continue;
    const hashes = attachments
      .map((a) => (a as { sha2?: unknown }).sha2)
      .filter((h): h is string => typeof h === 'string');
    if (hashes.length === 0) continue;
    const result = await trx
      .deleteFrom('xapi_attachments as a')
      .where('a.org_id', '=', org_id)
      .where('a.sha2', 'in', hashes)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('xapi_statements as s')
              .select(sql`1`.as('one'))
              .whereRef('s.org_id', '=', 'a.org_id')
              .where(
                sql<boolean>`s.statement->'attachments' @> jsonb_build_array(jsonb_build_object('sha2', a.sha2))`,
              ),
          ),
        ),
      )
      .executeTakeFirst();
    deleted += n(result);
  }
  return deleted;
}
