import type { Me, SignUpInput as SignUpBodyInput } from '@pathwise/contracts';
import type { Locale } from '@pathwise/core/identity';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api, setCsrfToken, setSessionLostHandler } from '../api/api-client.ts';
import { ApiError } from '../api/api-error.ts';
import { applyLocale } from '../i18n/i18n.ts';

/** What the sign-up form sends (`POST /api/auth/sign-up`). */
export type SignUpInput = SignUpBodyInput;

export interface Session {
  /** Undefined while the first `GET /api/me` is in flight, null when signed out. */
  me: Me | null | undefined;
  refresh(): Promise<Me | null>;
  signIn(email: string, password: string): Promise<Me>;
  signUp(input: SignUpInput): Promise<Me>;
  /** Ends the session and reloads the app at `then` (default `/sign-in`). */
  signOut(then?: string): Promise<void>;
  /** Switches the language; a signed-in person's choice is saved to their account. */
  setLocale(locale: Locale): Promise<void>;
}

/** Exported for tests that render a page with a given session. */
export const SessionContext = createContext<Session | null>(null);

/** Holds who is signed in. The account's saved language wins over this device's choice. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);

  const adopt = useCallback(async (next: Me | null) => {
    setCsrfToken(next?.csrfToken ?? null);
    if (next) await applyLocale(next.user.locale);
    setMe(next);
    return next;
  }, []);

  const refresh = useCallback(async () => {
    try {
      return await adopt(await api<Me>('GET', '/api/me'));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return adopt(null);
      throw error;
    }
  }, [adopt]);

  useEffect(() => {
    refresh().catch(() => setMe(null));
    // A session that ends while the app is open (expiry, sign-out in another tab) sends the person to sign-in.
    setSessionLostHandler(() => void adopt(null));
    return () => setSessionLostHandler(null);
  }, [refresh, adopt]);

  const session = useMemo<Session>(
    () => ({
      me,
      refresh,
      signIn: async (email, password) =>
        (await adopt(await api<Me>('POST', '/api/auth/sign-in', { email, password }))) as Me,
      // Sign-up answers alike for a new and a taken address and starts no session: sign in right after.
      signUp: async (input) => {
        await api('POST', '/api/auth/sign-up', input);
        const signedIn = await api<Me>('POST', '/api/auth/sign-in', {
          email: input.email,
          password: input.password,
        });
        return (await adopt(signedIn)) as Me;
      },
      signOut: async (then = '/sign-in') => {
        try {
          await api('POST', '/api/auth/sign-out');
        } finally {
          // A full load drops everything this tab held about the person (a shared classroom device).
          setCsrfToken(null);
          window.location.assign(then);
        }
      },
      setLocale: async (locale) => {
        await applyLocale(locale);
        if (!me || me.user.locale === locale) return;
        try {
          setMe(await api<Me>('PATCH', '/api/me', { locale }));
        } catch {
          // The page is already in the new language; saving it to the account is retried on the next switch.
        }
      },
    }),
    [me, refresh, adopt],
  );

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The session; only inside {@link SessionProvider}. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider');
  return session;
}
