import { describe, expect, it } from '@jest/globals';
import { Role } from '@ruamsang/shared';
import { contactsOf, grantableImportRoles, missingPeopleColumns, organisationKey, planPeopleImport, type PeopleImportContext, type PeopleImportRow } from './people-import.js';

const context = (overrides: Partial<PeopleImportContext> = {}): PeopleImportContext => ({
  grantableRoles: grantableImportRoles(Role.COORDINATOR),
  scopeProvinceCodes: new Set(['94']),
  provinceCodes: new Set(['94', '95', '10']),
  districtProvince: new Map([
    ['9401', '94'],
    ['9501', '95'],
  ]),
  organisations: new Map([
    [organisationKey('94', 'รพ.สต. บานา'), 'org-94'],
    [organisationKey(null, 'Ministry of Public Health'), 'org-national'],
  ]),
  existingEmails: new Set(['taken@example.org']),
  existingPhones: new Set(['+66812345678']),
  ...overrides,
});

const good: PeopleImportRow = { email: 'Somchai@Example.org', display_name: 'สมชาย ใจดี', province_code: '94', district_code: '9401' };

describe('planPeopleImport', () => {
  it('accepts a good row, lower-cases the e-mail and defaults role and language', () => {
    const plan = planPeopleImport([good], context());
    expect(plan.rejected).toEqual([]);
    expect(plan.people).toEqual([
      expect.objectContaining({ line: 2, email: 'somchai@example.org', phone: null, role: Role.PRACTITIONER, provinceCode: '94', districtCode: '9401', preferredLocale: 'th' }),
    ]);
  });

  it('reads Thai labels as offices write them and codes in any case', () => {
    const plan = planPeopleImport(
      [{ ...good, sector: 'ภาคชุมชน', gender: 'หญิง', age_band: '25–34', languages: 'ภาษาไทย; patani malay', role: 'วิทยากร', organisation: 'รพ.สต.  บานา' }],
      context(),
    );
    expect(plan.rejected).toEqual([]);
    expect(plan.people[0]).toMatchObject({ sector: 'COMMUNITY', gender: 'FEMALE', ageBand: 'FROM_25_TO_34', languages: ['THAI', 'PATANI_MALAY'], role: 'TRAINER', organisationId: 'org-94' });
  });

  it('finds a national organisation when the province has none of that name', () => {
    const plan = planPeopleImport([{ ...good, organisation: 'ministry of public health' }], context());
    expect(plan.people[0]?.organisationId).toBe('org-national');
  });

  it('normalises a Thai mobile number and accepts a phone without an e-mail', () => {
    const plan = planPeopleImport([{ phone: '089-123-4567', display_name: 'A', province_code: '94' }], context());
    expect(plan.people[0]).toMatchObject({ email: null, phone: '+66891234567' });
  });

  it('names each bad cell with its line, column and reason', () => {
    const plan = planPeopleImport(
      [
        good,
        { display_name: 'No contact', province_code: '94' },
        { email: 'not-an-email', phone: '021234567', display_name: '', province_code: '99', district_code: '9999', sector: 'farmers', gender: 'x', age_band: '12', languages: 'klingon', preferred_locale: 'fr' },
        { ...good, email: 'b@example.org', district_code: '9501' },
        { ...good, email: 'c@example.org', organisation: 'Unknown office' },
      ],
      context(),
    );
    const by = plan.rejected.map((r) => `${r.line}:${r.column}:${r.reason}`);
    expect(by).toEqual([
      '3:email:CONTACT_REQUIRED',
      '4:email:BAD_EMAIL',
      '4:phone:BAD_PHONE',
      '4:display_name:REQUIRED',
      '4:province_code:UNKNOWN_PROVINCE',
      '4:district_code:UNKNOWN_DISTRICT',
      '4:sector:UNKNOWN_SECTOR',
      '4:gender:UNKNOWN_GENDER',
      '4:age_band:UNKNOWN_AGE_BAND',
      '4:languages:UNKNOWN_LANGUAGE',
      '4:preferred_locale:UNKNOWN_LOCALE',
      '5:district_code:DISTRICT_OUTSIDE_PROVINCE',
      '6:organisation:UNKNOWN_ORGANISATION',
    ]);
    expect(plan.people.map((p) => p.line)).toEqual([2]);
    // Each refusal says what is allowed.
    expect(plan.rejected.find((r) => r.column === 'sector')?.params['allowed']).toContain('COMMUNITY (ภาคชุมชน)');
  });

  it('refuses e-mails and phones already held or named twice in the file (the first copy stays)', () => {
    const plan = planPeopleImport(
      [
        { ...good, email: 'TAKEN@example.org' },
        { ...good, email: 'new@example.org', phone: '0812345678' },
        { ...good, email: 'twice@example.org', phone: '0891234567' },
        { ...good, email: 'Twice@example.org' },
        { ...good, email: 'other@example.org', phone: '+66 89 123 4567' },
      ],
      context(),
    );
    expect(plan.rejected.map((r) => `${r.line}:${r.column}:${r.reason}:${r.params['first'] ?? ''}`)).toEqual([
      '2:email:ALREADY_EXISTS:',
      '3:phone:ALREADY_EXISTS:',
      '5:email:DUPLICATE_IN_FILE:4',
      '6:phone:DUPLICATE_IN_FILE:4',
    ]);
    expect(plan.people.map((p) => p.line)).toEqual([4]);
  });

  it('keeps a coordinator inside their provinces and to practitioners and trainers', () => {
    const plan = planPeopleImport(
      [
        { ...good, province_code: '95', district_code: '' },
        { ...good, email: 'x@example.org', role: 'COORDINATOR' },
        { ...good, email: 'y@example.org', role: 'chef' },
      ],
      context(),
    );
    expect(plan.rejected.map((r) => `${r.line}:${r.column}:${r.reason}`)).toEqual(['2:province_code:PROVINCE_OUTSIDE_SCOPE', '3:role:ROLE_NOT_ALLOWED', '4:role:UNKNOWN_ROLE']);
    expect(plan.rejected[1]?.params['allowed']).toBe('PRACTITIONER, TRAINER');
  });

  it('lets an admin import anywhere and any role', () => {
    const plan = planPeopleImport([{ ...good, province_code: '10', district_code: '', role: 'coordinator' }], context({ scopeProvinceCodes: null, grantableRoles: grantableImportRoles(Role.ADMIN) }));
    expect(plan.rejected).toEqual([]);
    expect(plan.people[0]?.role).toBe(Role.COORDINATOR);
  });

  it('pads province and district codes written as numbers by a spreadsheet', () => {
    const plan = planPeopleImport([{ ...good, province_code: '94', district_code: '9401' }], context());
    expect(plan.people[0]?.districtCode).toBe('9401');
  });
});

describe('contactsOf and missingPeopleColumns', () => {
  it('collects normalised contacts once', () => {
    const contacts = contactsOf([good, { ...good }, { phone: '081-234-5678' }, { phone: 'nope' }]);
    expect(contacts).toMatchObject({ emails: ['somchai@example.org'], phones: ['+66812345678'] });
    expect(contacts.phoneOf.get('nope')).toBeNull();
  });

  it('needs display_name, province_code and an email or phone column', () => {
    expect(missingPeopleColumns(['Email', 'Display Name', 'province_code'])).toEqual([]);
    expect(missingPeopleColumns(['phone', 'display_name', 'province_code'])).toEqual([]);
    expect(missingPeopleColumns(['name'])).toEqual(['email / phone', 'display_name', 'province_code']);
  });

  it('gives trainers and practitioners no import at all', () => {
    expect(grantableImportRoles(Role.TRAINER)).toEqual([]);
    expect(grantableImportRoles(Role.PRACTITIONER)).toEqual([]);
  });
});
