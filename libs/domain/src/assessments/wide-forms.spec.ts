import { describe, expect, it } from '@jest/globals';
import { Instrument } from '@ruamsang/shared';
import { instanceIdOf, longRowsOf, questionName, sheetFormat } from './wide-forms.js';
import { buildXlsForm, ratingNames, type XlsFormInput } from './xlsform.js';

describe('sheetFormat', () => {
  it('tells a long paper file, a wide one and a Kobo/ODK export apart', () => {
    expect(sheetFormat(['respondent_ref', 'province_code', 'competency_code', 'target', 'current'])).toBe('LONG');
    expect(sheetFormat(['respondent_ref', 'province_code', 'target_fs-01', 'current_fs-01'])).toBe('WIDE');
    expect(sheetFormat(['profile/province_code', 'domain_fs/target_fs-01', 'meta/instanceid', '_uuid'])).toBe('KOBO');
    expect(sheetFormat(['province_code', 'target_fs-01', '_uuid'])).toBe('KOBO');
  });
});

describe('questionName and instanceIdOf', () => {
  it('drops group paths written with / or :', () => {
    expect(questionName('domain_fs/target_fs-01')).toBe('target_fs-01');
    expect(questionName('a:b:current_x')).toBe('current_x');
    expect(questionName('sector')).toBe('sector');
  });
  it('takes meta/instanceID, else uuid:<_uuid>', () => {
    expect(instanceIdOf({ 'meta/instanceid': 'uuid:abc', _uuid: 'abc' })).toBe('uuid:abc');
    expect(instanceIdOf({ _uuid: 'abc' })).toBe('uuid:abc');
    expect(instanceIdOf({})).toBe('');
  });
});

describe('longRowsOf', () => {
  const header = ['profile/province_code', 'profile/district_code', 'profile/sector', 'profile/gender', 'd/target_fs-01', 'd/current_fs-01', 'd/target_fs-02', 'd/current_fs-02', 'meta/instanceid'];
  it('makes one rating row per answered competency, keeping the line and the sheet’s column names', () => {
    const rows = [
      { 'profile/province_code': '94', 'profile/district_code': '9401', 'profile/sector': 'COMMUNITY', 'profile/gender': 'FEMALE', 'd/target_fs-01': '5', 'd/current_fs-01': '2', 'd/target_fs-02': '', 'd/current_fs-02': '', 'meta/instanceid': 'uuid:1' },
      { 'profile/province_code': '95', 'd/target_fs-01': '4', 'd/current_fs-01': '4', 'd/target_fs-02': '3', 'd/current_fs-02': '', 'meta/instanceid': 'uuid:2' },
    ];
    const long = longRowsOf('KOBO', header, rows, ['FS-01', 'FS-02']);
    expect(long.rows).toEqual([
      { respondent_ref: 'uuid:1', province_code: '94', district_code: '9401', sector: 'COMMUNITY', gender: 'FEMALE', competency_code: 'FS-01', target: '5', current: '2' },
      { respondent_ref: 'uuid:2', province_code: '95', district_code: '', sector: '', gender: '', competency_code: 'FS-01', target: '4', current: '4' },
      { respondent_ref: 'uuid:2', province_code: '95', district_code: '', sector: '', gender: '', competency_code: 'FS-02', target: '3', current: '' },
    ]);
    expect(long.lines).toEqual([2, 3, 3]);
    expect(long.columns[2]).toMatchObject({ target: 'd/target_fs-02', current: 'd/current_fs-02', province_code: 'profile/province_code', respondent_ref: 'meta/instanceid' });
  });
  it('keeps a form with no rating so its reference and profile are still checked', () => {
    const long = longRowsOf('WIDE', ['respondent_ref', 'province_code', 'target_fs-01', 'current_fs-01'], [{ respondent_ref: 'F-1', province_code: '94', 'target_fs-01': '', 'current_fs-01': '' }], ['FS-01']);
    expect(long.rows).toEqual([{ respondent_ref: 'F-1', province_code: '94', district_code: '', sector: '', gender: '', competency_code: '', target: '', current: '' }]);
  });
});

describe('buildXlsForm', () => {
  const t = (th: string) => ({ th, en: th, ms: th });
  const input: XlsFormInput = {
    campaignId: '3f2b6c1e-8a4d-4c3b-9e2f-1a2b3c4d5e6f',
    title: 'สำรวจ',
    instrument: Instrument.BORICH,
    version: 'v1',
    domains: [{ code: '01', name: t('หมวด'), competencies: [{ code: 'FS-01', name: t('ก') }, { code: 'FS-02', name: t('ข') }] }],
    provinces: [{ code: '94', name: t('ปัตตานี') }],
    districts: [{ code: '9401', name: t('เมือง'), provinceCode: '94' }, { code: '9501', name: t('เมืองยะลา'), provinceCode: '95' }],
    sectors: [{ code: 'COMMUNITY', name: t('ชุมชน') }],
    genders: [{ code: 'FEMALE', name: t('หญิง') }],
    openQuestions: [{ key: 'hopes', prompt: t('ความหวัง') }],
    words: { profile: t('p'), province: t('จ'), district: t('อ'), sector: t('ภ'), gender: t('พ'), target: t('สำคัญ'), current: t('ทำได้'), scaleLow: t('น้อย'), scaleHigh: t('มาก'), openQuestions: t('เปิด') },
  };
  it('asks a rating pair per competency on the instrument’s scale, inside a group per domain with a valid name', () => {
    const form = buildXlsForm(input);
    const names = form.survey.rows.map((r) => r['name']);
    expect(names).toEqual(['profile', 'province_code', 'district_code', 'sector', 'gender', '', 'domain_01', ratingNames('FS-01').target, ratingNames('FS-01').current, 'target_FS-02', 'current_FS-02', '', 'open_questions', 'hopes', '']);
    expect(form.survey.rows.find((r) => r['name'] === 'target_FS-01')).toMatchObject({ type: 'select_one scale_1_5', required: 'yes', 'label::ภาษาไทย (th)': 'ก — สำคัญ', 'hint::English (en)': '1 = น้อย, 5 = มาก' });
    expect(form.choices.rows.filter((c) => c['list_name'] === 'scale_1_5').map((c) => c['name'])).toEqual(['1', '2', '3', '4', '5']);
    // districts of provinces outside the form are left out
    expect(form.choices.rows.filter((c) => c['list_name'] === 'district').map((c) => c['name'])).toEqual(['9401']);
    expect(form.settings.rows[0]).toMatchObject({ form_id: 'ruamsang_3f2b6c1e8a4d', version: 'v1', default_language: 'ภาษาไทย (th)' });
  });
});
