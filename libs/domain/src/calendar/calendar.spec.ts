import { describe, expect, it } from '@jest/globals';
import { formatTriCalendar } from './format.js';
import { holidayCoverage, thaiPublicHolidays } from './holidays.js';
import { eidOf, hijriOf, isRamadan } from './islamic.js';
import { addDays, bangkokInstant, datesInRange, weekdayOf } from './local-date.js';
import { checkSlot, defaultCalendarRules } from './rules.js';

const namesOn = (date: string): string[] => thaiPublicHolidays(Number(date.slice(0, 4))).filter((h) => h.date === date).map((h) => h.name.en);
const rulesOf = (date: string, start: string, end: string, rules = defaultCalendarRules('94')): string[] => checkSlot({ date, start, end }, rules).map((v) => v.rule);

describe('Thai public holidays (date-holidays, TH)', () => {
  it.each([2026, 2027])('has Songkran on 13–15 April and Chakri Day on 6 April %i', (year) => {
    for (const d of ['13', '14', '15']) expect(namesOn(`${year}-04-${d}`)).toContain('Songkran Festival');
    expect(namesOn(`${year}-04-06`)).toContain('Chakri Memorial Day');
    expect(namesOn(`${year}-04-16`)).toEqual([]);
  });

  it('has the lunar holidays of 2026 (Makha Bucha 3 Mar, Visakha Bucha 31 May, Asarnha Bucha 29 Jul)', () => {
    expect(namesOn('2026-03-03')).toEqual(['Makha Bucha']);
    expect(namesOn('2026-05-31')).toEqual(['Vesak Day']);
    expect(namesOn('2026-07-29')).toEqual(['Asalha Puja']);
    expect(namesOn('2026-07-30')).toEqual(['Buddhist Lent']);
  });

  it('adds a substitution day on the next working day for a holiday on a weekend', () => {
    // 31 May 2026 (Visakha Bucha) is a Sunday → Monday 1 June; 5 Dec 2026 is a Saturday → Monday 7 Dec.
    expect(weekdayOf('2026-05-31')).toBe(0);
    expect(namesOn('2026-06-01')).toEqual(['Substitution day for Vesak Day']);
    expect(weekdayOf('2026-12-05')).toBe(6);
    expect(namesOn('2026-12-07')).toEqual(["Substitution day for King Bhumibol Adulyadej's Birthday"]);
    // 6 April 2026 is a Monday: no substitute on the Tuesday.
    expect(namesOn('2026-04-07')).toEqual([]);
  });

  it('says plainly that the library stops listing lunar holidays after 2026', () => {
    expect(holidayCoverage(2026)).toEqual({ year: 2026, lunarHolidaysListed: true, missing: [] });
    expect(holidayCoverage(2027).lunarHolidaysListed).toBe(false);
    expect(holidayCoverage(2027).missing).toEqual(['Makha Bucha', 'Vesak Day', 'Asalha Puja', 'Buddhist Lent']);
  });

  it('gives Thai names too', () => {
    expect(thaiPublicHolidays(2026).find((h) => h.date === '2026-04-13')?.name.th).toBe('วันสงกรานต์');
  });
});

describe('Umm al-Qura calendar via ICU', () => {
  it('starts Ramadan 1447 on 18 Feb 2026 and Ramadan 1448 on 8 Feb 2027', () => {
    // By hand: 1 Ramadan 1447 = 18 Feb 2026; a Hijri year is 354 or 355 days, 18 Feb 2026 + 355 = 8 Feb 2027.
    expect(addDays('2026-02-18', 355)).toBe('2027-02-08');
    expect(hijriOf('2026-02-17')).toEqual({ year: 1447, month: 8, day: 29 });
    expect(hijriOf('2026-02-18')).toEqual({ year: 1447, month: 9, day: 1 });
    expect(hijriOf('2027-02-07')).toEqual({ year: 1448, month: 8, day: 30 });
    expect(hijriOf('2027-02-08')).toEqual({ year: 1448, month: 9, day: 1 });
    const ramadan1448 = datesInRange('2027-01-01', '2027-04-30').filter(isRamadan);
    expect(ramadan1448[0]).toBe('2027-02-08');
    expect(ramadan1448[ramadan1448.length - 1]).toBe('2027-03-08');
    expect(ramadan1448).toHaveLength(29);
  });

  it('finds Eid al-Fitr 1448 on 9 Mar 2027 and Eid al-Adha 1447 on 27 May 2026', () => {
    expect(eidOf('2027-03-08', 3, 3)).toBeNull();
    expect(eidOf('2027-03-09', 3, 3)).toBe('EID_AL_FITR');
    expect(eidOf('2027-03-11', 3, 3)).toBe('EID_AL_FITR');
    expect(eidOf('2027-03-12', 3, 3)).toBeNull();
    expect(eidOf('2026-05-26', 1, 1)).toBeNull();
    expect(eidOf('2026-05-27', 1, 1)).toBe('EID_AL_ADHA');
    expect(eidOf('2026-05-28', 1, 1)).toBeNull();
  });
});

