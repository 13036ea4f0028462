import type { JobProfileBody } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import { type RequiredSkill, suggestedChoice } from '@pathwise/core/employer-match';
import type { AppContext } from '../runtime/types.ts';
import { requireCatalog } from './occupations.ts';

const ESCO_OCCUPATION = 'http://data.europa.eu/esco/occupation/';

/** A job profile's name, source and skills, ready to store. */
export interface ProfileDraft {
  name: string;
  source: 'manual' | 'onet' | 'esco';
  sourceCode: string | null;
  skills: RequiredSkill[];
}

/**
 * The profile of the body's O*NET or ESCO occupation (`onetCode`, else `escoUri`; read from the shared data at run
 * time): with `skills` in the body, those of the occupation's skills (by code; name and importance from the data)
 * and whether each is required; without, its important (O*NET) or essential (ESCO) skills, all required. A code
 * that is not the occupation's is a 400 naming the field.
 *
 * @example
 * await profileFromOccupation(ctx, { onetCode: '43-3031.00', skills: [{ name: 'Mathematics', code: '2.A.1.e' }] });
 */
export async function profileFromOccupation(ctx: AppContext, body: JobProfileBody): Promise<ProfileDraft> {
  const [source, sourceCode, field] = body.onetCode
    ? (['onet', body.onetCode, 'body/onetCode'] as const)
    : (['esco', body.escoUri ?? '', 'body/escoUri'] as const);
  const { catalog } = await requireCatalog(ctx, source);
  const code = source === 'esco' ? sourceCode.slice(ESCO_OCCUPATION.length) : sourceCode;
  const occupation = catalog.find(code);
  if (!occupation)
    throw new AppError('validation_failed', `No such occupation: ${sourceCode}`, [
      { field, message: `is not an occupation of ${source === 'onet' ? 'O*NET' : 'ESCO'}` },
    ]);
  const all = catalog.skillsOf(code);
  const byCode = new Map(all.map((s) => [s.code, s]));
  const chosen = body.skills
    ? body.skills.map((s, i) => {
        const skill = s.code === undefined ? undefined : byCode.get(s.code);
        if (!skill)
          throw new AppError('validation_failed', `Not a skill of ${occupation.title}: ${s.code ?? s.name}`, [
            { field: `body/skills/${i}/code`, message: `is not a skill of ${occupation.title}` },
          ]);
        return { skill, required: s.required ?? true };
      })
    : all.filter((s) => suggestedChoice(s) === 'required').map((skill) => ({ skill, required: true }));
  if (new Set(chosen.map((c) => c.skill.code)).size !== chosen.length)
    throw new AppError('validation_failed', 'A skill is chosen twice', [
      { field: 'body/skills', message: 'names a skill twice' },
    ]);
  if (chosen.length === 0)
    throw new AppError('validation_failed', `${occupation.title} has no rated skills to require`, [
      { field, message: 'has no rated skills' },
    ]);
  return {
    name: body.name ?? occupation.title,
    source,
    sourceCode,
    skills: chosen.map(({ skill, required }) => ({
      name: skill.name,
      code: skill.code,
      skillIds: [],
      ...(skill.importance === null ? {} : { importance: skill.importance }),
      required,
    })),
  };
}
