import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';
import { readAssignmentData } from '../classes/assignment-account-data.ts';
import { readDiscoveryData } from '../discovery/discovery-account-data.ts';
import { readMessageData } from '../messages/message-account-data.ts';
import { readProjectData } from '../projects/project-account-data.ts';
import { readPublicProfileData } from '../public-profiles/public-profile-account-data.ts';

/** Who an account's data belongs to: its id, its address, and the xAPI agent keys that name the person. */
export interface AccountOwner {
  userId: string;
  email: string;
  /** Whether the person proved they hold `email`; until then, invitations addressed to it are not theirs. */
  emailVerified: boolean;
  /**
   * `agentKey()` strings of the person (account, and mbox / mbox_sha1sum only for a verified address); statements
   * and documents are found by these.
   */
  agentKeys: readonly string[];
  /** The organizations the person is a member of: xAPI statements and documents are looked for in these only. */
  orgIds: readonly string[];
}

/** Invitations that are the person's: accepted by them, or addressed to their address once it is verified. */
export function invitationsOf(owner: AccountOwner) {
  return (eb: ExpressionBuilder<Database, 'invitations'>) =>
    owner.emailVerified
      ? eb.or([eb('email', '=', owner.email), eb('accepted_by', '=', owner.userId)])
      : eb('accepted_by', '=', owner.userId);
}

/**
 * Everything stored about one person, table by table, as rows. Secrets never leave: no password hash, no
 * session, token or share-link hashes, no CSRF tokens (the columns are left out of the selects, not filtered
 * afterwards). Rows of other people are never read: every query is keyed by the person.
 */
