import { type Static, Type } from 'typebox';

/** `GET /api/health`: alive, and the database in use. */
export const HealthSchema = Type.Object({
  status: Type.Literal('ok'),
  database: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
});
export type Health = Static<typeof HealthSchema>;
