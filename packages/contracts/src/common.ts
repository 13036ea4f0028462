import { ERROR_CODES, LOCALES, ROLES } from '@pathwise/core';
import { type Static, Type } from 'typebox';

/** A string that must be one of `values`; validation errors then list the allowed values. */
export function StringEnum<const T extends readonly string[]>(
  values: T,
  options: { description?: string } = {},
) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

export const RoleSchema = StringEnum(ROLES);
export const LocaleSchema = StringEnum(LOCALES);
export const Uuid = Type.String({ format: 'uuid' });
export const DateTime = Type.String({ format: 'date-time' });
export const NullableDateTime = Type.Union([DateTime, Type.Null()]);
export const OrgParams = Type.Object({ orgId: Type.String() });

/** A text in every language the product speaks. */
export const LocalizedSchema = Type.Object({ en: Type.String(), es: Type.String() });
export type Localized = Static<typeof LocalizedSchema>;

/**
 * Where a learner stands on a skill, the same on every page: not started (no answers, not credited: no
 * estimate), learning, mastered, mastered with a review due (or the estimate fell below the mastery chance), or
 * credited from placement (mastered without a question on it: no estimate).
 */
export const SkillStandingSchema = StringEnum([
  'not-started',
  'learning',
  'mastered',
  'mastered-review-due',
  'credited',
]);
export type SkillStandingStatus = Static<typeof SkillStandingSchema>;
/** The model's chance of a right answer now, or null when nothing was measured (not started, credited). */
export const NullableEstimate = Type.Union([Type.Number(), Type.Null()]);

export const ErrorCodeSchema = StringEnum(Object.keys(ERROR_CODES) as (keyof typeof ERROR_CODES)[]);

/** Every error answer: `application/problem+json` (RFC 9457) with our closed list of codes. */
export const ProblemSchema = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.String(),
  code: ErrorCodeSchema,
  errors: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
});
export type Problem = Static<typeof ProblemSchema>;

/** The answer of a route that only says it worked. */
export const OkSchema = Type.Object({ ok: Type.Literal(true) });
