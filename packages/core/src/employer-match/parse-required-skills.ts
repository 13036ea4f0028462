import { fieldPath, parseStoredJson } from '../stored-json/parse-stored-json.ts';
import type { RequiredSkill } from './match-profile.ts';

/**
 * Reads a job profile's stored skills (the `job_profiles.skills` JSONB column) back: each a name, the framework
 * skills that count for it, and its code, importance and `required` flag when it has them. Throws a
 * `StoredJsonError` naming the column and each bad part.
 *
 * @example
 * parseRequiredSkills(row.skills)[0]?.skillIds; // ['alg.integers-add']
 */
export function parseRequiredSkills(json: unknown): RequiredSkill[] {
  return parseStoredJson('job_profiles.skills', json, (value, r) =>
    r.array(value, '', (v, path) => {
      const skill = r.object(v, path);
      return {
        name: r.string(skill.name, fieldPath(path, 'name')),
        ...(skill.code === undefined ? {} : { code: r.string(skill.code, fieldPath(path, 'code')) }),
        skillIds: r.array(skill.skillIds, fieldPath(path, 'skillIds'), (id, at) => r.string(id, at)),
        ...(skill.importance === undefined
          ? {}
          : { importance: r.number(skill.importance, fieldPath(path, 'importance')) }),
        ...(skill.required === undefined
          ? {}
          : { required: r.boolean(skill.required, fieldPath(path, 'required')) }),
      };
    }),
  );
}
