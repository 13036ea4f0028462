export { answerFromText } from './answer-from-text.ts';
export { attributionOfSource } from './attribution-of-source.ts';
export { gsm8kAttribution, mathcampsAttribution } from './dataset-attributions.ts';
export { decodeFigureMarker, FIGURE_MARKER, figureMarker } from './figure-marker.ts';
export { type FigureMediaType, figureMediaType, MAX_FIGURE_BYTES } from './figure-media-type.ts';
export {
  type CompanionFile,
  type CompanionKey,
  type FormatFiles,
  IMPORT_FORMAT_NAMES,
  IMPORT_FORMATS,
  type ImportFormat,
  type ImportFormatSpec,
  importFormat,
  isImportFormat,
  type LineParser,
} from './import-formats.ts';
export { type ImportReport, parseImportReport, type StoredImportReport } from './import-report.ts';
export type {
  ImportAttribution,
  ImportedItem,
  ImportedPathway,
  ImportedSkill,
  ImportProblem,
  ImportResult,
} from './import-result.ts';
export {
  type ImportLine,
  KEPT_PROBLEMS,
  linesOf,
  MAX_JSON_DEPTH,
  MAX_LINE_CHARS,
} from './jsonl-records.ts';
export { latexToAscii } from './latex-to-ascii.ts';
export { oatutorAttribution } from './oatutor-attribution.ts';
export { oatutorFramework, skillName, wholeSkillTags } from './oatutor-skills.ts';
export {
  CASE_CROSSWALK_FRAMEWORK,
  CASE_FRAMEWORK_PREFIX,
  type CaseCrosswalk,
  type CasePackage,
  type CaseProblem,
  type CaseSkill,
  type CaseSkipped,
  parseCasePackage,
} from './parse-case-package.ts';
export { GSM8K_SKILL, Gsm8kParser, parseGsm8k } from './parse-gsm8k.ts';
export { CCSS_PREFIX, MathcampsParser, parseMathcamps } from './parse-mathcamps.ts';
export { OATUTOR_PREFIX, type OatutorOptions, OatutorParser, parseOatutor } from './parse-oatutor.ts';
export {
  datasetFigureRef,
  figuresUsed,
  resolveItemFigures,
  type SuppliedFigure,
} from './resolve-figures.ts';