export async function readAccountData(db: Kysely<Database>, owner: AccountOwner) {
  const { userId } = owner;
  const keys = [...owner.agentKeys];
  const orgIds = [...owner.orgIds];
  const xapiWanted = keys.length > 0 && orgIds.length > 0;
  const profile = await db
    .selectFrom('users')
    .select(['id', 'email', 'email_verified_at', 'name', 'locale', 'kind', 'created_at'])
    .where('id', '=', userId)
    .executeTakeFirst();
  const memberships = await db
    .selectFrom('memberships as m')
    .innerJoin('organizations as o', 'o.id', 'm.org_id')
    .select(['m.org_id', 'o.name as org_name', 'o.slug as org_slug', 'm.role', 'm.created_at'])
    .where('m.user_id', '=', userId)
    .orderBy('m.created_at')
    .execute();
  const invitations = await db
    .selectFrom('invitations')
    .select(['id', 'org_id', 'email', 'role', 'expires_at', 'accepted_at', 'revoked_at', 'created_at'])
    .where(invitationsOf(owner))
    .orderBy('created_at')
    .execute();
  const apiTokens = await db
    .selectFrom('api_tokens')
    .select(['id', 'org_id', 'name', 'role', 'prefix', 'created_at', 'last_used_at', 'revoked_at'])
    .where('created_by', '=', userId)
    .orderBy('created_at')
    .execute();
  const auditEntries = await db
    .selectFrom('audit_events')
    .select(['id', 'org_id', 'action', 'target_type', 'target_id', 'details', 'created_at'])
    .where('actor_user_id', '=', userId)
    .orderBy('id')
    .execute();
  const byUser = <T extends 'enrollments' | 'learner_states' | 'learner_skill_states' | 'review_cards'>(
    table: T,
  ) =>
    db
      .selectFrom(table as 'enrollments')
      .selectAll()
      .where('user_id', '=', userId)
      .execute();
  const learning = {
    enrollments: await byUser('enrollments'),
    learnerStates: await byUser('learner_states'),
    skillStates: await byUser('learner_skill_states'),
    masteryHistory: await db
      .selectFrom('mastery_history')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('id')
      .execute(),
    servedItems: await db
      .selectFrom('served_items')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute(),
    attempts: await db
      .selectFrom('attempts')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('id')
      .execute(),
    reviewCards: await byUser('review_cards'),
    tutorTurns: await db
      .selectFrom('tutor_turns')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('id')
      .execute(),
  };
  const classes = {
    memberships: await db
      .selectFrom('class_members as cm')
      .innerJoin('classes as c', (j) =>
        j.onRef('c.org_id', '=', 'cm.org_id').onRef('c.id', '=', 'cm.class_id'),
      )
      .select(['cm.org_id', 'cm.class_id', 'c.name as class_name', 'cm.role', 'cm.added_at'])
      .where('cm.user_id', '=', userId)
      .execute(),
    interventionsAboutMe: await db
      .selectFrom('interventions')
      .select(['id', 'org_id', 'class_id', 'action', 'note', 'created_at'])
      .where('learner_id', '=', userId)
      .orderBy('created_at')
      .execute(),
  };
  const analytics = {
    dailyActivity: await db
      .selectFrom('learner_activity_daily')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('day')
      .execute(),
    consents: await db.selectFrom('analytics_consents').selectAll().where('user_id', '=', userId).execute(),
    riskScores: await db.selectFrom('risk_scores').selectAll().where('user_id', '=', userId).execute(),
    riskHistory: await db
      .selectFrom('risk_history')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('week')
      .execute(),
  };
  const shareLinks = await db
    .selectFrom('share_links')
    .select(['id', 'org_id', 'label', 'credential_ids', 'expires_at', 'revoked_at', 'created_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
  const views =
    shareLinks.length === 0
      ? []
      : await db
          .selectFrom('share_link_views')
          .select(['share_link_id', 'viewed_at', 'viewer'])
          .where(
            'share_link_id',
            'in',
            shareLinks.map((l) => l.id),
          )
          .orderBy('id')
          .execute();
  const credentials = {
    issued: await db
      .selectFrom('issued_credentials')
      .select([
        'id',
        'org_id',
        'achievement_id',
        'credential_id',
        'issued_at',
        'valid_until',
        'revoked_at',
        'revocation_reason',
        'evidence',
        'evidence_facts',
        'document',
      ])
      .where('user_id', '=', userId)
      .orderBy('issued_at')
      .execute(),
    notifications: await db
      .selectFrom('credential_notifications')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute(),
    shareLinks: shareLinks.map((link) => ({
      ...link,
      views: views.filter((v) => v.share_link_id === link.id).map(({ share_link_id: _, ...v }) => v),
    })),
    ...(await readDiscoveryData(db, userId)),
    ...(await readPublicProfileData(db, userId)),
  };
  const statements = !xapiWanted
    ? []
    : await db
        .selectFrom('xapi_statements')
        .select(['org_id', 'stored', 'voided', 'statement'])
        .where('org_id', 'in', orgIds)
        // `agents` is contained in `related_agents`, whose GIN index serves the first condition.
        .where(sql<boolean>`related_agents && ${keys}::text[]`)
        .where(sql<boolean>`agents && ${keys}::text[]`)
        .orderBy('stored')
        .orderBy('seq')
        .execute();
  const xapi = {
    statements,
    attachments: await attachmentsOf(db, statements),
    documents: !xapiWanted
      ? []
      : (
          await db
            .selectFrom('xapi_documents')
            .select([
              'org_id',
              'kind',
              'activity_id',
              'registration',
              'document_id',
              'content_type',
              'contents',
              'updated',
            ])
            .where('org_id', 'in', orgIds)
            .where('agent_key', 'in', keys)
            .orderBy('updated')
            .execute()
        ).map(({ contents, ...doc }) => ({ ...doc, ...readableContents(doc.content_type, contents) })),
  };
  return {
    profile,
    memberships,
    invitations,
    apiTokens,
    auditEntries,
    learning,
    classes,
    analytics,
    credentials,
    messages: await readMessageData(db, userId),
    projects: await readProjectData(db, userId),
    assignments: await readAssignmentData(db, userId),
    xapi,
  };
}

/** The stored rows of a person, by area, as {@link readAccountData} returns them. */
export type AccountData = Awaited<ReturnType<typeof readAccountData>>;

/** The attachment data of these statements (content-addressed per organization), base64. */
async function attachmentsOf(db: Kysely<Database>, statements: { org_id: string; statement: unknown }[]) {
  const wanted = new Map<string, Set<string>>();
  for (const { org_id, statement } of statements) {
    for (const a of (statement as { attachments?: { sha2?: unknown }[] }).attachments ?? []) {
      if (typeof a.sha2 === 'string') wanted.set(org_id, (wanted.get(org_id) ?? new Set()).add(a.sha2));
    }
  }
  const out: { org_id: string; sha2: string; content_type: string | null; dataBase64: string }[] = [];
  for (const [orgId, hashes] of wanted) {
    const rows = await db
      .selectFrom('xapi_attachments')
      .select(['org_id', 'sha2', 'content_type', 'data'])
      .where('org_id', '=', orgId)
      .where('sha2', 'in', [...hashes])
      .orderBy('sha2')
      .execute();
    for (const { data, ...row } of rows) out.push({ ...row, dataBase64: data.toString('base64') });
  }
  return out;
}

function readableContents(contentType: string, contents: Buffer) {
  // Text stays readable in the file; anything else travels as base64.
  return /^(application\/(json|[\w.+-]+\+json)|text\/)/i.test(contentType)
    ? { contents: contents.toString('utf8') }
    : { contentsBase64: contents.toString('base64') };
}
