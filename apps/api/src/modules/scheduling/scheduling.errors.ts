import { defineMessages } from '../../common/errors.js';

export const SchedulingMessages = defineMessages({
  'scheduling.cannotPlan': {
    th: 'เฉพาะผู้ประสานงาน (ในจังหวัดที่รับผิดชอบ) และผู้ดูแลระบบเท่านั้นที่จัดตารางได้',
    en: 'Only coordinators (in their own provinces) and administrators plan schedules.',
    ms: 'Hanya penyelaras (di wilayah mereka sendiri) dan pentadbir merancang jadual.',
  },
  'scheduling.outsideScope': {
    th: 'จังหวัด {code} ไม่อยู่ในความรับผิดชอบของคุณ',
    en: 'Province {code} is not one you coordinate.',
    ms: 'Wilayah {code} bukan wilayah yang anda selaraskan.',
  },
  'scheduling.cohortNotFound': { th: 'ไม่พบรุ่นการอบรมที่ระบุ', en: 'That cohort does not exist.', ms: 'Kohort itu tidak wujud.' },
  'scheduling.sessionNotFound': { th: 'ไม่พบรอบการอบรมที่ระบุ', en: 'That session does not exist.', ms: 'Sesi itu tidak wujud.' },
  'scheduling.venueNotFound': { th: 'ไม่พบสถานที่ที่ระบุ', en: 'That venue does not exist.', ms: 'Tempat itu tidak wujud.' },
  'scheduling.curriculumNotFound': { th: 'ไม่พบหลักสูตรที่ระบุ', en: 'That curriculum does not exist.', ms: 'Kurikulum itu tidak wujud.' },
  'scheduling.notTrainer': {
    th: 'ผู้ใช้ที่ระบุไม่ได้มีบทบาทวิทยากร',
    en: 'that user is not a trainer',
    ms: 'pengguna itu bukan jurulatih',
  },
  'scheduling.windowOrder': {
    th: 'วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น และช่วงวันยาวได้ไม่เกิน 366 วัน',
    en: 'the end must not be before the start, and the window may span at most 366 days',
    ms: 'tarikh akhir tidak boleh sebelum tarikh mula, dan tempoh paling lama 366 hari',
  },
  'scheduling.rangeOrder': {
    th: 'ช่วงวันที่ต้องเริ่มก่อนหรือตรงกับวันสิ้นสุด',
    en: 'each range must start on or before its end',
    ms: 'setiap julat mesti bermula pada atau sebelum tarikh akhirnya',
  },
  'scheduling.daysAlreadyMarked': {
    th: '{field}: มีการบันทึกการเข้าร่วมแล้วในวันที่ {dates} จึงย้ายการอบรมออกจากวันที่สอนไปแล้วไม่ได้',
    en: '{field}: attendance is already recorded on {dates}; a session cannot move away from days it was taught',
    ms: '{field}: kehadiran sudah direkod pada {dates}; sesi tidak boleh dipindah dari hari yang telah diajar',
  },
  'scheduling.violation': {
    th: 'การแก้ไขนี้ขัดกับกฎ {rule}: {detail}',
    en: 'This edit breaks the rule {rule}: {detail}',
    ms: 'Suntingan ini melanggar peraturan {rule}: {detail}',
  },
  'scheduling.notPractitioner': {
    th: 'ลงทะเบียนได้เฉพาะผู้ปฏิบัติงาน',
    en: 'Only practitioners can be enrolled.',
    ms: 'Hanya pengamal boleh didaftarkan.',
  },
  'scheduling.cannotEnrolOthers': {
    th: 'คุณลงทะเบียนแทนผู้อื่นได้เฉพาะเมื่อเป็นผู้ประสานงานของจังหวัดนั้นหรือผู้ดูแลระบบ',
    en: 'You can enrol someone else only as the coordinator of that province or an administrator.',
    ms: 'Anda boleh mendaftarkan orang lain hanya sebagai penyelaras wilayah itu atau pentadbir.',
  },
  'scheduling.completedCohort': {
    th: 'ผู้นี้สำเร็จการอบรมของรุ่นนี้แล้ว (มีเกียรติบัตร) จึงถอนการลงทะเบียนไม่ได้',
    en: 'This person has completed this cohort (a certificate was issued), so the enrolment cannot be withdrawn.',
    ms: 'Orang ini telah menamatkan kohort ini (sijil telah dikeluarkan), jadi pendaftaran tidak boleh ditarik balik.',
  },
  'scheduling.notEnrolled': {
    th: 'ไม่ได้ลงทะเบียนในรุ่นนี้',
    en: 'Not enrolled in this cohort.',
    ms: 'Tidak berdaftar dalam kohort ini.',
  },
  'scheduling.badToken': {
    th: 'ลิงก์ปฏิทินส่วนตัวไม่ถูกต้องหรือถูกเปลี่ยนแล้ว',
    en: 'The personal calendar link is wrong or has been replaced.',
    ms: 'Pautan kalendar peribadi salah atau telah diganti.',
  },
  'scheduling.badProvinceFile': {
    th: 'ใช้รูปแบบ <รหัสจังหวัด>.ics เช่น 94.ics',
    en: 'use <province code>.ics, e.g. 94.ics',
    ms: 'gunakan <kod wilayah>.ics, cth. 94.ics',
  },
});
