import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { type OrgSignup, parseOrgSignup } from './org-signup.ts';
import { parseTrustedIssuers, type TrustedIssuer } from './trusted-issuers.ts';

/** Password derivations (scrypt, `identity/hash-queue.ts`) at once by default: one per core less one (at least one), so a core stays free for the event loop. */
export const DEFAULT_HASH_CONCURRENCY = Math.max(1, availableParallelism() - 1);
/** Password derivations that may wait by default (about three seconds of work at the default cost on one slot). */
export const DEFAULT_HASH_QUEUE = 32;

/** Everything the server reads from its environment, parsed once at boot. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Base URL people reach the server at; used in invitation links and DID documents. */
  publicUrl: string;
  /** `Secure` flag on cookies: on, except in tests or when COOKIE_SECURE=false. */
  cookieSecure: boolean;
  /** scrypt cost parameter N (a power of two); memory used is 128 × N × r bytes. */
  passwordHashCost: number;
  demoPassword: string;
  /** DEMO_PASSWORD was set: the start banner then does not print the demo password. */
  demoPasswordFromEnv: boolean;
  /** NODE_ENV=test: silent logs, cookies without Secure, `localhost` allowed, one sealing key per process. */
  testMode: boolean;
  /** PATHWISE_SHARED_DATA: the shared datasets folder (O*NET, ESCO), relative to the working directory; default
   * `../shared/data` beside the repository. */
  sharedDataDir: string;
  /** Seed the demo organization into a new database. */
  seedDemo: boolean;
  /**
   * JOB_WORKERS: run background jobs in this process (default). With false, jobs are still enqueued but nothing
   * runs them here: no workers, schedules or queue maintenance (benchmarks measure the server without them).
   */
  jobWorkers: boolean;
  logLevel: string;
  /** Max sign-in attempts per minute for one address (any client); also deletion password checks per account. */
  signInRateLimit: number;
  /** Max sign-in attempts per minute from one client IP (any address), checked before any password hashing. */
  signInIpRateLimit: number;
  /** Password derivations (scrypt) at once; more wait in a queue of `passwordHashQueue`, then get 503. */
  passwordHashConcurrency: number;
  passwordHashQueue: number;
  /** Serve the web app from this folder when it exists. */
  webDist: string;
  /** The tutor's optional OpenAI-compatible model endpoint (AI_BASE_URL, AI_MODEL, AI_API_KEY); null: engine only. */
  ai: { baseUrl: string; model: string; apiKey?: string; timeoutMs: number } | null;
  /** The demo organization's LRS key and secret (DEMO_LRS_KEY / DEMO_LRS_SECRET); derived from the sealing key when unset. */
  demoLrsKey: string | undefined;
  demoLrsSecret: string | undefined;
  /**
   * ISSUER_KEY_SECRET: 32 bytes (base64 or hex) that seal issuer private keys at rest. Embedded mode generates one
   * into the data folder when unset; with DATABASE_URL it is required (outside tests).
   */
  issuerKeySecret: string | undefined;
  /** ORG_SIGNUP: who may create an organization: open, invite (default: with an operator's code) or closed. */
  orgSignup: OrgSignup;
  /**
   * ALLOWED_HOSTS: Host header values accepted besides PUBLIC_URL's host (comma-separated `name` or `name:port`);
   * any other Host gets 421 (DNS rebinding). Tests default to `localhost` (app.inject's host).
   */
  allowedHosts: string[];
  /** TRUSTED_ISSUERS: issuers outside this installation that its verifier names as known (a JSON file or a list). */
  trustedIssuers: TrustedIssuer[];
  /**
   * Outgoing mail. SMTP_URL (smtp:// or smtps://, credentials in the URL) sends for real; without it, messages are
   * written to DATA_DIR/outbox as .eml files. MAIL_FROM: the sender (default `Pathwise <no-reply@host>`).
   */
  mail: { smtpUrl: string | undefined; from: string };
}

/** Thrown with every problem of the environment at once. */
export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

function intIn(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
    return fallback;
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'no'].includes(raw)) return false;
  problems.push(`${name} must be true or false (got "${raw}")`);
  return fallback;
}

function aiConfig(env: NodeJS.ProcessEnv, problems: string[]): Config['ai'] {
  const baseUrl = env.AI_BASE_URL?.trim().replace(/\/+$/, '');
  const model = env.AI_MODEL?.trim();
  const timeoutMs = intIn(env, 'AI_TIMEOUT_MS', 4000, 100, 60000, problems);
  if (!baseUrl && !model) return null;
  if (!baseUrl || !model) {
    problems.push('AI_BASE_URL and AI_MODEL go together: set both for a tutor model, or neither');
    return null;
  }
  if (!/^https?:\/\/[^/]/.test(baseUrl)) {
    problems.push(`AI_BASE_URL must be an http(s) URL (got "${baseUrl}")`);
    return null;
  }
  const apiKey = env.AI_API_KEY?.trim();
  return { baseUrl, model, ...(apiKey ? { apiKey } : {}), timeoutMs };
}

