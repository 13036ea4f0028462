import type { FastifyRequest } from 'fastify';

/** Compositions (and saves, which compose again) one person may ask for in a minute. */
export const COMPOSE_PER_MINUTE = 30;
/** DOCX/PDF exports (lessons, certificates) one person may ask for in a minute. */
export const EXPORT_PER_MINUTE = 20;

/** Who is asking: the signed-in person, or the API token (the routes' access has run before this hook). */
function callerKey(request: FastifyRequest): string {
  const p = request.principal;
  return p?.kind === 'user'
    ? `user|${p.userId}`
    : p?.kind === 'token'
      ? `token|${p.tokenId}`
      : `ip|${request.ip}`;
}

/**
 * A route's `config.rateLimit` (@fastify/rate-limit, as for the other expensive routes): at most `max` calls a
 * minute per caller, counted per route; the next one is a 429 `rate_limited` with `retry-after`. Composing a lesson
 * (with a model endpoint, one model request) and drawing a DOCX or PDF cost CPU for whoever asks.
 *
 * @example
 * app.post(url, { config: { access, rateLimit: perCallerPerMinute(EXPORT_PER_MINUTE) } }, handler);
 */
export function perCallerPerMinute(max: number) {
  return { max, timeWindow: 60_000, keyGenerator: callerKey };
}
