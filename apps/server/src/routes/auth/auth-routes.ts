import { MeSchema, SignInBody, SignUpAnswerSchema, SignUpBody, UpdateMeBody } from '@pathwise/contracts';
import { AppError } from '@pathwise/core/errors';
import { emailKey, normalizeEmail } from '@pathwise/core/identity';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { passwordHashing } from '../../identity/hash-queue.ts';
import { passwordChecker, readMe, signOut, updateProfile } from '../../identity/me.ts';
import { signUpWithPassword } from '../../identity/password-sign-up.ts';
import { clearSessionCookie, startSession } from '../../identity/sessions.ts';
import { WindowLimit } from '../../identity/window-limit.ts';
import { presentMe } from '../../runtime/presenters.ts';
import type { App, AppContext } from '../../runtime/types.ts';

const SIGN_UP_ANSWER = {
  message:
    'Check your mail. A new account can sign in now; an address that already has one was told by mail.',
};

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

async function me(ctx: AppContext, userId: string, csrfToken: string) {
  const { user, memberships } = await readMe(ctx, userId);
  return presentMe(user, memberships, csrfToken);
}

/** Sign-up, sign-in, sign-out and the signed-in person's own profile. */
export function registerAuthRoutes(app: App, ctx: AppContext): void {
  const checkPassword = passwordChecker(ctx);

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
      // NOTE: the same answer whether the address was free or taken (see identity/sign-up.ts); no session either
      // way: the person signs in next (the web app does it at once), so the answer says nothing about the address.
      await signUpWithPassword(ctx, request.body, request.log);
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
      const user = await checkPassword(normalizeEmail(request.body.email), request.body.password);
      const csrfToken = await startSession(ctx, reply, user.id);
      return me(ctx, user.id, csrfToken);
    },
  );

  app.post(
    '/api/auth/sign-out',
    {
      config: { access: 'user' },
      schema: {
        tags: ['auth'],
        summary: 'End this session',
        response: { 204: Type.Null({ description: 'Signed out; the session cookie is cleared' }) },
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      if (principal?.kind === 'user') await signOut(ctx, principal.tokenHash);
      clearSessionCookie(ctx, reply);
      return reply.status(204).send(null);
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
      const principal = request.principal;
      if (principal?.kind !== 'user') throw new AppError('forbidden', 'Not a person');
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
        body: UpdateMeBody,
        response: { 200: MeSchema },
      },
    },
    async (request) => {
      const principal = request.principal;
      if (principal?.kind !== 'user') throw new AppError('forbidden', 'Not a person');
      await updateProfile(ctx, principal.userId, request.body);
      return me(ctx, principal.userId, principal.csrfToken);
    },
  );
}