describe('checkSlot', () => {
  const friday = '2026-04-17';

  it('names the holiday', () => {
    expect(checkSlot({ date: '2026-04-13', start: '09:00', end: '12:00' }, defaultCalendarRules('94'))).toEqual([
      { rule: 'HOLIDAY', date: '2026-04-13', detail: 'Songkran Festival' },
    ]);
  });

  it('keeps the Friday prayer window 11:30–13:30 free, boundaries included', () => {
    expect(weekdayOf(friday)).toBe(5);
    expect(rulesOf(friday, '09:00', '11:30')).toEqual([]);
    expect(rulesOf(friday, '09:00', '11:31')).toEqual(['FRIDAY_PRAYER']);
    expect(rulesOf(friday, '13:30', '16:30')).toEqual([]);
    expect(rulesOf(friday, '13:29', '16:30')).toEqual(['FRIDAY_PRAYER']);
    expect(rulesOf(friday, '12:00', '13:00')).toEqual(['FRIDAY_PRAYER']);
    expect(rulesOf(friday, '09:00', '16:30')).toEqual(['FRIDAY_PRAYER']);
    // Thursday: no prayer rule.
    expect(rulesOf('2026-04-16', '09:00', '16:30')).toEqual([]);
  });

  it('takes a per-province prayer window, or none', () => {
    const yala = defaultCalendarRules('95', { fridayPrayer: { start: '12:00', end: '14:00' } });
    expect(rulesOf(friday, '09:00', '11:45', yala)).toEqual([]);
    expect(rulesOf(friday, '13:30', '16:30', yala)).toEqual(['FRIDAY_PRAYER']);
    expect(rulesOf(friday, '09:00', '16:30', defaultCalendarRules('90', { fridayPrayer: null }))).toEqual([]);
  });

  it('applies the Ramadan policy: half days end by the configured time, AVOID keeps the month free', () => {
    const day = '2026-02-24'; // Tuesday, 7 Ramadan 1447
    expect(rulesOf(day, '09:00', '12:00')).toEqual([]);
    expect(rulesOf(day, '13:30', '16:30')).toEqual(['RAMADAN']);
    const avoid = defaultCalendarRules('96', { ramadan: { policy: 'AVOID', halfDayEndsAt: '12:00' } });
    expect(rulesOf(day, '09:00', '12:00', avoid)).toEqual(['RAMADAN']);
    const earlier = defaultCalendarRules('96', { ramadan: { policy: 'HALF_DAYS', halfDayEndsAt: '11:00' } });
    expect(rulesOf(day, '09:00', '12:00', earlier)).toEqual(['RAMADAN']);
    expect(rulesOf(day, '13:30', '16:30', defaultCalendarRules('90', { ramadan: { policy: 'IGNORE', halfDayEndsAt: '12:00' } }))).toEqual([]);
  });

  it('reports blackouts with their reason, both ends included', () => {
    const rules = defaultCalendarRules('94', { blackouts: [{ from: '2026-05-11', to: '2026-05-15', reason: 'rubber tapping peak' }] });
    expect(checkSlot({ date: '2026-05-11', start: '09:00', end: '12:00' }, rules)).toEqual([{ rule: 'BLACKOUT', date: '2026-05-11', detail: 'rubber tapping peak' }]);
    expect(rulesOf('2026-05-15', '09:00', '11:00', rules)).toEqual(['BLACKOUT']); // a Friday morning before prayer
    expect(rulesOf('2026-05-08', '09:00', '11:00', rules)).toEqual([]);
  });

  it('reports several rules at once and weekends', () => {
    // Friday 20 Mar 2026 is 1 Shawwal 1447 (Eid al-Fitr); a full day also crosses prayer time.
    expect(rulesOf('2026-03-20', '09:00', '16:30')).toEqual(['FRIDAY_PRAYER', 'EID']);
    expect(rulesOf('2026-04-18', '09:00', '12:00')).toEqual(['NON_WORKING_DAY']);
  });
});

describe('dates', () => {
  it('turns Bangkok wall-clock times into instants at UTC+7', () => {
    expect(bangkokInstant('2026-04-16', '09:00').toISOString()).toBe('2026-04-16T02:00:00.000Z');
    expect(bangkokInstant('2026-01-01', '06:30').toISOString()).toBe('2025-12-31T23:30:00.000Z');
  });

  it('writes a date in Gregorian, Buddhist Era and Hijri side by side', () => {
    expect(formatTriCalendar('2026-04-13', 'th')).toEqual({ gregorian: '13 เมษายน ค.ศ. 2026', buddhist: '13 เมษายน 2569', hijri: '25 เชาวัล ฮ.ศ. 1447' });
    expect(formatTriCalendar('2026-04-13', 'en')).toEqual({ gregorian: '13 April 2026', buddhist: '13 April 2569 BE', hijri: '25 Shawwal 1447 AH' });
    expect(formatTriCalendar('2026-04-13', 'ms').hijri).toBe('25 Syawal 1447 H');
  });
});
