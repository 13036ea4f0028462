import { Type } from 'typebox';
import { IMPORT_FORMATS, type ImportFormat } from '../../importers/parse-import.ts';
import { StringEnum } from '../../presenters.ts';

const MiB = 1024 * 1024;
/**
 * The largest problems file accepted per format, in characters: about three times the published dataset
 * (OATutor 5.2 MB, MathCAMPS 3.4 MB, GSM8K Socratic 1.1 MB). Larger is refused with 413 before anything is read.
 */
export const MAX_PROBLEMS_CHARS: Readonly<Record<ImportFormat, number>> = {
  oatutor: 16 * MiB,
  mathcamps: 12 * MiB,
  gsm8k: 4 * MiB,
};
/** The largest companion file (MathCAMPS standards.json 28 kB, OATutor bkt-params.json 27 kB). */
export const MAX_COMPANION_CHARS = MiB;
/** Figures per import (OATutor has 232). */
export const MAX_FIGURES = 1000;
/** A figure's base64 text: 2 MB of bytes at most (the type and exact size are checked per record). */
const MAX_FIGURE_CHARS = Math.ceil((2 * 1024 * 1024) / 3) * 4 + 4;
/** The whole upload: the problems file, its companion file and the figures as base64 (OATutor: about 18 MB). */
export const MAX_IMPORT_BODY = 48 * MiB;

export const ImportBody = Type.Object(
  {
    format: StringEnum(IMPORT_FORMATS),
    // NOTE: the caps per format and file are checked by the handler (413 naming the file); the body limit bounds these.
    problems: Type.String({
      minLength: 1,
      description: 'JSONL; at most 16 MiB (oatutor), 12 MiB (mathcamps) or 4 MiB (gsm8k) of characters',
    }),
    standards: Type.Optional(Type.String({ description: 'at most 1 MiB' })),
    bktParams: Type.Optional(Type.String({ description: 'at most 1 MiB' })),
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
  rejected: Type.Array(Type.Object({ line: Type.Integer(), field: Type.String(), message: Type.String() }), {
    description: 'the first rejected records (at most 100)',
  }),
  rejectedCount: Type.Optional(Type.Integer({ description: 'every problem found, counted' })),
  rejectedByReason: Type.Optional(
    Type.Record(Type.String(), Type.Integer(), { description: 'problems counted by field and reason' }),
  ),
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
