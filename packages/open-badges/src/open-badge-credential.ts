import { CONTEXTS } from './contexts.ts';
import type { StatusEntry } from './status-list-entry.ts';

/** The 1EdTech JSON Schema an OB 3.0 credential declares (type `JsonSchema`: the 1EdTech type name fails JSON-LD safe mode). */
export const OB3_SCHEMA_ID =
  'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';

/** An issuer `Profile` (OB 3.0). `id` is the issuer DID. */
export interface IssuerProfile {
  id: string;
  name: string;
  url?: string;
  email?: string;
  description?: string;
}

/** An OB 3.0 `Alignment` to a skill of a framework (CASE item, ESCO / O*NET skill, our own). */
export interface SkillAlignment {
  targetName: string;
  targetUrl: string;
  targetDescription?: string;
  targetCode?: string;
  targetFramework?: string;
  /** OB 3.0 enumeration, e.g. `CFItem` for a CASE item or `ceasn:Competency`. */
  targetType?: string;
}

/** An OB 3.0 `Image`: its `id` is the image's address, or the image itself as a `data:` URI. */
export interface ImageInput {
  id: string;
  type: 'Image';
  caption?: string;
}

/**
 * The achievement's name and description in another language: an alternate language edition, signed into the
 * credential as an OB 3.0 `Related` entry whose `name` and `description` are VC 2.0 language values.
 */
export interface AchievementEdition {
  /** The address of that edition (e.g. the achievement's public address with `?lang=es`). */
  id: string;
  /** A BCP 47 language tag: `es`. */
  language: string;
  name: string;
  /** Left out: readers keep the achievement's own description. */
  description?: string;
}

/** An OB 3.0 `Achievement` (what was earned). */
export interface AchievementInput {
  id: string;
  name: string;
  description: string;
  criteria: { id?: string; narrative?: string };
  /** Inside the signed credential (a `data:` URI) it shows and verifies offline. */
  image?: ImageInput;
  /** OB 3.0 enumeration: `Badge`, `Certificate`, `MicroCredential`, `Competency`, … */
  achievementType?: string;
  alignments?: readonly SkillAlignment[];
  creditsAvailable?: number;
  tags?: readonly string[];
  /** Its name and description in other languages (see {@link AchievementEdition}). */
  editions?: readonly AchievementEdition[];
}

/** OB 3.0 `Evidence` of the achievement. */
export interface EvidenceInput {
  id?: string;
  name?: string;
  description?: string;
  narrative?: string;
  genre?: string;
}

/** The recipient: a DID or URL `id`, and/or an OB 3.0 identity object (a salted hash keeps e-mails private). */
export interface RecipientInput {
  id?: string;
  identifier?: { identityHash: string; identityType: string; hashed: boolean; salt?: string };
}

/** Everything {@link buildOpenBadgeCredential} needs; all values are plain data, dates come from the caller's clock. */
export interface OpenBadgeInput {
  /** A `urn:uuid:` (or URL) that identifies this credential. */
  id: string;
  issuer: IssuerProfile;
  recipient: RecipientInput;
  achievement: AchievementInput;
  validFrom: Date;
  validUntil?: Date;
  /** Defaults to the achievement name. */
  name?: string;
  status?: StatusEntry;
  evidence?: readonly EvidenceInput[];
}

/** An unsigned `OpenBadgeCredential` as plain JSON. */
export type UnsignedCredential = Record<string, unknown> & {
  id: string;
  '@context': (string | Record<string, unknown>)[];
  type: string[];
};

/**
 * Builds an unsigned OB 3.0.3 `OpenBadgeCredential` (VC Data Model 2.0): issuer profile, subject with
 * achievement (criteria, alignments, achievementType), validity dates, `credentialSchema`, optional
 * `credentialStatus` and `evidence`. Sign it with {@link signCredential}.
 */
export function buildOpenBadgeCredential(input: OpenBadgeInput): UnsignedCredential {
  if (!input.recipient.id && !input.recipient.identifier)
    throw new Error('a recipient needs an id or an identifier');
  if (input.validUntil && input.validUntil <= input.validFrom)
    throw new Error('validUntil must be after validFrom');
  const credential: UnsignedCredential = {
    '@context': [CONTEXTS.credentialsV2, CONTEXTS.openBadges303],
    id: input.id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: input.name ?? input.achievement.name,
    issuer: { type: ['Profile'], ...compact(input.issuer) },
    validFrom: xsdDateTime(input.validFrom),
    credentialSubject: buildSubject(input.recipient, input.achievement),
    credentialSchema: [{ id: OB3_SCHEMA_ID, type: 'JsonSchema' }],
  };
  if (input.validUntil) credential.validUntil = xsdDateTime(input.validUntil);
  if (input.status) credential.credentialStatus = input.status;
  if (input.evidence?.length)
    credential.evidence = input.evidence.map((item) => ({ type: ['Evidence'], ...compact(item) }));
  return credential;
}

function buildSubject(recipient: RecipientInput, achievement: AchievementInput): Record<string, unknown> {
  const { alignments, tags, image, editions, ...rest } = achievement;
  const built: Record<string, unknown> = { type: ['Achievement'], ...compact(rest) };
  built.criteria = compact(achievement.criteria);
  if (image) built.image = compact(image);
  if (alignments?.length)
    built.alignment = alignments.map((item) => ({ type: ['Alignment'], ...compact(item) }));
  if (tags?.length) built.tag = [...tags];
  // NOTE: the language is in the language values, not in `inLanguage`: the OB 3.0.3 context copy inside the Digital
  // Credentials Consortium's verifier (open-badges-context 2.1.0) lacks `inLanguage`, so a credential using it
  // fails that verifier's signature check; `name` and `description` are defined in every copy.
  if (editions?.length)
    built.related = editions.map((edition) => ({
      id: edition.id,
      type: ['Related'],
      name: { '@value': edition.name, '@language': edition.language },
      ...(edition.description
        ? { description: { '@value': edition.description, '@language': edition.language } }
        : {}),
    }));
  const subject: Record<string, unknown> = { type: ['AchievementSubject'] };
  if (recipient.id) subject.id = recipient.id;
  if (recipient.identifier)
    subject.identifier = [{ type: 'IdentityObject', ...compact(recipient.identifier) }];
  subject.achievement = built;
  return subject;
}

/** Formats a date as an XSD dateTime in UTC without milliseconds (`2026-11-25T14:00:00Z`). */
export function xsdDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error('invalid date');
  return `${date.toISOString().slice(0, 19)}Z`;
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
