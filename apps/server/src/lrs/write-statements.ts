import { type Db, isUniqueViolation, xapiStatementRepository } from '@pathwise/db';
import {
  type AttachmentData,
  indexStatement,
  isPlainObject,
  matchAttachments,
  parseJsonBody,
  planStatementWrites,
  prepareStatements,
  readStatementMultipart,
  type Statement,
  statementIdsToLookUp,
  validateStatementBatch,
  verifyStatementSignature,
} from '@pathwise/xapi';
import { jsonProblems } from '../plugins/input-hygiene.ts';
import type { LrsRequest, LrsResponse } from './lrs-request.ts';
import { badRequest, XapiError } from './xapi-error.ts';

function readBody(request: LrsRequest): { json: unknown; attachments: AttachmentData[] } {
  const contentType = request.headers['content-type'] ?? '';
  if (/^multipart\/mixed\s*(;|$)/i.test(contentType)) {
    const parsed = readStatementMultipart(request.body, contentType);
    if (!parsed.ok) throw badRequest(parsed.problems, 'The multipart body is not valid');
    // The statement part is JSON the request reader could not see: the same NUL / surrogate / depth check.
    const unsafe = jsonProblems(parsed.value.json, '$');
    if (unsafe.length > 0) {
      throw badRequest(
        unsafe.map((p) => ({ path: p.field, message: p.message })),
        'The request cannot be accepted',
      );
    }
    return parsed.value;
  }
  if (!/^application\/json\s*(;|$)/i.test(contentType)) {
    throw badRequest([{ path: 'Content-Type', message: 'must be application/json or multipart/mixed' }]);
  }
  const parsed = parseJsonBody(request.body.toString('utf8'));
  if (!parsed.ok) throw badRequest(parsed.problems);
  return { json: parsed.value, attachments: [] };
}

function checkParams(request: LrsRequest, allowed: readonly string[]): void {
  const problems = [...new Set(request.params.keys())]
    .filter((name) => !allowed.includes(name))
    .map((name) => ({ path: name, message: 'is not a parameter of this request' }));
  for (const name of allowed)
    if (request.params.getAll(name).length > 1) problems.push({ path: name, message: 'must be given once' });
  if (problems.length > 0) throw badRequest(problems);
}

async function validated(
  request: LrsRequest,
  json: unknown,
  attachments: AttachmentData[],
): Promise<Statement[]> {
  const batch = validateStatementBatch(json, { version: request.version });
  if (!batch.ok) throw badRequest(batch.problems, 'The statements are not valid');
  const statements = batch.value;
  const received = matchAttachments(statements, attachments);
  if (!received.ok) throw badRequest(received.problems, 'The attachments do not match the statements');
  const paths = statements.map((_, i) => (Array.isArray(json) ? `$[${i}]` : '$'));
  for (const [i, statement] of statements.entries()) {
    const signature = await verifyStatementSignature(statement, received.value, paths[i]);
    if (!signature.ok) throw badRequest(signature.problems, 'The statement signature is not valid');
  }
  return statements;
}

async function store(db: Db, request: LrsRequest, statements: Statement[], attachments: AttachmentData[]) {
  const repository = xapiStatementRepository(db.kysely, request.client.orgId);
  const prepared = prepareStatements(statements, {
    authority: request.client.authority,
    version: request.version,
  });
  // Ids the LRS generates are new: only ids sent by the client (and voiding targets) can already be stored.
  const lookUp = statementIdsToLookUp(statements);
  for (let attempt = 0; ; attempt++) {
    const stored = lookUp.length > 0 ? await repository.findByIds(lookUp) : new Map();
    const plan = planStatementWrites(statements, prepared, stored);
    if (plan.problems.length > 0) {
      const status = plan.problems.some((p) => p.status === 400) ? 400 : 409;
      const problems = plan.problems.filter((p) => p.status === status);
      throw status === 400
        ? badRequest(problems)
        : new XapiError(409, problems.map((p) => p.message).join('; '), problems);
    }
    try {
      const rows = plan.insert.map((statement) => ({ statement, index: indexStatement(statement) }));
      await repository.write(rows, rows.length > 0 ? attachments : [], plan.voids);
      return prepared.map((s) => s.id);
    } catch (error) {
      // A concurrent request stored one of these ids in between: plan again against what is stored now.
      if (!isUniqueViolation(error) || attempt > 0) throw error;
    }
  }
}

/** PUT /statements?statementId=…: stores one statement under that id (204), or 409 when another is stored. */
export async function putStatement(db: Db, request: LrsRequest): Promise<LrsResponse> {
  checkParams(request, ['statementId']);
  const statementId = request.params.get('statementId');
  if (statementId === null) throw badRequest([{ path: 'statementId', message: 'is required for PUT' }]);
  const { json, attachments } = readBody(request);
  if (!isPlainObject(json))
    throw badRequest([{ path: '$', message: 'must be one statement (a JSON object)' }]);
  if (json.id !== undefined && String(json.id).toLowerCase() !== statementId.toLowerCase()) {
    throw badRequest([{ path: '$.id', message: 'differs from the statementId parameter' }]);
  }
  const statements = await validated(request, { ...json, id: statementId }, attachments);
  await store(db, request, statements, attachments);
  return { status: 204 };
}

/** POST /statements: stores one statement or a batch, all or nothing; answers the ids in order. */
export async function postStatements(db: Db, request: LrsRequest): Promise<LrsResponse> {
  checkParams(request, []);
  const { json, attachments } = readBody(request);
  if (Array.isArray(json) && json.length === 0) return { status: 200, body: [] };
  const statements = await validated(request, json, attachments);
  return { status: 200, body: await store(db, request, statements, attachments) };
}