function mailConfig(env: NodeJS.ProcessEnv, publicUrl: string, problems: string[]): Config['mail'] {
  const smtpUrl = env.SMTP_URL?.trim() || undefined;
  if (smtpUrl && !/^smtps?:\/\/[^/]/.test(smtpUrl))
    problems.push('SMTP_URL must be an smtp:// or smtps:// URL (credentials, if any, in the URL)');
  let host = 'localhost';
  try {
    host = new URL(publicUrl).hostname || host;
  } catch {}
  const from = env.MAIL_FROM?.trim() || `Pathwise <no-reply@${host}>`;
  if (!/^[^<>@\s]+@[^<>@\s]+$|<[^<>@\s]+@[^<>@\s]+>$/.test(from))
    problems.push(`MAIL_FROM must be an address, optionally with a name: "Name <a@b>" (got "${from}")`);
  return { smtpUrl, from };
}

function parseAllowedHosts(raw: string, problems: string[]): string[] {
  const hosts = raw
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  const bad = hosts.filter((h) => !/^([a-z0-9-]+(\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(:\d{1,5})?$/.test(h));
  if (bad.length > 0)
    problems.push(`ALLOWED_HOSTS must list host names, optionally with :port (not ${bad.join(', ')})`);
  return hosts;
}

/**
 * Parses the environment into a {@link Config}, listing every problem rather than stopping at the first.
 *
 * @example
 * const config = loadConfig(process.env);
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const isTest = env.NODE_ENV === 'test';
  const port = intIn(env, 'PORT', 3000, 0, 65535, problems);
  const host = env.HOST || '127.0.0.1';
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const publicUrl = (env.PUBLIC_URL || `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`).replace(
    /\/$/,
    '',
  );
  try {
    new URL(publicUrl);
  } catch {
    problems.push(`PUBLIC_URL is not a URL (got "${env.PUBLIC_URL}")`);
  }
  const passwordHashCost = intIn(env, 'PASSWORD_HASH_COST', 32768, 1024, 1048576, problems);
  if ((passwordHashCost & (passwordHashCost - 1)) !== 0)
    problems.push('PASSWORD_HASH_COST must be a power of two');
  const demoPassword = env.DEMO_PASSWORD || 'pathwise-demo';
  if (demoPassword.length < 10) problems.push('DEMO_PASSWORD must have at least 10 characters');
  const logLevel = env.LOG_LEVEL || (isTest ? 'silent' : 'info');
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    problems.push(
      `LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "${logLevel}")`,
    );
  }
  const ai = aiConfig(env, problems);
  const mail = mailConfig(env, publicUrl, problems);
  const config: Config = {
    port,
    host,
    dataDir: env.DATA_DIR || './data',
    databaseUrl,
    publicUrl,
    cookieSecure: flag(env, 'COOKIE_SECURE', !isTest, problems),
    passwordHashCost,
    demoPassword,
    demoPasswordFromEnv: Boolean(env.DEMO_PASSWORD),
    testMode: isTest,
    sharedDataDir: resolve(
      env.PATHWISE_SHARED_DATA || new URL('../../../../../shared/data', import.meta.url).pathname,
    ),
    seedDemo: flag(env, 'SEED_DEMO', true, problems),
    jobWorkers: flag(env, 'JOB_WORKERS', true, problems),
    logLevel,
    signInRateLimit: intIn(env, 'SIGN_IN_RATE_LIMIT', 10, 1, 100000, problems),
    signInIpRateLimit: intIn(env, 'SIGN_IN_IP_RATE_LIMIT', 100, 1, 100000, problems),
    passwordHashConcurrency: intIn(
      env,
      'PASSWORD_HASH_CONCURRENCY',
      DEFAULT_HASH_CONCURRENCY,
      1,
      1024,
      problems,
    ),
    passwordHashQueue: intIn(env, 'PASSWORD_HASH_QUEUE', DEFAULT_HASH_QUEUE, 0, 100000, problems),
    webDist: env.WEB_DIST || new URL('../../../web/dist', import.meta.url).pathname,
    ai,
    demoLrsKey: env.DEMO_LRS_KEY || undefined,
    demoLrsSecret: env.DEMO_LRS_SECRET || undefined,
    issuerKeySecret: env.ISSUER_KEY_SECRET?.trim() || undefined,
    orgSignup: parseOrgSignup(env.ORG_SIGNUP, problems),
    allowedHosts: parseAllowedHosts(env.ALLOWED_HOSTS ?? (isTest ? 'localhost' : ''), problems),
    trustedIssuers: parseTrustedIssuers(env.TRUSTED_ISSUERS, problems),
    mail,
  };
  if (
    config.issuerKeySecret &&
    !/^([0-9a-fA-F]{64}|[A-Za-z0-9_-]{43}=?|[A-Za-z0-9+/]{43}=)$/.test(config.issuerKeySecret)
  )
    problems.push('ISSUER_KEY_SECRET must be 32 bytes as base64 (43–44 characters) or hex (64 characters)');
  if (databaseUrl?.startsWith('postgres') && !isTest && !config.issuerKeySecret)
    problems.push(
      'ISSUER_KEY_SECRET is required with DATABASE_URL (32 bytes, base64 or hex): it seals issuer keys',
    );
  if (Boolean(config.demoLrsKey) !== Boolean(config.demoLrsSecret))
    problems.push('DEMO_LRS_KEY and DEMO_LRS_SECRET must be set together');
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
