import type { Kysely, Selectable } from 'kysely';
import type { Database, ShareLinksTable } from '../../schema.ts';

export type ShareLinkRow = Selectable<ShareLinksTable>;

/**
 * Creates a share link. The token is found by its hash; `sealedToken` is the token sealed by the caller (this
 * package never sees the key), so that its owner can copy the link again.
 */
export async function insertShareLink(
  db: Kysely<Database>,
  input: {
    orgId: string;
    userId: string;
    tokenHash: string;
    sealedToken: string | null;
    label: string;
    credentialIds: string[];
    expiresAt: Date;
    now: Date;
  },
): Promise<ShareLinkRow> {
  return db
    .insertInto('share_links')
    .values({
      org_id: input.orgId,
      user_id: input.userId,
      token_hash: input.tokenHash,
      sealed_token: input.sealedToken,
      label: input.label,
      credential_ids: input.credentialIds,
      expires_at: input.expiresAt,
      created_at: input.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A learner's share links with their view counts, newest first. */
export async function listShareLinks(db: Kysely<Database>, orgId: string, userId: string) {
  return db
    .selectFrom('share_links as s')
    .selectAll('s')
    .select((eb) =>
      eb
        .selectFrom('share_link_views as v')
        .select((v) => v.fn.countAll<string>().as('n'))
        .whereRef('v.share_link_id', '=', 's.id')
        .as('views'),
    )
    .where('s.org_id', '=', orgId)
    .where('s.user_id', '=', userId)
    .orderBy('s.created_at', 'desc')
    .execute();
}

/** The share link behind a token hash, in any organization, or null. */
export async function findShareLinkByTokenHash(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<ShareLinkRow | null> {
  const row = await db
    .selectFrom('share_links')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row ?? null;
}

/** Revokes a learner's own share link; false when it is not theirs. */
export async function revokeShareLink(
  db: Kysely<Database>,
  input: { orgId: string; userId: string; id: string; now: Date },
): Promise<boolean> {
  const row = await db
    .updateTable('share_links')
    .set({ revoked_at: input.now })
    .where('org_id', '=', input.orgId)
    .where('user_id', '=', input.userId)
    .where('id', '=', input.id)
    .where('revoked_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Renames a learner's own share link (any state); the renamed row, or null when it is not theirs. */
export async function renameShareLink(
  db: Kysely<Database>,
  input: { orgId: string; userId: string; id: string; label: string },
): Promise<ShareLinkRow | null> {
  const row = await db
    .updateTable('share_links')
    .set({ label: input.label })
    .where('org_id', '=', input.orgId)
    .where('user_id', '=', input.userId)
    .where('id', '=', input.id)
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

/** Records one opening of a share link. */
export async function recordShareLinkView(
  db: Kysely<Database>,
  shareLinkId: string,
  viewer: string,
  now: Date,
): Promise<void> {
  await db
    .insertInto('share_link_views')
    .values({ share_link_id: shareLinkId, viewer, viewed_at: now })
    .execute();
}

/** How often a share link was opened. */
export async function countShareLinkViews(db: Kysely<Database>, shareLinkId: string): Promise<number> {
  const row = await db
    .selectFrom('share_link_views')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('share_link_id', '=', shareLinkId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The views of a learner's share link, newest first. */
export async function listShareLinkViews(
  db: Kysely<Database>,
  input: { orgId: string; userId: string; id: string },
) {
  return db
    .selectFrom('share_link_views as v')
    .innerJoin('share_links as s', 's.id', 'v.share_link_id')
    .select(['v.viewed_at', 'v.viewer'])
    .where('s.org_id', '=', input.orgId)
    .where('s.user_id', '=', input.userId)
    .where('s.id', '=', input.id)
    .orderBy('v.viewed_at', 'desc')
    .limit(200)
    .execute();
}
