import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Role } from '@pathwise/core';
import type { Db } from '@pathwise/db';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { Mailer } from '../mail/mailer.ts';
import type { Config } from './config.ts';

/** Who may call a route. Every `/api` route declares one; the server refuses to start otherwise. */
export type Access =
  | 'public'
  /** any signed-in person (session cookie), in no particular organization */
  | 'user'
  /** a member of the organization named by the `:orgId` parameter, holding one of these roles */
  | { roles: readonly Role[]; sessionOnly?: boolean };

export type Principal =
  | { kind: 'user'; userId: string; tokenHash: string; csrfToken: string }
  | { kind: 'token'; tokenId: string; orgId: string; role: Role };

/** One route and who may call it, as registered. */
export interface RouteAccess {
  method: string;
  url: string;
  access: Access;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every `/api` route with its access rule, for audits and the authorization matrix test. */
    routeAccess: RouteAccess[];
  }
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    principal: Principal | null;
    /** The organization of an org-scoped route and the caller's role in it, once authorized. */
    org: { id: string; role: Role } | null;
  }
}

/** The fastify instance Pathwise builds, with TypeBox schemas typing each handler. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** What every route module is given. */
export interface AppContext {
  db: Db;
  config: Config;
  /** The clock; tests may pass another. */
  now: () => Date;
  /** Outgoing mail (SMTP, or the outbox folder); see `mail/mailer.ts`. */
  mailer: Mailer;
}
