import { describe, expect, it } from '@jest/globals';
import { browserLocale, initialLocale } from './locale-pick.js';

describe('browserLocale', () => {
  it('takes the first language of the browser that Ruamsang speaks, whatever its region', () => {
    expect(browserLocale(['en-GB', 'th'])).toBe('en');
    expect(browserLocale(['ms-MY', 'en-US'])).toBe('ms');
    expect(browserLocale(['fr-FR', 'de', 'ms'])).toBe('ms');
    expect(browserLocale(['TH-th'])).toBe('th');
  });
  it('falls back to Thai for other languages or none', () => {
    expect(browserLocale(['fr-FR', 'zh-CN'])).toBe('th');
    expect(browserLocale([])).toBe('th');
    expect(browserLocale(undefined)).toBe('th');
    expect(browserLocale([''])).toBe('th');
  });
});

describe('initialLocale', () => {
  it('keeps the choice already made on this device', () => {
    expect(initialLocale('ms', ['en-US'])).toBe('ms');
  });
  it('ignores a stored value that is not a language it speaks', () => {
    expect(initialLocale('fr', ['en-US'])).toBe('en');
    expect(initialLocale(null, ['th-TH', 'en'])).toBe('th');
  });
});
