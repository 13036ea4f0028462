import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../runtime/config.ts';
import type { App } from '../runtime/types.ts';
import { sendProblem, toProblem } from './problem.ts';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function hostAndPort(value: string, defaultPort: string): { name: string; port: string } | null {
  try {
    const url = new URL(`http://${value}`);
    if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) return null;
    return { name: url.hostname.toLowerCase(), port: url.port || defaultPort };
  } catch {
    return null;
  }
}

/**
 * Decides whether a Host header names this server. Accepted: PUBLIC_URL's host (its port, or the scheme's default
 * when it names none), every ALLOWED_HOSTS entry (`name` for any port, `name:port` for that one), and, when
 * PUBLIC_URL itself is a loopback address, localhost / 127.0.0.1 / [::1] at any port (a DNS rebinding always
 * arrives with the attacker's own name, never a loopback one).
 */
export function hostAcceptor(
  config: Pick<Config, 'publicUrl' | 'allowedHosts'>,
): (host: string | undefined) => boolean {
  const publicUrl = new URL(config.publicUrl);
  const publicPort = publicUrl.port || (publicUrl.protocol === 'https:' ? '443' : '80');
  const publicName = publicUrl.hostname.toLowerCase();
  const loopbackServer = LOOPBACK.has(publicName);
  const extra = config.allowedHosts.map((entry) => ({
    name: entry.replace(/:\d+$/, '').toLowerCase(),
    port: /:(\d+)$/.exec(entry)?.[1],
  }));
  return (host) => {
    if (!host) return false;
    const given = hostAndPort(host, publicPort);
    if (!given) return false;
    if (given.name === publicName && given.port === publicPort) return true;
    if (loopbackServer && LOOPBACK.has(given.name)) return true;
    return extra.some((e) => e.name === given.name && (e.port === undefined || e.port === given.port));
  };
}

/**
 * Refuses, before anything else runs, a request whose Host is not this server's (DNS rebinding: a page of another
 * site whose name resolves to this server must not read it). 421 Misdirected Request, as a problem document.
 */
export function registerHostCheck(app: App, config: Config): void {
  const accepts = hostAcceptor(config);
  const detail = `This server answers to ${new URL(config.publicUrl).host} only (ALLOWED_HOSTS lists other names)`;
  // NOTE: answered here rather than thrown, so that every area (the LRS has its own error handler) answers the same.
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!accepts(request.headers.host)) return sendProblem(reply, toProblem('misdirected_request', detail));
  });
}
