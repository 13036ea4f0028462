import { type Static, Type } from 'typebox';
import { LocalizedSchema } from './common.ts';

/** The skills framework: skills, pathways and CASE package import. */

/** A skill, pathway or framework id: text chosen by the content (`alg.slope`, `ccss.6.EE.A.1`). */
const ContentId = Type.String({ minLength: 1, maxLength: 200, pattern: '^[^\\s/]+$' });

/** A description's length: room for the longest standards statements an import brings (CASE fullStatement). */
const MAX_DESCRIPTION = 10_000;

const Names = Type.Object(
  {
    en: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    es: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
  },
  { additionalProperties: false },
);
const Descriptions = Type.Object(
  { en: Type.String({ maxLength: MAX_DESCRIPTION }), es: Type.String({ maxLength: MAX_DESCRIPTION }) },
  { additionalProperties: false },
);

export const FrameworkSkillParams = Type.Object({ orgId: Type.String(), skillId: ContentId });
export const FrameworkPathwayParams = Type.Object({ orgId: Type.String(), pathwayId: ContentId });

const skillFields = {
  name: Names,
  description: Descriptions,
  parentId: Type.Union([ContentId, Type.Null()], { description: 'The skill above it in the hierarchy' }),
  prerequisites: Type.Array(ContentId, {
    uniqueItems: true,
    maxItems: 200,
    description: 'The skills to master first',
  }),
};

export const FrameworkSkillBody = Type.Object(skillFields, { additionalProperties: false });

/** A new skill: its id with the rest. */
export const NewFrameworkSkillBody = Type.Object(
  { id: ContentId, ...skillFields },
  { additionalProperties: false },
);

const pathwayFields = {
  name: Names,
  description: Descriptions,
  goalSkillIds: Type.Array(ContentId, {
    minItems: 1,
    uniqueItems: true,
    maxItems: 500,
    description: 'The goal: skills a learner of the pathway sets out to master (their prerequisites join in)',
  }),
};

export const FrameworkPathwayBody = Type.Object(pathwayFields, { additionalProperties: false });

/** A new pathway: its id with the rest. */
export const NewFrameworkPathwayBody = Type.Object(
  { id: ContentId, ...pathwayFields },
  { additionalProperties: false },
);

export const FrameworkSkillSchema = Type.Object({
  id: Type.String(),
  framework: Type.String({ description: 'The framework (import or demo) the skill came from' }),
  parentId: Type.Union([Type.String(), Type.Null()]),
  name: LocalizedSchema,
  description: LocalizedSchema,
  prerequisites: Type.Array(Type.String()),
});

export const FrameworkPathwaySchema = Type.Object({
  id: Type.String(),
  framework: Type.String(),
  name: LocalizedSchema,
  description: LocalizedSchema,
  goalSkillIds: Type.Array(Type.String()),
});

export const FrameworkSchema = Type.Object({
  skills: Type.Array(FrameworkSkillSchema),
  pathways: Type.Array(FrameworkPathwaySchema),
});

/** The largest CASE package accepted (a state's full standards run to a few MB). */
export const MAX_CASE_BODY = 16 * 1024 * 1024;

/**
 * A CASE 1.0 CFPackage as JSON. Only its outline is checked here; the reader reports every broken item or
 * association by its path.
 */
export const CasePackageBody = Type.Object(
  {
    CFDocument: Type.Object({ identifier: Type.String({ minLength: 1 }) }, { additionalProperties: true }),
    CFItems: Type.Optional(Type.Array(Type.Unknown(), { maxItems: 50_000 })),
    CFAssociations: Type.Optional(Type.Array(Type.Unknown(), { maxItems: 200_000 })),
  },
  { additionalProperties: true, description: 'A CASE 1.0 CFPackage (CFDocument, CFItems, CFAssociations)' },
);

export const CaseImportReportSchema = Type.Object({
  framework: Type.String({ description: 'case:<CFDocument identifier>' }),
  title: Type.String(),
  skills: Type.Integer(),
  created: Type.Integer(),
  updated: Type.Integer(),
  prerequisites: Type.Integer(),
  crosswalks: Type.Integer(),
  skipped: Type.Array(
    Type.Object({ identifier: Type.String(), associationType: Type.String(), reason: Type.String() }),
  ),
  copiedLanguage: Type.Boolean({
    description: 'The package has one language; its text fills both English and Spanish',
  }),
});

export type FrameworkSkill = Static<typeof FrameworkSkillSchema>;
export type FrameworkPathway = Static<typeof FrameworkPathwaySchema>;
export type Framework = Static<typeof FrameworkSchema>;
/** What `PUT …/framework/skills/:skillId` takes. */
export type FrameworkSkillInput = Static<typeof FrameworkSkillBody>;
/** What `PUT …/framework/pathways/:pathwayId` takes. */
export type FrameworkPathwayInput = Static<typeof FrameworkPathwayBody>;
/** What `POST …/framework/case-import` wrote. */
export type CaseImportReport = Static<typeof CaseImportReportSchema>;
