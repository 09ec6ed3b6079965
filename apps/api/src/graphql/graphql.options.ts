import { Logger } from '@nestjs/common';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Response } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { pickLocale } from '@ruamsang/shared';
import type { AppConfig } from '../config/config.js';
import { createRequestContext, type AuthenticatedRequest } from './request-context.js';

const logger = new Logger('GraphQL');

export function graphqlOptions(config: AppConfig): Omit<ApolloDriverConfig, 'driver'> {
  return {
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
