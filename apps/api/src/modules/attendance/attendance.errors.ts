import { defineMessages } from '../../common/errors.js';

export const AttendanceMessages = defineMessages({
  'attendance.sessionNotFound': { th: 'ไม่พบการอบรมที่ระบุ', en: 'That training session does not exist.', ms: 'Sesi latihan itu tidak wujud.' },
  'attendance.cohortNotFound': { th: 'ไม่พบรุ่นการอบรมที่ระบุ', en: 'That cohort does not exist.', ms: 'Kohort itu tidak wujud.' },
  'attendance.curriculumNotFound': { th: 'ไม่พบหลักสูตรที่ระบุ', en: 'That curriculum does not exist.', ms: 'Kurikulum itu tidak wujud.' },
  'attendance.certificateNotFound': { th: 'ไม่พบเกียรติบัตรที่ระบุ', en: 'That certificate does not exist.', ms: 'Sijil itu tidak wujud.' },
  'attendance.notYourSession': {
    th: 'เฉพาะวิทยากรของการอบรมนี้ ผู้ประสานงานจังหวัด และผู้ดูแลระบบเท่านั้นที่บันทึกหรือดูการเข้าร่วมได้',
    en: 'Only this session’s trainers, its province’s coordinators and administrators record or see its attendance.',
    ms: 'Hanya jurulatih sesi ini, penyelaras wilayahnya dan pentadbir merekod atau melihat kehadirannya.',
  },
  'attendance.notYourCohort': {
    th: 'เฉพาะวิทยากรของรุ่นนี้ ผู้ประสานงานจังหวัด และผู้ดูแลระบบเท่านั้นที่ดูความก้าวหน้าได้',
    en: 'Only this cohort’s trainers, its province’s coordinators and administrators see its progress.',
    ms: 'Hanya jurulatih kohort ini, penyelaras wilayahnya dan pentadbir melihat kemajuannya.',
  },
  'attendance.rulesForStaff': {
    th: 'เฉพาะวิทยากร ผู้ประสานงาน และผู้ดูแลระบบเท่านั้นที่กำหนดเกณฑ์การสำเร็จหลักสูตรได้',
    en: 'Only trainers, coordinators and administrators set completion rules.',
    ms: 'Hanya jurulatih, penyelaras dan pentadbir menetapkan peraturan tamat kursus.',
  },
  'attendance.ruleOutsideProvinces': {
    th: 'ผู้ประสานงานกำหนดเกณฑ์การสำเร็จได้เฉพาะหลักสูตรที่สอนในจังหวัดที่ตนดูแล (หลักสูตรระดับประเทศ: วิทยากรหรือผู้ดูแลระบบ)',
    en: 'Coordinators set completion rules only for curricula taught in their provinces (national curricula: trainers or administrators).',
    ms: 'Penyelaras menetapkan peraturan tamat kursus hanya bagi kurikulum yang diajar di wilayah mereka (kurikulum kebangsaan: jurulatih atau pentadbir).',
  },
  'attendance.sessionDraft': {
    th: '{field}: การอบรมนี้ยังเป็นร่าง บันทึกการเข้าร่วมได้เมื่อเผยแพร่กำหนดการแล้ว',
    en: '{field}: this session is still a draft; attendance is taken once the schedule is published',
    ms: '{field}: sesi ini masih draf; kehadiran diambil setelah jadual diterbitkan',
  },
  'attendance.dateNotInSession': {
    th: '{field}: ต้องเป็นวันหนึ่งของการอบรม ({dates})',
    en: '{field}: must be one of the session’s days ({dates})',
    ms: '{field}: mestilah salah satu hari sesi ({dates})',
  },
  'attendance.dateInFuture': {
    th: '{field}: ยังบันทึกวันที่ {date} ไม่ได้ ต้องไม่หลังวันนี้ ({today})',
    en: '{field}: {date} cannot be marked yet; it must not be after today ({today})',
    ms: '{field}: {date} belum boleh ditanda; ia tidak boleh selepas hari ini ({today})',
  },
  'attendance.notSeated': {
    th: '{field}: ผู้นี้ไม่ได้มีที่นั่งในรุ่น {cohort}',
    en: '{field}: this person does not hold a seat in cohort {cohort}',
    ms: '{field}: orang ini tidak mempunyai tempat dalam kohort {cohort}',
  },
  'attendance.duplicatePractitioner': {
    th: '{field}: ผู้นี้ถูกบันทึกซ้ำในชุดเดียวกัน (แต่ละคนได้ครั้งเดียว)',
    en: '{field}: this person is marked twice in one batch (each person once)',
    ms: '{field}: orang ini ditanda dua kali dalam satu kelompok (setiap orang sekali)',
  },
  'attendance.batchReused': {
    th: '{field}: รหัสชุดนี้ถูกใช้กับการอบรมหรือวันอื่นแล้ว',
    en: '{field}: this batch id was already used for another session or day',
    ms: '{field}: id kelompok ini telah digunakan untuk sesi atau hari lain',
  },
  'attendance.reasonBlank': {
    th: '{field}: ต้องมีเหตุผล 3–500 ตัวอักษร',
    en: '{field}: a reason of 3–500 characters is required',
    ms: '{field}: sebab 3–500 aksara diperlukan',
  },
  'attendance.nothingToCorrect': {
    th: '{field}: ยังไม่มีการบันทึกของผู้นี้ในวันนั้น ให้บันทึกในรายชื่อก่อน',
    en: '{field}: this person has no mark on that day yet; mark the roster first',
    ms: '{field}: orang ini belum ditanda pada hari itu; tanda senarai dahulu',
  },
  'attendance.sameStatus': {
    th: '{field}: สถานะเดิมคือ {status} อยู่แล้ว',
    en: '{field}: the mark is already {status}',
    ms: '{field}: tanda sudah pun {status}',
  },
  'attendance.badCheckInCode': {
    th: 'รหัสเช็กอินไม่ถูกต้อง',
    en: 'This check-in code is not valid.',
    ms: 'Kod daftar masuk ini tidak sah.',
  },
  'attendance.checkInWrongDay': {
    th: 'รหัสเช็กอินนี้ใช้ได้เฉพาะวันที่ {date} (วันนี้ {today})',
    en: 'This check-in code is valid on {date} only (today is {today}).',
    ms: 'Kod daftar masuk ini sah pada {date} sahaja (hari ini {today}).',
  },
  'attendance.checkInPractitionersOnly': {
    th: 'เฉพาะผู้ปฏิบัติงานที่มีที่นั่งในรุ่นการอบรมนี้เท่านั้นที่เช็กอินได้',
    en: 'Only practitioners holding a seat in this cohort can check in.',
    ms: 'Hanya pengamal yang mempunyai tempat dalam kohort ini boleh mendaftar masuk.',
  },
  'attendance.notYourCertificate': {
    th: 'เฉพาะผู้ถือเกียรติบัตร วิทยากรของรุ่น ผู้ประสานงานจังหวัด และผู้ดูแลระบบเท่านั้นที่ดาวน์โหลดได้',
    en: 'Only the holder, the cohort’s trainers, its province’s coordinators and administrators download this certificate.',
    ms: 'Hanya pemegang, jurulatih kohort, penyelaras wilayahnya dan pentadbir memuat turun sijil ini.',
  },
  'attendance.tooManyVerifications': {
    th: 'ตรวจสอบเกียรติบัตรถี่เกินไป โปรดลองอีกครั้งในอีกหนึ่งนาที',
    en: 'Too many certificate checks from this address; try again in a minute.',
    ms: 'Terlalu banyak semakan sijil dari alamat ini; cuba lagi dalam seminit.',
  },
  'attendance.badCertificateFile': { th: 'ชื่อไฟล์ต้องเป็น <รหัส>.pdf', en: 'must be <code>.pdf', ms: 'mestilah <kod>.pdf' },
});
