import { achievementTextIn, criteriaNarrative } from '@pathwise/core/achievements';
import type { Locale } from '@pathwise/core/identity';
import { type Database, type IssuedCredentialRow, listAchievements, listSkills } from '@pathwise/db';
import type { Kysely } from 'kysely';
import { certificateStrings } from './certificate-strings.ts';
import { credentialWords } from './credential-words.ts';
import { alignedSkillIds } from './present-credential.ts';

/**
 * What a page says of one of this installation's credentials in its reader's language, beside the signed words:
 * the criteria, and the names of the framework skills it is aligned to (by the alignment's `targetCode`).
 */
export interface ReaderWords {
  language: Locale;
  /** The criteria in `language` (the signed narrative when it cannot be worded again truthfully), or null. */
  criteria: string | null;
  /** Each aligned framework skill's name in `language`, by skill id. */
  skills: Record<string, string>;
}

/**
 * The reader's-language words of credentials of one organization, by stored row id. A credential carries its
 * criteria in English as issued; in another language they are worded again from the achievement's criteria, but
 * only while those are still what was issued (core's English narrative of them equals the signed one). NOTE:
 * otherwise the signed words, untranslated: no page states criteria the credential was not issued under.
 */
export async function readerWordsOf(
  db: Kysely<Database>,
  orgId: string,
  rows: readonly IssuedCredentialRow[],
  language: Locale,
): Promise<Map<string, ReaderWords>> {
  const out = new Map<string, ReaderWords>();
  if (rows.length === 0) return out;
  const skills = new Map((await listSkills(db, orgId)).map((s) => [s.id, s.name]));
  const achievements = new Map((await listAchievements(db, orgId)).map((a) => [a.id, a]));
  const english = (id: string) => achievements.get(id)?.name ?? id;
  const translated = (id: string) => {
    const a = achievements.get(id);
    return a ? achievementTextIn(a, language).name : id;
  };
  const strings = certificateStrings(language);
  for (const row of rows) {
    const signed = credentialWords(row.document, '').criteria;
    const achievement = achievements.get(row.achievement_id);
    let criteria = signed;
    if (language !== 'en' && signed && achievement) {
      const asIssued = criteriaNarrative(achievement.criteria, (id) => skills.get(id)?.en ?? id, english);
      if (asIssued === signed)
        criteria = strings.criteriaWords(
          achievement.criteria,
          (id) => skills.get(id)?.[language] ?? id,
          translated,
        );
    }
    const named = alignedSkillIds(row).flatMap((id) => {
      const name = skills.get(id)?.[language];
      return name ? [[id, name] as const] : [];
    });
    out.set(row.id, { language, criteria, skills: Object.fromEntries(named) });
  }
  return out;
}
