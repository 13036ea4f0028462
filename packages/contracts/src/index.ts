/**
 * The contract between the server and its clients: the TypeBox schema of every route's body, query, params and
 * response, per area, with their `Static<>` types. The server registers these schemas (so requests are validated
 * and answers serialized by them); the web app imports the types only (`import type`), never a value.
 */

export * from './account.ts';
export * from './assignments.ts';
export * from './auth.ts';
export * from './classes.ts';
export * from './common.ts';
export * from './credentials/index.ts';
export * from './dashboards.ts';
export * from './framework.ts';
export * from './health.ts';
export * from './importers.ts';
export * from './item-authoring.ts';
export * from './item-bank.ts';
export * from './item-sets.ts';
export * from './learning.ts';
export * from './lesson-export.ts';
export * from './lesson-views.ts';
export * from './lessons.ts';
export * from './lrs-credentials.ts';
export * from './messages.ts';
export * from './orgs.ts';
export * from './pathway-preview.ts';
export * from './projects.ts';
