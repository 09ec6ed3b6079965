import type { GapTableColumnKey } from '@ruamsang/domain';
import type { GapGrouping, Instrument } from '@ruamsang/shared';
import { defineMessages, type Messages } from '../../common/errors.js';

/** Column headers of the gap export, in the reader's language. */
export const GapColumnHeaders: Record<GapTableColumnKey, Messages> = {
  groupKey: { th: 'รหัสกลุ่ม', en: 'Group code', ms: 'Kod kumpulan' },
  group: { th: 'กลุ่ม', en: 'Group', ms: 'Kumpulan' },
  respondents: { th: 'จำนวนผู้ตอบ', en: 'Respondents', ms: 'Responden' },
  status: { th: 'สถานะ', en: 'Status', ms: 'Status' },
  rank: { th: 'อันดับ', en: 'Rank', ms: 'Kedudukan' },
  competencyCode: { th: 'รหัสสมรรถนะ', en: 'Competency code', ms: 'Kod kompetensi' },
  competency: { th: 'สมรรถนะ', en: 'Competency', ms: 'Kompetensi' },
  n: { th: 'จำนวนผู้ให้คะแนน (n)', en: 'Raters (n)', ms: 'Penilai (n)' },
  meanTarget: { th: 'ค่าเฉลี่ยความสำคัญ/ที่คาดหวัง', en: 'Mean importance (T)', ms: 'Min kepentingan (T)' },
  meanCurrent: { th: 'ค่าเฉลี่ยสภาพปัจจุบัน', en: 'Mean current (C)', ms: 'Min semasa (C)' },
  medianTarget: { th: 'มัธยฐานความสำคัญ', en: 'Median importance', ms: 'Median kepentingan' },
  medianCurrent: { th: 'มัธยฐานสภาพปัจจุบัน', en: 'Median current', ms: 'Median semasa' },
  sdTarget: { th: 'SD ความสำคัญ', en: 'SD importance', ms: 'SP kepentingan' },
  sdCurrent: { th: 'SD สภาพปัจจุบัน', en: 'SD current', ms: 'SP semasa' },
  meanGap: { th: 'ช่องว่างเฉลี่ย (T − C)', en: 'Mean gap (T − C)', ms: 'Min jurang (T − C)' },
  gapCiLow: { th: 'ช่วงความเชื่อมั่น 95% ต่ำสุด', en: '95% CI low', ms: 'SK 95% bawah' },
  gapCiHigh: { th: 'ช่วงความเชื่อมั่น 95% สูงสุด', en: '95% CI high', ms: 'SK 95% atas' },
  negativeGap: { th: 'ช่องว่างติดลบ', en: 'Negative gap', ms: 'Jurang negatif' },
  mwds: { th: 'ดัชนีความต้องการจำเป็นถ่วงน้ำหนัก MWDS (Borich)', en: 'Mean weighted discrepancy score, MWDS (Borich)', ms: 'Skor percanggahan berwajaran min, MWDS (Borich)' },
  pniModified: { th: 'ดัชนีลำดับความต้องการจำเป็น PNImodified', en: 'Priority needs index, PNImodified', ms: 'Indeks keperluan keutamaan, PNImodified' },
  shareWithGap2: { th: 'สัดส่วนที่ช่องว่าง ≥ 2', en: 'Share with gap ≥ 2', ms: 'Bahagian jurang ≥ 2' },
  quadrant: { th: 'ควอดรันต์จุดเน้น (Locus for Focus)', en: 'Locus for Focus quadrant', ms: 'Kuadran tumpuan (Locus for Focus)' },
};

export const GroupingNames: Record<GapGrouping, Messages> = {
  ALL: { th: 'ทั้งหมด', en: 'Everyone', ms: 'Semua' },
  PROVINCE: { th: 'จังหวัด', en: 'Province', ms: 'Wilayah' },
  DISTRICT: { th: 'อำเภอ', en: 'District', ms: 'Daerah' },
  SECTOR: { th: 'ภาคส่วน', en: 'Sector', ms: 'Sektor' },
  ORGANISATION: { th: 'องค์กร', en: 'Organisation', ms: 'Organisasi' },
  GENDER: { th: 'เพศ', en: 'Gender', ms: 'Jantina' },
  AGE_BAND: { th: 'ช่วงอายุ', en: 'Age band', ms: 'Kumpulan umur' },
  PERSONA_GROUP: { th: 'กลุ่มเปราะบาง (Persona)', en: 'Persona group', ms: 'Kumpulan persona' },
};

export const InstrumentNames: Record<Instrument, Messages> = {
  BORICH: { th: 'Borich (MWDS)', en: 'Borich (MWDS)', ms: 'Borich (MWDS)' },
  PNI: { th: 'PNImodified', en: 'PNImodified', ms: 'PNImodified' },
  HENNESSY_HICKS: { th: 'Hennessy-Hicks', en: 'Hennessy-Hicks', ms: 'Hennessy-Hicks' },
};

