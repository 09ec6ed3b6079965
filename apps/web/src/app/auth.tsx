import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';
import { tokenStore } from './apollo';

const ME = graphql(`
  query Me {
    me {
      id
      email
      displayName
      role
      provinceCode
      managedProvinceCodes
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

export type Me = NonNullable<MeQuery['me']>;

interface Auth {
  readonly me: Me | null;
  readonly loading: boolean;
  login: (email: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
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

  const login = useCallback(
    async (email: string, password: string) => {
      const result = await loginMutation({ variables: { email, password } });
      tokenStore.set(result.data?.login.token ?? null);
      await client.resetStore();
    },
    [client, loginMutation],
  );
  const logout = useCallback(async () => {
    tokenStore.set(null);
    localStorage.removeItem(ME_KEY);
    await client.resetStore();
  }, [client]);

  const value = useMemo<Auth>(() => ({ me: data?.me ?? (offline ? rememberedMe() : null), loading: loading && !data, login, logout }), [data, offline, loading, login, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
