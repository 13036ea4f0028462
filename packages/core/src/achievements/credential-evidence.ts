import { fieldPath, parseStoredJson } from '../stored-json/parse-stored-json.ts';

/** A piece of evidence in a credential (Open Badges 3.0 `Evidence` without its `type`): words, the work's URL. */
export interface CredentialEvidence {
  /** The address of the work, when there is one. */
  id?: string;
  name?: string;
  description?: string;
  narrative?: string;
  genre?: string;
}

const PARTS = ['id', 'name', 'description', 'narrative', 'genre'] as const;

/**
 * Reads a credential's stored evidence (the `issued_credentials.evidence` JSONB column) back, keeping the parts
 * Open Badges names, each a string when present. Throws a `StoredJsonError` naming the column and each bad part.
 *
 * @example
 * parseCredentialEvidence(row.evidence)[0]?.narrative; // 'Planned a class trip budget with gains and losses.'
 */
export function parseCredentialEvidence(json: unknown): CredentialEvidence[] {
  return parseStoredJson('issued_credentials.evidence', json, (value, r) =>
    r.array(value, '', (v, path) => {
      const evidence = r.object(v, path);
      const part = (key: (typeof PARTS)[number]) =>
        evidence[key] === undefined ? {} : { [key]: r.string(evidence[key], fieldPath(path, key)) };
      return {
        ...part('id'),
        ...part('name'),
        ...part('description'),
        ...part('narrative'),
        ...part('genre'),
      };
    }),
  );
}