export const ReportMessages = defineMessages({
  'reports.suppressed': { th: 'ปิดบัง (n < {k})', en: 'suppressed (n < {k})', ms: 'disembunyikan (n < {k})' },
  'reports.fewerThan': { th: '< {k}', en: '< {k}', ms: '< {k}' },
  'reports.negative': { th: 'ติดลบ', en: 'negative', ms: 'negatif' },
  'reports.quadrant.HIGH_IMPORTANCE_HIGH_GAP': { th: 'สำคัญมาก ช่องว่างมาก', en: 'High importance, high gap', ms: 'Penting, jurang tinggi' },
  'reports.quadrant.HIGH_IMPORTANCE_LOW_GAP': { th: 'สำคัญมาก ช่องว่างน้อย', en: 'High importance, low gap', ms: 'Penting, jurang rendah' },
  'reports.quadrant.LOW_IMPORTANCE_HIGH_GAP': { th: 'สำคัญน้อย ช่องว่างมาก', en: 'Low importance, high gap', ms: 'Kurang penting, jurang tinggi' },
  'reports.quadrant.LOW_IMPORTANCE_LOW_GAP': { th: 'สำคัญน้อย ช่องว่างน้อย', en: 'Low importance, low gap', ms: 'Kurang penting, jurang rendah' },
  'reports.sheet.gaps': { th: 'ช่องว่างสมรรถนะ', en: 'Capacity gaps', ms: 'Jurang kapasiti' },
  'reports.sheet.about': { th: 'เกี่ยวกับข้อมูล', en: 'About', ms: 'Perihal' },
  'reports.about.campaign': { th: 'การสำรวจ', en: 'Campaign', ms: 'Kempen' },
  'reports.about.instrument': { th: 'เครื่องมือ', en: 'Instrument', ms: 'Instrumen' },
  'reports.about.primaryIndex': { th: 'ดัชนีหลักที่ใช้จัดอันดับ', en: 'Primary index (ranks)', ms: 'Indeks utama (kedudukan)' },
  'reports.about.groupBy': { th: 'จัดกลุ่มตาม', en: 'Grouped by', ms: 'Dikumpulkan mengikut' },
  'reports.about.minGroupSize': { th: 'ขนาดกลุ่มต่ำสุดที่แสดงผล (k)', en: 'Smallest group shown (k)', ms: 'Kumpulan terkecil dipaparkan (k)' },
  'reports.about.suppression': {
    th: 'กลุ่มที่มีผู้ตอบน้อยกว่า k คนถูกปิดบังตัวเลขทั้งหมดเพื่อคุ้มครองข้อมูลส่วนบุคคล',
    en: 'Groups with fewer than k respondents show no figures, to protect the people in them.',
    ms: 'Kumpulan dengan kurang daripada k responden tidak menunjukkan angka, untuk melindungi mereka.',
  },
  'reports.about.generatedAt': { th: 'สร้างเมื่อ', en: 'Generated at', ms: 'Dijana pada' },
  'reports.badFile': {
    th: 'ชื่อไฟล์ต้องเป็น <รหัสการสำรวจ>.csv หรือ <รหัสการสำรวจ>.xlsx',
    en: 'must be <campaign id>.csv or <campaign id>.xlsx',
    ms: 'mestilah <id kempen>.csv atau <id kempen>.xlsx',
  },
});

/** The words of the XLSForm (KoboToolbox / ODK) made from a campaign. */
export const XlsFormMessages = defineMessages({
  'xlsform.profile': { th: 'ข้อมูลผู้ตอบ', en: 'About you', ms: 'Maklumat anda' },
  'xlsform.province': { th: 'จังหวัด', en: 'Province', ms: 'Wilayah' },
  'xlsform.district': { th: 'อำเภอ', en: 'District', ms: 'Daerah' },
  'xlsform.sector': { th: 'ภาคส่วน', en: 'Sector', ms: 'Sektor' },
  'xlsform.gender': { th: 'เพศ', en: 'Gender', ms: 'Jantina' },
  'xlsform.target.BORICH': { th: 'ความสำคัญต่องานของท่าน', en: 'importance to your work', ms: 'kepentingan kepada kerja anda' },
  'xlsform.current.BORICH': { th: 'ความสามารถของท่านในปัจจุบัน', en: 'your current ability', ms: 'keupayaan semasa anda' },
  'xlsform.target.PNI': { th: 'สภาพที่คาดหวัง', en: 'desired state', ms: 'keadaan yang diharapkan' },
  'xlsform.current.PNI': { th: 'สภาพที่เป็นจริงในปัจจุบัน', en: 'current state', ms: 'keadaan semasa' },
  'xlsform.target.HENNESSY_HICKS': { th: 'ความสำคัญต่อการทำงาน', en: 'how critical to your work', ms: 'betapa kritikal kepada kerja anda' },
  'xlsform.current.HENNESSY_HICKS': { th: 'ท่านทำได้ดีเพียงใด', en: 'how well you perform it', ms: 'sejauh mana anda melakukannya dengan baik' },
  'xlsform.scaleLow': { th: 'น้อยที่สุด', en: 'lowest', ms: 'paling rendah' },
  'xlsform.scaleHigh': { th: 'มากที่สุด', en: 'highest', ms: 'paling tinggi' },
  'xlsform.openQuestions': { th: 'คำถามปลายเปิด', en: 'Open questions', ms: 'Soalan terbuka' },
  'xlsform.badFile': {
    th: 'ชื่อไฟล์ต้องเป็น <รหัสการสำรวจ>.xlsform.xlsx',
    en: 'must be <campaign id>.xlsform.xlsx',
    ms: 'mestilah <id kempen>.xlsform.xlsx',
  },
});
