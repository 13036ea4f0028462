/** The longest slug: the address part of an organization's pages (`/o/<slug>`). */
export const SLUG_MAX = 48;

/**
 * A URL-safe slug from a name: accents dropped, lower case, runs of anything else made one dash, at most
 * {@link SLUG_MAX} characters, no dash at either end. May be shorter than 2 characters (even empty) for a name
 * without letters or digits: the caller decides (pad it, or ask for a slug).
 *
 * @example
 * slugify('Escuela Río Claro'); // 'escuela-rio-claro'
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX)
    .replace(/-+$/, '');
}
