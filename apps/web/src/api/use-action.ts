import { useCallback, useState } from 'react';

export interface Action {
  busy: boolean;
  error: unknown;
  /** The last success message, for a live region. */
  status: string | null;
  /** Runs a change; on success shows `message(result)`, on failure keeps the error. Resolves true on success. */
  run<T>(change: () => Promise<T>, message?: (result: T) => string): Promise<boolean>;
}

/** State for a button or form that changes something on the server. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  const run = useCallback(async <T>(change: () => Promise<T>, message?: (result: T) => string) => {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      const result = await change();
      setStatus(message ? message(result) : null);
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, status, run };
}
