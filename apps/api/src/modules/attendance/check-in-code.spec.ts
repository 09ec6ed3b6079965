import { describe, expect, it } from '@jest/globals';
import { signCheckInCode, verifyCheckInCode } from './check-in-code.js';

const SECRET = 'a'.repeat(64);
const SESSION = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

describe('check-in codes', () => {
  it('round-trips the session and the day, compactly', () => {
    const code = signCheckInCode(SECRET, SESSION, '2027-03-15');
    expect(code).toMatch(/^[A-Za-z0-9_-]{48}$/);
    expect(verifyCheckInCode(SECRET, code)).toEqual({ sessionId: SESSION, date: '2027-03-15' });
    expect(verifyCheckInCode(SECRET, signCheckInCode(SECRET, SESSION.toUpperCase(), '1999-12-31'))).toEqual({ sessionId: SESSION, date: '1999-12-31' });
  });

  it('differs per day and per session', () => {
    const a = signCheckInCode(SECRET, SESSION, '2027-03-15');
    expect(signCheckInCode(SECRET, SESSION, '2027-03-16')).not.toBe(a);
    expect(signCheckInCode(SECRET, '3f2504e0-4f89-41d3-9a0c-0305e82c3302', '2027-03-15')).not.toBe(a);
    expect(signCheckInCode(SECRET, SESSION, '2027-03-15')).toBe(a);
  });

  it('refuses every altered character, another key, and malformed text', () => {
    const code = signCheckInCode(SECRET, SESSION, '2027-03-15');
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < code.length; i++) {
      const other = alphabet[(alphabet.indexOf(code[i]!) + 1) % 64]!;
      expect(verifyCheckInCode(SECRET, code.slice(0, i) + other + code.slice(i + 1))).toBeNull();
    }
    expect(verifyCheckInCode('b'.repeat(64), code)).toBeNull();
    for (const bad of ['', code.slice(1), `${code}A`, code.replace(/./, '+'), code.replace(/./, '=')]) expect(verifyCheckInCode(SECRET, bad)).toBeNull();
  });

  it('cannot move a code to another day by rewriting the date bytes', () => {
    const bytes = Buffer.from(signCheckInCode(SECRET, SESSION, '2027-03-15'), 'base64url');
    bytes.writeUInt32BE(bytes.readUInt32BE(16) + 1, 16);
    expect(verifyCheckInCode(SECRET, bytes.toString('base64url'))).toBeNull();
  });

  it('refuses to sign what is not a session id or a date', () => {
    expect(() => signCheckInCode(SECRET, 'not-a-uuid', '2027-03-15')).toThrow(RangeError);
    expect(() => signCheckInCode(SECRET, SESSION, '2027-02-30')).toThrow(RangeError);
  });
});
