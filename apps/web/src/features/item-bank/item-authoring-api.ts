import type { AuthoredItemInput, AuthoredItemSaved } from '@pathwise/contracts';
import { api } from '../../api/api-client.ts';
import { ApiError } from '../../api/api-error.ts';

// NOTE: the wire types are the server's own contract (`@pathwise/contracts`); nothing here is written by hand.
export type {
  AuthoredItemForm,
  AuthoredItemInput,
  AuthoredItemSaved,
  Framework,
  PublicItem,
} from '@pathwise/contracts';

/** One step of an item being written. */
export type AuthoredStepInput = AuthoredItemInput['steps'][number];
/** What a step expects, as the editor holds it. */
export type AuthoredAnswerInput = AuthoredStepInput['answer'];
/** The kinds of answer a teacher can choose. */
export type AnswerKind = AuthoredAnswerInput['kind'];
export const ANSWER_KINDS: readonly AnswerKind[] = [
  'number',
  'fraction',
  'expression',
  'relation',
  'choice',
  'text',
];

const items = (orgId: string) => `/api/orgs/${orgId}/items`;
const one = (orgId: string, itemId: string, tail = '') =>
  `${items(orgId)}/${encodeURIComponent(itemId)}${tail}`;

/** API paths the editor reads. */
export const itemAuthoringPaths = {
  form: (orgId: string, itemId: string) => one(orgId, itemId, '/edit'),
  preview: (orgId: string, itemId: string) => one(orgId, itemId, '/preview'),
  framework: (orgId: string) => `/api/orgs/${orgId}/framework`,
};

/** The changes the editor and the item drawer make. */
export const itemAuthoringApi = {
  create: (orgId: string, body: AuthoredItemInput) => api<AuthoredItemSaved>('POST', items(orgId), body),
  update: (orgId: string, itemId: string, body: AuthoredItemInput) =>
    api<AuthoredItemSaved>('PUT', one(orgId, itemId), body),
  copy: (orgId: string, itemId: string) => api<AuthoredItemSaved>('POST', one(orgId, itemId, '/copy')),
  archive: (orgId: string, itemId: string) => api<AuthoredItemSaved>('POST', one(orgId, itemId, '/archive')),
};

/** Client paths of the editor: a new item, or an authored item by its id. */
export const itemEditorPaths = {
  create: (orgSlug: string) => `/o/${orgSlug}/items/new`,
  edit: (orgSlug: string, itemId: string) => `/o/${orgSlug}/items/edit?item=${encodeURIComponent(itemId)}`,
};

/** A blank answer of a kind (choices start with two options). */
export function blankAnswer(kind: AnswerKind): AuthoredAnswerInput {
  switch (kind) {
    case 'expression':
    case 'relation':
      return { kind, key: '', variables: ['x'] };
    case 'choice':
      return {
        kind,
        key: 'a',
        options: [
          { id: 'a', text: { en: '', es: '' } },
          { id: 'b', text: { en: '', es: '' } },
        ],
      };
    default:
      return { kind, key: '' };
  }
}

/** A blank step. */
export function blankStep(): AuthoredStepInput {
  return { prompt: { en: '', es: '' }, answer: blankAnswer('number'), hints: [], misconceptions: [] };
}

/** A blank item of one skill. */
export function blankItem(skillId = ''): AuthoredItemInput {
  return { skillId, difficulty: 2, stem: { en: '', es: '' }, steps: [blankStep()], status: 'published' };
}

/**
 * The server's field problems of a failed save, by their path without `body/` (`steps/1/answer/key`), so that
 * each field shows its own message.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const e of error.errors) {
    const path = e.field.replace(/^body\/?/, '');
    out[path] = out[path] ? `${out[path]}; ${e.message}` : e.message;
  }
  return out;
}
