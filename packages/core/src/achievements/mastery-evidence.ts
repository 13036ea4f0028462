import type { Locale, Localized } from '../language/localized.ts';
import type { AchievementCriteria } from './achievement-criteria.ts';
import type { CredentialEvidence } from './credential-evidence.ts';

/** How a skill came to be mastered: by answering items, or credited by a placement. */
export type MasteredVia = 'practice' | 'placement';

/** A certified skill as it stood when the credential was issued: what its evidence entry says. */
export interface SkillMasteryFact {
  skillId: string;
  name: Localized;
  /** When the skill was mastered (ISO 8601), or null when that was not recorded. */
  masteredAt: string | null;
  via: MasteredVia | null;
  /**
   * Items answered on the skill, and answered right, when the credential was issued. NOTE: null for a skill
   * credited by placement, whose counts are topped up by the credit itself and so are not the learner's answers.
   */
  items: number | null;
  right: number | null;
}

/** An achievement a stacked credential is earned by holding, with the learner's credential of it. */
export interface StackedCredentialFact {
  achievementId: string;
  name: string;
  /** The `urn:uuid:` id of the learner's credential of it, or null when none was found. */
  credentialId: string | null;
  /** When that credential was issued (ISO 8601), or null. */
  issuedAt: string | null;
}

/**
 * What happened, as facts (the `issued_credentials.evidence_facts` column): the skills mastered and the
 * credentials stacked. A page words them in its reader's language with {@link masteryEvidence}'s rules.
 */
export interface MasteryEvidenceFacts {
  skills: SkillMasteryFact[];
  stacked: StackedCredentialFact[];
}

/** A learner's standing on one skill as the learner model stores it (the row and its state's counts). */
export interface SkillMasteryRecord {
  masteredAt: Date | null;
  masteredVia: MasteredVia | null;
  attempts: number;
  successes: number;
}

/** What {@link masteryEvidenceFacts} reads. */
export interface MasteryEvidenceInput {
  criteria: Pick<AchievementCriteria, 'skills' | 'achievements'>;
  skillName: (skillId: string) => Localized;
  achievementName: (achievementId: string) => string;
  /** The learner's skill records by skill id; a skill without one has no mastery facts. */
  skills: ReadonlyMap<string, SkillMasteryRecord>;
  /** The learner's credentials of the achievements stacked on, by achievement id. */
  held: ReadonlyMap<string, { credentialId: string; issuedAt: Date }>;
}

/**
 * The facts behind an automatically issued credential: each skill of its criteria (when and how it was mastered,
 * on how many items) and each credential it stacks on, in the criteria's order.
 *
 * @example
 * masteryEvidenceFacts({ criteria, skillName, achievementName, skills, held }).skills[0]?.items; // 14
 */
export function masteryEvidenceFacts(input: MasteryEvidenceInput): MasteryEvidenceFacts {
  return {
    skills: input.criteria.skills.map(({ skillId }) => {
      const record = input.skills.get(skillId);
      const counted = record !== undefined && record.masteredVia !== 'placement';
      return {
        skillId,
        name: input.skillName(skillId),
        masteredAt: record?.masteredAt?.toISOString() ?? null,
        via: record?.masteredVia ?? null,
        items: counted ? record.attempts : null,
        right: counted ? record.successes : null,
      };
    }),
    stacked: input.criteria.achievements.map((achievementId) => {
      const part = input.held.get(achievementId);
      return {
        achievementId,
        name: input.achievementName(achievementId),
        credentialId: part?.credentialId ?? null,
        issuedAt: part?.issuedAt.toISOString() ?? null,
      };
    }),
  };
}

const MONTHS: Record<Locale, readonly string[]> = {
  en: 'January February March April May June July August September October November December'.split(' '),
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
};

/**
 * A day in words, `7 December 2026` or `7 de diciembre de 2026`. NOTE: the UTC day, so that the signed words
 * do not depend on the server's time zone (every reader sees the same day as every page that says it).
 */
export function evidenceDate(iso: string, locale: Locale): string {
  const at = new Date(iso);
  const [day, month, year] = [at.getUTCDate(), MONTHS[locale][at.getUTCMonth()], at.getUTCFullYear()];
  return locale === 'es' ? `${day} de ${month} de ${year}` : `${day} ${month} ${year}`;
}

