import { defineMessages } from '../../common/errors.js';

export const AssessmentMessages = defineMessages({
  'assessments.cannotManageCampaigns': {
    th: 'เฉพาะผู้ดูแลระบบและผู้ประสานงานจังหวัดเท่านั้นที่สร้างการสำรวจความต้องการได้',
    en: 'Only administrators and provincial coordinators can create needs-assessment campaigns.',
    ms: 'Hanya pentadbir dan penyelaras wilayah boleh membuat kempen penilaian keperluan.',
  },
  'assessments.provincesOutsideScope': {
    th: 'คุณสร้างการสำรวจได้เฉพาะในจังหวัดที่คุณรับผิดชอบ',
    en: 'You can only run campaigns in the provinces you coordinate.',
    ms: 'Anda hanya boleh menjalankan kempen di wilayah yang anda selaraskan.',
  },
  'assessments.frameworkNotPublished': {
    th: 'ต้องเผยแพร่กรอบสมรรถนะก่อนนำไปใช้ในการสำรวจ',
    en: 'The competency framework must be published before a campaign can use it.',
    ms: 'Rangka kerja kompetensi mesti diterbitkan sebelum kempen boleh menggunakannya.',
  },
  'assessments.closesBeforeOpens': {
    th: 'วันปิดรับต้องอยู่หลังวันเปิดรับ',
    en: 'The closing date must be after the opening date.',
    ms: 'Tarikh tutup mestilah selepas tarikh buka.',
  },
  'assessments.campaignNotFound': {
    th: 'ไม่พบการสำรวจที่ระบุ',
    en: 'That campaign does not exist.',
    ms: 'Kempen itu tidak wujud.',
  },
  'assessments.notOpen': {
    th: 'การสำรวจนี้ไม่ได้เปิดรับคำตอบในขณะนี้ (เปิด {opensAt} ถึง {closesAt})',
    en: 'This campaign is not accepting answers now (open {opensAt} to {closesAt}).',
    ms: 'Kempen ini tidak menerima jawapan sekarang (dibuka {opensAt} hingga {closesAt}).',
  },
  'assessments.onlyPractitioners': {
    th: 'เฉพาะผู้ปฏิบัติงานเท่านั้นที่ส่งแบบประเมินตนเองได้',
    en: 'Only practitioners submit self-assessments.',
    ms: 'Hanya pengamal menghantar penilaian kendiri.',
  },
  'assessments.NO_PROVINCE': {
    th: 'โปรไฟล์ของคุณยังไม่ระบุจังหวัด จึงยังเข้าร่วมการสำรวจไม่ได้',
    en: 'Your profile has no province yet, so you cannot take part in this campaign.',
    ms: 'Profil anda belum mempunyai wilayah, jadi anda tidak boleh menyertai kempen ini.',
  },
  'assessments.PROVINCE_NOT_TARGETED': {
    th: 'การสำรวจนี้สำหรับผู้ปฏิบัติงานในจังหวัด {provinces} เท่านั้น',
    en: 'This campaign is only for practitioners in provinces {provinces}.',
    ms: 'Kempen ini hanya untuk pengamal di wilayah {provinces}.',
  },
  'assessments.SECTOR_NOT_TARGETED': {
    th: 'การสำรวจนี้สำหรับภาคส่วน {sectors} เท่านั้น',
    en: 'This campaign is only for the sectors {sectors}.',
    ms: 'Kempen ini hanya untuk sektor {sectors}.',
  },
  'assessments.OUT_OF_SCALE': {
    th: 'ต้องเป็นคะแนน {min} ถึง {max}',
    en: 'must be a rating from {min} to {max}',
    ms: 'mestilah penilaian dari {min} hingga {max}',
  },
  'assessments.NOT_WHOLE': {
    th: 'ต้องเป็นจำนวนเต็มตั้งแต่ {min} ถึง {max}',
    en: 'must be a whole number from {min} to {max}',
    ms: 'mestilah nombor bulat dari {min} hingga {max}',
  },
  'assessments.UNKNOWN_COMPETENCY': {
    th: 'ไม่มีสมรรถนะรหัส {code} ในกรอบสมรรถนะของการสำรวจนี้',
    en: 'there is no competency {code} in this campaign’s framework',
    ms: 'tiada kompetensi {code} dalam rangka kerja kempen ini',
  },
  'assessments.DUPLICATE_COMPETENCY': {
    th: 'ให้คะแนนสมรรถนะ {code} ซ้ำ',
    en: 'competency {code} is rated twice',
    ms: 'kompetensi {code} dinilai dua kali',
  },
  'assessments.NO_RATINGS': {
    th: 'ต้องให้คะแนนอย่างน้อยหนึ่งสมรรถนะ',
    en: 'at least one competency must be rated',
    ms: 'sekurang-kurangnya satu kompetensi mesti dinilai',
  },
  'assessments.ratingProblem': {
    th: '{field}: {detail}',
    en: '{field}: {detail}',
    ms: '{field}: {detail}',
  },
  'assessments.consentRequired': {
    th: 'กรุณาอ่านและให้ความยินยอมตามนโยบายข้อมูลส่วนบุคคล (ฉบับ {version}) ก่อนส่งแบบประเมิน',
    en: 'Please read and accept the personal data notice (version {version}) before submitting.',
    ms: 'Sila baca dan terima notis data peribadi (versi {version}) sebelum menghantar.',
  },
  'assessments.consentOutdated': {
    th: 'ฉบับของความยินยอมไม่ตรงกับฉบับปัจจุบัน ({version})',
    en: 'That is not the current consent version ({version}).',
    ms: 'Itu bukan versi persetujuan semasa ({version}).',
  },
  'assessments.submissionTaken': {
    th: 'รหัสการส่ง (clientSubmissionId) นี้ถูกใช้ไปแล้ว',
    en: 'This clientSubmissionId has already been used for another submission.',
    ms: 'clientSubmissionId ini telah digunakan untuk penghantaran lain.',
  },
  'assessments.unknownQuestion': {
    th: 'ไม่มีคำถามปลายเปิด {key} ในการสำรวจนี้',
    en: 'This campaign has no open question {key}.',
    ms: 'Kempen ini tiada soalan terbuka {key}.',
  },
  'assessments.needTypeOnlyHennessyHicks': {
    th: 'ระบุ "ฝึกอบรม หรือ ปรับองค์กร" ได้เฉพาะเครื่องมือ Hennessy-Hicks',
    en: '"Training or organisational change" applies only to the Hennessy-Hicks instrument.',
    ms: '"Latihan atau perubahan organisasi" hanya untuk instrumen Hennessy-Hicks.',
  },
  'assessments.cannotImport': {
    th: 'เฉพาะผู้ดูแลระบบและผู้ประสานงานจังหวัดเท่านั้นที่นำเข้าแบบฟอร์มกระดาษได้',
    en: 'Only administrators and provincial coordinators can import paper forms.',
    ms: 'Hanya pentadbir dan penyelaras wilayah boleh mengimport borang kertas.',
  },
  'assessments.unreadableFile': {
    th: 'อ่านไฟล์ไม่ได้: ต้องเป็น CSV (UTF-8) หรือ XLSX ที่มีแถวหัวตาราง',
    en: 'The file could not be read: it must be CSV (UTF-8) or XLSX with a header row.',
    ms: 'Fail tidak dapat dibaca: mestilah CSV (UTF-8) atau XLSX dengan baris tajuk.',
  },
  'assessments.missingColumns': {
    th: 'ไฟล์ขาดคอลัมน์: {columns}',
    en: 'The file lacks the columns: {columns}',
    ms: 'Fail tidak mempunyai lajur: {columns}',
  },
});

