/**
 * Credentials benchmark: Open Badges 3.0 issuing (sequential and on a worker pool), verification (signature only;
 * signature + status + log proof), the status-list update, and raw node:crypto Ed25519 as the floor, all in one
 * run. Each case runs several rounds and keeps the fastest, because the machine is shared. Prints a table, then
 * one JSON object per case.
 *
 *   npm run bench:credentials                          400 DI operations per case, best of 3 rounds
 *   npm run bench:credentials -- --n 200 --rounds 5
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import {
  buildDidWebDocument,
  buildOpenBadgeCredential,
  buildStatusEntry,
  createDocumentLoader,
  credentialIssuedEvent,
  fixedClock,
  generateIssuerKey,
  IssuanceLog,
  type IssuerKeyPair,
  issueStatusListCredential,
  MemoryLogStore,
  randomStatusIndex,
  StatusBitstring,
  signCredential,
  verifyCredential,
  verifyProof,
} from '../../packages/open-badges/src/index.ts';
import { sampleBadgeInput } from '../../packages/open-badges/src/testing.ts';

const DID = 'did:web:pathwise.example:orgs:bench';
const LIST_URL = 'https://pathwise.example/orgs/bench/status/1';
const CREATED = new Date('2026-01-01T00:00:00Z');

function loaderFor(key: IssuerKeyPair) {
  const document = buildDidWebDocument(DID, [
    { publicKeyMultibase: key.publicKeyMultibase, status: 'active' },
  ]);
  return createDocumentLoader({ resolveDidWeb: (did) => (did === DID ? document : null) });
}

/** Builds and signs `n` distinct badges (one issuance = build + sign), with status entries at `statusIndex(i)`. */
async function issueMany(
  key: IssuerKeyPair,
  n: number,
  statusIndex: (i: number) => number = () => randomStatusIndex(),
) {
  const documentLoader = loaderFor(key);
  const signed: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const input = {
      ...sampleBadgeInput(DID, 0, LIST_URL),
      status: buildStatusEntry(LIST_URL, statusIndex(i)),
    };
    signed.push(
      await signCredential(buildOpenBadgeCredential(input), { key, documentLoader, created: CREATED }),
    );
  }
  return signed;
}

if (!isMainThread) {
  const { key } = workerData as { key: IssuerKeyPair };
  parentPort!.on('message', async (n: number) => {
    const t0 = performance.now();
    await issueMany(key, n);
    parentPort!.postMessage(performance.now() - t0);
  });
} else {
  await main();
}

/** A pool of issuing workers; `run(total)` splits the work evenly and returns the wall time in ms. */
function startPool(key: IssuerKeyPair, size: number) {
  // NOTE: Node 20 workers do not inherit tsx's loader hooks, so each worker registers tsx before importing this file.
  const entry = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
  const workers = Array.from({ length: size }, () => new Worker(entry, { eval: true, workerData: { key } }));
  const run = async (total: number) => {
    const t0 = performance.now();
    const share = total / size;
    await Promise.all(
      workers.map((worker) => new Promise((resolve) => worker.once('message', resolve).postMessage(share))),
    );
    return performance.now() - t0;
  };
  return { run, close: () => Promise.all(workers.map((worker) => worker.terminate())) };
}

interface Row {
  case: string;
  n: number;
  ms: number;
  note: string;
}

async function best(rounds: number, measure: () => Promise<number>): Promise<number> {
  let fastest = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) fastest = Math.min(fastest, await measure());
  return fastest;
}

