import { readFileSync } from 'node:fs';

/** An issuer outside this installation that the operator vouches for (TRUSTED_ISSUERS). */
export interface TrustedIssuer {
  /** The issuer's DID, as credentials name it. */
  id: string;
  /** The name the verifier shows for it (not the name a credential claims). */
  name: string;
}

const DID = /^did:[a-z0-9]+:[A-Za-z0-9._:%-]+$/;

/**
 * Parses TRUSTED_ISSUERS: a path to a JSON file (`[{ "id": "did:…", "name": "…" }]`; a value starting with `/` or
 * `.`), or an inline list `did:…=Name; did:…=Name` (entries separated by `;` or new lines). Pushes every problem
 * to `problems` and returns the good entries.
 *
 * @example
 * parseTrustedIssuers('did:web:example.edu=Example University', problems);
 */
export function parseTrustedIssuers(raw: string | undefined, problems: string[]): TrustedIssuer[] {
  const value = raw?.trim();
  if (!value) return [];
  const fromFile = value.startsWith('/') || value.startsWith('.');
  const entries = fromFile ? readRegistryFile(value, problems) : readInlineList(value);
  if (!entries) return [];
  const found: TrustedIssuer[] = [];
  const where = fromFile ? `TRUSTED_ISSUERS file ${value}` : 'TRUSTED_ISSUERS';
  for (const [i, entry] of entries.entries()) {
    const id = typeof entry.id === 'string' ? entry.id.trim() : '';
    const name = typeof entry.name === 'string' ? entry.name.trim() : '';
    if (!DID.test(id))
      problems.push(`${where}: entry ${i + 1} needs a DID (got "${String(entry.id ?? '')}")`);
    else if (!name || name.length > 200)
      problems.push(`${where}: entry ${i + 1} (${id}) needs a name of 1 to 200 characters`);
    else if (found.some((issuer) => issuer.id === id)) problems.push(`${where}: ${id} is listed twice`);
    else found.push({ id, name });
  }
  return found;
}

function readInlineList(value: string): { id?: unknown; name?: unknown }[] {
  return value
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const at = part.indexOf('=');
      return at < 0 ? { id: part } : { id: part.slice(0, at), name: part.slice(at + 1) };
    });
}

function readRegistryFile(path: string, problems: string[]): { id?: unknown; name?: unknown }[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(`TRUSTED_ISSUERS file ${path} cannot be read as JSON: ${(error as Error).message}`);
    return null;
  }
  if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === 'object' && item !== null)) {
    problems.push(`TRUSTED_ISSUERS file ${path} must hold a JSON array of { "id", "name" } objects`);
    return null;
  }
  return parsed as { id?: unknown; name?: unknown }[];
}
