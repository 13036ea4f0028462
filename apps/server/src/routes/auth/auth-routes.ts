import { AppError, emailKey, normalizeEmail } from '@pathwise/core';
import {
  deleteSession,
  findUserByEmail,
  findUserById,
  listMembershipsOfUser,
  updateUser,
} from '@pathwise/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { checkOrgSignup } from '../../identity/create-organization.ts';
import { passwordHashing } from '../../identity/hash-queue.ts';
import { hashPassword, verifyPassword } from '../../identity/password.ts';
import { assertNewPassword } from '../../identity/password-strength.ts';
import { clearSessionCookie, startSession } from '../../identity/sessions.ts';
import { signUp } from '../../identity/sign-up.ts';
import { WindowLimit } from '../../identity/window-limit.ts';
import { LocaleSchema, MeSchema, presentMe, StringEnum } from '../../presenters.ts';
import type { App, AppContext } from '../../types.ts';

const Password = Type.String({ minLength: 10, maxLength: 200, description: 'At least 10 characters' });
const Email = Type.String({ format: 'email', maxLength: 254 });

const SignUpBody = Type.Object(
  {
    email: Email,
    password: Password,
    name: Type.String({ minLength: 1, maxLength: 100 }),
    locale: Type.Optional(LocaleSchema),
    role: Type.Optional(
      StringEnum(['learner', 'employer'], {
        description:
          'What the person signs up for when no organization invites them: learning or hiring. ' +
          'Teacher and administrator roles come only from an invitation, a join code or an administrator.',
      }),
    ),
    joinCode: Type.Optional(Type.String({ minLength: 4, maxLength: 32 })),
    invitationToken: Type.Optional(Type.String({ minLength: 10, maxLength: 200 })),
    organizationName: Type.Optional(
      Type.String({
        minLength: 2,
        maxLength: 100,
        description: 'Create a new organization and administer it',
      }),
    ),
  },
  { additionalProperties: false },
);

const SignUpAnswerSchema = Type.Object({ message: Type.String() });
const SIGN_UP_ANSWER = {
  message:
    'Check your mail. A new account can sign in now; an address that already has one was told by mail.',
};

const SignInBody = Type.Object(
  { email: Type.String({ maxLength: 254 }), password: Type.String({ maxLength: 200 }) },
  {
    additionalProperties: false,
  },
);

/**
 * The two limits of a route that hashes a password for whoever asks. Per address, whatever the client and however
 * it is spelled: the key is the one the account is looked up by (NFKC, trimmed, lower-cased), so " A@b.org " or a
 * full-width "Ａ@b.org" gets no fresh tries. Per client, before the body is even read: one client cannot queue more
 * password hashes than SIGN_IN_IP_RATE_LIMIT a minute.
 */
function passwordRouteLimits(ctx: AppContext, route: 'sign-up' | 'sign-in', refusal: string) {
  const fromClient = new WindowLimit(ctx.config.signInIpRateLimit, 60_000);
  return {
    perAddress: {
      max: ctx.config.signInRateLimit,
      timeWindow: 60_000,
      keyGenerator: (request: FastifyRequest) =>
        `${route}|${emailKey(String((request.body as { email?: unknown } | undefined)?.email ?? ''))}`,
    },
    perClient: async (request: FastifyRequest, reply: FastifyReply) => {
      const limit = fromClient.hit(request.ip);
      if (limit.allowed) return;
      reply.header('retry-after', String(limit.retryAfterSeconds));
      throw new AppError('rate_limited', refusal);
    },
  };
}

function emailOrThrow(input: string): string {
  const email = normalizeEmail(input);
  if (!email)
    throw new AppError('validation_failed', 'body/email is not an email address', [
      { field: 'body/email', message: 'is not an email address' },
    ]);
  return email;
}

async function me(ctx: AppContext, userId: string, csrfToken: string) {
  const user = await findUserById(ctx.db.kysely, userId);
  if (!user) throw new AppError('unauthenticated', 'Sign in first');
  return presentMe(user, await listMembershipsOfUser(ctx.db.kysely, userId), csrfToken);
}

