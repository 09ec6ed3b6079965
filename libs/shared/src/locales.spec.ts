import { describe, expect, it } from '@jest/globals';
import { pickLocale } from './locales.js';

describe('pickLocale', () => {
  it('defaults to Thai when nothing is asked for', () => {
    expect(pickLocale(undefined)).toBe('th');
    expect(pickLocale('')).toBe('th');
  });
  it('honours quality values and regional tags', () => {
    expect(pickLocale('fr;q=0.9, en-GB;q=0.8, ms;q=0.95')).toBe('ms');
    expect(pickLocale('en-US,en;q=0.9')).toBe('en');
  });
  it('falls back to Thai when no language is supported', () => {
    expect(pickLocale('fr, de;q=0.5')).toBe('th');
  });
  it('ignores languages refused with q=0', () => {
    expect(pickLocale('en;q=0, ms')).toBe('ms');
  });
});