/** Messages for each rejected row of a paper-form import. */
export const ImportRowMessages = defineMessages({
  'import.REQUIRED': { th: 'ต้องระบุ {column}', en: '{column} is required', ms: '{column} diperlukan' },
  'import.TOO_LONG': { th: '{column} ยาวเกิน {max} ตัวอักษร', en: '{column} is longer than {max} characters', ms: '{column} melebihi {max} aksara' },
  'import.UNKNOWN_PROVINCE': { th: 'ไม่มีจังหวัดรหัส {code}', en: 'there is no province {code}', ms: 'tiada wilayah {code}' },
  'import.PROVINCE_NOT_TARGETED': {
    th: 'จังหวัด {code} ไม่อยู่ในกลุ่มเป้าหมายของการสำรวจนี้',
    en: 'province {code} is not targeted by this campaign',
    ms: 'wilayah {code} bukan sasaran kempen ini',
  },
  'import.UNKNOWN_DISTRICT': { th: 'ไม่มีอำเภอรหัส {code}', en: 'there is no district {code}', ms: 'tiada daerah {code}' },
  'import.DISTRICT_OUTSIDE_PROVINCE': {
    th: 'อำเภอ {code} ไม่อยู่ในจังหวัด {province}',
    en: 'district {code} is not in province {province}',
    ms: 'daerah {code} tiada dalam wilayah {province}',
  },
  'import.UNKNOWN_SECTOR': { th: 'ภาคส่วน "{value}" ไม่ถูกต้อง (ใช้ได้: {allowed})', en: 'sector "{value}" is not one of {allowed}', ms: 'sektor "{value}" bukan salah satu daripada {allowed}' },
  'import.UNKNOWN_GENDER': { th: 'เพศ "{value}" ไม่ถูกต้อง (ใช้ได้: {allowed})', en: 'gender "{value}" is not one of {allowed}', ms: 'jantina "{value}" bukan salah satu daripada {allowed}' },
  'import.UNKNOWN_COMPETENCY': { th: 'ไม่มีสมรรถนะรหัส {code}', en: 'there is no competency {code}', ms: 'tiada kompetensi {code}' },
  'import.NOT_WHOLE': { th: '{column} ต้องเป็นจำนวนเต็ม {min}–{max}', en: '{column} must be a whole number {min}–{max}', ms: '{column} mestilah nombor bulat {min}–{max}' },
  'import.OUT_OF_SCALE': { th: '{column} = {value} อยู่นอกช่วง {min}–{max}', en: '{column} = {value} is outside {min}–{max}', ms: '{column} = {value} di luar {min}–{max}' },
  'import.DUPLICATE_RATING': { th: 'ผู้ตอบ {ref} ให้คะแนนสมรรถนะ {code} ซ้ำ', en: 'respondent {ref} rates {code} twice', ms: 'responden {ref} menilai {code} dua kali' },
  'import.INCONSISTENT_RESPONDENT': {
    th: 'ข้อมูลจังหวัด/อำเภอ/ภาคส่วน/เพศ ของผู้ตอบ {ref} ไม่ตรงกับแถวก่อนหน้า',
    en: 'respondent {ref} has a different province, district, sector or gender than on earlier rows',
    ms: 'responden {ref} mempunyai wilayah, daerah, sektor atau jantina yang berbeza daripada baris sebelumnya',
  },
  'import.ALREADY_IMPORTED': {
    th: 'ผู้ตอบ {ref} ถูกนำเข้าในการสำรวจนี้แล้ว',
    en: 'respondent {ref} is already imported in this campaign',
    ms: 'responden {ref} sudah diimport dalam kempen ini',
  },
  'import.RESPONSE_HAS_ERRORS': {
    th: 'ไม่นำเข้า เพราะแบบฟอร์มของผู้ตอบ {ref} มีแถวที่ผิด',
    en: 'not imported: another row of respondent {ref} has an error',
    ms: 'tidak diimport: baris lain responden {ref} mempunyai ralat',
  },
  'import.MISSING_COLUMNS': { th: 'ขาดคอลัมน์', en: 'columns are missing', ms: 'lajur tiada' },
});
