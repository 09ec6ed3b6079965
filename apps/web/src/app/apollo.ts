import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { i18next } from './i18n';

const TOKEN_KEY = 'ruamsang.token';

export const tokenStore = {
  get: (): string | null => localStorage.getItem(TOKEN_KEY),
  set: (token: string | null) => (token ? localStorage.setItem(TOKEN_KEY, token) : localStorage.removeItem(TOKEN_KEY)),
};

/** Sends the bearer token and the interface language, so API messages come back translated. */
const headers = new SetContextLink((prev) => {
  const token = tokenStore.get();
  return {
    headers: {
      ...(prev['headers'] as Record<string, string> | undefined),
      'accept-language': i18next.language,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  };
});

type SessionRefusedHandler = (message: string) => void;
let sessionRefused: SessionRefusedHandler | null = null;

/** The auth provider signs the person out (with the API's message) when their token is refused. */
export function onSessionRefused(handler: SessionRefusedHandler): () => void {
  sessionRefused = handler;
  return () => {
    if (sessionRefused === handler) sessionRefused = null;
  };
}

/**
 * A request whose token the API refused (account deactivated, password changed elsewhere, token
 * expired) ends the session. Only when the refused token is still the one kept: an answer to a
 * request sent before a fresh sign-in must not sign the person out again.
 */
const refusals = new ErrorLink(({ error, operation }) => {
  if (!CombinedGraphQLErrors.is(error)) return;
  const refused = error.errors.find((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
  const sent = (operation.getContext()['headers'] as Record<string, string> | undefined)?.['authorization'];
  const token = tokenStore.get();
  if (refused && token && sent === `Bearer ${token}`) sessionRefused?.(refused.message || i18next.t('account.sessionEnded'));
});

export const apolloClient = new ApolloClient({
  link: ApolloLink.from([headers, refusals, new HttpLink({ uri: '/graphql' })]),
  cache: new InMemoryCache(),
  defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
});
