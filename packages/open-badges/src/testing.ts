import { randomUUID } from 'node:crypto';
import { buildClrCredential } from './clr-credential.ts';
import { signCredential } from './data-integrity.ts';
import { buildDidWebDocument, type DidDocument, type IssuerKeyHistoryEntry } from './did-web.ts';
import { createDocumentLoader, type DocumentLoader } from './document-loader.ts';
import { generateIssuerKey, type IssuerKeyPair } from './issuer-key.ts';
import { buildOpenBadgeCredential, type OpenBadgeInput } from './open-badge-credential.ts';
import { StatusBitstring } from './status-list.ts';
import { issueStatusListCredential, type StatusListCredential } from './status-list-credential.ts';
import { buildStatusEntry } from './status-list-entry.ts';
import type { KnownIssuer } from './verify/issuer-known-check.ts';

/** Replaces `globalThis.fetch` with a function that throws, so a test fails on any network use. */
export function blockNetwork(): void {
  globalThis.fetch = (async (input: unknown) => {
    throw new Error(`network use in a test: ${String(input)}`);
  }) as typeof fetch;
}

/**
 * A test issuer: a did:web organization with a key history, an offline document loader that resolves it, and
 * one status list. Test factory only; the platform wires the same pieces to its database.
 */
export class TestIssuer {
  readonly did: string;
  readonly statusListUrl: string;
  keys: { key: IssuerKeyPair; status: IssuerKeyHistoryEntry['status'] }[] = [];
  statusList: StatusBitstring = StatusBitstring.create();
  statusListCredential: StatusListCredential | null = null;
  readonly documentLoader: DocumentLoader;

  private constructor(host: string, org: string) {
    this.did = `did:web:${host}:orgs:${org}`;
    this.statusListUrl = `https://${host}/orgs/${org}/status/1`;
    this.documentLoader = createDocumentLoader({
      resolveDidWeb: (did) => (did === this.did ? this.didDocument() : null),
    });
  }

  /** Makes an issuer with one active key and a signed, empty status list. */
  static async create(host = 'pathwise.example', org = 'acme'): Promise<TestIssuer> {
    const issuer = new TestIssuer(host, org);
    issuer.keys.push({ key: await generateIssuerKey(issuer.did), status: 'active' });
    await issuer.publishStatusList(new Date());
    return issuer;
  }

  /** The active key. */
  get activeKey(): IssuerKeyPair {
    const entry = this.keys.find((item) => item.status === 'active');
    if (!entry) throw new Error('no active key');
    return entry.key;
  }

  /** The DID document built from the current key history. */
  didDocument(): DidDocument {
    return buildDidWebDocument(
      this.did,
      this.keys.map(({ key, status }) => ({ publicKeyMultibase: key.publicKeyMultibase, status })),
    );
  }

  /** Retires the active key and makes a new one active. */
  async rotateKey(): Promise<IssuerKeyPair> {
    for (const entry of this.keys) if (entry.status === 'active') entry.status = 'retired';
    const key = await generateIssuerKey(this.did);
    this.keys.push({ key, status: 'active' });
    return key;
  }

  /** Re-signs the status list credential from the current bits. */
  async publishStatusList(now: Date): Promise<StatusListCredential> {
    this.statusListCredential = await issueStatusListCredential({
      url: this.statusListUrl,
      list: this.statusList,
      key: this.activeKey,
      documentLoader: this.documentLoader,
      now,
    });
    return this.statusListCredential;
  }

  /** Sets a status bit and re-publishes the list. */
  async revoke(index: number, now: Date): Promise<void> {
    this.statusList = this.statusList.withStatus(index, true);
    await this.publishStatusList(now);
  }

  /** The verifier's known-issuer source: this issuer (by its DID) and nobody else. */
  readonly findKnownIssuer = (did: string): KnownIssuer | null =>
    did === this.did ? { name: 'Acme Learning', vouchedBy: 'the test issuer' } : null;

  /** The status list source for the verifier. */
  readonly getStatusListCredential = (url: string): StatusListCredential | null =>
    url === this.statusListUrl ? this.statusListCredential : null;

  /** Issues a signed badge with a status entry at `statusIndex`; `overrides` change the input. */
  async issueBadge(statusIndex: number, overrides: Partial<OpenBadgeInput> = {}, key = this.activeKey) {
    const validFrom = overrides.validFrom ?? new Date('2026-01-01T00:00:00Z');
    const unsigned = buildOpenBadgeCredential({
      ...sampleBadgeInput(this.did, statusIndex, this.statusListUrl),
      validFrom,
      ...overrides,
    });
    return signCredential(unsigned, { key, documentLoader: this.documentLoader, created: validFrom });
  }

  /** Issues two badges and bundles them into a signed CLR learner record. */
  async issueLearnerRecord() {
    const badges = [await this.issueBadge(61), await this.issueBadge(62)];
    const created = new Date('2026-05-01T00:00:00Z');
    const unsigned = buildClrCredential({
      id: `urn:uuid:${randomUUID()}`,
      issuer: { id: this.did, name: 'Acme Learning' },
      learnerId: (badges[0]!.credentialSubject as { id: string }).id,
      name: 'Learner record',
      credentials: badges,
      validFrom: created,
    });
    const record = await signCredential(unsigned, {
      key: this.activeKey,
      documentLoader: this.documentLoader,
      created,
    });
    return { badges, record };
  }
}

/** A complete badge input: a micro-credential aligned to two framework skills, with evidence. */
export function sampleBadgeInput(
  issuerDid: string,
  statusIndex: number,
  statusListUrl: string,
): OpenBadgeInput {
  return {
    id: `urn:uuid:${randomUUID()}`,
    issuer: { id: issuerDid, name: 'Acme Learning', url: 'https://acme.example' },
    recipient: { id: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK' },
    achievement: {
      id: 'https://pathwise.example/orgs/acme/achievements/linear-equations',
      name: 'Linear equations',
      description: 'Solves one- and two-step linear equations.',
      criteria: { narrative: 'Mastered both skills at 0.85 or above in adaptive practice.' },
      achievementType: 'MicroCredential',
      alignments: [
        {
          targetName: 'Solve one-step equations',
          targetUrl: 'https://pathwise.example/skills/one-step',
          targetType: 'CFItem',
          targetFramework: 'Pathwise Algebra',
        },
        {
          targetName: 'Solve two-step equations',
          targetUrl: 'https://pathwise.example/skills/two-step',
          targetType: 'CFItem',
          targetFramework: 'Pathwise Algebra',
          targetCode: 'ALG.2',
        },
      ],
      creditsAvailable: 1,
      tags: ['algebra'],
    },
    validFrom: new Date('2026-01-01T00:00:00Z'),
    status: buildStatusEntry(statusListUrl, statusIndex),
    evidence: [
      {
        id: 'https://pathwise.example/evidence/42',
        name: 'Practice record',
        narrative: '24 items, 22 correct.',
      },
    ],
  };
}
