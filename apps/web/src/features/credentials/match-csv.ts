import type { MatchResult } from '@pathwise/contracts';
import type { TFunction } from 'i18next';
import { SOURCE_NAMES } from './job-profiles-api.ts';

const STATUS_KEY = {
  met: 'credentials.employer.met',
  partial: 'credentials.employer.partial',
  unmet: 'credentials.employer.notMet',
} as const;

/**
 * One CSV cell: quoted when it holds a separator, a quote or a line break; and a cell that a spreadsheet would
 * run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return: OWASP's CSV injection rule) is
 * prefixed with `'`, since skill and credential names come from other people.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A match as CSV in the reader's language, for a spreadsheet or a hiring file: which profile and record, the score,
 * then one row per skill (required first, as the page shows them) with its status, the credentials behind it and
 * the crosswalk path when that is how it is backed. CRLF line ends (RFC 4180).
 *
 * @example
 * const file = new Blob([matchCsv(match, t)], { type: 'text/csv' });
 */
export function matchCsv(match: MatchResult, t: TFunction): string {
  const skills = [...match.skills.filter((s) => s.required), ...match.skills.filter((s) => !s.required)];
  const rows: (string | number)[][] = [
    [t('credentials.employer.profile'), match.profile.name],
    [t('credentials.employer.csv.learner'), match.learnerName],
    [t('credentials.employer.csv.score'), `${Math.round(match.score * 100)} %`],
    [],
    [
      t('credentials.employer.csv.skill'),
      t('credentials.employer.csv.code'),
      t('credentials.employer.csv.kind'),
      t('credentials.employer.csv.weight'),
      t('credentials.employer.status'),
      t('credentials.employer.evidence'),
      t('credentials.employer.csv.crosswalk'),
    ],
    ...skills.map((s) => [
      s.name,
      s.code ?? '',
      t(s.required ? 'credentials.employer.csv.required' : 'credentials.employer.csv.nice'),
      Math.round(s.weight * 100) / 100,
      t(STATUS_KEY[s.status]),
      s.credentials.map((c) => c.achievementName).join('; '),
      s.crosswalk
        ? t('credentials.employer.throughCrosswalk', {
            framework:
              SOURCE_NAMES[s.crosswalk.framework as keyof typeof SOURCE_NAMES] ?? s.crosswalk.framework,
            code: s.crosswalk.code,
            name: s.crosswalk.name,
            held: s.crosswalk.heldSkills.length,
            mapped: s.crosswalk.mappedSkills,
          })
        : '',
    ]),
  ];
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** A file name for the match: `match-<profile>-<learner>.csv`, letters, digits and dashes only. */
export function matchFileName(match: MatchResult): string {
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40);
  return `${['match', slug(match.profile.name), slug(match.learnerName)].filter(Boolean).join('-')}.csv`;
}
