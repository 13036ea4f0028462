/** The HTML a learner pastes into their own page to show a credential's badge, linked to its verification. */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe inside HTML, in an element or a quoted attribute. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/**
 * An embeddable badge: a link to the credential's public verification address around its badge image (the image
 * described by `alt`), or around `text` when the credential has no image. Every value is escaped, so an
 * achievement's name can never become markup on the learner's page.
 *
 * @example
 * badgeSnippet({ verificationUrl: 'https://pw.example/verify/share/pws_x', imageUrl: null, alt: '', text: 'Verified: A & B' });
 * // '<a href="https://pw.example/verify/share/pws_x">Verified: A &amp; B</a>'
 */
export function badgeSnippet(input: {
  verificationUrl: string;
  imageUrl: string | null;
  alt: string;
  text: string;
}): string {
  const href = escapeHtml(input.verificationUrl);
  const inner = input.imageUrl
    ? `<img src="${escapeHtml(input.imageUrl)}" alt="${escapeHtml(input.alt)}" width="120" height="120">`
    : escapeHtml(input.text);
  return `<a href="${href}">${inner}</a>`;
}
