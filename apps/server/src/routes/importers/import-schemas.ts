import { Type } from 'typebox';
import { IMPORT_FORMATS } from '../../importers/parse-import.ts';
import { StringEnum } from '../../presenters.ts';

/** The largest import file accepted, per file (OATutor's problems are 5 MB). */
export const MAX_FILE_CHARS = 16 * 1024 * 1024;

export const ImportBody = Type.Object(
  {
    format: StringEnum(IMPORT_FORMATS),
    problems: Type.String({ minLength: 1, maxLength: MAX_FILE_CHARS }),
    standards: Type.Optional(Type.String({ maxLength: 1024 * 1024 })),
    bktParams: Type.Optional(Type.String({ maxLength: 1024 * 1024 })),
    acceptPartial: Type.Boolean({ default: false }),
  },
  { additionalProperties: false },
);

export const AttributionSchema = Type.Object({
  dataset: Type.String(),
  text: Type.String(),
  license: Type.String(),
  url: Type.String(),
});

export const ImportReportSchema = Type.Object({
  source: Type.String(),
  framework: Type.String(),
  pathwayId: Type.String(),
  attribution: AttributionSchema,
  records: Type.Integer(),
  imported: Type.Integer(),
  skills: Type.Integer(),
  written: Type.Boolean(),
  rejected: Type.Array(Type.Object({ line: Type.Integer(), field: Type.String(), message: Type.String() })),
});
