import { defineMessages } from '../../common/errors.js';

/** Row refusals of a people import (`peopleImport.<reason>`) and the file-level refusals. */
export const PeopleImportMessages = defineMessages({
  'peopleImport.cannotImport': {
    th: 'เฉพาะผู้ดูแลระบบและผู้ประสานงานจังหวัดเท่านั้นที่นำเข้ารายชื่อได้',
    en: 'Only administrators and provincial coordinators can import people.',
    ms: 'Hanya pentadbir dan penyelaras wilayah boleh mengimport orang.',
  },
  'peopleImport.unreadableFile': {
    th: 'อ่านไฟล์ไม่ได้ ต้องเป็นไฟล์ CSV (UTF-8) หรือ XLSX',
    en: 'The file could not be read: it must be a CSV (UTF-8) or XLSX file.',
    ms: 'Fail tidak dapat dibaca: ia mesti fail CSV (UTF-8) atau XLSX.',
  },
  'peopleImport.missingColumns': {
    th: 'ไฟล์ขาดคอลัมน์: {columns}',
    en: 'The file lacks the columns: {columns}',
    ms: 'Fail tidak mempunyai lajur: {columns}',
  },
  'peopleImport.tooManyRows': {
    th: 'ไฟล์มี {rows} แถว นำเข้าได้ครั้งละไม่เกิน {max} แถว',
    en: 'The file has {rows} rows; at most {max} can be imported at once.',
    ms: 'Fail mempunyai {rows} baris; paling banyak {max} boleh diimport sekali gus.',
  },
  'peopleImport.concurrentChange': {
    th: 'มีการเพิ่มบัญชีที่ใช้อีเมลหรือเบอร์โทรเดียวกันระหว่างนำเข้า กรุณานำเข้าอีกครั้ง',
    en: 'Someone added an account with one of these e-mails or phones meanwhile; import again.',
    ms: 'Akaun dengan salah satu e-mel atau telefon ini ditambah sementara itu; import semula.',
  },
  'peopleImport.REQUIRED': { th: 'ต้องระบุ {column}', en: '{column} is required', ms: '{column} diperlukan' },
  'peopleImport.CONTACT_REQUIRED': {
    th: 'ต้องระบุอีเมล (email) หรือเบอร์มือถือ (phone) อย่างน้อยหนึ่งอย่าง',
    en: 'an e-mail (email) or a mobile number (phone) is required',
    ms: 'e-mel (email) atau nombor telefon bimbit (phone) diperlukan',
  },
  'peopleImport.TOO_LONG': { th: '{column} ยาวเกิน {max} ตัวอักษร', en: '{column} is longer than {max} characters', ms: '{column} melebihi {max} aksara' },
  'peopleImport.BAD_EMAIL': {
    th: 'อีเมล "{value}" ไม่ถูกรูปแบบ (เช่น name@example.org)',
    en: 'e-mail "{value}" is not an address like name@example.org',
    ms: 'e-mel "{value}" bukan alamat seperti name@example.org',
  },
  'peopleImport.BAD_PHONE': {
    th: 'เบอร์ "{value}" ไม่ใช่เบอร์มือถือไทย (เช่น 081-234-5678 หรือ +66812345678)',
    en: 'phone "{value}" is not a Thai mobile number (e.g. 081-234-5678 or +66812345678)',
    ms: 'telefon "{value}" bukan nombor telefon bimbit Thailand (cth. 081-234-5678 atau +66812345678)',
  },
  'peopleImport.DUPLICATE_IN_FILE': {
    th: '{column} "{value}" ซ้ำกับบรรทัด {first} ในไฟล์เดียวกัน',
    en: '{column} "{value}" repeats line {first} of this file',
    ms: '{column} "{value}" mengulangi baris {first} fail ini',
  },
  'peopleImport.ALREADY_EXISTS': {
    th: '{column} "{value}" มีบัญชีอยู่แล้ว (ไม่สร้างซ้ำ)',
    en: '{column} "{value}" already has an account (not created again)',
    ms: '{column} "{value}" sudah mempunyai akaun (tidak dibuat semula)',
  },
  'peopleImport.UNKNOWN_ROLE': { th: 'บทบาท "{value}" ไม่ถูกต้อง (ใช้ได้: {allowed})', en: 'role "{value}" is not one of {allowed}', ms: 'peranan "{value}" bukan salah satu daripada {allowed}' },
  'peopleImport.ROLE_NOT_ALLOWED': {
    th: 'คุณนำเข้าบทบาท {value} ไม่ได้ (ใช้ได้: {allowed})',
    en: 'you cannot import the role {value} (allowed: {allowed})',
    ms: 'anda tidak boleh mengimport peranan {value} (dibenarkan: {allowed})',
  },
  'peopleImport.UNKNOWN_PROVINCE': { th: 'ไม่มีจังหวัดรหัส {code} (ใช้รหัสจังหวัด 2 หลัก เช่น 94)', en: 'there is no province {code} (use the 2-digit code, e.g. 94)', ms: 'tiada wilayah {code} (guna kod 2 digit, cth. 94)' },
  'peopleImport.PROVINCE_OUTSIDE_SCOPE': {
    th: 'จังหวัด {code} อยู่นอกจังหวัดที่คุณรับผิดชอบ ({allowed})',
    en: 'province {code} is outside the provinces you coordinate ({allowed})',
    ms: 'wilayah {code} di luar wilayah yang anda selaraskan ({allowed})',
  },
  'peopleImport.UNKNOWN_DISTRICT': { th: 'ไม่มีอำเภอรหัส {code} (ใช้รหัส 4 หลัก เช่น 9401)', en: 'there is no district {code} (use the 4-digit code, e.g. 9401)', ms: 'tiada daerah {code} (guna kod 4 digit, cth. 9401)' },
  'peopleImport.DISTRICT_OUTSIDE_PROVINCE': {
    th: 'อำเภอ {code} ไม่อยู่ในจังหวัด {province}',
    en: 'district {code} is not in province {province}',
    ms: 'daerah {code} bukan dalam wilayah {province}',
  },
  'peopleImport.UNKNOWN_ORGANISATION': {
    th: 'ไม่พบหน่วยงานชื่อ "{value}" ในจังหวัด {province} หรือระดับประเทศ (ใช้ชื่อตามที่ลงทะเบียนไว้)',
    en: 'no organisation named "{value}" in province {province} or nationally (use the registered name)',
    ms: 'tiada organisasi bernama "{value}" di wilayah {province} atau di peringkat kebangsaan (guna nama berdaftar)',
  },
  'peopleImport.UNKNOWN_SECTOR': { th: 'ภาคส่วน "{value}" ไม่ถูกต้อง (ใช้ได้: {allowed})', en: 'sector "{value}" is not one of {allowed}', ms: 'sektor "{value}" bukan salah satu daripada {allowed}' },
  'peopleImport.UNKNOWN_GENDER': { th: 'เพศ "{value}" ไม่ถูกต้อง (ใช้ได้: {allowed})', en: 'gender "{value}" is not one of {allowed}', ms: 'jantina "{value}" bukan salah satu daripada {allowed}' },
  'peopleImport.UNKNOWN_AGE_BAND': { th: 'ช่วงอายุ "{value}" ไม่ถูกต้อง (ใช้ได้: {allowed})', en: 'age band "{value}" is not one of {allowed}', ms: 'kumpulan umur "{value}" bukan salah satu daripada {allowed}' },
  'peopleImport.UNKNOWN_LANGUAGE': { th: 'ภาษา "{value}" ไม่ถูกต้อง (ใช้ได้: {allowed})', en: 'language "{value}" is not one of {allowed}', ms: 'bahasa "{value}" bukan salah satu daripada {allowed}' },
  'peopleImport.UNKNOWN_LOCALE': { th: 'ภาษาที่ใช้ "{value}" ไม่ถูกต้อง (ใช้ได้: {allowed})', en: 'preferred locale "{value}" is not one of {allowed}', ms: 'bahasa pilihan "{value}" bukan salah satu daripada {allowed}' },
});
