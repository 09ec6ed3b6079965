import { defineMessages } from '../../common/errors.js';

export const FrameworkMessages = defineMessages({
  'frameworks.cannotAuthor': {
    th: 'เฉพาะผู้ดูแลระบบและวิทยากรเท่านั้นที่แก้ไขกรอบสมรรถนะได้',
    en: 'Only administrators and trainers can author competency frameworks.',
    ms: 'Hanya pentadbir dan jurulatih boleh mengarang rangka kerja kompetensi.',
  },
  'frameworks.notFound': {
    th: 'ไม่พบกรอบสมรรถนะที่ระบุ',
    en: 'That competency framework does not exist.',
    ms: 'Rangka kerja kompetensi itu tidak wujud.',
  },
  'frameworks.frozen': {
    th: 'กรอบสมรรถนะ {code} ฉบับที่ {version} เผยแพร่แล้วจึงแก้ไขไม่ได้ กรุณาสร้างฉบับใหม่',
    en: 'Framework {code} version {version} is published and frozen. Create a new version to change it.',
    ms: 'Rangka kerja {code} versi {version} telah diterbitkan dan dibekukan. Cipta versi baharu untuk mengubahnya.',
  },
  'frameworks.codeTaken': {
    th: 'มีกรอบสมรรถนะรหัส {code} อยู่แล้ว',
    en: 'A framework with code {code} already exists.',
    ms: 'Rangka kerja dengan kod {code} sudah wujud.',
  },
  'frameworks.duplicateCode': {
    th: 'รหัส {code} ซ้ำกันในกรอบสมรรถนะ',
    en: 'The code {code} appears more than once in the framework.',
    ms: 'Kod {code} muncul lebih daripada sekali dalam rangka kerja.',
  },
  'frameworks.fiveLevels': {
    th: 'ต้องมีคำอธิบายระดับครบ 5 ระดับ (1 รู้จัก – 5 สอนผู้อื่นได้)',
    en: 'Exactly five level descriptors are needed (1 aware – 5 can teach others).',
    ms: 'Tepat lima penerangan tahap diperlukan (1 sedar – 5 boleh mengajar orang lain).',
  },
  'frameworks.empty': {
    th: 'กรอบสมรรถนะต้องมีอย่างน้อยหนึ่งสมรรถนะก่อนเผยแพร่',
    en: 'A framework needs at least one competency before it is published.',
    ms: 'Rangka kerja memerlukan sekurang-kurangnya satu kompetensi sebelum diterbitkan.',
  },
  'frameworks.codeFormat': {
    th: 'รหัส "{code}" ใช้ไม่ได้: ต้องยาว 1–40 ตัว ประกอบด้วยอักษรอังกฤษ A–Z ตัวเลข จุด ขีดกลาง หรือขีดล่าง และขึ้นต้นด้วยอักษรหรือตัวเลข เช่น FS-AGRO.1',
    en: 'The code "{code}" is not allowed: use 1–40 letters A–Z, digits, dots, dashes or underscores, starting with a letter or digit, e.g. FS-AGRO.1.',
    ms: 'Kod "{code}" tidak dibenarkan: gunakan 1–40 huruf A–Z, digit, titik, sempang atau garis bawah, bermula dengan huruf atau digit, cth. FS-AGRO.1.',
  },
  'frameworks.duplicateCodeAt': {
    th: 'รหัส {code} ซ้ำกับ{where}ที่ใช้รหัสนี้แล้ว รหัสต้องไม่ซ้ำกันในกรอบสมรรถนะ',
    en: 'The code {code} is already used by {where}; codes must be unique within the framework.',
    ms: 'Kod {code} sudah digunakan oleh {where}; kod mesti unik dalam rangka kerja.',
  },
  'frameworks.badParent': {
    th: 'สมรรถนะแม่ "{parent}" ต้องเป็นสมรรถนะที่อยู่ก่อนหน้าในด้านเดียวกัน',
    en: 'The parent competency "{parent}" must be an earlier competency of the same domain.',
    ms: 'Kompetensi induk "{parent}" mestilah kompetensi terdahulu dalam domain yang sama.',
  },
});
