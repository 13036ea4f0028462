/**
 * Credentials benchmark: Open Badges 3.0 issuing (sequential and on a worker pool), verification (signature only;
 * signature + status + log proof), the status-list update, and raw node:crypto Ed25519 as the floor, all in one
 * run. Prints a table, then one JSON object per case.
 *
 *   npm run bench:credentials                 500 DI operations per case (raw Ed25519: 20,000)
 *   npm run bench:credentials -- --n 200      fewer operations
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

function loaderFor(key: IssuerKeyPair) {
  const document = buildDidWebDocument(DID, [
    { publicKeyMultibase: key.publicKeyMultibase, status: 'active' },
  ]);
  return createDocumentLoader({ resolveDidWeb: (did) => (did === DID ? document : null) });
}

/** Builds and signs `n` distinct badges with the key (one issuance = build + sign). */
async function issueMany(key: IssuerKeyPair, n: number) {
  const documentLoader = loaderFor(key);
  const signed: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const unsigned = buildOpenBadgeCredential(sampleBadgeInput(DID, randomStatusIndex(), LIST_URL));
    signed.push(
      await signCredential(unsigned, { key, documentLoader, created: new Date('2026-01-01T00:00:00Z') }),
    );
  }
  return signed;
}

if (!isMainThread) {
  const { key, n, warmup } = workerData as { key: IssuerKeyPair; n: number; warmup: number };
  await issueMany(key, warmup);
  parentPort!.postMessage('ready');
  parentPort!.once('message', async () => {
    const t0 = performance.now();
    await issueMany(key, n);
    parentPort!.postMessage(performance.now() - t0);
  });
} else {
  await main();
}

interface Row {
  case: string;
  n: number;
  ms: number;
  note: string;
}

async function timeIt(n: number, run: (i: number) => Promise<unknown> | unknown): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await run(i);
  return performance.now() - t0;
}

