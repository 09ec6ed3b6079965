import { createHmac, timingSafeEqual } from 'node:crypto';
import { isLocalDate, type LocalDate } from '@ruamsang/domain';

/**
 * A session day's check-in code: base64url of (session id as 16 bytes ‖ the day as days since
 * 1970-01-01, 4 bytes big-endian ‖ the first 16 bytes of HMAC-SHA256(secret, those 20 bytes)).
 * 36 bytes → 48 characters. Opaque to people, verified in constant time, no database lookup.
 */
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CODE_RE = /^[A-Za-z0-9_-]{48}$/;
const PAYLOAD_BYTES = 20;
const MAC_BYTES = 16;

function mac(secret: string, payload: Buffer): Buffer {
  return createHmac('sha256', secret).update('check-in\0').update(payload).digest().subarray(0, MAC_BYTES);
}

function dayNumber(date: LocalDate): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

function dateOfDay(day: number): LocalDate {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function signCheckInCode(secret: string, sessionId: string, date: LocalDate): string {
  if (!UUID_RE.test(sessionId)) throw new RangeError(`not a session id: ${sessionId}`);
  if (!isLocalDate(date)) throw new RangeError(`not a date: ${String(date)}`);
  const payload = Buffer.alloc(PAYLOAD_BYTES);
  Buffer.from(sessionId.replace(/-/g, ''), 'hex').copy(payload, 0);
  payload.writeUInt32BE(dayNumber(date), 16);
  return Buffer.concat([payload, mac(secret, payload)]).toString('base64url');
}

/** The session and day a code was made for, or null when it is malformed, altered or signed with another key. */
export function verifyCheckInCode(secret: string, code: string): { sessionId: string; date: LocalDate } | null {
  if (!CODE_RE.test(code)) return null;
  const bytes = Buffer.from(code, 'base64url');
  // base64url decoding is lenient about the last character's unused bits; re-encoding must give the same text.
  if (bytes.length !== PAYLOAD_BYTES + MAC_BYTES || bytes.toString('base64url') !== code) return null;
  const payload = bytes.subarray(0, PAYLOAD_BYTES);
  if (!timingSafeEqual(mac(secret, payload), bytes.subarray(PAYLOAD_BYTES))) return null;
  const hex = payload.subarray(0, 16).toString('hex');
  const sessionId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { sessionId, date: dateOfDay(payload.readUInt32BE(16)) };
}
