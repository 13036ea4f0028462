/**
 * Verify-flood benchmark: does public verification keep the rest of the server answering? The real server (child
 * process, PGlite, no demo, no jobs) is flooded with `POST /api/verify` of the worst credential under the 64 KB
 * cap (a did:key badge with some 260 alignments: JSON-LD canonicalization grows with the nodes) while a second
 * client measures `GET /api/health` latency; the same probe on the idle server is the baseline. The verify route
 * allows 120 requests a minute per client address, so from one address the flood is that allowance plus refusals
 * (429). Prints a table, then one JSON object per case.
 *
 *   npm run bench:verify-flood                       10 s idle, 20 s flooded, 8 flood connections
 *   npm run bench:verify-flood -- --seconds 30 --connections 16
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildOpenBadgeCredential,
  createDocumentLoader,
  generateIssuerKey,
  signCredential,
} from '../../packages/open-badges/src/index.ts';
import { sampleBadgeInput } from '../../packages/open-badges/src/testing.ts';
import { type AutocannonResult, autocannon, describeFailures } from './lib/autocannon.ts';
import { killServers, startServer, stopServer } from './lib/start-server.ts';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '8' },
  },
});
const SECONDS = Number(args.seconds);
const CONNECTIONS = Number(args.connections);
const CAP = 64 * 1024;

/** The biggest badge under the cap: alignments are added until one more would cross it. */
async function worstCredential(): Promise<string> {
  const key = await generateIssuerKey();
  const input = sampleBadgeInput(key.controller, 0, 'https://outsider.example/status/1');
  const build = (n: number) =>
    buildOpenBadgeCredential({
      ...input,
      issuer: { id: key.controller, name: 'Flood School' },
      status: undefined,
      achievement: {
        ...input.achievement,
        alignments: Array.from({ length: n }, (_, i) => ({
          targetName: `Skill ${i} of a long list`,
          targetUrl: `https://outsider.example/skills/${i}`,
          targetType: 'CFItem',
          targetFramework: 'Outsider framework',
          targetCode: `OUT.${i}`,
        })),
      },
    });
  let n = 50;
  while (JSON.stringify(build(n + 10)).length < CAP - 1500) n += 10;
  const signed = await signCredential(build(n), {
    key,
    documentLoader: createDocumentLoader(),
    created: new Date(Date.now() - 60_000),
  });
  return JSON.stringify(signed);
}

interface Row {
  case: string;
  figures: Record<string, number | string>;
}

const probe = (url: string, duration: number) =>
  autocannon({ url: `${url}/api/health`, connections: 2, duration, headers: {} });

function healthFigures(result: AutocannonResult) {
  return {
    healthRequests: result.requests.average * result.duration,
    healthP50Ms: result.latency.p50,
    healthP99Ms: result.latency.p99,
    healthFailures: describeFailures(result),
  };
}

async function main(): Promise<void> {
  const body = await worstCredential();
  const dataDir = mkdtempSync(join(tmpdir(), 'pathwise-bench-verify-'));
  const rows: Row[] = [];
  const server = await startServer(
    { DATA_DIR: dataDir, SEED_DEMO: 'false', JOB_WORKERS: 'false', LOG_LEVEL: 'warn' },
    '/api/health',
  );
  try {
    const one = await fetch(`${server.url}/api/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const started = performance.now();
    const first = (await one.json()) as { verdict?: string };
    const again = await fetch(`${server.url}/api/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    await again.arrayBuffer();
    const oneMs = performance.now() - started;
    if (first.verdict !== 'unknown_issuer') throw new Error(`unexpected answer: ${JSON.stringify(first)}`);

    rows.push({ case: 'idle', figures: healthFigures(await probe(server.url, Math.max(5, SECONDS / 2))) });
    const [flood, health] = await Promise.all([
      autocannon({
        url: `${server.url}/api/verify`,
        method: 'POST',
        body,
        connections: CONNECTIONS,
        duration: SECONDS,
        headers: { 'content-type': 'application/json' },
      }),
      probe(server.url, SECONDS),
    ]);
    const codes = flood.statusCodeStats ?? {};
    rows.push({
      case: 'flooded',
      figures: {
        ...healthFigures(health),
        verified200: codes['200']?.count ?? 0,
        refused429: codes['429']?.count ?? 0,
        busy503: codes['503']?.count ?? 0,
        tooComplex422: codes['422']?.count ?? 0,
        verifyP50Ms: flood.latency.p50,
      },
    });
    console.log(
      `credential ${body.length} bytes (cap ${CAP}); one verification ~${oneMs.toFixed(0)} ms end to end; ` +
        `${availableParallelism()} cores, load ${loadavg()[0]!.toFixed(2)}; flood ${CONNECTIONS} connections × ${SECONDS} s`,
    );
    console.log('case     | health p50 ms | health p99 ms | health requests | verify 200 | 429 | 503 | 422');
    for (const row of rows) {
      const f = row.figures;
      console.log(
        `${row.case.padEnd(8)} | ${String(f.healthP50Ms).padStart(13)} | ${String(f.healthP99Ms).padStart(13)} | ${String(Math.round(Number(f.healthRequests))).padStart(15)} | ${String(f.verified200 ?? '-').padStart(10)} | ${String(f.refused429 ?? '-').padStart(3)} | ${String(f.busy503 ?? '-').padStart(3)} | ${String(f.tooComplex422 ?? '-').padStart(3)}`,
      );
    }
    console.log('');
    for (const row of rows) {
      console.log(
        JSON.stringify({ bench: 'verify-flood', case: row.case, bytes: body.length, ...row.figures }),
      );
    }
  } finally {
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  killServers();
  console.error(error);
  process.exitCode = 1;
});