async function timeIt(n: number, run: (i: number) => Promise<unknown> | unknown): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await run(i);
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { n: { type: 'string', default: '400' }, rounds: { type: 'string', default: '3' } },
  });
  const n = Number(values.n);
  const rounds = Number(values.rounds);
  const key = await generateIssuerKey(DID);
  const documentLoader = loaderFor(key);
  const clock = fixedClock('2026-06-01T00:00:00Z');
  const rows: Row[] = [];
  const add = async (name: string, count: number, note: string, measure: () => Promise<number>) => {
    rows.push({ case: name, n: count, ms: await best(rounds, measure), note });
  };

  // Floor: raw Ed25519 over the bytes of a signed credential's JSON (not a credential format, only a bound).
  const raw = generateKeyPairSync('ed25519');
  const [sample] = await issueMany(key, 20);
  const bytes = Buffer.from(JSON.stringify(sample));
  await add('raw node:crypto Ed25519 sign', n * 40, `${bytes.length}-byte payload`, () =>
    timeIt(n * 40, () => sign(null, bytes, raw.privateKey)),
  );

  await add('issue sequential (build + DI sign)', n, 'eddsa-rdfc-2022, 1 thread', () =>
    timeIt(1, () => issueMany(key, n)),
  );
  const size = Math.max(2, availableParallelism());
  const pool = startPool(key, size);
  await pool.run(size * 20);
  await add(`issue worker pool (${size} threads)`, n, 'worker_threads, wall time', () => pool.run(n));
  await pool.close();

  // Verification inputs: every badge has a status entry at its own index and is in the log.
  const badges = await issueMany(key, n, (i) => i);
  const statusListCredential = await issueStatusListCredential({
    url: LIST_URL,
    list: StatusBitstring.create(),
    key,
    documentLoader,
    now: clock.now(),
  });
  const log = new IssuanceLog({ store: new MemoryLogStore(), origin: 'pathwise.example/log', key, clock });
  for (const badge of badges) await log.record(credentialIssuedEvent(badge));
  const checkpoint = await log.checkpoint();
  const proofs = await Promise.all(badges.map((_, i) => log.inclusionProof(i, checkpoint)));
  const deps = {
    documentLoader,
    clock,
    getStatusListCredential: () => statusListCredential,
    trustedLogKeys: new Map([[key.id, key.publicKeyMultibase]]),
    findKnownIssuer: () => ({ name: 'Bench school', vouchedBy: 'the benchmark' }),
  };

  await add('verify signature only', n, 'DI proof + key purpose', () =>
    timeIt(n, (i) => verifyProof(badges[i]!, documentLoader)),
  );
  await add('verify signature + status + log proof', n, 'status list signature checked each time', () =>
    timeIt(n, async (i) => {
      const result = await verifyCredential(badges[i], deps, { logProof: proofs[i] });
      if (!result.verified)
        throw new Error(`badge ${i} failed verification: ${JSON.stringify(result.checks)}`);
    }),
  );

  const statusN = Math.max(20, Math.floor(n / 4));
  let list = StatusBitstring.create();
  await add('status-list update (set bit + re-sign)', statusN, '131,072 entries, GZIP + sign', () =>
    timeIt(statusN, async () => {
      list = list.withStatus(randomStatusIndex(), true);
      await issueStatusListCredential({ url: LIST_URL, list, key, documentLoader, now: clock.now() });
    }),
  );
  await add('  of which set bit + encode', statusN, '', () =>
    timeIt(statusN, () => list.withStatus(randomStatusIndex(), true).encode()),
  );
  await add('log append (memory store)', n * 10, 'RFC 9162 leaf + nodes', () =>
    timeIt(n * 10, (i) => log.record({ type: 'credential-revoked', credential: String(i), time: 'x' })),
  );
  print(rows, rounds);
}

function print(rows: Row[], rounds: number): void {
  const fmt = (value: number, digits: number) =>
    value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  // NOTE: the machine is shared; the load average says how much of the cores other work took during the run.
  const load1 = Number(loadavg()[0]!.toFixed(2));
  console.log(
    `credentials bench: ${availableParallelism()} cores, node ${process.version}, best of ${rounds} rounds, load average ${load1}`,
  );
  console.log(`${'case'.padEnd(42)} ${'n'.padStart(7)} ${'ops/s'.padStart(10)} ${'ms/op'.padStart(9)}  note`);
  for (const row of rows) {
    const opsPerSecond = fmt((row.n * 1000) / row.ms, 0);
    console.log(
      `${row.case.padEnd(42)} ${String(row.n).padStart(7)} ${opsPerSecond.padStart(10)} ${fmt(row.ms / row.n, 3).padStart(9)}  ${row.note}`,
    );
  }
  for (const row of rows) {
    const figures = {
      n: row.n,
      ops_per_s: Math.round((row.n * 1000) / row.ms),
      ms_per_op: Number((row.ms / row.n).toFixed(4)),
    };
    console.log(JSON.stringify({ bench: 'credentials', case: row.case.trim(), ...figures, rounds, load1 }));
  }
}