async function workerPool(key: IssuerKeyPair, total: number, size: number): Promise<number> {
  const share = Math.ceil(total / size);
  // NOTE: Node 20 workers do not inherit tsx's loader hooks, so each worker registers tsx before importing this file.
  const entry = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
  const workers = Array.from(
    { length: size },
    () => new Worker(entry, { eval: true, workerData: { key, n: share, warmup: 20 } }),
  );
  await Promise.all(workers.map((worker) => new Promise((resolve) => worker.once('message', resolve))));
  const t0 = performance.now();
  const done = workers.map((worker) => new Promise((resolve) => worker.once('message', resolve)));
  for (const worker of workers) worker.postMessage('go');
  await Promise.all(done);
  const elapsed = performance.now() - t0;
  await Promise.all(workers.map((worker) => worker.terminate()));
  return (elapsed * total) / (share * size);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { n: { type: 'string', default: '500' } } });
  const n = Number(values.n);
  const rows: Row[] = [];
  const key = await generateIssuerKey(DID);
  const documentLoader = loaderFor(key);
  const clock = fixedClock('2026-06-01T00:00:00Z');

  // Floor: raw Ed25519 over the bytes of a signed credential's JSON (not a credential format, only a bound).
  const raw = generateKeyPairSync('ed25519');
  const [sample] = await issueMany(key, 20);
  const bytes = Buffer.from(JSON.stringify(sample));
  const rawN = n * 40;
  rows.push({
    case: 'raw node:crypto Ed25519 sign',
    n: rawN,
    ms: await timeIt(rawN, () => sign(null, bytes, raw.privateKey)),
    note: `${bytes.length}-byte payload`,
  });

  const credentials = await issueMany(key, n);
  rows.push({
    case: 'issue sequential (build + DI sign)',
    n,
    ms: await timeIt(n, async () => issueMany(key, 1)),
    note: 'eddsa-rdfc-2022, 1 thread',
  });
  const poolSize = Math.max(2, Math.min(availableParallelism(), 2));
  rows.push({
    case: `issue worker pool (${poolSize} threads)`,
    n,
    ms: await workerPool(key, n, poolSize),
    note: 'worker_threads, wall time',
  });

  rows.push({
    case: 'verify signature only',
    n,
    ms: await timeIt(n, (i) => verifyProof(credentials[i]!, documentLoader)),
    note: 'DI proof + key purpose',
  });

  let list = StatusBitstring.create();
  const statusListCredential = await issueStatusListCredential({
    url: LIST_URL,
    list,
    key,
    documentLoader,
    now: clock.now(),
  });
  const log = new IssuanceLog({ store: new MemoryLogStore(), origin: 'pathwise.example/log', key, clock });
  const full: { badge: Record<string, unknown>; index: number }[] = [];
  for (let i = 0; i < n; i++) {
    const badge = await signCredential(
      buildOpenBadgeCredential({
        ...sampleBadgeInput(DID, i, LIST_URL),
        status: buildStatusEntry(LIST_URL, i),
      }),
      {
        key,
        documentLoader,
        created: new Date('2026-01-01T00:00:00Z'),
      },
    );
    full.push({ badge, index: await log.record(credentialIssuedEvent(badge)) });
  }
  const checkpoint = await log.checkpoint();
  const proofs = await Promise.all(full.map((item) => log.inclusionProof(item.index, checkpoint)));
  const deps = {
    documentLoader,
    clock,
    getStatusListCredential: () => statusListCredential,
    trustedLogKeys: new Map([[key.id, key.publicKeyMultibase]]),
  };
  let failures = 0;
  const fullMs = await timeIt(n, async (i) => {
    const result = await verifyCredential(full[i]!.badge, deps, { logProof: proofs[i] });
    if (!result.verified) failures++;
  });
  if (failures > 0) throw new Error(`${failures} credentials failed full verification`);
  rows.push({
    case: 'verify signature + status + log proof',
    n,
    ms: fullMs,
    note: 'status list signature checked each time',
  });

  const statusN = Math.max(20, Math.floor(n / 5));
  rows.push({
    case: 'status-list update (set bit + re-sign)',
    n: statusN,
    ms: await timeIt(statusN, async () => {
      list = list.withStatus(randomStatusIndex(), true);
      await issueStatusListCredential({ url: LIST_URL, list, key, documentLoader, now: clock.now() });
    }),
    note: '131,072 entries, GZIP + sign',
  });
  rows.push({
    case: '  of which set bit + encode',
    n: statusN,
    ms: await timeIt(statusN, () => list.withStatus(randomStatusIndex(), true).encode()),
    note: '',
  });
  rows.push({
    case: 'log append (memory store)',
    n: n * 10,
    ms: await timeIt(n * 10, (i) =>
      log.record({ type: 'credential-revoked', credential: String(i), time: 'x' }),
    ),
    note: 'RFC 9162 leaf + nodes',
  });

  print(rows);
}

function print(rows: Row[]): void {
  const fmt = (value: number, digits: number) =>
    value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  // NOTE: the machine is shared; the load average says how much of the 2 cores other work took during the run.
  const load1 = Number(loadavg()[0]!.toFixed(2));
  console.log(
    `credentials bench on ${availableParallelism()} cores, node ${process.version}, load average ${load1}`,
  );
  console.log(`${'case'.padEnd(42)} ${'n'.padStart(7)} ${'ops/s'.padStart(10)} ${'ms/op'.padStart(9)}  note`);
  for (const row of rows) {
    console.log(
      `${row.case.padEnd(42)} ${String(row.n).padStart(7)} ${fmt((row.n * 1000) / row.ms, 0).padStart(10)} ${fmt(row.ms / row.n, 3).padStart(9)}  ${row.note}`,
    );
  }
  for (const row of rows) {
    const opsPerSecond = Math.round((row.n * 1000) / row.ms);
    const msPerOp = Number((row.ms / row.n).toFixed(4));
    console.log(
      JSON.stringify({
        bench: 'credentials',
        case: row.case.trim(),
        n: row.n,
        ops_per_s: opsPerSecond,
        ms_per_op: msPerOp,
        load1,
      }),
    );
  }
}
