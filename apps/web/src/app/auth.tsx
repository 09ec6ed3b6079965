import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
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

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { data, loading } = useQuery(ME, { fetchPolicy: 'network-only' });
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
    await client.resetStore();
  }, [client]);

  const value = useMemo<Auth>(() => ({ me: data?.me ?? null, loading: loading && !data, login, logout }), [data, loading, login, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
