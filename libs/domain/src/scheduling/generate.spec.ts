import { describe, expect, it } from '@jest/globals';
import { generateSchedulingInstance } from './generate.js';
import { schedule } from './scheduler.js';
import { validatePlan } from './validate.js';

describe('generateSchedulingInstance — the provinces it spreads over', () => {
  it('defaults to the five southern border provinces, unchanged by the option', () => {
    const plain = generateSchedulingInstance({ seed: 3, sessions: 40 });
    expect(new Set(plain.cohorts.map((c) => c.provinceCode))).toEqual(new Set(['90', '91', '94', '95', '96']));
    expect(Object.keys(plain.calendarRules ?? {}).sort()).toEqual(['90', '91', '94', '95', '96']);
    expect(generateSchedulingInstance({ seed: 3, sessions: 40, provinceCodes: ['90', '91', '94', '95', '96'] })).toEqual(plain);
  });

  it('uses exactly the given provinces for cohorts, venues, trainers and calendar rules', () => {
    const area = ['10', '50', '57', '94'];
    const input = generateSchedulingInstance({ seed: 9, sessions: 60, provinceCodes: area });
    expect(new Set(input.cohorts.map((c) => c.provinceCode))).toEqual(new Set(area));
    expect(new Set(input.venues.map((v) => v.provinceCode))).toEqual(new Set(area));
    expect(new Set(input.trainers.map((t) => t.homeProvinceCode))).toEqual(new Set(area));
    expect(Object.keys(input.calendarRules ?? {}).sort()).toEqual(area);
    // Patani Malay only where it is spoken: no Malay cohort and no Malay-only assumption in the north.
    expect(input.cohorts.filter((c) => c.provinceCode !== '94').every((c) => c.language === 'th')).toBe(true);
    expect(input.trainers.filter((t) => t.homeProvinceCode === '50').every((t) => (t.languages ?? []).join() === 'th')).toBe(true);
    expect(input.trainers.filter((t) => t.homeProvinceCode === '94').every((t) => (t.languages ?? []).includes('ms'))).toBe(true);
    const result = schedule(input);
    expect(validatePlan(result, input)).toEqual([]);
    expect(result.assignments.length).toBeGreaterThan(0);
  });

  it('spreads over all 77 provinces when asked', () => {
    const all = Array.from({ length: 77 }, (_, i) => String(10 + i));
    const input = generateSchedulingInstance({ seed: 1, sessions: 400, provinceCodes: all });
    expect(new Set(input.cohorts.map((c) => c.provinceCode)).size).toBe(77);
    expect(Object.keys(input.calendarRules ?? {})).toHaveLength(77);
  });

  it('refuses an empty province list', () => {
    expect(() => generateSchedulingInstance({ seed: 1, sessions: 5, provinceCodes: [] })).toThrow(RangeError);
  });
});
