import { signedAchievementText } from '@pathwise/core/achievements';

/** What a credential of this installation says in words, read from its signed document. */
export interface CredentialWords {
  achievementName: string;
  /** Null when there is none, or when it only repeats the name (an achievement issued without one). */
  description: string | null;
  /** The criteria narrative as issued (English, core's `criteriaNarrative`), or null. */
  criteria: string | null;
  issuerName: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/**
 * The words of an issued OB 3.0 credential: its achievement's name and description (in `locale` when the credential
 * carries that language edition, see core's `signedAchievementText`), criteria narrative, and the issuer's name, as
 * signed (`fallbackName` when the document names no achievement).
 *
 * @example
 * credentialWords(row.document, 'Adding integers').issuerName; // 'Pathwise Demo School'
 */
export function credentialWords(document: unknown, fallbackName: string, locale = 'en'): CredentialWords {
  const root = isObject(document) ? document : {};
  const subject = Array.isArray(root.credentialSubject) ? root.credentialSubject[0] : root.credentialSubject;
  const achievement = isObject(subject) && isObject(subject.achievement) ? subject.achievement : {};
  const criteria = isObject(achievement.criteria) ? achievement.criteria : {};
  const words = signedAchievementText(achievement, locale);
  const achievementName = words.name ?? text(root.name) ?? fallbackName;
  const description = words.description;
  return {
    achievementName,
    description: description === achievementName ? null : description,
    criteria: text(criteria.narrative),
    issuerName: (isObject(root.issuer) ? text(root.issuer.name) : null) ?? '',
  };
}
