import { OCCUPATION_SOURCES } from '@pathwise/core/employer-match';
import { type Static, Type } from 'typebox';
import { LocalizedSchema, StringEnum } from '../common.ts';

/** O*NET (US) or ESCO (EU): the occupational frameworks a job profile is built from. */
export const OccupationSourceSchema = StringEnum(OCCUPATION_SOURCES);

/** An O*NET-SOC code (`43-3031.00`) or the UUID that ends an ESCO occupation URI. */
const OccupationCode = Type.String({ pattern: '^(\\d{2}-\\d{4}\\.\\d{2}|[0-9a-f]{8}-[0-9a-f-]{27})$' });

export const OccupationSearchQuery = Type.Object({
  q: Type.String({ minLength: 1, maxLength: 100, description: 'Words of the title or an alternative title' }),
  source: Type.Optional(StringEnum(OCCUPATION_SOURCES, { description: 'Omitted: both, merged by rank' })),
});

/** One occupation found, with the alternative title that matched when it was not its own title. */
export const OccupationHitSchema = Type.Object({
  source: OccupationSourceSchema,
  code: OccupationCode,
  uri: Type.Union([Type.String(), Type.Null()], { description: 'The ESCO concept URI; null for O*NET' }),
  title: Type.String(),
  matchedTitle: Type.Union([Type.String(), Type.Null()]),
  description: Type.String(),
  skillCount: Type.Integer({ minimum: 0, description: '0: the source rates no skills for it' }),
});
export type FoundOccupation = Static<typeof OccupationHitSchema>;

/**
 * Occupations found (ranked: exact title, title prefix, all words, word prefixes), at most 20; when none,
 * `broader` holds shorter queries that do find some. `missing` names the sources whose data this server does not
 * have (the shared data folder is absent), with the reason in `note`.
 */
export const OccupationSearchResultSchema = Type.Object({
  query: Type.String(),
  results: Type.Array(OccupationHitSchema),
  total: Type.Integer({ minimum: 0, description: 'How many matched before the cap' }),
  broader: Type.Array(Type.String()),
  missing: Type.Array(OccupationSourceSchema),
  note: Type.Union([Type.String(), Type.Null()]),
});
export type OccupationSearchResult = Static<typeof OccupationSearchResultSchema>;

export const OccupationParams = Type.Object({
  orgId: Type.String(),
  source: OccupationSourceSchema,
  code: OccupationCode,
});

/** A framework skill of the organization mapped to an occupation's skill, and how (SKOS). */
export const OccupationCrosswalkSchema = Type.Object({
  skillId: Type.String(),
  name: LocalizedSchema,
  relation: StringEnum(['exactMatch', 'closeMatch', 'narrowMatch', 'broadMatch']),
});

/** One skill of an occupation, readable, with its crosswalk to the organization's framework. */
export const PreviewSkillSchema = Type.Object({
  code: Type.String({ description: 'O*NET element id, or the ESCO label as crosswalks name it' }),
  name: Type.String(),
  description: Type.Union([Type.String(), Type.Null()]),
  group: StringEnum(['skill', 'knowledge', 'essential', 'optional']),
  importance: Type.Union([Type.Number(), Type.Null()], { description: 'O*NET importance, 1 to 5' }),
  uri: Type.Union([Type.String(), Type.Null()], { description: 'The ESCO skill URI when known' }),
  suggested: StringEnum(['required', 'niceToHave', 'omit']),
  crosswalk: Type.Array(OccupationCrosswalkSchema, {
    description: 'The framework skills mapped to it; [] none',
  }),
});
export type PreviewSkill = Static<typeof PreviewSkillSchema>;

/** An occupation and its skills, to choose from for a job profile. */
export const OccupationPreviewSchema = Type.Object({
  source: OccupationSourceSchema,
  code: Type.String(),
  uri: Type.Union([Type.String(), Type.Null()]),
  title: Type.String(),
  description: Type.String(),
  skills: Type.Array(PreviewSkillSchema),
});
export type OccupationPreview = Static<typeof OccupationPreviewSchema>;

/** The organization's framework skills an employer may require in a profile made by hand. */
export const ProfileSkillChoicesSchema = Type.Object({
  skills: Type.Array(
    Type.Object({
      id: Type.String(),
      parentId: Type.Union([Type.String(), Type.Null()]),
      name: LocalizedSchema,
      description: LocalizedSchema,
    }),
  ),
});
export type ProfileSkillChoices = Static<typeof ProfileSkillChoicesSchema>;
