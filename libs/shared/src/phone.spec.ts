import { describe, expect, it } from '@jest/globals';
import { looksLikePhone, normalizeThaiMobile } from './phone.js';

describe('normalizeThaiMobile', () => {
  it.each([
    ['0812345678', '+66812345678'],
    ['081-234-5678', '+66812345678'],
    ['+66812345678', '+66812345678'],
    ['+66 81 234 5678', '+66812345678'],
    ['0912345678', '+66912345678'],
    ['0612345678', '+66612345678'],
  ])('reads %s as %s', (input, expected) => {
    expect(normalizeThaiMobile(input)).toBe(expected);
  });

  it.each(['021234567', '081234567', '08123456789', '+60123456789', 'abc', '', '0'.repeat(30)])('refuses %s', (input) => {
    expect(normalizeThaiMobile(input)).toBeNull();
  });
});

describe('looksLikePhone', () => {
  it('tells phone numbers from e-mail addresses', () => {
    expect(looksLikePhone('0812345678')).toBe(true);
    expect(looksLikePhone('+66 81 234 5678')).toBe(true);
    expect(looksLikePhone('someone@example.org')).toBe(false);
    expect(looksLikePhone('admin')).toBe(false);
  });
});
