import { Logger } from '@nestjs/common';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Response } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { pickLocale } from '@ruamsang/shared';
import type { AppConfig } from '../config/config.js';
import { uncacheableUnlessReferenceData } from './cache-policy.plugin.js';
import { createRequestContext, type AuthenticatedRequest } from './request-context.js';

const logger = new Logger('GraphQL');

/**
 * Limits on what one operation may ask for (OWASP GraphQL Cheat Sheet), checked before execution.
 * Sized with room above the heaviest operation the web app sends (a test checks every one).
 */
export const OPERATION_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 5000,
  maxCost: 5000,
} as const;

export function operationArmor(): ReturnType<ApolloArmor['protect']> {
  return new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: OPERATION_LIMITS.maxAliases },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
    // Counted by graphql-js's own parser instead (parseOptions below), which answers 400, not 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: OPERATION_LIMITS.maxCost, ignoreIntrospection: true, flattenFragments: true },
    // "Did you mean …?" would let a stranger map the schema with introspection off.
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

export function graphqlOptions(config: AppConfig): Omit<ApolloDriverConfig, 'driver'> {
  const armor = operationArmor();
  return {
    // Armor is typed against @apollo/server's CommonJS build, Nest against its ESM one: same runtime objects.
    plugins: [
      ...(armor.plugins as unknown as NonNullable<ApolloDriverConfig['plugins']>),
      // Whole responses are kept only when every field says PUBLIC with a max age: today that is
      // the reference geography (provinces, districts), asked for by every sign-in and sign-up
      // screen. Everything else carries no hint, so it is never cached.
      // A client may ask for a fresh answer the HTTP way (`Cache-Control: no-cache`).
      uncacheableUnlessReferenceData(),
      responseCachePlugin({ shouldReadFromCache: ({ request }) => Promise.resolve(!/\bno-cache\b/i.test(request.http?.headers.get('cache-control') ?? '')) }),
    ],
    validationRules: armor.validationRules,
    // One operation per HTTP request: a batched array would multiply every limit above.
    allowBatchedHttpRequests: false,
    // Field duplication and other token floods stop in the parser.
    parseOptions: { maxTokens: OPERATION_LIMITS.maxTokens },
    // Refuses simple (CSRF-able) requests: form posts and GETs without a preflight header.
    csrfPrevention: true,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    // Exception filters also run for field resolvers, so errors there are translated too.
    fieldResolverEnhancers: ['filters'],
    context: ({ req, res }: { req: AuthenticatedRequest; res: Response }) => createRequestContext(req, res, pickLocale(req.headers['accept-language'])),
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      const code = formatted.extensions?.['code'];
      if (code === 'INTERNAL_SERVER_ERROR' && !formatted.extensions?.['requestId']) {
        logger.error(formatted.message, error instanceof Error ? error.stack : undefined);
        return { message: 'Internal server error', extensions: { code }, ...(formatted.path ? { path: formatted.path } : {}) };
      }
      return formatted;
    },
  };
}
