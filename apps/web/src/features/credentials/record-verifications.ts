import type { CredentialVerification } from '@pathwise/contracts';
import { useEffect, useState } from 'react';
import { api } from '../../api/api-client.ts';
import { credentialPaths } from './credentials-api.ts';

/** A credential's verification as the record page has it: the answer, or why there is none. */
export type RecordVerification = { verification: CredentialVerification } | { error: unknown };

/**
 * Each of the learner's credentials verified, asked one after another (the server's verifier has a bounded
 * queue: a record of many credentials must not fill it), shown as each answer comes.
 */
export function useRecordVerifications(
  orgId: string,
  ids: readonly string[],
): ReadonlyMap<string, RecordVerification> {
  const [results, setResults] = useState<ReadonlyMap<string, RecordVerification>>(new Map());
  const key = ids.join(',');
  useEffect(() => {
    let stopped = false;
    setResults(new Map());
    void (async () => {
      for (const id of key ? key.split(',') : []) {
        let result: RecordVerification;
        try {
          result = {
            verification: await api<CredentialVerification>('GET', credentialPaths.verification(orgId, id)),
          };
        } catch (error) {
          result = { error };
        }
        if (stopped) return;
        setResults((before) => new Map(before).set(id, result));
      }
    })();
    return () => {
      stopped = true;
    };
  }, [orgId, key]);
  return results;
}
