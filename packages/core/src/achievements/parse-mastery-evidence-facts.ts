import { fieldPath, parseStoredJson, type StoredJsonReader } from '../stored-json/parse-stored-json.ts';
import type { MasteryEvidenceFacts } from './mastery-evidence.ts';

const VIA = ['practice', 'placement'] as const;

const nullable = <T>(v: unknown, read: (v: unknown) => T): T | null => (v === null ? null : read(v));

/** An ISO 8601 date-time, noted as a problem when it is not one. */
function isoDate(r: StoredJsonReader, v: unknown, path: string): string {
  const s = r.string(v, path);
  if (typeof v === 'string' && Number.isNaN(Date.parse(s))) r.problem(path, 'must be an ISO 8601 date-time');
  return s;
}

/**
 * Reads a credential's evidence facts (the nullable `issued_credentials.evidence_facts` JSONB column) back:
 * null for a credential without them (a teacher's award, an administrator's re-award, one issued before
 * migration 0026). Throws a `StoredJsonError` naming the column and each bad part.
 *
 * @example
 * parseMasteryEvidenceFacts(row.evidence_facts)?.skills[0]?.via; // 'practice'
 */
export function parseMasteryEvidenceFacts(json: unknown): MasteryEvidenceFacts | null {
  if (json === null || json === undefined) return null;
  return parseStoredJson('issued_credentials.evidence_facts', json, (value, r) => {
    const facts = r.object(value, '');
    const count = (v: unknown, path: string) => nullable(v, (n) => r.number(n, path, { min: 0 }));
    return {
      skills: r.array(facts.skills, 'skills', (s, path) => {
        const skill = r.object(s, path);
        const at = (key: string) => fieldPath(path, key);
        const name = r.object(skill.name, at('name'));
        return {
          skillId: r.string(skill.skillId, at('skillId')),
          name: { en: r.string(name.en, at('name.en')), es: r.string(name.es, at('name.es')) },
          masteredAt: nullable(skill.masteredAt, (v) => isoDate(r, v, at('masteredAt'))),
          via: nullable(skill.via, (v) => r.oneOf(v, at('via'), VIA)),
          items: count(skill.items, at('items')),
          right: count(skill.right, at('right')),
        };
      }),
      stacked: r.array(facts.stacked, 'stacked', (s, path) => {
        const part = r.object(s, path);
        const at = (key: string) => fieldPath(path, key);
        return {
          achievementId: r.string(part.achievementId, at('achievementId')),
          name: r.string(part.name, at('name')),
          credentialId: nullable(part.credentialId, (v) => r.string(v, at('credentialId'))),
          issuedAt: nullable(part.issuedAt, (v) => isoDate(r, v, at('issuedAt'))),
        };
      }),
    };
  });
}
