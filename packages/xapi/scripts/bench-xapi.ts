// Throughput of the LRS core on one core: how many statements per second validation, preparation, equivalence,
// multipart reading and signature checks handle. Prints a table, then one JSON object per case.
import { createHash, generateKeyPairSync } from 'node:crypto';
import {
  buildPathwiseStatement,
  buildStatementMultipart,
  prepareStatements,
  readStatementMultipart,
  type Statement,
  signStatement,
  statementsAreEquivalent,
  validateStatementBatch,
  verifyStatementSignature,
} from '../src/index.ts';
import { SPEC_EXAMPLE_STATEMENTS } from '../src/test-support/spec-examples.ts';

interface Case {
  name: string;
  statementsPerOp: number;
  run: () => unknown;
}

const rich = SPEC_EXAMPLE_STATEMENTS[2] as unknown as Statement;
const pathwise = buildPathwiseStatement(
  {
    type: 'attempt',
    learner: { id: 'l1' },
    organizationId: 'o1',
    at: new Date(),
    item: { id: 'i1', skillIds: ['s1', 's2'] },
    correct: true,
    score: { raw: 1, max: 1 },
    durationMs: 4200,
  },
  { baseUrl: 'https://learn.example.edu' },
);
const batch = Array.from({ length: 100 }, () => structuredClone(pathwise));
const authority = {
  objectType: 'Agent' as const,
  account: { homePage: 'https://learn.example.edu', name: 'key' },
};
const attachment = Buffer.alloc(1 << 20, 7);
const multipart = buildStatementMultipart(
  {
    ...pathwise,
    attachments: [
      {
        usageType: 'http://example.com/u',
        display: { en: 'a' },
        contentType: 'application/octet-stream',
        length: attachment.length,
        sha2: createHash('sha256').update(attachment).digest('hex'),
      },
    ],
  },
  [
    {
      sha2: createHash('sha256').update(attachment).digest('hex'),
      contentType: 'application/octet-stream',
      data: attachment,
    },
  ],
);
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signed = await signStatement(pathwise, privateKey);
const received = new Map([[signed.signature.sha2, signed.signature]]);

const cases: Case[] = [
  {
    name: 'validate: Pathwise attempt statement',
    statementsPerOp: 1,
    run: () => validateStatementBatch(pathwise, { version: '2.0.0' }),
  },
  {
    name: 'validate: spec long example',
    statementsPerOp: 1,
    run: () => validateStatementBatch(rich, { version: '2.0.0' }),
  },
  {
    name: 'validate: batch of 100',
    statementsPerOp: 100,
    run: () => validateStatementBatch(batch, { version: '2.0.0' }),
  },
  {
    name: 'prepare: batch of 100',
    statementsPerOp: 100,
    run: () => prepareStatements(batch, { authority, version: '2.0.0' }),
  },
  {
    name: 'equivalence: spec long example',
    statementsPerOp: 1,
    run: () => statementsAreEquivalent(rich, structuredClone(rich)),
  },
  {
    name: 'multipart: read 1 MiB attachment',
    statementsPerOp: 1,
    run: () => readStatementMultipart(multipart.body, multipart.contentType),
  },
];

async function measure(
  c: Case | { name: string; statementsPerOp: number; run: () => Promise<unknown> },
  seconds = 1,
) {
  for (let i = 0; i < 50; i++) await c.run();
  let ops = 0;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(seconds * 1e9);
  while (process.hrtime.bigint() < deadline) {
    await c.run();
    ops++;
  }
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  return {
    bench: 'xapi',
    case: c.name,
    ops_per_s: Math.round(ops / elapsed),
    statements_per_s: Math.round((ops * c.statementsPerOp) / elapsed),
    us_per_op: Math.round((elapsed / ops) * 1e6 * 10) / 10,
  };
}

const results = [];
for (const c of cases) results.push(await measure(c));
results.push(
  await measure({
    name: 'signature: verify RS256 (no x5c)',
    statementsPerOp: 1,
    run: () => verifyStatementSignature(signed.statement, received),
  }),
);
console.log(
  `${'case'.padEnd(40)} ${'ops/s'.padStart(10)} ${'statements/s'.padStart(14)} ${'µs/op'.padStart(10)}`,
);
for (const r of results)
  console.log(
    `${r.case.padEnd(40)} ${String(r.ops_per_s).padStart(10)} ${String(r.statements_per_s).padStart(14)} ${String(r.us_per_op).padStart(10)}`,
  );
for (const r of results) console.log(JSON.stringify(r));
