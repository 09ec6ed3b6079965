import { parsePhoneNumberFromString } from 'libphonenumber-js/mobile';

/** Longest phone number accepted in a form field before it is read (spaces, dashes and +66 included). */
export const PHONE_MAX_LENGTH = 20;

/**
 * A Thai mobile number as people write it ("081-234-5678", "0812345678", "+66 81 234 5678")
 * in E.164 ("+66812345678"), or null when it is not one. libphonenumber's mobile metadata knows
 * which Thai prefixes are mobile, so landlines and short numbers are refused.
 */
export function normalizeThaiMobile(input: string): string | null {
  const text = input.trim();
  if (text.length === 0 || text.length > PHONE_MAX_LENGTH) return null;
  const parsed = parsePhoneNumberFromString(text, 'TH');
  if (!parsed || parsed.country !== 'TH' || !parsed.isValid()) return null;
  return parsed.number;
}

/** True when a sign-in name looks like a phone number rather than an e-mail address. */
export function looksLikePhone(signInName: string): boolean {
  return !signInName.includes('@') && /^[+\d][\d\s().-]*$/.test(signInName.trim());
}
