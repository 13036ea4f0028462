import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import nodemailer from 'nodemailer';

/** What the mailer needs of the server's configuration (its `Config` has it): the data folder and the mail settings. */
export interface MailSettings {
  dataDir: string;
  /** SMTP_URL (credentials in the URL) and the sender; without an SMTP URL, messages go to `dataDir/outbox`. */
  mail: { smtpUrl: string | undefined; from: string };
}

/** One plain-text message to one person. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * Where Pathwise's mail goes. Wired once (`buildApp`); use cases call {@link sendInBackground} so a slow or
 * absent mail server never slows or fails the request that caused the message.
 */
export interface Mailer {
  /** Where messages go, for the start banner: the SMTP server without credentials, or the outbox folder. */
  readonly destination: string;
  send(message: MailMessage): Promise<void>;
  /** Waits for the messages still being sent, then closes the connection. */
  close(): Promise<void>;
}

/** The folder that receives mail when no SMTP_URL is set. */
export function outboxDir(config: Pick<MailSettings, 'dataDir'>): string {
  return resolve(config.dataDir, 'outbox');
}

/** Where mail goes under this configuration, said without credentials. */
export function mailDestination(config: MailSettings): string {
  if (!config.mail.smtpUrl) return outboxDir(config);
  const url = new URL(config.mail.smtpUrl);
  return `${url.protocol}//${url.host}`;
}

/**
 * SMTP_URL set: a nodemailer SMTP transport. Otherwise each message is written, as the RFC 5322 file a mail
 * client opens, to `DATA_DIR/outbox/<time>-<random>.eml`, where an administrator reads it.
 *
 * @example
 * const mailer = createMailer(config);
 * await mailer.send({ to: 'ana@example.org', subject: 'Hello', text: 'Hi Ana' });
 */
export function createMailer(config: MailSettings): Mailer {
  const smtp = config.mail.smtpUrl;
  const transport = smtp
    ? nodemailer.createTransport(smtp)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const dir = outboxDir(config);
  const pending = new Set<Promise<unknown>>();
  const deliver = async (message: MailMessage) => {
    const info = await transport.sendMail({ from: config.mail.from, ...message });
    if (smtp) return;
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`;
    // NOTE: the files hold sign-in-grade links (verification, invitations): readable by the owner only.
    await writeFile(join(dir, name), (info as { message: Buffer }).message, { mode: 0o600 });
  };
  return {
    destination: mailDestination(config),
    send(message) {
      const sending = deliver(message);
      pending.add(sending);
      void sending.finally(() => pending.delete(sending)).catch(() => {});
      return sending;
    },
    async close() {
      await Promise.allSettled([...pending]);
      transport.close();
    },
  };
}

/**
 * Sends without making the caller wait; a failure is logged (never the message, which may hold a link).
 * NOTE: also keeps the time of a request the same whether or not it sends mail, or how slow the server is.
 */
export function sendInBackground(
  mailer: Mailer,
  message: MailMessage,
  log: { error(obj: object, msg: string): void },
): void {
  mailer.send(message).catch((error: unknown) => {
    log.error({ err: { message: error instanceof Error ? error.message : String(error) } }, 'mail not sent');
  });
}
