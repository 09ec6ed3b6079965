import { CombinedGraphQLErrors } from '@apollo/client/errors';

export interface FieldErrors {
  readonly message: string | null;
  readonly fields: Record<string, string>;
}

/** The API's message (already in the user's language) and per-field messages from `extensions.fields`. */
export function errorsOf(error: unknown): FieldErrors {
  if (!error) return { message: null, fields: {} };
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const fields: Record<string, string> = {};
    const listed = first?.extensions?.['fields'];
    if (Array.isArray(listed)) {
      for (const item of listed as { field: string; message: string }[]) fields[item.field] ??= item.message;
    }
    return { message: first?.message ?? error.message, fields };
  }
  return { message: error instanceof Error ? error.message : JSON.stringify(error), fields: {} };
}
