/**
 * The contract between the server and its clients: the TypeBox schema of every route's body, query, params and
 * response, per area, with their `Static<>` types. The server registers these schemas (so requests are validated
 * and answers serialized by them); the web app imports the types only (`import type`), never a value.
 */

export * from './classes.ts';
export * from './common.ts';
