import { type CompanionKey, IMPORT_FORMAT_NAMES, IMPORT_FORMATS } from '@pathwise/core/importers';
import { type Static, Type } from 'typebox';
import { DateTime, LocalizedSchema, StringEnum, Uuid } from './common.ts';

const MiB = 1024 * 1024;
/** The largest companion file (MathCAMPS standards.json 28 kB, OATutor bkt-params.json 27 kB, course-plan.json 27 kB). */
export const MAX_COMPANION_CHARS = MiB;
/** Figures per import (OATutor has 232). */
export const MAX_FIGURES = 1000;
/** A figure's base64 text: 2 MB of bytes at most (the type and exact size are checked per record). */
const MAX_FIGURE_CHARS = Math.ceil((2 * 1024 * 1024) / 3) * 4 + 4;
/** The whole upload: the problems file, its companion files and the figures as base64 (OATutor: about 18 MB). */
export const MAX_IMPORT_BODY = 48 * MiB;

/** The name of an import format: the registry's names (`IMPORT_FORMATS` in `@pathwise/core/importers`). */
export const ImportFormatSchema = StringEnum(IMPORT_FORMAT_NAMES);
export type ImportFormatName = Static<typeof ImportFormatSchema>;

const COMPANION_KEYS: readonly CompanionKey[] = ['standards', 'bktParams', 'coursePlan'];
const caps = IMPORT_FORMAT_NAMES.map((f) => `${IMPORT_FORMATS[f].maxProblemsChars / MiB} MiB (${f})`).join(
  ', ',
);

export const ImportBodySchema = Type.Object(
  {
    format: ImportFormatSchema,
    // NOTE: the caps per format and file are checked by the use case (413 naming the file); the body limit bounds these.
    problems: Type.String({ minLength: 1, description: `JSONL; at most ${caps} of characters` }),
    standards: Type.Optional(Type.String({ description: 'MathCAMPS standards.json; at most 1 MiB' })),
    bktParams: Type.Optional(Type.String({ description: 'OATutor bkt-params.json; at most 1 MiB' })),
    coursePlan: Type.Optional(Type.String({ description: 'OATutor course-plan.json; at most 1 MiB' })),
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
export type ImportBody = Static<typeof ImportBodySchema>;

export const ImportAttributionSchema = Type.Object({
  dataset: Type.String(),
  text: Type.String(),
  license: Type.String(),
  url: Type.String(),
});
export type ImportAttribution = Static<typeof ImportAttributionSchema>;

export const ImportProblemSchema = Type.Object({
  line: Type.Integer(),
  field: Type.String(),
  message: Type.String(),
});

/** The reason under which good records are counted when nothing was written (broken records elsewhere). */
export const NOT_WRITTEN_REASON =
  '(not written: other records are broken and a partial import was not chosen)';

export const ImportReportSchema = Type.Object({
  source: Type.String(),
  framework: Type.String(),
  pathwayId: Type.String(),
  /** The imported pathway is a draft until an administrator publishes it. */
  pathwayStatus: StringEnum(['draft', 'published']),
  attribution: ImportAttributionSchema,
  records: Type.Integer({ description: 'records read: imported + importedAsSteps + every skipped one' }),
  imported: Type.Integer({ description: 'records that became items' }),
  importedAsSteps: Type.Integer({ description: 'records that became steps of an earlier item (follow-ups)' }),
  skippedByReason: Type.Record(Type.String(), Type.Integer(), {
    description: 'records not imported, by reason; with imported and importedAsSteps they sum to records',
  }),
  skills: Type.Integer(),
  figures: Type.Integer(),
  written: Type.Boolean(),
  rejected: Type.Array(ImportProblemSchema, { description: 'the first rejected records (at most 100)' }),
  rejectedCount: Type.Integer({ description: 'every problem found, counted' }),
  rejectedByReason: Type.Record(Type.String(), Type.Integer(), {
    description: 'problems counted by field and reason',
  }),
});
export type ImportReport = Static<typeof ImportReportSchema>;

export const ImportRunStatusSchema = StringEnum(['queued', 'parsing', 'writing', 'done', 'failed']);

export const ImportRunSchema = Type.Object({
  id: Uuid,
  format: ImportFormatSchema,
  status: ImportRunStatusSchema,
  done: Type.Integer({ description: 'records read (parsing) or items written (writing) so far' }),
  total: Type.Integer(),
  report: Type.Union([ImportReportSchema, Type.Null()], { description: 'once the run is done' }),
  error: Type.Union([Type.String(), Type.Null()]),
  createdAt: DateTime,
});
export type ImportRun = Static<typeof ImportRunSchema>;

export const ImportRunParams = Type.Object({ orgId: Type.String(), importId: Uuid });
export const ContentFigureParams = Type.Object({
  orgId: Type.String(),
  sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
});

export const ImportAttributionQuery = Type.Object({ source: Type.String({ minLength: 1, maxLength: 100 }) });
export const SourceAttributionSchema = Type.Object({
  source: Type.String(),
  attribution: Type.Union([ImportAttributionSchema, Type.Null()]),
});
export type SourceAttribution = Static<typeof SourceAttributionSchema>;

/** One import format as the web page offers it (from the registry). */
export const ImportFormatInfoSchema = Type.Object({
  name: ImportFormatSchema,
  label: Type.String({ description: "the dataset's own name" }),
  problemsFile: Type.String(),
  companions: Type.Array(
    Type.Object({ key: StringEnum(COMPANION_KEYS), file: Type.String(), required: Type.Boolean() }),
  ),
  figures: Type.Boolean(),
  maxProblemsChars: Type.Integer(),
  attribution: ImportAttributionSchema,
});
export type ImportFormatInfo = Static<typeof ImportFormatInfoSchema>;
export const ImportFormatListSchema = Type.Object({ formats: Type.Array(ImportFormatInfoSchema) });
export type ImportFormatList = Static<typeof ImportFormatListSchema>;

/** A pathway an import made that learners do not see yet. */
export const DraftPathwaySchema = Type.Object({
  id: Type.String(),
  name: LocalizedSchema,
  description: LocalizedSchema,
  attribution: Type.Union([ImportAttributionSchema, Type.Null()]),
  goalSkills: Type.Integer(),
});
export type DraftPathway = Static<typeof DraftPathwaySchema>;
export const DraftPathwayListSchema = Type.Object({ pathways: Type.Array(DraftPathwaySchema) });
export type DraftPathwayList = Static<typeof DraftPathwayListSchema>;

export const PathwayPublishParams = Type.Object({
  orgId: Type.String(),
  pathwayId: Type.String({ minLength: 1, maxLength: 200 }),
});
export const PublishedPathwaySchema = Type.Object({
  id: Type.String(),
  status: Type.Literal('published'),
});
export type PublishedPathway = Static<typeof PublishedPathwaySchema>;
