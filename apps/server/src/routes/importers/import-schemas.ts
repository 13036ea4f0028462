import { Type } from 'typebox';
import { IMPORT_FORMATS } from '../../importers/parse-import.ts';
import { StringEnum } from '../../presenters.ts';

/** The largest import file accepted, per file (OATutor's problems are 5 MB). */
export const MAX_FILE_CHARS = 16 * 1024 * 1024;
/** Figures per import (OATutor has 232). */
export const MAX_FIGURES = 1000;
/** A figure's base64 text: 2 MB of bytes at most (the type and exact size are checked per record). */
const MAX_FIGURE_CHARS = Math.ceil((2 * 1024 * 1024) / 3) * 4 + 4;
/** The whole upload: the problems file, its companion file and the figures as base64 (OATutor: about 18 MB). */
export const MAX_IMPORT_BODY = 48 * 1024 * 1024;

export const ImportBody = Type.Object(
  {
    format: StringEnum(IMPORT_FORMATS),
    problems: Type.String({ minLength: 1, maxLength: MAX_FILE_CHARS }),
    standards: Type.Optional(Type.String({ maxLength: 1024 * 1024 })),
    bktParams: Type.Optional(Type.String({ maxLength: 1024 * 1024 })),
    figures: Type.Optional(
      Type.Array(
        Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 200, pattern: '^[^/\\\\]+$' }),
            data: Type.String({ maxLength: MAX_FIGURE_CHARS, pattern: '^[A-Za-z0-9+/]*={0,2}$' }),
          },
          { additionalProperties: false },
        ),
        { maxItems: MAX_FIGURES, description: 'OATutor figure files by file name, base64' },
      ),
    ),
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
  figures: Type.Integer(),
  written: Type.Boolean(),
  rejected: Type.Array(Type.Object({ line: Type.Integer(), field: Type.String(), message: Type.String() })),
});

export const ImportRunSchema = Type.Object({
  id: Type.String(),
  format: Type.String(),
  status: StringEnum(['queued', 'parsing', 'writing', 'done', 'failed']),
  done: Type.Integer({ description: 'records read (parsing) or items written (writing) so far' }),
  total: Type.Integer(),
  report: Type.Union([ImportReportSchema, Type.Null()], { description: 'once the run is done' }),
  error: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
});

export const ImportRunParams = Type.Object({
  orgId: Type.String(),
  importId: Type.String({ format: 'uuid' }),
});
export const FigureParams = Type.Object({
  orgId: Type.String(),
  sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
});
