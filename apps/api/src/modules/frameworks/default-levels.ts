import type { LocalizedTextValue } from '../../graphql/localized-text.js';

/** Generic descriptors of the five proficiency levels, used when an author gives none. */
export const DEFAULT_LEVEL_DESCRIPTORS: LocalizedTextValue[] = [
  { th: 'รู้จัก: รู้ว่าเรื่องนี้มีอยู่และสำคัญอย่างไร', en: 'Aware: knows the topic exists and why it matters', ms: 'Sedar: tahu topik ini wujud dan mengapa ia penting' },
  { th: 'พื้นฐาน: ทำได้เมื่อมีผู้แนะนำ', en: 'Basic: can do it with guidance', ms: 'Asas: boleh melakukannya dengan bimbingan' },
  { th: 'ทำได้เอง: ทำได้ด้วยตนเองในงานทั่วไป', en: 'Independent: does it alone in ordinary work', ms: 'Berdikari: melakukannya sendiri dalam kerja biasa' },
  { th: 'ขั้นสูง: ปรับใช้ได้ในสถานการณ์ยากหรือใหม่', en: 'Advanced: adapts it to hard or new situations', ms: 'Mahir: menyesuaikannya dalam situasi sukar atau baharu' },
  { th: 'สอนผู้อื่นได้: ถ่ายทอดและเป็นพี่เลี้ยงให้ผู้อื่น', en: 'Can teach others: passes it on and mentors others', ms: 'Boleh mengajar: menyampaikannya dan membimbing orang lain' },
];
