import type { LocalizedTextValue } from '../../graphql/localized-text.js';

/** Bump the version whenever the text changes: people are asked again for the new one. */
export const CURRENT_CONSENT: { version: string; text: LocalizedTextValue } = {
  version: '2026-11-v1',
  text: {
    th:
      'ร่วมสร้างเก็บคำตอบการประเมินตนเองของท่านเพื่อวิเคราะห์ความต้องการพัฒนาศักยภาพและออกแบบหลักสูตรฝึกอบรม ' +
      'ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 ผลวิเคราะห์แสดงเฉพาะภาพรวมของกลุ่มที่มีอย่างน้อย 5 คน ' +
      'ผู้ประสานงานเห็นข้อมูลเฉพาะจังหวัดที่รับผิดชอบ ท่านขอดู ขอสำเนา หรือขอลบข้อมูลของท่านได้ทุกเมื่อ',
    en:
      'Ruamsang keeps your self-assessment answers to analyse capacity-building needs and design training, under ' +
      "Thailand's Personal Data Protection Act B.E. 2562 (2019). Results are shown only for groups of at least 5 people; " +
      'coordinators see only their own provinces. You may see, export or ask us to erase your data at any time.',
    ms:
      'Ruamsang menyimpan jawapan penilaian kendiri anda untuk menganalisis keperluan pembangunan kapasiti dan mereka bentuk ' +
      'latihan, di bawah Akta Perlindungan Data Peribadi Thailand 2562 (2019). Keputusan hanya ditunjukkan bagi kumpulan ' +
      'sekurang-kurangnya 5 orang; penyelaras hanya melihat wilayah mereka. Anda boleh melihat, mengeksport atau meminta data anda dipadam pada bila-bila masa.',
  },
};
