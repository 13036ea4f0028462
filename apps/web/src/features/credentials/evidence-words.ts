import type { EvidenceFacts } from '@pathwise/contracts';
import type { TFunction } from 'i18next';

/** One piece of evidence worded for the reader: what it is about, and what happened. */
export interface EvidenceLine {
  key: string;
  name: string;
  text: string;
}

/**
 * A day in the reader's language, e.g. "March 20, 2026" or "20 de marzo de 2026". NOTE: the UTC day, as the
 * signed evidence says it, so that a reader in another time zone does not read another day than the credential.
 */
export function evidenceDay(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
}

/** `a`, `a and b`, `a, b and c` in the reader's language. */
function listOf(t: TFunction, parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return t('credentials.evidence.and', { list: parts.slice(0, -1).join(', '), last: parts.at(-1) });
}

/**
 * A credential's evidence facts worded in the reader's language: one line per skill mastered (its name in that
 * language; when, how, on how many items), then one naming the credentials it stacks on.
 *
 * @example
 * evidenceLines(t, 'es', facts)[0]?.text; // 'Dominada el 20 de marzo de 2026 con práctica: 14 ítems respondidos, 11 correctos.'
 */
export function evidenceLines(t: TFunction, locale: 'en' | 'es', facts: EvidenceFacts): EvidenceLine[] {
  const day = (iso: string | null) => (iso ? evidenceDay(iso, locale) : null);
  const skills = facts.skills.map((s) => {
    const date = day(s.masteredAt);
    const how =
      s.via === 'placement'
        ? date
          ? t('credentials.evidence.placement', { date })
          : t('credentials.evidence.placementUndated')
        : !date
          ? t('credentials.evidence.undated')
          : s.via === 'practice'
            ? t('credentials.evidence.practice', { date })
            : t('credentials.evidence.mastered', { date });
    const text =
      s.via !== 'placement' && s.items
        ? t('credentials.evidence.counted', {
            how,
            items: t('credentials.evidence.items', { count: s.items }),
            right: t('credentials.evidence.right', { count: s.right ?? 0 }),
          })
        : t('credentials.evidence.sentence', { how });
    return { key: `skill:${s.skillId}`, name: s.name[locale] || s.name.en, text };
  });
  if (facts.stacked.length === 0) return skills;
  const parts = facts.stacked.map((p) => {
    const date = day(p.issuedAt);
    return date
      ? t('credentials.evidence.part', { name: p.name, date })
      : t('credentials.evidence.partUndated', { name: p.name });
  });
  const stacked = {
    key: 'stacked',
    name: t('credentials.evidence.stackedName'),
    text: t('credentials.evidence.stacked', { parts: listOf(t, parts) }),
  };
  return [...skills, stacked];
}
