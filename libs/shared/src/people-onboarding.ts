import { AgeBand, Gender, Sector, TeachingLanguage } from './people.js';
import { Role } from './roles.js';

/**
 * The Thai labels offices write in their own spreadsheets (the same words the web shows in
 * th.json, checked by a test), so an import accepts "หญิง" as well as FEMALE.
 */
export const THAI_SECTOR_LABELS: Readonly<Record<Sector, string>> = {
  [Sector.GOVERNMENT]: 'ภาครัฐ',
  [Sector.CIVIL_SOCIETY]: 'ภาคประชาสังคม',
  [Sector.ACADEMIC]: 'ภาควิชาการ',
  [Sector.PRIVATE]: 'ภาคเอกชน',
  [Sector.COMMUNITY]: 'ภาคชุมชน',
  [Sector.SUPPORT_AGENCY]: 'หน่วยงานสนับสนุน',
};

export const THAI_GENDER_LABELS: Readonly<Record<Gender, string>> = {
  [Gender.FEMALE]: 'หญิง',
  [Gender.MALE]: 'ชาย',
  [Gender.OTHER]: 'อื่น ๆ',
  [Gender.PREFER_NOT_TO_SAY]: 'ไม่ประสงค์ระบุ',
};

export const THAI_ROLE_LABELS: Readonly<Record<Role, string>> = {
  [Role.PRACTITIONER]: 'ผู้ปฏิบัติงาน',
  [Role.TRAINER]: 'วิทยากร',
  [Role.COORDINATOR]: 'ผู้ประสานงานจังหวัด',
  [Role.ADMIN]: 'ผู้ดูแลระบบ',
};

export const THAI_LANGUAGE_LABELS: Readonly<Record<TeachingLanguage, string>> = {
  [TeachingLanguage.THAI]: 'ภาษาไทย',
  [TeachingLanguage.PATANI_MALAY]: 'ภาษามลายูปัตตานี',
  [TeachingLanguage.MALAY]: 'ภาษามลายู',
  [TeachingLanguage.ENGLISH]: 'ภาษาอังกฤษ',
  [TeachingLanguage.SOUTHERN_THAI]: 'ภาษาไทยถิ่นใต้',
};

/** Age bands as written on forms: "25-34", "55+", "<25". */
export const AGE_BAND_LABELS: Readonly<Record<AgeBand, string>> = {
  [AgeBand.UNDER_25]: '<25',
  [AgeBand.FROM_25_TO_34]: '25-34',
  [AgeBand.FROM_35_TO_44]: '35-44',
  [AgeBand.FROM_45_TO_54]: '45-54',
  [AgeBand.FROM_55]: '55+',
};

/** The columns of a people import (POST /imports/people), in template order. */
export const PEOPLE_IMPORT_COLUMNS = [
  'email',
  'phone',
  'display_name',
  'role',
  'province_code',
  'district_code',
  'organisation',
  'sector',
  'gender',
  'age_band',
  'languages',
  'preferred_locale',
] as const;
export type PeopleImportColumn = (typeof PEOPLE_IMPORT_COLUMNS)[number];

/** Limits shared by the import, the invitation form and the join form (api DTOs and web forms). */
export const ONBOARDING_LIMITS = {
  /** Rows in one people import. */
  maxRows: 20_000,
  emailMax: 254,
  displayNameMax: 200,
  organisationMax: 200,
  passwordMin: 10,
  passwordMax: 200,
  /** An invitation lives at most this many days. */
  invitationMaxDays: 90,
  invitationMaxUses: 10_000,
  invitationNoteMax: 200,
} as const;
