import { defineMessages } from '../../common/errors.js';

export const TrackingMessages = defineMessages({
  'tracking.onlyPractitioners': {
    th: 'เฉพาะผู้ปฏิบัติงานเท่านั้นที่ประเมินตนเองซ้ำได้',
    en: 'Only practitioners re-assess themselves.',
    ms: 'Hanya pengamal menilai semula diri sendiri.',
  },
  'tracking.notEnrolled': {
    th: 'คุณประเมินซ้ำได้เฉพาะหลักสูตรที่คุณได้ที่นั่งในรุ่นการอบรม',
    en: 'You can re-assess only after a curriculum you hold a seat in.',
    ms: 'Anda hanya boleh menilai semula selepas kurikulum yang anda mempunyai tempat.',
  },
  'tracking.curriculumNotFound': { th: 'ไม่พบหลักสูตรที่ระบุ', en: 'That curriculum does not exist.', ms: 'Kurikulum itu tidak wujud.' },
  'tracking.cohortNotFound': { th: 'ไม่พบรุ่นการอบรมที่ระบุ', en: 'That cohort does not exist.', ms: 'Kohort itu tidak wujud.' },
  'tracking.competencyNotInCurriculum': {
    th: 'สมรรถนะ {code} ไม่อยู่ในหลักสูตรนี้ (ที่อนุญาต: {allowed})',
    en: 'competency {code} is not taught by this curriculum (allowed: {allowed})',
    ms: 'kompetensi {code} tidak diajar oleh kurikulum ini (dibenarkan: {allowed})',
  },
  'tracking.duplicateCompetency': {
    th: 'สมรรถนะ {code} ถูกให้คะแนนซ้ำในการส่งครั้งเดียว',
    en: 'competency {code} is rated twice in one submission',
    ms: 'kompetensi {code} dinilai dua kali dalam satu penghantaran',
  },
  'tracking.submissionReused': {
    th: 'รหัสการส่งนี้ถูกใช้กับข้อมูลอื่นแล้ว',
    en: 'This submission id was already used for something else.',
    ms: 'Id penghantaran ini telah digunakan untuk perkara lain.',
  },
  'tracking.notYourLearner': {
    th: 'คุณเพิ่มหลักฐานได้เฉพาะผู้ที่ลงทะเบียนในรุ่นที่คุณสอน',
    en: 'You can add evidence only for people enrolled in a cohort you teach.',
    ms: 'Anda hanya boleh menambah bukti untuk peserta kohort yang anda ajar.',
  },
  'tracking.cannotSeeRoster': {
    th: 'เฉพาะวิทยากรของรุ่น ผู้ประสานงานจังหวัด และผู้ดูแลระบบเท่านั้นที่ดูรายชื่อนี้ได้',
    en: 'Only the cohort’s trainers, its province’s coordinator and administrators see this list.',
    ms: 'Hanya jurulatih kohort, penyelaras wilayahnya dan pentadbir melihat senarai ini.',
  },
  'tracking.dashboardsOnly': {
    th: 'แดชบอร์ดนี้สำหรับผู้ประสานงาน (ในจังหวัดที่รับผิดชอบ) และผู้ดูแลระบบ',
    en: 'These dashboards are for coordinators (of their provinces) and administrators.',
    ms: 'Papan pemuka ini untuk penyelaras (wilayah mereka) dan pentadbir.',
  },
  'tracking.outsideScope': {
    th: 'จังหวัด {code} ไม่อยู่ในความรับผิดชอบของคุณ',
    en: 'Province {code} is not one you coordinate.',
    ms: 'Wilayah {code} bukan wilayah yang anda selaraskan.',
  },
  'tracking.badFile': {
    th: 'ชื่อไฟล์ต้องเป็น <รหัส>.csv หรือ <รหัส>.xlsx',
    en: 'must be <id>.csv or <id>.xlsx',
    ms: 'mestilah <id>.csv atau <id>.xlsx',
  },
});
