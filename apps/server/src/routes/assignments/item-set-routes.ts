import {
  ItemSetViewSchema,
  MyItemSetParams,
  SetAnswerBody,
  SetAnswerResultSchema,
  SetItemServedSchema,
} from '@pathwise/contracts';
import { answerSetItem, myItemSet, nextSetItem } from '../../assignments/learner-item-set.ts';
import type { App, AppContext } from '../../runtime/types.ts';
import { learnerOf } from '../learning/learner-of.ts';

const LEARNER = { roles: ['learner'], sessionOnly: true } as const;
const tags = ['assignments'];

/**
 * An item set as its learner works through it: the set, its next item (served as practice serves one), and
 * answers checked by practice's answer code. Only a learner of the set's class reaches it (anyone else: 404);
 * teachers see the progress in the gradebook.
 */
export function registerItemSetRoutes(app: App, ctx: AppContext): void {
  const mine = '/api/orgs/:orgId/my/item-sets/:assignmentId';
  app.get(
    mine,
    {
      config: { access: LEARNER },
      schema: {
        tags,
        summary: 'My item set: each item’s skill and whether I answered it (right or wrong), and my tally',
        params: MyItemSetParams,
        response: { 200: ItemSetViewSchema },
      },
    },
    async (request) => myItemSet(ctx, learnerOf(request), request.params.assignmentId),
  );

  app.post(
    `${mine}/next`,
    {
      config: { access: LEARNER },
      schema: {
        tags,
        summary:
          'The first item of my set not answered yet, served once (the same one, at its current step, until its ' +
          'first-try outcome is known); 409 once every item is answered',
        params: MyItemSetParams,
        response: { 200: SetItemServedSchema },
      },
    },
    async (request) => nextSetItem(ctx, learnerOf(request), request.params.assignmentId),
  );

  app.post(
    `${mine}/answer`,
    {
      config: { access: LEARNER },
      schema: {
        tags,
        summary:
          'Answer the current step of an item of my set, checked as practice checks it (the answer is evidence ' +
          'for the learner model); the item counts as answered once its first-try outcome is known',
        params: MyItemSetParams,
        body: SetAnswerBody,
        response: { 200: SetAnswerResultSchema },
      },
    },
    async (request) => answerSetItem(ctx, learnerOf(request), request.params.assignmentId, request.body),
  );
}
