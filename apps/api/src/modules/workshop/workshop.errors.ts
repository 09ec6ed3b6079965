import { defineMessages } from '../../common/errors.js';

export const WorkshopMessages = defineMessages({
  'workshop.cannotCreate': {
    th: 'เฉพาะวิทยากร ผู้ประสานงาน และผู้ดูแลระบบเท่านั้นที่สร้างหรือเชื่อมโยงเครื่องมือเวิร์กชอปได้',
    en: 'Only trainers, coordinators and administrators create or link workshop items.',
    ms: 'Hanya jurulatih, penyelaras dan pentadbir boleh mencipta atau memaut item bengkel.',
  },
  'workshop.outsideScope': {
    th: 'รายการนี้อยู่นอกจังหวัดที่คุณรับผิดชอบ',
    en: 'This is outside the provinces you coordinate.',
    ms: 'Ini di luar wilayah yang anda selaraskan.',
  },
  'workshop.notFound': {
    th: 'ไม่พบรายการเวิร์กชอปนี้',
    en: 'That workshop item does not exist.',
    ms: 'Item bengkel itu tidak wujud.',
  },
  'workshop.notVisible': {
    th: 'คุณไม่มีสิทธิ์ดูรายการนี้',
    en: 'You cannot see this workshop item.',
    ms: 'Anda tidak boleh melihat item bengkel ini.',
  },
  'workshop.boardNeedsPlace': {
    th: 'ต้องระบุการสำรวจหรือจังหวัดของกระดานอย่างน้อยหนึ่งอย่าง',
    en: 'A board belongs to a campaign or a province: give at least one.',
    ms: 'Papan milik kempen atau wilayah: berikan sekurang-kurangnya satu.',
  },
  'workshop.blank': {
    th: 'ต้องไม่ว่าง',
    en: 'must not be blank',
    ms: 'tidak boleh kosong',
  },
  'workshop.blankField': {
    th: '{field} ต้องไม่ว่าง',
    en: '{field} must not be blank.',
    ms: '{field} tidak boleh kosong.',
  },
  'workshop.linkTarget': {
    th: 'ต้องระบุ frameworkId (เชื่อมกับสมรรถนะ) หรือ campaignId (เชื่อมกับช่องว่างสมรรถนะ) อย่างใดอย่างหนึ่ง',
    en: 'Give either frameworkId (a competency link) or campaignId (a gap link), not both or neither.',
    ms: 'Berikan sama ada frameworkId (pautan kompetensi) atau campaignId (pautan jurang), bukan kedua-duanya atau tiada.',
  },
  'workshop.unknownCompetency': {
    th: 'ไม่มีสมรรถนะรหัส {code} ในกรอบสมรรถนะนี้',
    en: 'There is no competency {code} in this framework.',
    ms: 'Tiada kompetensi {code} dalam rangka kerja ini.',
  },
  'workshop.unknownFramework': {
    th: 'ไม่พบกรอบสมรรถนะนี้',
    en: 'That framework does not exist.',
    ms: 'Rangka kerja itu tidak wujud.',
  },
});
