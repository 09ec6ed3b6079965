import { describe, expect, it } from '@jest/globals';
import { checkJoinForm, isPeopleImportReport, joinLanding, peopleImportUrl, peopleOutcome, type PeopleImportReport } from './onboarding.js';

const report = (patch: Partial<PeopleImportReport> = {}): PeopleImportReport => ({ mode: 'all-or-nothing', dryRun: false, rows: 3, valid: 3, created: 3, rejected: [], ...patch });
const row = { line: 2, column: 'email', reason: 'BAD_EMAIL', message: 'm' };

describe('people import helpers', () => {
  it('builds the upload address', () => {
    expect(peopleImportUrl('valid-rows', false)).toBe('/imports/people?mode=valid-rows');
    expect(peopleImportUrl('all-or-nothing', true)).toBe('/imports/people?mode=all-or-nothing&dryRun=true');
  });

  it('recognises a report and says what it means', () => {
    expect(isPeopleImportReport(report())).toBe(true);
    expect(isPeopleImportReport({ code: 'BAD_USER_INPUT', message: 'x' })).toBe(false);
    expect(peopleOutcome(report())).toBe('ALL_STORED');
    expect(peopleOutcome(report({ created: 0, valid: 2, rejected: [row] }))).toBe('NOTHING_STORED');
    expect(peopleOutcome(report({ mode: 'valid-rows', created: 2, valid: 2, rejected: [row] }))).toBe('PARTLY_STORED');
    expect(peopleOutcome(report({ dryRun: true, created: 0 }))).toBe('CHECKED');
    expect(peopleOutcome(report({ rows: 0, valid: 0, created: 0 }))).toBe('EMPTY');
  });
});

describe('checkJoinForm', () => {
  const good = { displayName: 'Aminah', email: '', phone: '081-234-5678', password: 'long-enough-1', passwordAgain: 'long-enough-1' };
  it('accepts a phone without an e-mail', () => {
    expect(checkJoinForm(good)).toEqual({});
  });
  it('names each field at fault with what is allowed', () => {
    expect(checkJoinForm({ displayName: ' ', email: '', phone: '', password: 'short', passwordAgain: '' })).toEqual({
      displayName: { key: 'required' },
      email: { key: 'contactRequired' },
      password: { key: 'passwordLength', params: { min: 10, max: 200 } },
    });
    expect(checkJoinForm({ ...good, email: 'nope', phone: '021234567' })).toMatchObject({ email: { key: 'email' }, phone: { key: 'phone' } });
    expect(checkJoinForm({ ...good, passwordAgain: 'other-password' })).toEqual({ passwordAgain: { key: 'passwordsDiffer' } });
  });
});

describe('joinLanding', () => {
  it('sends campaign joiners to the assessment and cohort joiners to the schedule', () => {
    expect(joinLanding({ campaignId: 'c1', cohortId: null })).toBe('/assess/c1');
    expect(joinLanding({ campaignId: null, cohortId: 'k1' })).toBe('/schedule');
  });
});
