import { defineMessages } from '../../../common/errors.js';

/** Messages of the framework file import's row report (`frameworkFile.<reason>`) and refusals. */
export const FrameworkFileMessages = defineMessages({
  'frameworkFile.badKind': { th: '{column} ต้องเป็น {allowed}', en: '{column} must be one of: {allowed}', ms: '{column} mestilah salah satu daripada: {allowed}' },
  'frameworkFile.badCode': {
    th: 'รหัส "{code}" ใช้ไม่ได้: ต้องยาว 1–40 ตัว เป็นอักษร A–Z ตัวเลข จุด ขีดกลาง หรือขีดล่าง ขึ้นต้นด้วยอักษรหรือตัวเลข',
    en: 'the code "{code}" is not allowed: use 1–40 letters A–Z, digits, dots, dashes or underscores, starting with a letter or digit',
    ms: 'kod "{code}" tidak dibenarkan: gunakan 1–40 huruf A–Z, digit, titik, sempang atau garis bawah, bermula dengan huruf atau digit',
  },
  'frameworkFile.required': { th: 'ต้องระบุ {column}', en: '{column} is required', ms: '{column} diperlukan' },
  'frameworkFile.tooLong': { th: '{column} ยาวเกิน {max} ตัวอักษร', en: '{column} is longer than {max} characters', ms: '{column} melebihi {max} aksara' },
  'frameworkFile.frameworkFirst': {
    th: 'แถวแรกต้องเป็นแถว FRAMEWORK แถวเดียว ตามด้วยแถว DOMAIN และ COMPETENCY',
    en: 'the first row must be the one FRAMEWORK row, followed by DOMAIN and COMPETENCY rows',
    ms: 'baris pertama mestilah satu-satunya baris FRAMEWORK, diikuti baris DOMAIN dan COMPETENCY',
  },
  'frameworkFile.duplicate': {
    th: 'รหัส {code} ซ้ำกับแถวที่ {line} รหัสต้องไม่ซ้ำกันในกรอบสมรรถนะ',
    en: 'the code {code} is already used on line {line}; codes must be unique within the framework',
    ms: 'kod {code} sudah digunakan pada baris {line}; kod mesti unik dalam rangka kerja',
  },
  'frameworkFile.tooManyDomains': { th: 'กรอบสมรรถนะมีได้ไม่เกิน {max} ด้าน', en: 'a framework holds at most {max} domains', ms: 'rangka kerja memuatkan paling banyak {max} domain' },
  'frameworkFile.tooManyCompetencies': { th: 'แต่ละด้านมีได้ไม่เกิน {max} สมรรถนะ', en: 'a domain holds at most {max} competencies', ms: 'domain memuatkan paling banyak {max} kompetensi' },
  'frameworkFile.domainFirst': {
    th: 'สมรรถนะต้องอยู่ใต้แถว DOMAIN ของด้าน "{code}" ที่อยู่ก่อนหน้า',
    en: 'a competency must follow the DOMAIN row of its domain "{code}"',
    ms: 'kompetensi mesti mengikuti baris DOMAIN bagi domainnya "{code}"',
  },
  'frameworkFile.parentFirst': {
    th: 'สมรรถนะแม่ "{code}" ต้องเป็นสมรรถนะก่อนหน้าในด้านเดียวกัน',
    en: 'the parent competency "{code}" must be an earlier competency of the same domain',
    ms: 'kompetensi induk "{code}" mestilah kompetensi terdahulu dalam domain yang sama',
  },
  'frameworkFile.levelsAllOrNone': {
    th: 'ต้องกรอกคำอธิบายระดับภาษาไทยครบทั้ง 5 ระดับ หรือเว้นว่างทั้งหมดเพื่อใช้คำอธิบายมาตรฐาน ({column} ว่าง)',
    en: 'give the Thai descriptor of all five levels, or none to use the standard ones ({column} is empty)',
    ms: 'berikan penerangan Thai bagi kelima-lima tahap, atau tiada untuk menggunakan yang standard ({column} kosong)',
  },
  'frameworkFile.badFormat': { th: '{column} ต้องเป็น {allowed}', en: '{column} must be one of: {allowed}', ms: '{column} mestilah salah satu daripada: {allowed}' },
  'frameworkFile.secondFramework': {
    th: 'มีแถวกรอบสมรรถนะ (Is framework) อยู่แล้วที่แถว {line} ไฟล์หนึ่งมีได้กรอบเดียว',
    en: 'the framework row (Is framework) is already on line {line}; a file holds one framework',
    ms: 'baris rangka kerja (Is framework) sudah ada pada baris {line}; satu fail memuatkan satu rangka kerja',
  },
  'frameworkFile.noFramework': {
    th: 'ไม่มีแถวกรอบสมรรถนะ (Is framework = 1)',
    en: 'there is no framework row (Is framework = 1)',
    ms: 'tiada baris rangka kerja (Is framework = 1)',
  },
  'frameworkFile.parentMissing': {
    th: 'ไม่พบสมรรถนะแม่ "{code}" ในไฟล์ (หรือวนกลับมาที่ตัวเอง)',
    en: 'the parent "{code}" is not in the file (or the parents form a loop)',
    ms: 'induk "{code}" tiada dalam fail (atau induk membentuk gelung)',
  },
  'frameworkFile.codeTaken': {
    th: 'มีกรอบสมรรถนะรหัส {code} อยู่แล้ว ระบุรหัสใหม่สำหรับกรอบที่นำเข้า',
    en: 'a framework with code {code} already exists: give the imported framework a new code',
    ms: 'rangka kerja dengan kod {code} sudah wujud: berikan kod baharu kepada rangka kerja yang diimport',
  },
  'frameworkFile.relatedDropped': {
    th: 'ไม่ได้เก็บการอ้างอิงไขว้ไปยัง {codes} (ร่วมสร้างไม่มีการเชื่อมโยงระหว่างสมรรถนะ)',
    en: 'cross-references to {codes} are not kept (Ruamsang has no links between competencies)',
    ms: 'rujukan silang kepada {codes} tidak disimpan (Ruamsang tiada pautan antara kompetensi)',
  },
  'frameworkFile.ruleDropped': {
    th: 'ไม่ได้เก็บกฎการบรรลุของ Moodle',
    en: 'Moodle’s completion rule is not kept',
    ms: 'peraturan pencapaian Moodle tidak disimpan',
  },
  'frameworkFile.ownScale': {
    th: 'สเกลของแถวนี้ ({values}) ถูกแทนด้วย 5 ระดับของร่วมสร้าง',
    en: 'this row’s own scale ({values}) is replaced by Ruamsang’s five levels',
    ms: 'skala baris ini ({values}) digantikan dengan lima tahap Ruamsang',
  },
  'frameworkFile.scaleFive': {
    th: 'สเกล 5 ค่าของ Moodle ({values}) จับคู่กับระดับ 1–5 (รู้จัก … สอนผู้อื่นได้) และใช้คำอธิบายระดับมาตรฐาน',
    en: 'Moodle’s five-value scale ({values}) is mapped to levels 1–5 (aware … can teach others) with the standard level descriptors',
    ms: 'skala lima nilai Moodle ({values}) dipetakan kepada tahap 1–5 (sedar … boleh mengajar) dengan penerangan tahap standard',
  },
  'frameworkFile.scaleOther': {
    th: 'สเกลของ Moodle มี {count} ค่า ({values}) ไม่ใช่ 5 ระดับ จึงใช้ 5 ระดับของร่วมสร้างและคำอธิบายระดับมาตรฐานแทน',
    en: 'Moodle’s scale has {count} values ({values}), not five: Ruamsang’s five levels and standard descriptors are used instead',
    ms: 'skala Moodle mempunyai {count} nilai ({values}), bukan lima: lima tahap Ruamsang dan penerangan standard digunakan',
  },
  'frameworkFile.emptyDomain': {
    th: '"{code}" ไม่มีสมรรถนะย่อย จึงเป็นด้านที่ยังว่าง เพิ่มสมรรถนะก่อนเผยแพร่',
    en: '"{code}" has no sub-competencies, so it becomes an empty domain: add competencies before publishing',
    ms: '"{code}" tiada sub-kompetensi, jadi ia menjadi domain kosong: tambah kompetensi sebelum menerbitkan',
  },
  'frameworkFile.unreadable': {
    th: 'อ่านไฟล์ไม่ได้ ต้องเป็น CSV (UTF-8) หรือ XLSX',
    en: 'The file cannot be read: it must be CSV (UTF-8) or XLSX.',
    ms: 'Fail tidak dapat dibaca: ia mestilah CSV (UTF-8) atau XLSX.',
  },
  'frameworkFile.missingColumns': {
    th: 'ไฟล์ขาดคอลัมน์: {columns}',
    en: 'The file lacks the columns: {columns}',
    ms: 'Fail tidak mempunyai lajur: {columns}',
  },
  'frameworkFile.notMoodle': {
    th: 'ไม่ใช่ไฟล์ CSV กรอบสมรรถนะของ Moodle: ต้องมีคอลัมน์ตามลำดับ {columns}',
    en: 'This is not Moodle’s competency framework CSV: its columns must be, in order, {columns}',
    ms: 'Ini bukan CSV rangka kerja kompetensi Moodle: lajurnya mestilah, mengikut urutan, {columns}',
  },
  'frameworkFile.moodleCsvOnly': {
    th: 'ไฟล์ของ Moodle ต้องเป็น CSV',
    en: 'A Moodle file must be CSV.',
    ms: 'Fail Moodle mestilah CSV.',
  },
  'frameworkFile.badFile': {
    th: 'ชื่อไฟล์ต้องเป็น <รหัสกรอบ>.csv หรือ <รหัสกรอบ>.xlsx',
    en: 'The file name must be <framework id>.csv or <framework id>.xlsx.',
    ms: 'Nama fail mestilah <id rangka kerja>.csv atau <id rangka kerja>.xlsx.',
  },
});
