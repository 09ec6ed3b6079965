import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { RAMADAN_POLICIES, calendarRulesProblems, cohortProblems, moduleCodesFrom, provincesInScope, serverFieldMessages, trainerProblems, venueProblems, wholeNumber } from './planning-form.js';

const here = new URL('.', import.meta.url).pathname;
const catalogue = (locale: string) => JSON.parse(readFileSync(join(here, '../../i18n', `${locale}.json`), 'utf8')) as Record<string, string>;

const cohort = { name: 'รุ่น 2 ปัตตานี', curriculumId: 'c1', provinceCode: '94', teachingLanguage: 'THAI', capacity: '25' };
const venue = { name: 'ห้องประชุม', provinceCode: '94', capacity: '40', availability: [] };
const trainer = { userId: 'u1', homeProvinceCode: '94', moduleCodes: 'AGR-101, AGR-102', maxLoadHours: '', availability: [] };

describe('planning set-up forms', () => {
  it('offers an admin the whole programme area and a coordinator only the part of it they manage', () => {
    const area = ['50', '90', '91', '94', '95', '96'];
    expect(provincesInScope({ role: 'ADMIN', managedProvinceCodes: [] }, area)).toEqual(area);
    expect(provincesInScope({ role: 'ADMIN', managedProvinceCodes: [] }, ['10', '11'])).toEqual(['10', '11']);
    expect(provincesInScope({ role: 'COORDINATOR', managedProvinceCodes: ['95', '50', '10'] }, area)).toEqual(['50', '95']);
    expect(provincesInScope({ role: 'TRAINER', managedProvinceCodes: ['94'] }, area)).toEqual([]);
    expect(provincesInScope(null, area)).toEqual([]);
  });

  it('reads whole numbers only', () => {
    expect(wholeNumber(' 25 ')).toBe(25);
    expect(wholeNumber('2.5')).toBeNull();
    expect(wholeNumber('-3')).toBeNull();
    expect(wholeNumber('')).toBeNull();
  });

  it('splits module codes on commas, spaces and lines, without repeats', () => {
    expect(moduleCodesFrom('AGR-101, AGR-102\nHAL-201  AGR-101;')).toEqual(['AGR-101', 'AGR-102', 'HAL-201']);
    expect(moduleCodesFrom('  ')).toEqual([]);
  });

  it('holds a cohort to the API’s limits: a name, a curriculum, capacity 1–500', () => {
    expect(cohortProblems(cohort)).toEqual({});
    expect(cohortProblems({ ...cohort, capacity: '501' })).toEqual({ capacity: { key: 'wholeBetween', params: { min: 1, max: 500 } } });
    expect(cohortProblems({ ...cohort, capacity: '0' })['capacity']?.key).toBe('wholeBetween');
    expect(cohortProblems({ ...cohort, name: '  ', curriculumId: '' })).toEqual({ name: { key: 'required' }, curriculumId: { key: 'choose' } });
    expect(cohortProblems({ ...cohort, name: 'x'.repeat(201) })['name']).toEqual({ key: 'tooLong', params: { max: 200 } });
  });

  it('holds a venue to capacity 1–2000 and date ranges that run forwards', () => {
    expect(venueProblems(venue)).toEqual({});
    expect(venueProblems({ ...venue, capacity: '2001' })['capacity']?.params).toEqual({ min: 1, max: 2000 });
    expect(venueProblems({ ...venue, availability: [{ from: '2027-01-10', to: '2027-01-01' }] })).toEqual({ availability: { key: 'rangeOrder', params: { row: 1 } } });
    expect(venueProblems({ ...venue, availability: [{ from: '2027-01-01', to: '2027-01-01' }, { from: '', to: '2027-02-01' }] })).toEqual({ availability: { key: 'rangeDates', params: { row: 2 } } });
    expect(venueProblems({ ...venue, availability: Array.from({ length: 51 }, () => ({ from: '2027-01-01', to: '2027-01-02' })) })['availability']?.key).toBe('tooManyRanges');
  });

  it('holds a trainer profile to codes of at most 20 characters and an optional load of 1–2000 hours', () => {
    expect(trainerProblems(trainer)).toEqual({});
    expect(trainerProblems({ ...trainer, maxLoadHours: '0' })['maxLoadHours']?.key).toBe('wholeBetween');
    expect(trainerProblems({ ...trainer, maxLoadHours: '120' })).toEqual({});
    expect(trainerProblems({ ...trainer, moduleCodes: 'X'.repeat(21) })['moduleCodes']?.key).toBe('codeTooLong');
    expect(trainerProblems({ ...trainer, userId: '' })).toEqual({ userId: { key: 'choose' } });
  });

  it('holds calendar rules to a known Ramadan policy, a forward prayer break (or none) and named blackouts and holidays', () => {
    const rules = { ramadanPolicy: 'AVOID', prayerStart: '12:00', prayerEnd: '13:30', blackouts: [{ from: '2027-02-01', to: '2027-02-28', reason: 'กรีดยาง' }], extraHolidays: [{ date: '2027-01-10', name: 'งานประจำปี' }] };
    expect(calendarRulesProblems(rules)).toEqual({});
    expect(calendarRulesProblems({ ...rules, prayerStart: '', prayerEnd: '' })).toEqual({});
    expect(calendarRulesProblems({ ...rules, ramadanPolicy: 'SOMETIMES' })).toEqual({ ramadanPolicy: { key: 'choose' } });
    expect(calendarRulesProblems({ ...rules, prayerEnd: '' })).toEqual({ prayerEnd: { key: 'prayerPair' } });
    expect(calendarRulesProblems({ ...rules, prayerEnd: '11:00' })).toEqual({ prayerEnd: { key: 'prayerOrder' } });
    expect(calendarRulesProblems({ ...rules, blackouts: [{ from: '2027-02-01', to: '2027-02-28', reason: ' ' }] })).toEqual({ blackouts: { key: 'blackoutReason', params: { row: 1, max: 200 } } });
    expect(calendarRulesProblems({ ...rules, blackouts: [{ from: '2027-03-01', to: '2027-02-28', reason: 'x' }] })['blackouts']?.key).toBe('rangeOrder');
    expect(calendarRulesProblems({ ...rules, extraHolidays: [{ date: '', name: 'x' }] })).toEqual({ extraHolidays: { key: 'holiday', params: { row: 1, max: 200 } } });
  });

  it('files the API’s messages under the form’s fields, without the path prefix', () => {
    expect(serverFieldMessages({ capacity: 'capacity: must be at most 500', 'availability.0.from': 'availability.0.from: not a date' })).toEqual({
      capacity: 'must be at most 500',
      availability: 'not a date',
    });
  });

  it('has a message in every language for each problem the forms can report and each Ramadan policy', () => {
    const keys = ['required', 'choose', 'tooLong', 'wholeBetween', 'tooManyRanges', 'rangeDates', 'rangeOrder', 'tooManyCodes', 'codeTooLong', 'prayerPair', 'prayerOrder', 'blackoutReason', 'holiday', 'tooMany'].map((k) => `planning.errors.${k}`).concat(RAMADAN_POLICIES.map((p) => `planning.rules.ramadanPolicy.${p}`));
    for (const locale of ['th', 'en', 'ms']) {
      const messages = catalogue(locale);
      expect({ locale, missing: keys.filter((key) => !(key in messages)) }).toEqual({ locale, missing: [] });
    }
  });
});
