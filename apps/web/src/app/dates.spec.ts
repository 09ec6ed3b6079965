import { describe, expect, it } from '@jest/globals';
import { formatDate, formatHijri, formatNumber } from './dates.js';

describe('formatDate', () => {
  const day = '2026-11-24T03:00:00Z';
  it('shows the Buddhist Era in Thai', () => {
    expect(formatDate(day, 'th')).toBe('24 พ.ย. 2569');
  });
  it('shows Gregorian years in English and Malay', () => {
    expect(formatDate(day, 'en')).toBe('24 Nov 2026');
    expect(formatDate(day, 'ms')).toContain('2026');
  });
  it('uses Bangkok time, not UTC, for the calendar day', () => {
    expect(formatDate('2026-11-24T20:00:00Z', 'en')).toBe('25 Nov 2026');
  });
  it('gives the Umm al-Qura Hijri date', () => {
    expect(formatHijri(day, 'en')).toMatch(/1448/);
  });
  it('formats figures with fixed digits and a dash for nothing', () => {
    expect(formatNumber(1.75, 'en')).toBe('1.75');
    expect(formatNumber(null, 'th')).toBe('—');
  });
});
