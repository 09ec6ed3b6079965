import { describe, expect, it } from '@jest/globals';
import { Instrument } from '@ruamsang/shared';
import { arabicDigits, missingColumns, planImport, type ImportContext, type ImportRow } from './paper-import.js';

const context: ImportContext = {
  instrument: Instrument.BORICH,
  competencyCodes: new Set(['FS-01', 'FS-02']),
  campaignProvinceCodes: new Set(['94']),
  provinceCodes: new Set(['94', '95']),
  districtProvince: new Map([
    ['9401', '94'],
    ['9501', '95'],
  ]),
  existingRefs: new Set(['OLD-1']),
};

const row = (patch: Partial<ImportRow> = {}): ImportRow => ({
  respondent_ref: 'P-1',
  province_code: '94',
  district_code: '9401',
  sector: 'COMMUNITY',
  gender: 'FEMALE',
  competency_code: 'FS-01',
  target: '5',
  current: '2',
  ...patch,
});

describe('arabicDigits', () => {
  it('reads Thai digits as 0–9 and leaves everything else', () => {
    expect(arabicDigits('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
    expect(arabicDigits('ก-๙๔ x1')).toBe('ก-94 x1');
  });
});

describe('planImport', () => {
  it('groups rows into one response per respondent_ref', () => {
    const plan = planImport([row(), row({ competency_code: 'FS-02', target: '4', current: '4' })], context);
    expect(plan.rejected).toEqual([]);
    expect(plan.responses).toEqual([
      expect.objectContaining({ respondentRef: 'P-1', provinceCode: '94', districtCode: '9401', ratings: [
        { competencyCode: 'FS-01', target: 5, current: 2 },
        { competencyCode: 'FS-02', target: 4, current: 4 },
      ] }),
    ]);
  });

  it('reads codes and ratings written in Thai digits as the same values as Arabic ones', () => {
    const thai = planImport([row({ province_code: '๙๔', district_code: '๙๔๐๑', target: '๕', current: '๒' })], context);
    const arabic = planImport([row()], context);
    expect(thai.rejected).toEqual([]);
    expect(thai.responses).toEqual(arabic.responses);
  });

  it('still refuses a Thai-digit rating outside the scale, naming the value read', () => {
    const plan = planImport([row({ current: '๙' })], context);
    expect(plan.rejected).toEqual([expect.objectContaining({ line: 2, column: 'current', reason: 'OUT_OF_SCALE', params: { value: 9, min: 1, max: 5 } })]);
  });

  it('holds back a respondent with any bad row whole, and reports the good rows too', () => {
    const plan = planImport([row(), row({ competency_code: 'FS-02', target: '9' }), row({ respondent_ref: 'P-2' })], context);
    expect(plan.responses.map((r) => r.respondentRef)).toEqual(['P-2']);
    expect(plan.rejected.map((r) => [r.line, r.reason])).toEqual([
      [2, 'RESPONSE_HAS_ERRORS'],
      [3, 'OUT_OF_SCALE'],
    ]);
  });

  it('refuses refs already imported, provinces outside the campaign, districts of another province and unknown codes', () => {
    const plan = planImport(
      [row({ respondent_ref: 'OLD-1' }), row({ respondent_ref: 'P-3', province_code: '95', district_code: '9501' }), row({ respondent_ref: 'P-4', district_code: '9501' }), row({ respondent_ref: 'P-5', competency_code: 'NOPE' })],
      context,
    );
    expect(plan.rejected.map((r) => [r.line, r.column, r.reason])).toEqual([
      [2, 'respondent_ref', 'ALREADY_IMPORTED'],
      [3, 'province_code', 'PROVINCE_NOT_TARGETED'],
      [4, 'district_code', 'DISTRICT_OUTSIDE_PROVINCE'],
      [5, 'competency_code', 'UNKNOWN_COMPETENCY'],
    ]);
  });

  it('names the missing columns, accepting any case and spaces for underscores', () => {
    expect(missingColumns(['Respondent Ref', 'PROVINCE_CODE', 'district code', 'sector', 'gender', 'competency_code', 'target'])).toEqual(['current']);
  });
});
