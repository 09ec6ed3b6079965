import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, OperationTypeNode } from 'graphql';

/**
 * The root query fields that may set a cache hint (the reference geography). Keep in step with
 * the resolvers that call `setCacheHint`: a field missing here is simply never cached.
 */
export const CACHEABLE_ROOT_FIELDS: ReadonlySet<string> = new Set(['provinces']);

/**
 * Settles "not cacheable" before execution for every other operation. Apollo's cache-control
 * plugin then skips its per-field policy work (on a 3,000-field gap analysis that was a fifth of
 * the CPU time of the answer), and the response cache stores nothing, as before.
 */
export function uncacheableUnlessReferenceData(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ operation, overallCachePolicy }) {
          const cacheable =
            operation?.operation === OperationTypeNode.QUERY &&
            operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && CACHEABLE_ROOT_FIELDS.has(s.name.value));
          if (!cacheable) overallCachePolicy.restrict({ maxAge: 0 });
          return Promise.resolve();
        },
      });
    },
  };
}
