import {
  AuthoredItemBody,
  AuthoredItemFormSchema,
  AuthoredItemSavedSchema,
  ItemParams,
  OrgParams,
  PublicItemSchema,
} from '@pathwise/contracts';
import { orgActor } from '../../identity/actor.ts';
import { archiveAuthoredItem, createAuthoredItem, updateAuthoredItemAs } from '../../learning/author-item.ts';
import { copyBankItem } from '../../learning/copy-bank-item.ts';
import { authoredItemForm, previewBankItem } from '../../learning/preview-bank-item.ts';
import { orgOf } from '../../plugins/access.ts';
import type { App, AppContext } from '../../runtime/types.ts';

const tags = ['learning'];
/** Teachers and administrators write the organization's items; learners never reach these routes. */
const STAFF = { access: { roles: ['admin', 'teacher'] } } as const;

/**
 * Items teachers write: create, edit (authored items only: imported and generated items answer 409, copy them
 * first), copy any item into a new authored draft, archive, the editor's form, and a preview of exactly what a
 * learner sees. Every answer key is checked by the checker that judges learners.
 */
export function registerItemAuthoringRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/orgs/:orgId/items',
    {
      config: STAFF,
      schema: {
        tags,
        summary:
          'Write an item for the bank: steps with checked answer keys, hints and known wrong answers in English ' +
          'and Spanish (400 naming the step and field of every problem; nothing written)',
        params: OrgParams,
        body: AuthoredItemBody,
        response: { 201: AuthoredItemSavedSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createAuthoredItem(ctx, orgActor(request), request.body)),
  );

  app.put(
    '/api/orgs/:orgId/items/:itemId',
    {
      config: STAFF,
      schema: {
        tags,
        summary:
          'Edit an authored item of the organization (409 for an imported or generated item: copy it first)',
        params: ItemParams,
        body: AuthoredItemBody,
        response: { 200: AuthoredItemSavedSchema },
      },
    },
    async (request) => updateAuthoredItemAs(ctx, orgActor(request), request.params.itemId, request.body),
  );

  app.post(
    '/api/orgs/:orgId/items/:itemId/copy',
    {
      config: STAFF,
      schema: {
        tags,
        summary: 'Copy any item of the bank into a new authored draft credited "Adapted from …"',
        params: ItemParams,
        response: { 201: AuthoredItemSavedSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await copyBankItem(ctx, orgActor(request), request.params.itemId)),
  );

  app.post(
    '/api/orgs/:orgId/items/:itemId/archive',
    {
      config: STAFF,
      schema: {
        tags,
        summary: 'Archive an authored item: it is served no more (409 for an imported or generated item)',
        params: ItemParams,
        response: { 200: AuthoredItemSavedSchema },
      },
    },
    async (request) => archiveAuthoredItem(ctx, orgActor(request), request.params.itemId),
  );

  app.get(
    '/api/orgs/:orgId/items/:itemId/edit',
    {
      config: STAFF,
      schema: {
        tags,
        summary:
          'An authored item in the editor’s form (409 for an imported or generated item: copy it first)',
        params: ItemParams,
        response: { 200: AuthoredItemFormSchema },
      },
    },
    async (request) => authoredItemForm(ctx, orgOf(request).id, request.params.itemId),
  );

  app.get(
    '/api/orgs/:orgId/items/:itemId/preview',
    {
      config: STAFF,
      schema: {
        tags,
        summary:
          'Exactly what a learner sees of an item: its public view, with no answers, hints or wrong answers',
        params: ItemParams,
        response: { 200: PublicItemSchema },
      },
    },
    async (request) => previewBankItem(ctx, orgOf(request).id, request.params.itemId),
  );
}