/** Sign-up, sign-in, sign-out and the signed-in person's own profile. */
export function registerAuthRoutes(app: App, ctx: AppContext): void {
  // A fixed hash to verify against when the account is unknown, so both cases take the same time.
  const dummyHash = hashPassword('not-a-real-password', ctx.config.passwordHashCost);

  // Sign-up sends mail (a verification link, or a note to the holder of a taken address): the same limits as
  // sign-in keep it from being used to flood a mailbox or to hash passwords without end.
  const signUpLimits = passwordRouteLimits(
    ctx,
    'sign-up',
    'Too many sign-ups from here; wait a minute and try again',
  );
  app.post(
    '/api/auth/sign-up',
    {
      config: { access: 'public', rateLimit: signUpLimits.perAddress },
      onRequest: signUpLimits.perClient,
      schema: {
        tags: ['auth'],
        summary: 'Create an account (and join or create an organization), then sign in',
        description:
          'Answers 202 whether or not the address already has an account (it then gets a mail saying someone ' +
          'tried); a new address gets a verification link. No session is started: sign in next.',
        body: SignUpBody,
        response: { 202: SignUpAnswerSchema },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const email = emailOrThrow(body.email);
      const joins = [body.joinCode, body.invitationToken, body.organizationName].filter(
        (v) => v !== undefined,
      );
      if (joins.length > 1) {
        throw new AppError(
          'validation_failed',
          'Give at most one of joinCode, invitationToken, organizationName',
          [{ field: 'body', message: 'has more than one of joinCode, invitationToken, organizationName' }],
        );
      }
      // ORG_SIGNUP: a sign-up creates an organization only when anyone may (with a code: sign up, then create it).
      if (body.organizationName) checkOrgSignup(ctx.config.orgSignup, undefined, 'body/organizationName');
      await assertNewPassword(body.password, 'body/password', [email, body.name]);
      const passwordHash = await hashPassword(body.password, ctx.config.passwordHashCost);
      // NOTE: the same answer whether the address was free or taken (see identity/sign-up.ts); no session either
      // way: the person signs in next (the web app does it at once), so the answer says nothing about the address.
      await signUp(
        ctx,
        {
          email,
          name: body.name.trim(),
          passwordHash,
          locale: body.locale ?? 'en',
          kind: body.role ?? 'learner',
          joinCode: body.joinCode,
          invitationToken: body.invitationToken,
          organizationName: body.organizationName,
        },
        request.log,
      );
      return reply.status(202).send(SIGN_UP_ANSWER);
    },
  );

  passwordHashing.resize(ctx.config.passwordHashConcurrency, ctx.config.passwordHashQueue);
  const signInLimits = passwordRouteLimits(
    ctx,
    'sign-in',
    'Too many sign-in attempts from here; wait a minute and try again',
  );
  app.post(
    '/api/auth/sign-in',
    {
      config: { access: 'public', rateLimit: signInLimits.perAddress },
      onRequest: signInLimits.perClient,
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password',
        body: SignInBody,
        response: { 200: MeSchema },
      },
    },
    async (request, reply) => {
      const email = normalizeEmail(request.body.email);
      const user = email ? await findUserByEmail(ctx.db.kysely, email) : null;
      const ok = await verifyPassword(request.body.password, user?.password_hash ?? (await dummyHash));
      if (!user || !ok) throw new AppError('invalid_credentials', 'The email or the password is wrong');
      const csrfToken = await startSession(ctx, reply, user.id);
      return me(ctx, user.id, csrfToken);
    },
  );

  app.post(
    '/api/auth/sign-out',
    {
      config: { access: 'user' },
      schema: { tags: ['auth'], summary: 'End this session' },
    },
    async (request, reply) => {
      const principal = request.principal;
      if (principal?.kind === 'user') await deleteSession(ctx.db.kysely, principal.tokenHash);
      clearSessionCookie(ctx, reply);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/me',
    {
      config: { access: 'user' },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in person, their organizations and their CSRF token',
        response: { 200: MeSchema },
      },
    },
    async (request) => {
      const principal = request.principal!;
      if (principal.kind !== 'user') throw new AppError('forbidden', 'Not a person');
      return me(ctx, principal.userId, principal.csrfToken);
    },
  );

  app.patch(
    '/api/me',
    {
      config: { access: 'user' },
      schema: {
        tags: ['auth'],
        summary: 'Change your name or language',
        body: Type.Object(
          {
            name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
            locale: Type.Optional(LocaleSchema),
          },
          { additionalProperties: false },
        ),
        response: { 200: MeSchema },
      },
    },
    async (request) => {
      const principal = request.principal!;
      if (principal.kind !== 'user') throw new AppError('forbidden', 'Not a person');
      await updateUser(ctx.db.kysely, principal.userId, {
        name: request.body.name?.trim(),
        locale: request.body.locale,
      });
      return me(ctx, principal.userId, principal.csrfToken);
    },
  );
}
