import type { CompletionColumnKey, FunnelColumnKey, FunnelStageName, GapClosureColumnKey } from '@ruamsang/domain';
import { defineMessages, type Messages } from '../../common/errors.js';

/** Column headers of the tracking exports, in the reader's language. */
export const GapClosureHeaders: Record<GapClosureColumnKey, Messages> = {
  groupKey: { th: 'รหัสกลุ่ม', en: 'Group code', ms: 'Kod kumpulan' },
  group: { th: 'กลุ่ม', en: 'Group', ms: 'Kumpulan' },
  respondents: { th: 'จำนวนผู้ที่มีผลก่อนและหลัง', en: 'Paired practitioners', ms: 'Pengamal berpasangan' },
  status: { th: 'สถานะ', en: 'Status', ms: 'Status' },
  competencyCode: { th: 'รหัสสมรรถนะ', en: 'Competency code', ms: 'Kod kompetensi' },
  competency: { th: 'สมรรถนะ', en: 'Competency', ms: 'Kompetensi' },
  n: { th: 'จำนวนคู่ผลที่ใช้ (n)', en: 'Pairs used (n)', ms: 'Pasangan digunakan (n)' },
  meanPreCurrent: { th: 'ค่าเฉลี่ยก่อนอบรม (C)', en: 'Mean before (C)', ms: 'Min sebelum (C)' },
  meanPostCurrent: { th: 'ค่าเฉลี่ยหลังอบรม (C)', en: 'Mean after (C)', ms: 'Min selepas (C)' },
  meanChange: { th: 'การเปลี่ยนแปลงเฉลี่ย', en: 'Mean change', ms: 'Min perubahan' },
  shareImproved: { th: 'สัดส่วนที่พัฒนาขึ้น', en: 'Share improved', ms: 'Bahagian yang meningkat' },
  preIndex: { th: 'ดัชนีช่องว่างก่อนอบรม', en: 'Gap index before', ms: 'Indeks jurang sebelum' },
  postIndex: { th: 'ดัชนีช่องว่างหลังอบรม', en: 'Gap index after', ms: 'Indeks jurang selepas' },
};

export const CompletionHeaders: Record<CompletionColumnKey, Messages> = {
  groupKey: { th: 'รหัสกลุ่ม', en: 'Group code', ms: 'Kod kumpulan' },
  group: { th: 'กลุ่ม', en: 'Group', ms: 'Kumpulan' },
  enrolled: { th: 'ผู้ลงทะเบียน', en: 'Enrolled', ms: 'Berdaftar' },
  status: { th: 'สถานะ', en: 'Status', ms: 'Status' },
  completed: { th: 'ผู้สำเร็จ', en: 'Completed', ms: 'Tamat' },
  completionRate: { th: 'อัตราการสำเร็จ', en: 'Completion rate', ms: 'Kadar tamat' },
};

export const FunnelHeaders: Record<FunnelColumnKey, Messages> = {
  stage: { th: 'รหัสขั้น', en: 'Stage code', ms: 'Kod peringkat' },
  stageName: { th: 'ขั้น', en: 'Stage', ms: 'Peringkat' },
  status: { th: 'สถานะ', en: 'Status', ms: 'Status' },
  count: { th: 'จำนวนคน', en: 'People', ms: 'Orang' },
  shareOfPrevious: { th: 'สัดส่วนจากขั้นก่อนหน้า', en: 'Share of previous stage', ms: 'Bahagian peringkat sebelumnya' },
};

export const FunnelStageNames: Record<FunnelStageName, Messages> = {
  ASSESSED: { th: 'ตอบแบบประเมิน', en: 'Assessed', ms: 'Dinilai' },
  ENROLLED: { th: 'ลงทะเบียน', en: 'Enrolled', ms: 'Berdaftar' },
  ATTENDED: { th: 'เข้าร่วมอบรม', en: 'Attended', ms: 'Hadir' },
  COMPLETED: { th: 'สำเร็จหลักสูตร', en: 'Completed', ms: 'Tamat' },
  IMPROVED: { th: 'สมรรถนะดีขึ้น', en: 'Improved', ms: 'Meningkat' },
};

export const TrackingExportMessages = defineMessages({
  'trackingExport.sheet.closure': { th: 'การปิดช่องว่าง', en: 'Gap closure', ms: 'Penutupan jurang' },
  'trackingExport.sheet.completion': { th: 'การสำเร็จหลักสูตร', en: 'Completion', ms: 'Penamatan' },
  'trackingExport.sheet.funnel': { th: 'ขั้นตอนการพัฒนา', en: 'Funnel', ms: 'Corong' },
  'trackingExport.about.curriculum': { th: 'หลักสูตร', en: 'Curriculum', ms: 'Kurikulum' },
  'trackingExport.about.allCurricula': { th: 'ทุกหลักสูตรของการสำรวจ', en: 'All curricula of the campaign', ms: 'Semua kurikulum kempen' },
  'trackingExport.about.postRule': { th: 'ผลหลังอบรมที่ใช้', en: 'Post rating used', ms: 'Penilaian selepas digunakan' },
  'trackingExport.about.province': { th: 'จังหวัด', en: 'Province', ms: 'Wilayah' },
  'trackingExport.about.allProvinces': { th: 'ทุกจังหวัดที่เห็นได้', en: 'Every province you can see', ms: 'Semua wilayah yang boleh dilihat' },
  'trackingExport.about.paired': {
    th: 'เฉพาะผู้ที่มีผลทั้งก่อนและหลังอบรม ดัชนีหลังอบรมใช้ค่าความสำคัญหลังอบรมถ้ามี มิฉะนั้นใช้ค่าก่อนอบรม',
    en: 'Paired practitioners only (before and after both present). The after index uses the after importance when given, else the before importance.',
    ms: 'Pengamal berpasangan sahaja. Indeks selepas menggunakan kepentingan selepas jika ada, jika tidak kepentingan sebelum.',
  },
  'trackingExport.postRule.TRAINER_ELSE_SELF': {
    th: 'ผลที่วิทยากรยืนยันล่าสุด ถ้าไม่มีใช้ผลประเมินตนเองล่าสุด',
    en: 'Latest trainer-verified, else latest self rating',
    ms: 'Pengesahan jurulatih terkini, jika tiada penilaian kendiri terkini',
  },
  'trackingExport.postRule.SELF': { th: 'ผลประเมินตนเองล่าสุด', en: 'Latest self rating', ms: 'Penilaian kendiri terkini' },
  'trackingExport.postRule.TRAINER': { th: 'ผลที่วิทยากรยืนยันล่าสุด', en: 'Latest trainer-verified rating', ms: 'Pengesahan jurulatih terkini' },
  'trackingExport.postRule.LATEST': { th: 'ผลล่าสุดจากทุกแหล่ง', en: 'Latest rating of any source', ms: 'Penilaian terkini dari mana-mana sumber' },
});
