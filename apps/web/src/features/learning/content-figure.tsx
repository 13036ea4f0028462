import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { SessionContext } from '../../session/session-context.tsx';

/** A figure reference in content text, as the server's importer writes it. */
export const FIGURE_MARKER = /\[\[figure:([a-p]{66})\]\]/g;

const HEX = '0123456789abcdef';

/**
 * Reads a figure reference: its number in the problem and the SHA-256 of the stored figure.
 * NOTE: the same decoding as `decodeFigureMarker` in packages/core (the web app does not depend on core). The
 * reference is written in letters a–p, one per hex digit, so that the tutor's answer guard sees no numbers in it.
 */
export function decodeFigure(letters: string): { ordinal: number; sha256: string } {
  const hex = [...letters].map((c) => HEX[c.charCodeAt(0) - 97] ?? '0').join('');
  return { ordinal: Number.parseInt(hex.slice(0, 2), 16), sha256: hex.slice(2) };
}

/** Content text split on its figure references. */
export function splitFigures(
  text: string,
): ({ kind: 'text'; value: string } | { kind: 'figure'; letters: string })[] {
  const parts: ({ kind: 'text'; value: string } | { kind: 'figure'; letters: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(FIGURE_MARKER)) {
    if (match.index > last) parts.push({ kind: 'text', value: text.slice(last, match.index) });
    parts.push({ kind: 'figure', letters: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', value: text.slice(last) });
  return parts;
}

/**
 * A figure of imported content, served by the organization's figure route. OATutor gives no text alternative,
 * so the alt text says which figure of the problem it is (the hints refer to them that way).
 */
export function ContentFigure({ letters }: { letters: string }) {
  const { t } = useTranslation();
  // The figure belongs to the organization in the URL, whatever the viewer's role in it.
  const { orgSlug } = useParams();
  const orgId = useContext(SessionContext)?.me?.memberships.find((m) => m.orgSlug === orgSlug)?.orgId ?? null;
  const { ordinal, sha256 } = decodeFigure(letters);
  const alt = t('learning.figure.imageAlt', { number: ordinal });
  if (!orgId) return <span>[{alt}]</span>;
  return (
    <img
      src={`/api/orgs/${orgId}/figures/${sha256}`}
      alt={alt}
      loading="lazy"
      className="pw-content-figure"
      style={{ display: 'block', maxWidth: '100%', maxHeight: 360, margin: '8px 0' }}
    />
  );
}
