import fastifyHelmet from '@fastify/helmet';
import type { FastifyRequest } from 'fastify';
import type { App, AppContext } from '../runtime/types.ts';

/**
 * Who may frame the app's pages (CSP `frame-ancestors`). Today only the app itself. NOTE: this is the hook for LTI
 * launches: a later feature returns the registered platform origins here (per request, so per organization).
 */
export type FrameAncestors = (request: FastifyRequest) => readonly string[];

export const SELF_ONLY: FrameAncestors = () => [];

/**
 * The policy of the web app. Its build has no inline script (Vite emits module files only), so scripts are 'self'.
 * Styles allow 'unsafe-inline': Mantine writes its CSS variables into a `<style>` element at run time and KaTeX's
 * markup sets `style` attributes (sizes of fractions, roots); styles cannot run code. KaTeX's fonts and content
 * figures are served by the app itself; `data:` covers inlined icons and fonts.
 */
function appDirectives(frameAncestors: FrameAncestors) {
  return {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    fontSrc: ["'self'", 'data:'],
    imgSrc: ["'self'", 'data:', 'blob:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: [
      (request: unknown) => ["'self'", ...frameAncestors(request as FastifyRequest)].join(' '),
    ],
    upgradeInsecureRequests: null,
  };
}

/**
 * The Swagger UI at /api/docs: its own static files only (no inline script either), styles inline, the spec fetched
 * from the app. Set on its responses by @fastify/swagger-ui's `staticCSP`, which replaces the app's policy there.
 */
export const SWAGGER_UI_CSP =
  "default-src 'self'; base-uri 'self'; script-src 'self'; script-src-attr 'none'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; form-action 'self'; " +
  "frame-ancestors 'self'";

/**
 * Security headers on every response (@fastify/helmet): the content security policy above, nosniff, no referrer
 * (share links carry their token in the path: /verify/share/<token>), frame-ancestors, same-origin opener, and HSTS
 * when PUBLIC_URL is https. The LRS (/xapi) replaces the policy with a sandbox of its own (xapi-routes.ts).
 */
export async function registerSecurityHeaders(
  app: App,
  ctx: AppContext,
  options: { frameAncestors?: FrameAncestors } = {},
): Promise<void> {
  const https = new URL(ctx.config.publicUrl).protocol === 'https:';
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: appDirectives(options.frameAncestors ?? SELF_ONLY),
    },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: https ? { maxAge: 31536000, includeSubDomains: false } : false,
    xFrameOptions: { action: 'sameorigin' },
  });
}
