import type { LocalizedTextValue } from '../../graphql/localized-text.js';

interface DemoCompetency {
  code: string;
  name: LocalizedTextValue;
  /** How important practitioners tend to find it (1–5) and how able they feel today (1–5). */
  importance: number;
  ability: number;
}
interface DemoDomain {
  code: string;
  name: LocalizedTextValue;
  competencies: DemoCompetency[];
}

/** The local food-systems framework of the demo programme (six domains, 24 competencies). */
export const DEMO_FRAMEWORK: { code: string; name: LocalizedTextValue; description: LocalizedTextValue; domains: DemoDomain[] } = {
  code: 'LFS',
  name: { th: 'กรอบสมรรถนะระบบอาหารท้องถิ่น', en: 'Local Food Systems Competency Framework', ms: 'Rangka Kerja Kompetensi Sistem Makanan Tempatan' },
  description: {
    th: 'สมรรถนะของผู้ปฏิบัติงานในพื้นที่สำหรับการเปลี่ยนผ่านระบบอาหารและเกษตรท้องถิ่นในจังหวัดชายแดนภาคใต้',
    en: "Practitioners' competencies for transforming local food and agriculture systems in the southern border provinces",
    ms: 'Kompetensi pengamal untuk mentransformasi sistem makanan dan pertanian tempatan di wilayah sempadan selatan',
  },
  domains: [
    {
      code: 'AGR',
      name: { th: 'เกษตรนิเวศและการผลิต', en: 'Agroecology and production', ms: 'Agroekologi dan pengeluaran' },
      competencies: [
        { code: 'AGR-1', name: { th: 'การจัดการดินและปุ๋ยหมัก', en: 'Soil health and composting', ms: 'Kesihatan tanah dan pengkomposan' }, importance: 4.2, ability: 3.0 },
        { code: 'AGR-2', name: { th: 'การจัดการศัตรูพืชแบบผสมผสาน', en: 'Integrated pest management', ms: 'Pengurusan perosak bersepadu' }, importance: 4.0, ability: 2.6 },
        { code: 'AGR-3', name: { th: 'การจัดการน้ำสำหรับเกษตรกรรายย่อย', en: 'Water management for smallholders', ms: 'Pengurusan air untuk pekebun kecil' }, importance: 3.9, ability: 2.9 },
        { code: 'AGR-4', name: { th: 'การวางแผนการผลิตที่รับมือสภาพภูมิอากาศ', en: 'Climate-resilient farm planning', ms: 'Perancangan ladang berdaya tahan iklim' }, importance: 4.3, ability: 2.2 },
      ],
    },
    {
      code: 'FSN',
      name: { th: 'ความปลอดภัยอาหารและโภชนาการ', en: 'Food safety and nutrition', ms: 'Keselamatan makanan dan pemakanan' },
      competencies: [
        { code: 'FSN-1', name: { th: 'มาตรฐานการปฏิบัติทางการเกษตรที่ดี (GAP)', en: 'Good agricultural practice (GAP) standards', ms: 'Piawaian amalan pertanian baik (GAP)' }, importance: 4.1, ability: 2.7 },
        { code: 'FSN-2', name: { th: 'การจัดการและการรับรองอาหารฮาลาล', en: 'Halal food handling and certification', ms: 'Pengendalian dan pensijilan makanan halal' }, importance: 4.5, ability: 3.4 },
        { code: 'FSN-3', name: { th: 'โภชนาการในครัวเรือนและเด็ก', en: 'Household and child nutrition', ms: 'Pemakanan isi rumah dan kanak-kanak' }, importance: 3.8, ability: 3.1 },
        { code: 'FSN-4', name: { th: 'สุขอนามัยในการแปรรูปอาหาร', en: 'Hygiene in food processing', ms: 'Kebersihan dalam pemprosesan makanan' }, importance: 4.0, ability: 3.2 },
      ],
    },
    {
      code: 'PHV',
      name: { th: 'หลังการเก็บเกี่ยวและห่วงโซ่คุณค่า', en: 'Post-harvest and value chains', ms: 'Lepas tuai dan rantaian nilai' },
      competencies: [
        { code: 'PHV-1', name: { th: 'การจัดการและเก็บรักษาผลผลิตหลังเก็บเกี่ยว', en: 'Post-harvest handling and storage', ms: 'Pengendalian dan penyimpanan lepas tuai' }, importance: 3.9, ability: 2.5 },
        { code: 'PHV-2', name: { th: 'การแปรรูปสัตว์น้ำและอาหารทะเล', en: 'Fish and seafood processing', ms: 'Pemprosesan ikan dan makanan laut' }, importance: 3.7, ability: 2.8 },
        { code: 'PHV-3', name: { th: 'บรรจุภัณฑ์และฉลากสินค้า', en: 'Packaging and labelling', ms: 'Pembungkusan dan pelabelan' }, importance: 3.8, ability: 2.1 },
        { code: 'PHV-4', name: { th: 'การวิเคราะห์ห่วงโซ่คุณค่า', en: 'Value-chain analysis', ms: 'Analisis rantaian nilai' }, importance: 3.5, ability: 1.9 },
      ],
    },
    {
      code: 'CEM',
      name: { th: 'วิสาหกิจชุมชนและการตลาด', en: 'Community enterprise and markets', ms: 'Perusahaan komuniti dan pasaran' },
      competencies: [
        { code: 'CEM-1', name: { th: 'การวางแผนธุรกิจวิสาหกิจชุมชน', en: 'Business planning for community enterprises', ms: 'Perancangan perniagaan perusahaan komuniti' }, importance: 4.2, ability: 2.3 },
        { code: 'CEM-2', name: { th: 'การทำบัญชีและการเงินกลุ่ม', en: 'Bookkeeping and group finance', ms: 'Simpan kira dan kewangan kumpulan' }, importance: 4.0, ability: 2.4 },
        { code: 'CEM-3', name: { th: 'การเข้าถึงตลาดและราคาที่เป็นธรรม', en: 'Market access and fair pricing', ms: 'Akses pasaran dan harga adil' }, importance: 4.6, ability: 2.2 },
        { code: 'CEM-4', name: { th: 'การตลาดออนไลน์และอีคอมเมิร์ซ', en: 'Online marketing and e-commerce', ms: 'Pemasaran dalam talian dan e-dagang' }, importance: 4.1, ability: 1.8 },
      ],
    },
    {
      code: 'PFP',
      name: { th: 'กระบวนการมีส่วนร่วมและนโยบาย', en: 'Participatory facilitation and policy', ms: 'Fasilitasi penyertaan dan dasar' },
      competencies: [
        { code: 'PFP-1', name: { th: 'การจัดกระบวนการความหวังและความกังวล และเพอร์โซนา', en: 'Facilitating Hopes & Fears and Personas', ms: 'Memudah cara Harapan & Kebimbangan dan Persona' }, importance: 3.6, ability: 2.4 },
        { code: 'PFP-2', name: { th: 'การวิเคราะห์รากสาเหตุด้วยภูเขาน้ำแข็ง', en: 'Iceberg causal analysis', ms: 'Analisis punca model aisberg' }, importance: 3.4, ability: 1.9 },
        { code: 'PFP-3', name: { th: 'นโยบายและแผนอาหารระดับท้องถิ่น', en: 'Local food policy and planning', ms: 'Dasar dan perancangan makanan tempatan' }, importance: 3.9, ability: 2.0 },
        { code: 'PFP-4', name: { th: 'การมีส่วนร่วมอย่างครอบคลุมและไวต่อความขัดแย้ง', en: 'Inclusive, conflict-sensitive engagement', ms: 'Penglibatan inklusif dan peka konflik' }, importance: 4.4, ability: 2.9 },
      ],
    },
    {
      code: 'DAT',
      name: { th: 'ข้อมูลและดิจิทัล', en: 'Data and digital', ms: 'Data dan digital' },
      competencies: [
        { code: 'DAT-1', name: { th: 'การจดบันทึกและใช้ข้อมูลฟาร์ม', en: 'Keeping and using farm records', ms: 'Menyimpan dan menggunakan rekod ladang' }, importance: 3.8, ability: 2.5 },
        { code: 'DAT-2', name: { th: 'การใช้เครื่องมือและแอปดิจิทัล', en: 'Using digital tools and apps', ms: 'Menggunakan alat dan aplikasi digital' }, importance: 4.0, ability: 2.6 },
        { code: 'DAT-3', name: { th: 'การอ่านข้อมูลเพื่อการตัดสินใจ', en: 'Reading data for decisions', ms: 'Membaca data untuk keputusan' }, importance: 3.7, ability: 2.1 },
        { code: 'DAT-4', name: { th: 'การคุ้มครองข้อมูลส่วนบุคคล (PDPA)', en: 'Personal data protection (PDPA)', ms: 'Perlindungan data peribadi (PDPA)' }, importance: 3.3, ability: 1.8 },
      ],
    },
  ],
};
