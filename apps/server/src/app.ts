import { existsSync } from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { AppError } from '@pathwise/core';
import Fastify from 'fastify';
import { createMailer, type Mailer } from './mail/mailer.ts';
import { registerAccess } from './plugins/access.ts';
import { registerHostCheck } from './plugins/host-check.ts';
import { registerInputHygiene } from './plugins/input-hygiene.ts';
import { registerProblemHandler } from './plugins/problem.ts';
import { registerSecurityHeaders, SWAGGER_UI_CSP } from './plugins/security-headers.ts';
import { registerValidation } from './plugins/validation.ts';
import { registerAccountRoutes } from './routes/account/account-routes.ts';
import { registerAssignmentRoutes } from './routes/assignments/assignment-routes.ts';
import { registerAuthRoutes } from './routes/auth/auth-routes.ts';
import { registerClassRoutes } from './routes/classes/class-routes.ts';
import { registerCredentialRoutes } from './routes/credentials/credential-routes.ts';
import { registerClassDashboardRoutes } from './routes/dashboards/class-dashboard-routes.ts';
import { registerProgramRoutes } from './routes/dashboards/program-routes.ts';
import { registerDiscoveryRoutes } from './routes/discovery/discovery-routes.ts';
import { registerFrameworkRoutes } from './routes/framework/framework-routes.ts';
import { registerHealthRoutes } from './routes/health-routes.ts';
import { registerImportRoutes } from './routes/importers/import-routes.ts';
import { registerLearningRoutes } from './routes/learning/learning-routes.ts';
import { registerLessonRoutes } from './routes/lessons/lesson-routes.ts';
import { registerMessageRoutes } from './routes/messages/message-routes.ts';
import { registerInvitationRoutes } from './routes/orgs/invitation-routes.ts';
import { registerJoinCodeRoutes } from './routes/orgs/join-code-routes.ts';
import { registerOrgRoutes } from './routes/orgs/org-routes.ts';
import { registerTokenRoutes } from './routes/orgs/token-routes.ts';
import { registerProjectRoutes } from './routes/projects/project-routes.ts';
import { registerPublicProfileRoutes } from './routes/public-profiles/public-profile-routes.ts';
import { registerLrs } from './routes/xapi/register-lrs.ts';
import type { App, AppContext } from './runtime/types.ts';

/** Every route module, in one list: adding an area means adding one line here. */
const ROUTE_MODULES: ((app: App, ctx: AppContext) => void)[] = [
  registerHealthRoutes,
  registerAuthRoutes,
  registerOrgRoutes,
  registerInvitationRoutes,
  registerJoinCodeRoutes,
  registerTokenRoutes,
  registerLrs,
  registerLearningRoutes,
  registerClassRoutes,
  registerAssignmentRoutes,
  registerClassDashboardRoutes,
  registerProgramRoutes,
  registerCredentialRoutes,
  registerDiscoveryRoutes,
  registerPublicProfileRoutes,
  registerImportRoutes,
  registerFrameworkRoutes,
  registerLessonRoutes,
  registerAccountRoutes,
  registerMessageRoutes,
  registerProjectRoutes,
];

export interface BuildAppOptions extends Omit<AppContext, 'now' | 'mailer'> {
  now?: () => Date;
  /** Outgoing mail; by default from the configuration (SMTP_URL, else the outbox folder). */
  mailer?: Mailer;
  /** Extra route modules (later capabilities, tests). */
  routes?: ((app: App, ctx: AppContext) => void)[];
}

/**
 * Builds the HTTP application: plugins, the authorization layer, every route and the web app.
 * It does not listen; `main.ts` does, and tests use `app.inject()`.
 */
export async function buildApp(options: BuildAppOptions): Promise<App> {
  const ctx: AppContext = {
    db: options.db,
    config: options.config,
    now: options.now ?? (() => new Date()),
    mailer: options.mailer ?? createMailer(options.config),
  };
  const app = Fastify({
    logger: {
      level: ctx.config.logLevel,
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'req.headers["x-csrf-token"]',
          'res.headers["set-cookie"]',
        ],
        censor: '[redacted]',
      },
    },
    bodyLimit: 1024 * 1024,
    trustProxy: false,
  }).withTypeProvider<TypeBoxTypeProvider>() as unknown as App;

  registerProblemHandler(app, { spa: hasWebApp(ctx) });
  await registerSecurityHeaders(app, ctx);
  registerHostCheck(app, ctx.config);
  registerInputHygiene(app);
  registerValidation(app);
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    hook: 'preHandler',
    errorResponseBuilder: () =>
      new AppError('rate_limited', 'Too many attempts; wait a minute and try again'),
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Pathwise API',
        version: '0.1.0',
        description:
          'Skills-based learning platform. Errors are application/problem+json with a stable `code`.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An API token created by an administrator' },
          session: { type: 'apiKey', in: 'cookie', name: 'pw_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: SWAGGER_UI_CSP });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  app.addHook('onClose', () => ctx.mailer.close());
  registerAccess(app, ctx);
  for (const register of [...ROUTE_MODULES, ...(options.routes ?? [])]) register(app, ctx);
  await registerWeb(app, ctx);
  return app;
}

async function registerWeb(app: App, ctx: AppContext): Promise<void> {
  if (!hasWebApp(ctx)) return;
  await app.register(fastifyStatic, { root: ctx.config.webDist, wildcard: false, index: ['index.html'] });
}

function hasWebApp(ctx: AppContext): boolean {
  return existsSync(`${ctx.config.webDist}/index.html`);
}
