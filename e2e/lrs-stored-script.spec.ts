import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { demoEmail, signIn } from './support.ts';

/**
 * Issue 9, finding 1: an xAPI document stored as text/html, reached by a signed-in admin's browser through a plain
 * form on another site (the 1.0.3 alternate request syntax: POST ?method=GET), must never run its script on the
 * app's origin. The script below would mint an admin API token with the admin's session.
 */

function attackerPage(action: string, fields: Record<string, string>): string {
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${value.replaceAll('"', '&quot;')}">`)
    .join('');
  return `<!doctype html><html lang="en"><title>Prize</title><body><form id="f" method="POST" action="${action}">${inputs}</form><script>document.getElementById('f').submit()</script></body></html>`;
}

test('a stored HTML document reached through a cross-site form runs no script on the app origin', async ({
  page,
  baseURL,
}) => {
  // The server seeds its demo cohort in the background at first start: on a busy machine every step is slow.
  test.setTimeout(180_000);
  const base = baseURL!;
  await signIn(page, demoEmail('admin'));
  const me = (await (await page.request.get('/api/me')).json()) as {
    csrfToken: string;
    memberships: { orgId: string; orgSlug: string; role: string }[];
  };
  const orgId = me.memberships.find((m) => m.orgSlug === 'demo' && m.role === 'admin')?.orgId;
  expect(orgId, 'the demo admin administers the demo organization').toBeTruthy();
  const credential = await page.request.post(`/api/orgs/${orgId}/lrs-credentials`, {
    headers: { 'x-csrf-token': me.csrfToken },
    data: { name: 'Stored script probe', scopes: ['all'] },
  });
  expect(credential.status()).toBe(201);
  const { key, secret } = (await credential.json()) as { key: string; secret: string };
  const authorization = `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;

  // The "activity provider" (anyone holding an LRS credential) stores a page whose script uses the visitor's session.
  const marker = `pwned-${Date.now().toString(36)}`;
  const script = `fetch('/api/me').then(r => r.json()).then(me => fetch('/api/orgs/${orgId}/tokens', {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
      body: JSON.stringify({ name: '${marker}', role: 'admin' }) }));`;
  const html = `<!doctype html><html lang="en"><title>doc</title><body><script>${script}</script></body></html>`;
  const activityId = `http://example.com/activities/${marker}`;
  const agent = JSON.stringify({ mbox: 'mailto:probe@example.com' });
  const query = new URLSearchParams({ activityId, agent, stateId: 'page' });
  const stored = await fetch(`${base}/xapi/activities/state?${query}`, {
    method: 'PUT',
    headers: { authorization, 'x-experience-api-version': '1.0.3', 'content-type': 'text/html' },
    body: html,
  });
  expect(stored.status).toBe(204);

  // Another origin (another port of 127.0.0.1) serves the form that sends the admin's browser there.
  const formPage = attackerPage(`${base}/xapi/activities/state?method=GET`, {
    Authorization: authorization,
    'X-Experience-API-Version': '1.0.3',
    activityId,
    agent,
    stateId: 'page',
  });
  const attacker: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(formPage);
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = attacker.address() as AddressInfo;
    // The LRS's answer (shown as a page before the fix; a download, as an attachment, after it).
    const lrsAnswer = page.waitForResponse((r) => r.url().includes('/xapi/activities/state'));
    // A script that runs calls /api/me and then POSTs the token: wait for that POST's answer, not a fixed time
    // (on a busy machine it takes seconds); when nothing runs the wait ends at the ceiling.
    const minted = page
      .waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/tokens'), {
        timeout: 15_000,
      })
      .then(
        () => true,
        () => false,
      );
    // Only until the page commits: its form submits while it loads, and a download never fires its load event.
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'commit' });
    expect((await lrsAnswer).status(), 'the LRS answered with the stored document').toBe(200);
    expect(await minted, 'the stored page called the token API').toBe(false);
  } finally {
    // The page may still be on the attacker's page (the answer became a download): drop its kept-alive socket.
    attacker.closeAllConnections();
    await new Promise<void>((resolve) => attacker.close(() => resolve()));
  }
  const tokens = (await (await page.request.get(`/api/orgs/${orgId}/tokens`)).json()) as {
    tokens: { name: string }[];
  };
  expect(
    tokens.tokens.map((t) => t.name),
    'no API token was minted by the stored page',
  ).not.toContain(marker);
});
