import { type Static, Type } from 'typebox';
import { LocalizedSchema } from '../common.ts';

export const PublicSkillParams = Type.Object({
  slug: Type.String({ pattern: '^[a-z0-9-]{1,100}$' }),
  skillId: Type.String({ minLength: 1, maxLength: 200, pattern: '^[^\\s/]+$' }),
});

const SkillRef = Type.Object({ id: Type.String(), name: LocalizedSchema });

/** A framework skill as published to anyone: what a credential's alignment points to. */
export const PublicSkillSchema = Type.Object({
  organization: Type.Object({ name: Type.String(), slug: Type.String() }),
  id: Type.String(),
  framework: Type.String(),
  name: LocalizedSchema,
  description: LocalizedSchema,
  strand: Type.Union([SkillRef, Type.Null()], { description: 'The skill that groups it, if any' }),
  prerequisites: Type.Array(SkillRef),
});
export type PublicSkill = Static<typeof PublicSkillSchema>;
