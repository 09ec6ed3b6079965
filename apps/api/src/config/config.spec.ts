import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './config.js';

const base = { DATA_DIR: 'memory://', WEB_DIST: 'none' };

describe('check-in and public URL settings', () => {
  it('derives the check-in secret from the JWT secret (stable, and different from it) unless set', () => {
    const jwt = 'j'.repeat(40);
    const a = loadConfig({ ...base, JWT_SECRET: jwt });
    expect(a.checkInSecret).toMatch(/^[0-9a-f]{64}$/);
    expect(a.checkInSecret).not.toBe(jwt);
    expect(loadConfig({ ...base, JWT_SECRET: jwt }).checkInSecret).toBe(a.checkInSecret);
    expect(loadConfig({ ...base, JWT_SECRET: 'k'.repeat(40) }).checkInSecret).not.toBe(a.checkInSecret);
    expect(loadConfig({ ...base, JWT_SECRET: jwt, CHECK_IN_SECRET: 'c'.repeat(32) }).checkInSecret).toBe('c'.repeat(32));
  });

  it('refuses a short check-in secret and a public URL that is not http(s), naming them', () => {
    expect(() => loadConfig({ ...base, CHECK_IN_SECRET: 'short' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, CHECK_IN_SECRET: 'short' })).toThrow(/CHECK_IN_SECRET/);
    expect(() => loadConfig({ ...base, PUBLIC_WEB_URL: 'ftp://example.org' })).toThrow(/PUBLIC_WEB_URL/);
    expect(loadConfig({ ...base, PUBLIC_WEB_URL: 'https://ruamsang.example.org/' }).publicWebUrl).toBe('https://ruamsang.example.org');
    expect(loadConfig({ ...base, PUBLIC_WEB_URL: 'http://localhost:3000' }).publicWebUrl).toBe('http://localhost:3000');
    expect(loadConfig(base).publicWebUrl).toBeNull();
  });
});

describe('PROGRAMME_PROVINCES', () => {
  it('defaults to the five southern border provinces', () => {
    expect(loadConfig(base).programmeProvinceCodes).toEqual(['90', '91', '94', '95', '96']);
    expect(loadConfig({ ...base, PROGRAMME_PROVINCES: '' }).programmeProvinceCodes).toEqual(['90', '91', '94', '95', '96']);
  });

  it('takes comma-separated codes, trimmed, sorted and without duplicates', () => {
    expect(loadConfig({ ...base, PROGRAMME_PROVINCES: ' 94, 50,90 ,50,94' }).programmeProvinceCodes).toEqual(['50', '90', '94']);
  });

  it('"all" is every province of the geography data: the 77', () => {
    const codes = loadConfig({ ...base, PROGRAMME_PROVINCES: 'all' }).programmeProvinceCodes;
    expect(codes).toHaveLength(77);
    expect(codes).toEqual(expect.arrayContaining(['10', '50', '90', '96']));
    expect(loadConfig({ ...base, PROGRAMME_PROVINCES: 'ALL' }).programmeProvinceCodes).toEqual(codes);
  });

  it('stops the boot on an unknown code or an empty list, naming the variable and the codes', () => {
    expect(() => loadConfig({ ...base, PROGRAMME_PROVINCES: '90,99' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, PROGRAMME_PROVINCES: '90,99,5' })).toThrow(/PROGRAMME_PROVINCES.*unknown: 5, 99/);
    expect(() => loadConfig({ ...base, PROGRAMME_PROVINCES: ' , ' })).toThrow(/PROGRAMME_PROVINCES/);
    expect(() => loadConfig({ ...base, PROGRAMME_PROVINCES: 'south' })).toThrow(/PROGRAMME_PROVINCES/);
  });
});
