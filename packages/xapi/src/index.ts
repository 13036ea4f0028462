/**
 * @pathwise/xapi — the database-free core of Pathwise's xAPI 1.0.3 / 2.0 Learning Record Store: statement
 * validation, preparation, formats, equivalence, GET /statements queries, multipart attachments, signed
 * statements, write planning (204/409, voiding), document resources, version negotiation, and the builder of
 * Pathwise's own statements. The LRS routes wire these
 * around a statement repository; nothing here does I/O.
 */
export { type LanguageRange, parseAcceptLanguage, pickLanguage } from './accept-language.ts';
export {
  type AlternateRequest,
  type AlternateRequestInput,
  readAlternateRequest,
} from './alternate-request.ts';
export {
  buildMultipartMixed,
  type MultipartPart,
  multipartBoundary,
  type OutgoingPart,
  parseMultipartMixed,
} from './attachments/multipart.ts';
export {
  type SignatureAlgorithm,
  type SignatureCheck,
  type SignedStatement,
  signStatement,
  verifyStatementSignature,
} from './attachments/signed-statement.ts';
export {
  type AttachmentData,
  attachmentsOf,
  buildStatementMultipart,
  matchAttachments,
  readStatementMultipart,
  type StatementRequestBody,
} from './attachments/statement-attachments.ts';
export {
  checkDocumentPreconditions,
  documentEtag,
  type PreconditionInput,
  type PreconditionResult,
} from './documents/document-concurrency.ts';
export {
  type DocumentMethod,
  type DocumentQuery,
  parseDocumentQuery,
  type XapiResource,
} from './documents/document-query.ts';
export { type DocumentBody, mergeDocumentPost } from './documents/merge-document.ts';
export { type FormatOptions, formatStatement } from './format-statement.ts';
export { isDuration, truncateDuration } from './formats/duration.ts';
export { isIri, isIrl } from './formats/iri.ts';
export { isLanguageTag } from './formats/language-tag.ts';
export { isMailtoIri, isMediaType, isSha1Hex, isSha2Hex } from './formats/mailto.ts';
export { type ParsedTimestamp, parseTimestamp, toUtcTimestamp } from './formats/timestamp.ts';
export { isUuid } from './formats/uuid.ts';
export { childPath, fail, isPlainObject, ok, type Problem, type Result } from './model/result.ts';
export { findStatementDifference, statementsAreEquivalent } from './model/statement-equivalence.ts';
export * from './model/statement-types.ts';
export { normalizeStatement } from './normalize-statement.ts';
export {
  buildPathwiseStatement,
  isoDuration,
  type PathwiseStatementOptions,
} from './pathwise/build-pathwise-statement.ts';
export type * from './pathwise/pathwise-event.ts';
export {
  installationIris,
  PATHWISE_ACTIVITY_TYPES,
  PATHWISE_EXTENSIONS,
  PATHWISE_VERBS,
  PATHWISE_XAPI_NAMESPACE,
} from './pathwise/vocabulary.ts';
export {
  planStatementWrites,
  statementIdsToLookUp,
  type WritePlan,
  type WriteProblem,
} from './plan-statement-writes.ts';
export { type PrepareOptions, prepareStatement, prepareStatements } from './prepare-statement.ts';
export { agentKey, indexStatement, type StatementIndex } from './statement-index.ts';
export {
  parseStatementQuery,
  type QueryOptions,
  type SingleStatementQuery,
  type StatementListQuery,
  type StatementQuery,
} from './statement-query.ts';
export type { StatementPage, StatementRepository, StatementRow } from './statement-repository.ts';
export type { QueryParams } from './validation/query-params.ts';
export {
  parseJsonBody,
  type ValidateOptions,
  validateStatement,
  validateStatementBatch,
} from './validation/validate-statement.ts';
export { LATEST_XAPI_VERSION, negotiateVersion, VERSION_HEADER, XAPI_VERSIONS } from './version.ts';
export { voidedStatementId } from './voiding.ts';
