import { defineMessages } from '../../common/errors.js';

export const AccountsMessages = defineMessages({
  'accounts.badCredentials': {
    th: 'อีเมลหรือรหัสผ่านไม่ถูกต้อง',
    en: 'The email or password is not correct.',
    ms: 'E-mel atau kata laluan tidak betul.',
  },
  'accounts.emailTaken': {
    th: 'อีเมล {email} มีผู้ใช้แล้ว',
    en: 'The email {email} is already in use.',
    ms: 'E-mel {email} sudah digunakan.',
  },
  'accounts.ROLE_CANNOT_CREATE_ACCOUNTS': {
    th: 'เฉพาะผู้ดูแลระบบและผู้ประสานงานจังหวัดเท่านั้นที่สร้างบัญชีผู้ใช้ได้',
    en: 'Only administrators and provincial coordinators can create accounts.',
    ms: 'Hanya pentadbir dan penyelaras wilayah boleh membuat akaun.',
  },
  'accounts.ROLE_NOT_GRANTABLE': {
    th: 'ผู้ประสานงานจังหวัดสร้างได้เฉพาะบัญชีผู้ปฏิบัติงานและวิทยากร',
    en: 'Provincial coordinators can only create practitioner and trainer accounts.',
    ms: 'Penyelaras wilayah hanya boleh membuat akaun pengamal dan jurulatih.',
  },
  'accounts.PROVINCE_REQUIRED': {
    th: 'ต้องระบุจังหวัด (provinceCode)',
    en: 'A province (provinceCode) is required.',
    ms: 'Wilayah (provinceCode) diperlukan.',
  },
  'accounts.PROVINCE_OUTSIDE_SCOPE': {
    th: 'คุณสร้างบัญชีได้เฉพาะในจังหวัดที่คุณรับผิดชอบ',
    en: 'You can only create accounts in the provinces you coordinate.',
    ms: 'Anda hanya boleh membuat akaun di wilayah yang anda selaraskan.',
  },
  'accounts.MANAGED_PROVINCES_REQUIRED': {
    th: 'บัญชีผู้ประสานงานต้องระบุจังหวัดที่รับผิดชอบ (managedProvinceCodes)',
    en: 'A coordinator account needs the provinces it coordinates (managedProvinceCodes).',
    ms: 'Akaun penyelaras memerlukan wilayah yang diselaraskannya (managedProvinceCodes).',
  },
  'accounts.practitionerNeedsProvince': {
    th: 'ผู้ปฏิบัติงานต้องระบุจังหวัด',
    en: 'A practitioner must have a province.',
    ms: 'Pengamal mesti mempunyai wilayah.',
  },
  'accounts.cannotListUsers': {
    th: 'เฉพาะผู้ดูแลระบบและผู้ประสานงานจังหวัดเท่านั้นที่ดูรายชื่อผู้ใช้ได้',
    en: 'Only administrators and provincial coordinators can list users.',
    ms: 'Hanya pentadbir dan penyelaras wilayah boleh melihat senarai pengguna.',
  },
});
