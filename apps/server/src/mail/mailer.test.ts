import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ConfigError, loadConfig } from '../runtime/config.ts';
import { type RunningServer, startBanner } from '../server.ts';
import { createMailer, mailDestination } from './mailer.ts';
import { startTestSmtpServer } from './test-smtp-server.ts';

describe('outgoing mail', () => {
  let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
  let dataDir: string;
  before(async () => {
    smtp = await startTestSmtpServer();
    dataDir = await mkdtemp(join(tmpdir(), 'pathwise-mail-'));
  });
  after(async () => {
    await smtp.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('with SMTP_URL a message reaches the SMTP server', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      SMTP_URL: smtp.url,
      MAIL_FROM: 'School <school@example.org>',
    });
    const mailer = createMailer(config);
    await mailer.send({ to: 'ana@example.org', subject: 'Hola', text: 'Bienvenida, Ana' });
    await mailer.close();
    const mail = await smtp.next((m) => m.to === 'ana@example.org');
    assert.equal(mail.subject, 'Hola');
    assert.match(mail.text, /Bienvenida, Ana/);
    assert.equal(mailer.destination, smtp.url, 'said without credentials');
  });

  test('without SMTP_URL a message is written to DATA_DIR/outbox as an .eml file', async () => {
    const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, DATABASE_URL: 'postgres://x/y' });
    const mailer = createMailer(config);
    assert.equal(mailer.destination, join(dataDir, 'outbox'));
    await mailer.send({ to: 'ben@example.org', subject: 'Link', text: 'http://x/verify-email?token=abc' });
    await mailer.close();
    const files = await readdir(join(dataDir, 'outbox'));
    assert.equal(files.length, 1);
    assert.match(files[0]!, /\.eml$/);
    const eml = await readFile(join(dataDir, 'outbox', files[0]!), 'utf8');
    assert.match(eml, /^To: ben@example\.org$/m);
    assert.match(eml, /^Subject: Link$/m);
    assert.match(eml, /verify-email\?token=abc/);
  });

  test('SMTP_URL and MAIL_FROM are checked with the rest of the configuration', () => {
    assert.throws(
      () =>
        loadConfig({ NODE_ENV: 'test', SMTP_URL: 'http://mail.example.org', MAIL_FROM: 'nobody', PORT: 'x' }),
      (error: unknown) =>
        error instanceof ConfigError &&
        error.problems.some((p) => p.startsWith('SMTP_URL')) &&
        error.problems.some((p) => p.startsWith('MAIL_FROM')) &&
        error.problems.some((p) => p.startsWith('PORT')),
    );
    const smtps = loadConfig({ NODE_ENV: 'test', SMTP_URL: 'smtps://u:secret@mail.example.org:465' });
    assert.equal(mailDestination(smtps), 'smtps://mail.example.org:465');
  });
});

describe('the start banner', () => {
  const server = { url: 'http://127.0.0.1:3000', db: { kind: 'pglite' } } as unknown as RunningServer;
  test('names the outbox folder when there is no SMTP server, and the server without credentials otherwise', () => {
    const outbox = loadConfig({ NODE_ENV: 'test', DATA_DIR: '/srv/pathwise', SEED_DEMO: 'false' });
    assert.match(startBanner(server, outbox, false), /messages are written to \/srv\/pathwise\/outbox/);
    const smtp = loadConfig({
      NODE_ENV: 'test',
      SMTP_URL: 'smtp://u:pw@mail.example.org:587',
      SEED_DEMO: 'false',
    });
    const banner = startBanner(server, smtp, false);
    assert.match(banner, /sent through smtp:\/\/mail\.example\.org:587/);
    assert.ok(!banner.includes('pw@'), 'no credentials');
  });
});
