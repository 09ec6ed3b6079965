/**
 * Idempotency keys chosen by clients (a UUID, ODK/Kobo's "uuid:6f1c…", an office's "row-17"):
 * any opaque text of 1–128 printable characters. Control and format characters are refused so a
 * key copied with a stray line break is not silently a different key.
 */
export const CLIENT_KEY_MAX_LENGTH = 128;
export const CLIENT_KEY_PATTERN = /^[^\p{C}]{1,128}$/u;

export function isClientKey(value: unknown): value is string {
  return typeof value === 'string' && CLIENT_KEY_PATTERN.test(value) && value.trim().length > 0;
}
