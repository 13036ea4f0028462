import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '@pathwise/core';
import type { FastifyReply } from 'fastify';
import type { AppContext } from '../runtime/types.ts';

/**
 * Sends the web app's page for an address the server checks first (a public skill, a public profile): 200 when
 * what it shows exists, else 404 (still the app, which says so), so that the address itself stops working when
 * the thing is gone. NOTE: the page is read and sent here, not by @fastify/static's sendFile: that answers a
 * browser's conditional reload (If-Modified-Since) with an empty body under a 404, which Chromium shows as its
 * own error page.
 */
export async function sendAppPage(
  ctx: AppContext,
  reply: FastifyReply,
  found: boolean,
  headers: Record<string, string> = {},
): Promise<FastifyReply> {
  const index = join(ctx.config.webDist, 'index.html');
  if (!existsSync(index)) throw new AppError('not_found', 'The web app is not served here');
  return reply
    .code(found ? 200 : 404)
    .headers({ 'cache-control': 'no-cache', ...headers })
    .type('text/html; charset=utf-8')
    .send(await readFile(index));
}
