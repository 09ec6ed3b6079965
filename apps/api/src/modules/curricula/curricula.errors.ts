import { defineMessages } from '../../common/errors.js';

export const CurriculaMessages = defineMessages({
  'curricula.cannotAuthor': {
    th: 'เฉพาะวิทยากร ผู้ประสานงาน และผู้ดูแลระบบเท่านั้นที่เขียนหรือแก้ไขโมดูลและหลักสูตรได้ ผู้ปฏิบัติงานแสดงความคิดเห็นได้',
    en: 'Only trainers, coordinators and administrators write or edit modules and curricula; practitioners can comment.',
    ms: 'Hanya jurulatih, penyelaras dan pentadbir menulis atau menyunting modul dan kurikulum; pengamal boleh memberi komen.',
  },
  'curricula.notCoAuthor': {
    th: 'คุณแก้ไขโมดูล {code} ได้เมื่อเป็นผู้สร้างหรือผู้เขียนร่วมเท่านั้น',
    en: 'You can edit module {code} only as its creator or a co-author.',
    ms: 'Anda boleh menyunting modul {code} hanya sebagai pencipta atau pengarang bersama.',
  },
  'curricula.moduleNotFound': {
    th: 'ไม่พบโมดูลรหัส {code}',
    en: 'There is no module {code}.',
    ms: 'Tiada modul {code}.',
  },
  'curricula.curriculumNotFound': {
    th: 'ไม่พบหลักสูตรที่ระบุ',
    en: 'That curriculum does not exist.',
    ms: 'Kurikulum itu tidak wujud.',
  },
  'curricula.codeTaken': {
    th: 'มีโมดูลรหัส {code} อยู่แล้ว',
    en: 'A module with code {code} already exists.',
    ms: 'Modul dengan kod {code} sudah wujud.',
  },
  'curricula.prerequisiteCycle': {
    th: 'วิชาพื้นฐานจะวนเป็นวงจร: {cycle} — โมดูล {module} และ {other} ต่างเป็นวิชาพื้นฐานของกันและกัน',
    en: 'Prerequisites would form a cycle: {cycle} — modules {module} and {other} would each require the other.',
    ms: 'Prasyarat akan membentuk kitaran: {cycle} — modul {module} dan {other} akan saling memerlukan.',
  },
  'curricula.unknownPrerequisite': {
    th: 'ไม่มีโมดูลรหัส {code} ที่จะใช้เป็นวิชาพื้นฐาน',
    en: 'there is no module {code} to require',
    ms: 'tiada modul {code} untuk dijadikan prasyarat',
  },
  'curricula.selfPrerequisite': {
    th: 'โมดูล {code} เป็นวิชาพื้นฐานของตัวเองไม่ได้',
    en: 'module {code} cannot be its own prerequisite',
    ms: 'modul {code} tidak boleh menjadi prasyarat dirinya sendiri',
  },
  'curricula.prerequisiteAfter': {
    th: 'โมดูล {module} ถูกสอนก่อนวิชาพื้นฐาน {prerequisite} — ย้าย {prerequisite} ขึ้นไปก่อน {module}',
    en: 'Module {module} is taught before its prerequisite {prerequisite}: move {prerequisite} before {module}.',
    ms: 'Modul {module} diajar sebelum prasyaratnya {prerequisite}: alihkan {prerequisite} sebelum {module}.',
  },
  'curricula.prerequisiteMissing': {
    th: 'โมดูล {module} ต้องเรียน {prerequisite} ก่อน แต่หลักสูตรนี้ไม่มี {prerequisite} (ผู้เรียนต้องผ่านมาจากที่อื่น)',
    en: 'Module {module} requires {prerequisite}, which this curriculum does not hold (learners must have it already).',
    ms: 'Modul {module} memerlukan {prerequisite}, yang tiada dalam kurikulum ini (peserta mesti sudah memilikinya).',
  },
  'curricula.duplicateModule': {
    th: 'โมดูล {code} อยู่ในหลักสูตรซ้ำ',
    en: 'module {code} appears twice',
    ms: 'modul {code} muncul dua kali',
  },
  'curricula.unknownModule': {
    th: 'ไม่มีโมดูลรหัส {code}',
    en: 'there is no module {code}',
    ms: 'tiada modul {code}',
  },
  'curricula.unknownCompetency': {
    th: 'ไม่มีสมรรถนะรหัส {code} ในกรอบสมรรถนะใด',
    en: 'there is no competency {code} in any framework',
    ms: 'tiada kompetensi {code} dalam mana-mana rangka kerja',
  },
  'curricula.duplicateCompetency': {
    th: 'สมรรถนะ {code} ถูกระบุซ้ำ',
    en: 'competency {code} is listed twice',
    ms: 'kompetensi {code} disenaraikan dua kali',
  },
  'curricula.unknownUser': {
    th: 'ไม่มีผู้ใช้ที่ระบุเป็นผู้เขียนร่วม',
    en: 'a listed co-author does not exist',
    ms: 'pengarang bersama yang disenaraikan tidak wujud',
  },
  'curricula.statusNotAllowed': {
    th: 'บทบาทของคุณเปลี่ยนสถานะจาก {from} เป็น {to} ไม่ได้',
    en: 'Your role cannot move a module from {from} to {to}.',
    ms: 'Peranan anda tidak boleh memindahkan modul dari {from} ke {to}.',
  },
  'curricula.invalidTransition': {
    th: 'เปลี่ยนสถานะจาก {from} เป็น {to} ไม่ได้ (ลำดับคือ ร่าง → ทบทวน → อนุมัติ)',
    en: 'A module cannot go from {from} to {to} (the order is DRAFT → REVIEW → APPROVED).',
    ms: 'Modul tidak boleh beralih dari {from} ke {to} (turutannya DRAFT → REVIEW → APPROVED).',
  },
  'curricula.provincesOutsideScope': {
    th: 'คุณกำหนดกลุ่มเป้าหมายได้เฉพาะจังหวัดที่คุณรับผิดชอบ',
    en: 'You can only target the provinces you coordinate.',
    ms: 'Anda hanya boleh menyasarkan wilayah yang anda selaraskan.',
  },
  'curricula.unknownProvince': {
    th: 'ไม่มีจังหวัดรหัส {code}',
    en: 'there is no province {code}',
    ms: 'tiada wilayah {code}',
  },
});
