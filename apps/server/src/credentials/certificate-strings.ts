import { type AchievementCriteria, criteriaNarrative } from '@pathwise/core/achievements';
import type { Locale } from '@pathwise/core/identity';

/** The words a PDF certificate is framed with, in its language (the credential's own words are printed as issued). */
export interface CertificateStrings {
  /** The PDF's language tag (`/Lang`) and page size: Spanish on A4, English on US Letter, as lesson exports. */
  readonly lang: string;
  readonly size: 'LETTER' | 'A4';
  readonly title: (achievement: string, learner: string) => string;
  readonly heading: string;
  readonly certifies: string;
  readonly earned: string;
  readonly criteria: string;
  readonly issuedBy: (issuer: string) => string;
  readonly issuedOn: (date: string) => string;
  readonly validUntil: (date: string) => string;
  readonly verifyHeading: string;
  readonly verifyText: string;
  readonly qrAlt: string;
  readonly badgeAlt: (achievement: string) => string;
  readonly filename: (slug: string) => string;
  /** A date as words (the day in UTC, as the credential states it). */
  readonly date: (at: Date) => string;
  /**
   * An achievement's criteria in words: in English core's `criteriaNarrative` (the narrative every credential
   * carries), in Spanish the same sentences translated.
   */
  readonly criteriaWords: (
    criteria: AchievementCriteria,
    skillName: (id: string) => string,
    achievementName: (id: string) => string,
  ) => string;
  /** The label of the share link a certificate, a LinkedIn entry and a badge point to (the learner's own note). */
  readonly linkLabel: (achievement: string) => string;
}

const dateIn = (tag: string) => (at: Date) =>
  new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(at);

const percent = (threshold: number) => Math.round(threshold * 100);

const en: CertificateStrings = {
  lang: 'en-US',
  size: 'LETTER',
  title: (achievement, learner) => `Certificate: ${achievement}, ${learner}`,
  heading: 'Certificate of achievement',
  certifies: 'This certifies that',
  earned: 'has earned',
  criteria: 'What it took',
  issuedBy: (issuer) => `Issued by ${issuer}`,
  issuedOn: (date) => `Issued on ${date}`,
  validUntil: (date) => `Valid until ${date}`,
  verifyHeading: 'Check that it is genuine',
  verifyText:
    'Scan the code or open this address: it shows this credential checked at that moment (its signature, its issuer, that it is not revoked, its dates).',
  qrAlt: 'QR code of the verification address',
  badgeAlt: (achievement) => `Badge of ${achievement}`,
  filename: (slug) => `certificate-${slug}.pdf`,
  date: dateIn('en-US'),
  criteriaWords: criteriaNarrative,
  linkLabel: (achievement) => `Certificate and badge: ${achievement}`,
};

const es: CertificateStrings = {
  lang: 'es-ES',
  size: 'A4',
  title: (achievement, learner) => `Certificado: ${achievement}, ${learner}`,
  heading: 'Certificado de logro',
  certifies: 'Se certifica que',
  earned: 'ha obtenido',
  criteria: 'Qué hizo falta',
  issuedBy: (issuer) => `Emitido por ${issuer}`,
  issuedOn: (date) => `Fecha de emisión: ${date}`,
  validUntil: (date) => `Válido hasta el ${date}`,
  verifyHeading: 'Cómo comprobar que es auténtico',
  verifyText:
    'Escanea el código o abre esta dirección: muestra esta credencial comprobada en ese momento (su firma, su emisor, que no esté revocada, sus fechas).',
  qrAlt: 'Código QR de la dirección de verificación',
  badgeAlt: (achievement) => `Insignia de ${achievement}`,
  filename: (slug) => `certificado-${slug}.pdf`,
  date: dateIn('es-ES'),
  criteriaWords: (criteria, skillName, achievementName) => {
    const parts = [
      ...criteria.skills.map(
        (s) => `Domina «${skillName(s.skillId)}» (estimación de al menos el ${percent(s.threshold)} %).`,
      ),
      ...criteria.achievements.map((a) => `Tiene «${achievementName(a)}».`),
    ];
    if (criteria.evidence.required)
      parts.push(`Evidencia aprobada por un docente: ${criteria.evidence.narrative || 'un trabajo'}.`);
    return parts.join(' ') || 'Otorgado por un docente.';
  },
  linkLabel: (achievement) => `Certificado e insignia: ${achievement}`,
};

/** The certificate's framing words in a language. */
export function certificateStrings(locale: Locale): CertificateStrings {
  return locale === 'es' ? es : en;
}
