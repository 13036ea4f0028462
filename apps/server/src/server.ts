import { type Db, migrateToLatest, openDb } from '@pathwise/db';
import { analyticsJobs } from './analytics/analytics-jobs.ts';
import { buildApp } from './app.ts';
import { DEMO_COHORT_JOB, demoJobs } from './demo/demo-jobs.ts';
import { DEMO_ACCOUNTS, seedDemo } from './demo/seed-demo.ts';
import { derivedDemoLrsCredential } from './demo/seed-lrs.ts';
import { startJobQueue } from './jobs/job-queue.ts';
import { createMailer, mailDestination } from './mail/mailer.ts';
import { messageMailJobs } from './messages/message-mail.ts';
import { publicUrlWarning } from './public-url-warning.ts';
import type { Config } from './runtime/config.ts';
import type { App } from './runtime/types.ts';

export interface RunningServer {
  app: App;
  db: Db;
  url: string;
  /** The demo organization's LRS key and secret, when the demo is seeded. */
  demoLrs?: { key: string; secret: string };
  /** The demo learner's share link for the demo employer, when the demo is seeded. */
  demoShareUrl?: string;
  /** Stops accepting connections, finishes requests in flight, then closes the database. */
  stop(): Promise<void>;
}

/** Opens the database, migrates it, seeds the demo when asked, and listens. */
export async function startServer(config: Config): Promise<RunningServer> {
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(db.kysely);
    const mailer = createMailer(config);
    const app = await buildApp({ db, config, mailer });
    const jobs = await startJobQueue(
      db,
      [
        ...analyticsJobs(db, () => new Date()),
        ...demoJobs(db, (m) => app.log.info(m)),
        ...messageMailJobs({ db, mailer, publicUrl: config.publicUrl }),
      ],
      {
        workers: config.jobWorkers,
        onError: (error) => app.log.error({ err: error }, 'background job failed'),
      },
    );
    let demoLrs: RunningServer['demoLrs'];
    let demoShareUrl: string | undefined;
    if (config.seedDemo) {
      const demo = await seedDemo(db, {
        password: config.demoPassword,
        passwordHashCost: config.passwordHashCost,
        lrs:
          config.demoLrsKey && config.demoLrsSecret
            ? { key: config.demoLrsKey, secret: config.demoLrsSecret }
            : derivedDemoLrsCredential(config),
        credentials: config,
      });
      demoShareUrl = demo.shareUrl;
      demoLrs = demo.lrs;
      if (demo.created) {
        const [learner, teacher] = DEMO_ACCOUNTS;
        const data = {
          orgId: demo.orgId,
          publicUrl: config.publicUrl,
          teacherEmail: teacher.email,
          learnerEmail: learner.email,
        };
        await jobs.enqueue(db.kysely, DEMO_COHORT_JOB, data);
      }
      if (demo.created) app.log.info('created the demo organization');
    }
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    return {
      app,
      db,
      url,
      ...(demoLrs ? { demoLrs } : {}),
      ...(demoShareUrl ? { demoShareUrl } : {}),
      async stop() {
        await app.close();
        await jobs.stop();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** The lines printed at start: where Pathwise is and how to sign in to the demo. */
export function startBanner(server: RunningServer, config: Config, passwordFromEnv: boolean): string {
  const lines = [
    `Pathwise is running at ${server.url} (database: ${server.db.kind})`,
    `API docs: ${server.url}/api/docs`,
    config.mail.smtpUrl
      ? `Outgoing mail: sent through ${mailDestination(config)}`
      : `Outgoing mail: no SMTP_URL, so messages are written to ${mailDestination(config)} (read them there)`,
  ];
  const didWebProblem = publicUrlWarning(config.publicUrl);
  if (didWebProblem) lines.push(didWebProblem);
  if (config.seedDemo) {
    lines.push('Demo accounts (organization "Pathwise Demo School"):');
    for (const account of DEMO_ACCOUNTS) lines.push(`  ${account.role.padEnd(9)} ${account.email}`);
    lines.push(
      passwordFromEnv ? '  password: the value of DEMO_PASSWORD' : `  password: ${config.demoPassword}`,
    );
    if (server.demoLrs) {
      lines.push(`Demo LRS (xAPI): ${server.url}/xapi  key: ${server.demoLrs.key}`);
      lines.push(
        config.demoLrsSecret
          ? '  secret: the value of DEMO_LRS_SECRET'
          : `  secret: ${server.demoLrs.secret} (the same at every start of this installation)`,
      );
    }
    if (server.demoShareUrl) lines.push(`Demo share link (for the demo employer): ${server.demoShareUrl}`);
  }
  return lines.join('\n');
}
