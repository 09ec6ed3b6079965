import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { isLocale } from '@ruamsang/shared';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';
import { onSessionRefused, tokenStore } from './apollo';
import { applyLocale, onLocaleChosen } from './i18n';

const ME = graphql(`
  query Me {
    me {
      id
      email
      displayName
      role
      provinceCode
      managedProvinceCodes
      preferredLocale
      province {
        code
        nameTh
        nameEn
      }
    }
  }
`);

const LOGIN = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user {
        id
        role
      }
    }
  }
`);

const SET_MY_LOCALE = graphql(`
  mutation SetMyLocale($locale: String!) {
    setMyLocale(locale: $locale) {
      id
      preferredLocale
    }
  }
`);

export type Me = NonNullable<MeQuery['me']>;

interface Auth {
  readonly me: Me | null;
  readonly loading: boolean;
  login: (email: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
  /** Why the person was signed out (account deactivated, password changed elsewhere), shown on the sign-in page. */
  readonly notice: string | null;
}

const AuthContext = createContext<Auth | null>(null);

/** The last signed-in user, so the app opens offline (in the field) for whoever holds a token. */
const ME_KEY = 'ruamsang.me';
function rememberedMe(): Me | null {
  if (!tokenStore.get()) return null;
  try {
    return JSON.parse(localStorage.getItem(ME_KEY) ?? 'null') as Me | null;
  } catch {
    return null;
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { data, loading, error } = useQuery(ME, { fetchPolicy: 'network-only' });
  // Only a network failure falls back to the remembered user; an answer from the API always wins.
  const offline = Boolean(error) && !CombinedGraphQLErrors.is(error);
  useEffect(() => {
    if (!data) return;
    if (data.me) localStorage.setItem(ME_KEY, JSON.stringify(data.me));
    else localStorage.removeItem(ME_KEY);
  }, [data]);
  const [loginMutation] = useMutation(LOGIN);
  const [setMyLocale] = useMutation(SET_MY_LOCALE);
  const [notice, setNotice] = useState<string | null>(null);
  const me = data?.me ?? null;

  // A token the API refuses ends the session, with the API's own (translated) reason.
  const signOut = useCallback(
    (message: string | null) => {
      tokenStore.set(null);
      localStorage.removeItem(ME_KEY);
      setNotice(message);
      void client.resetStore().catch(() => undefined);
    },
    [client],
  );
  useEffect(() => onSessionRefused((message) => signOut(message)), [signOut]);
  // Opening the app with a token that no longer stands (`me` answers null): forget it quietly.
  useEffect(() => {
    if (data && !data.me && tokenStore.get()) tokenStore.set(null);
  }, [data]);

  // Signed in, the account's language wins; a language picked while signed in is kept on the account.
  // Applied once per sign-in: the answers of the saves below must not switch the screen back to an
  // earlier pick while the person is choosing (en, then ms: the en save's answer arrives after ms).
  const preferredLocale = me?.preferredLocale;
  const appliedFor = useRef<string | null>(null);
  useEffect(() => {
    const id = me?.id ?? null;
    if (id === null) appliedFor.current = null;
    else if (appliedFor.current !== id && isLocale(preferredLocale)) {
      appliedFor.current = id;
      applyLocale(preferredLocale);
    }
  }, [me?.id, preferredLocale]);
  const signedIn = Boolean(me);
  useEffect(() => {
    if (!signedIn) return undefined;
    // One save after another, so quick changes reach the account in the order they were made.
    let saving: Promise<unknown> = Promise.resolve();
    return onLocaleChosen((locale) => {
      saving = saving.then(() => setMyLocale({ variables: { locale } })).catch(() => undefined);
    });
  }, [signedIn, setMyLocale]);

  const login = useCallback(
    async (email: string, password: string) => {
      const result = await loginMutation({ variables: { email, password } });
      tokenStore.set(result.data?.login.token ?? null);
      setNotice(null);
      await client.resetStore();
    },
    [client, loginMutation],
  );
  const logout = useCallback(async () => {
    setNotice(null);
    tokenStore.set(null);
    localStorage.removeItem(ME_KEY);
    await client.resetStore();
  }, [client]);

  const value = useMemo<Auth>(
    () => ({ me: me ?? (offline ? rememberedMe() : null), loading: loading && !data, login, logout, notice }),
    [me, data, offline, loading, login, logout, notice],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
