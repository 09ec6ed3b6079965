/**
 * The API's per-field messages keyed by the form's field names, without the "field: " prefix the
 * API puts in front (the web shows each message beside its field, never a raw field path).
 */
export function fieldMessages(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const field = path.split('.')[0] ?? path;
    out[field] ??= message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
  }
  return out;
}