const WORDS = {
  en: {
    skillGenre: 'Skill mastery',
    stackedGenre: 'Stacked credentials',
    stackedName: 'Stacked credentials',
    placement: (date: string | null) =>
      date ? `Credited from placement on ${date}.` : 'Credited from placement.',
    mastered: (date: string | null, practice: boolean) =>
      date ? `Mastered on ${date}${practice ? ' through practice' : ''}` : 'Mastered on Pathwise',
    counts: (items: number, right: number) =>
      `${items} ${items === 1 ? 'item' : 'items'} answered, ${right} right`,
    part: (name: string, date: string | null) => `“${name}”${date ? ` (issued ${date})` : ''}`,
    and: ' and ',
    stacked: (parts: string) => `Earned by holding ${parts}.`,
  },
  es: {
    skillGenre: 'Dominio de una habilidad',
    stackedGenre: 'Credenciales reunidas',
    stackedName: 'Credenciales reunidas',
    placement: (date: string | null) =>
      date ? `Acreditada por la prueba de ubicación el ${date}.` : 'Acreditada por la prueba de ubicación.',
    mastered: (date: string | null, practice: boolean) =>
      date ? `Dominada el ${date}${practice ? ' con práctica' : ''}` : 'Dominada en Pathwise',
    counts: (items: number, right: number) =>
      `${items} ${items === 1 ? 'ítem respondido' : 'ítems respondidos'}, ${right} ${right === 1 ? 'correcto' : 'correctos'}`,
    part: (name: string, date: string | null) => `«${name}»${date ? ` (emitida el ${date})` : ''}`,
    and: ' y ',
    stacked: (parts: string) => `Obtenida al tener ${parts}.`,
  },
} as const;

/** Words a list: `a`, `a and b`, `a, b and c`. */
function listOf(parts: readonly string[], and: string): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')}${and}${parts.at(-1)}`;
}

/** The narrative of one skill's mastery in `locale`, e.g. "Mastered on 7 December 2026 through practice: 14 items answered, 11 right." */
export function skillMasteryNarrative(fact: SkillMasteryFact, locale: Locale): string {
  const w = WORDS[locale];
  const date = fact.masteredAt ? evidenceDate(fact.masteredAt, locale) : null;
  if (fact.via === 'placement') return w.placement(date);
  const mastered = w.mastered(date, fact.via === 'practice');
  return fact.items ? `${mastered}: ${w.counts(fact.items, fact.right ?? 0)}.` : `${mastered}.`;
}

/** The narrative of the credentials stacked on, in `locale`, e.g. "Earned by holding “A” (issued 3 December 2026)." */
export function stackedNarrative(stacked: readonly StackedCredentialFact[], locale: Locale): string {
  const w = WORDS[locale];
  const parts = stacked.map((p) => w.part(p.name, p.issuedAt ? evidenceDate(p.issuedAt, locale) : null));
  return w.stacked(listOf(parts, w.and));
}

/**
 * The Open Badges 3.0 `Evidence` entries of the facts, worded in `locale`: one per certified skill (its name,
 * its public page as `id`, what happened as `narrative`), then one naming the credentials it stacks on.
 *
 * @example
 * masteryEvidence(facts, 'en', (id) => `https://learn.example/skills/demo/${id}`)[0];
 * // { id: 'https://learn.example/skills/demo/alg.slope', name: 'Slope', genre: 'Skill mastery',
 * //   narrative: 'Mastered on 7 December 2026 through practice: 14 items answered, 11 right.' }
 */
export function masteryEvidence(
  facts: MasteryEvidenceFacts,
  locale: Locale,
  skillUrl: (skillId: string) => string,
): CredentialEvidence[] {
  const w = WORDS[locale];
  const skills = facts.skills.map((fact) => ({
    id: skillUrl(fact.skillId),
    name: fact.name[locale] || fact.name.en,
    narrative: skillMasteryNarrative(fact, locale),
    genre: w.skillGenre,
  }));
  const stacked =
    facts.stacked.length === 0
      ? []
      : [{ name: w.stackedName, narrative: stackedNarrative(facts.stacked, locale), genre: w.stackedGenre }];
  return [...skills, ...stacked];
}
