import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '@ruamsang/domain';
import { DeliveryMode, Instrument, ModuleStatus, Role, Sector, TeachingLanguage } from '@ruamsang/shared';
import type { DataSource } from 'typeorm';
import { CurriculaService } from './curricula.service.js';
import type { CreateCurriculumInput, CreateTrainingModuleInput } from './dto/curricula.input.js';
import { ModuleCommentKind } from './entities/training-module.entity.js';

const DEMO_DOMAIN = 'demo.ruamsang.org';

interface DemoModule {
  code: string;
  title: { th: string; en: string; ms: string };
  hours: number;
  mode: DeliveryMode;
  language: TeachingLanguage;
  targets: [string, number, string][];
  prerequisites: string[];
  status: ModuleStatus;
  materials?: { label: string; url: string }[];
}

/** Modules for local food systems in the deep south; outcomes map onto the demo framework (LFS). */
export const DEMO_MODULES: DemoModule[] = [
  {
    code: 'AGR-101',
    title: { th: 'เกษตรนิเวศเบื้องต้น: ดิน ปุ๋ยหมัก และศัตรูพืช', en: 'Agroecology basics: soil, compost and pests', ms: 'Asas agroekologi: tanah, kompos dan perosak' },
    hours: 12,
    mode: DeliveryMode.FIELD_VISIT,
    language: TeachingLanguage.THAI,
    targets: [
      ['AGR-1', 3, 'ทำปุ๋ยหมักและตรวจสุขภาพดินในแปลงของตนเองได้'],
      ['AGR-2', 3, 'เลือกวิธีจัดการศัตรูพืชแบบผสมผสานที่เหมาะกับสวนผสมได้'],
    ],
    prerequisites: [],
    status: ModuleStatus.APPROVED,
    materials: [{ label: 'FAO: 10 elements of agroecology', url: 'https://www.fao.org/agroecology/overview/10-elements/en/' }],
  },
  {
    code: 'AGR-201',
    title: { th: 'วางแผนฟาร์มรับมือสภาพภูมิอากาศและการจัดการน้ำ', en: 'Climate-resilient farm planning and water', ms: 'Perancangan ladang berdaya tahan iklim dan air' },
    hours: 16,
    mode: DeliveryMode.BLENDED,
    language: TeachingLanguage.THAI,
    targets: [
      ['AGR-4', 3, 'จัดทำแผนการผลิตที่รับมือน้ำท่วมและภัยแล้งของครัวเรือนได้'],
      ['AGR-3', 3, 'ออกแบบการเก็บและใช้น้ำในแปลงขนาดเล็กได้'],
    ],
    prerequisites: ['AGR-101'],
    status: ModuleStatus.REVIEW,
  },
  {
    code: 'GAP-201',
    title: { th: 'การรับรองมาตรฐาน GAP สำหรับทุเรียนและลองกอง', en: 'GAP certification for durian and longkong', ms: 'Pensijilan GAP untuk durian dan langsat' },
    hours: 18,
    mode: DeliveryMode.FIELD_VISIT,
    language: TeachingLanguage.PATANI_MALAY,
    targets: [
      ['FSN-1', 4, 'เตรียมสวนและบันทึกข้อมูลให้ผ่านการตรวจ GAP ได้'],
      ['DAT-1', 3, 'จดบันทึกการใช้ปัจจัยการผลิตตามแบบฟอร์ม GAP ได้'],
    ],
    prerequisites: ['AGR-101'],
    status: ModuleStatus.DRAFT,
  },
  {
    code: 'HAL-101',
    title: { th: 'ความปลอดภัยอาหารฮาลาลในการแปรรูปชุมชน', en: 'Halal food safety in community processing', ms: 'Keselamatan makanan halal dalam pemprosesan komuniti' },
    hours: 12,
    mode: DeliveryMode.CLASSROOM,
    language: TeachingLanguage.PATANI_MALAY,
    targets: [
      ['FSN-2', 4, 'อธิบายและควบคุมจุดวิกฤตฮาลาลในสายการผลิตได้'],
      ['FSN-4', 3, 'จัดสุขอนามัยโรงเรือนแปรรูปตามหลัก GMP เบื้องต้นได้'],
    ],
    prerequisites: [],
    status: ModuleStatus.APPROVED,
  },
  {
    code: 'FSH-201',
    title: { th: 'การจัดการปลาหลังการจับสำหรับประมงพื้นบ้าน', en: 'Post-harvest handling of fish for small-scale fishers', ms: 'Pengendalian ikan lepas tangkap untuk nelayan kecil' },
    hours: 10,
    mode: DeliveryMode.FIELD_VISIT,
    language: TeachingLanguage.PATANI_MALAY,
    targets: [
      ['PHV-2', 3, 'รักษาความสดของปลาด้วยน้ำแข็งและการแปรรูปอย่างง่ายได้'],
      ['PHV-1', 3, 'ลดความสูญเสียหลังการจับได้อย่างน้อยหนึ่งจุดในห่วงโซ่'],
    ],
    prerequisites: ['HAL-101'],
    status: ModuleStatus.DRAFT,
  },
  {
    code: 'CEM-101',
    title: { th: 'การทำบัญชีและการเงินวิสาหกิจชุมชน', en: 'Community enterprise bookkeeping', ms: 'Simpan kira perusahaan komuniti' },
    hours: 12,
    mode: DeliveryMode.BLENDED,
    language: TeachingLanguage.THAI,
    targets: [
      ['CEM-2', 3, 'ทำบัญชีรับจ่ายและงบการเงินอย่างง่ายของกลุ่มได้'],
      ['CEM-1', 2, 'ร่างแผนธุรกิจหนึ่งหน้าของวิสาหกิจได้'],
    ],
    prerequisites: [],
    status: ModuleStatus.APPROVED,
  },
  {
    code: 'CEM-201',
    title: { th: 'เข้าถึงตลาด ราคาที่เป็นธรรม และการขายออนไลน์', en: 'Market access, fair pricing and online sales', ms: 'Akses pasaran, harga adil dan jualan dalam talian' },
    hours: 14,
    mode: DeliveryMode.BLENDED,
    language: TeachingLanguage.THAI,
    targets: [
      ['CEM-3', 3, 'คำนวณต้นทุนและตั้งราคาที่เป็นธรรมได้'],
      ['CEM-4', 3, 'เปิดร้านค้าออนไลน์และถ่ายภาพสินค้าได้'],
      ['PHV-3', 3, 'ออกแบบฉลากที่ถูกต้องตามกฎหมายได้'],
    ],
    prerequisites: ['CEM-101'],
    status: ModuleStatus.DRAFT,
  },
  {
    code: 'FAC-101',
    title: {
      th: 'วิทยากรกระบวนการมีส่วนร่วม: ความหวังและความกังวล เพอร์โซนา และภูเขาน้ำแข็ง',
      en: 'Participatory facilitation: Hopes & Fears, Personas and the Iceberg',
      ms: 'Pemudahcaraan penyertaan: Harapan & Kebimbangan, Persona dan Aisberg',
    },
    hours: 12,
    mode: DeliveryMode.CLASSROOM,
    language: TeachingLanguage.THAI,
    targets: [
      ['PFP-1', 4, 'จัดวงความหวังและความกังวล และสร้างเพอร์โซนากลุ่มเปราะบางได้'],
      ['PFP-2', 3, 'พากลุ่มวิเคราะห์ภูเขาน้ำแข็งจากเหตุการณ์ถึงแบบแผนความคิดได้'],
      ['PFP-4', 3, 'ออกแบบเวทีที่ปลอดภัยและไวต่อความขัดแย้งได้'],
    ],
    prerequisites: [],
    status: ModuleStatus.APPROVED,
  },
  {
    code: 'FAC-201',
    title: { th: 'นโยบายและแผนอาหารระดับท้องถิ่น', en: 'Local food policy and planning', ms: 'Dasar dan perancangan makanan tempatan' },
    hours: 8,
    mode: DeliveryMode.CLASSROOM,
    language: TeachingLanguage.THAI,
    targets: [['PFP-3', 3, 'ร่างข้อเสนอแผนอาหารของท้องถิ่นร่วมกับ อปท. ได้']],
    prerequisites: ['FAC-101'],
    status: ModuleStatus.DRAFT,
  },
];

const DEMO_CURRICULA: Omit<CreateCurriculumInput, 'campaignId'>[] = [
  {
    title: 'จากแปลงสู่ตลาด: เกษตรกรรุ่นใหม่ชายแดนใต้',
    moduleCodes: ['AGR-101', 'AGR-201', 'GAP-201', 'CEM-101', 'CEM-201'],
    provinceCodes: ['94', '95', '96'],
    sectors: [Sector.COMMUNITY, Sector.PRIVATE],
  },
  {
    title: 'วิทยากรอาหารปลอดภัยฮาลาลและประมงพื้นบ้าน',
    moduleCodes: ['FAC-101', 'HAL-101', 'FSH-201', 'FAC-201'],
    provinceCodes: ['90', '94', '96'],
    sectors: [Sector.GOVERNMENT, Sector.CIVIL_SOCIETY],
  },
];

/**
 * Loads the demo modules and curricula through the same service rules as the API (versions,
 * prerequisite checks). Deterministic and idempotent: a module or curriculum already there is
 * left alone.
 */
@Injectable()
export class DemoCurriculaSeeder {
  private readonly logger = new Logger('Demo');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly service: CurriculaService,
  ) {}

  async seed(): Promise<void> {
    const people: { id: string; role: Role; email: string }[] = await this.dataSource.query(`SELECT id, role, email FROM app_user WHERE email = ANY($1)`, [
      [`trainer@${DEMO_DOMAIN}`, `coordinator.pattani@${DEMO_DOMAIN}`, `practitioner@${DEMO_DOMAIN}`],
    ]);
    const actor = (email: string): Actor | null => {
      const p = people.find((x) => x.email === email);
      return p ? { id: p.id, role: p.role, managedProvinceCodes: p.role === Role.COORDINATOR ? ['94'] : [] } : null;
    };
    const trainer = actor(`trainer@${DEMO_DOMAIN}`);
    const coordinator = actor(`coordinator.pattani@${DEMO_DOMAIN}`);
    const practitioner = actor(`practitioner@${DEMO_DOMAIN}`);
    const [campaign]: { id: string }[] = await this.dataSource.query(
      `SELECT c.id FROM campaign c JOIN framework f ON f.id = c.framework_id WHERE f.code = 'LFS' AND c.instrument = $1 ORDER BY c.created_at, c.id LIMIT 1`,
      [Instrument.BORICH],
    );
    if (!trainer || !coordinator || !campaign) return;
    let created = 0;
    for (const m of DEMO_MODULES) {
      const existing = await this.service.module(m.code).catch(() => null);
      if (existing) continue;
      const input: CreateTrainingModuleInput = {
        code: m.code,
        title: m.title,
        hours: m.hours,
        deliveryMode: m.mode,
        teachingLanguage: m.language,
        competencyTargets: m.targets.map(([competencyCode, targetLevel, th]) => ({ competencyCode, targetLevel, outcome: { th } })),
        prerequisiteCodes: m.prerequisites,
        materials: m.materials ?? [],
        addressedGaps: m.targets.map(([competencyCode]) => ({ campaignId: campaign.id, competencyCode })),
      };
      await this.service.createModule(trainer, input);
      if (m.status !== ModuleStatus.DRAFT) await this.service.changeStatus(trainer, m.code, ModuleStatus.REVIEW);
      if (m.status === ModuleStatus.APPROVED) await this.service.changeStatus(coordinator, m.code, ModuleStatus.APPROVED);
      created += 1;
    }
    if (created > 0 && practitioner) {
      await this.service.addComment(practitioner, {
        moduleCode: 'GAP-201',
        kind: ModuleCommentKind.SUGGESTION,
        body: 'อยากให้มีช่วงลงสวนลองกองจริงที่ อ.รือเสาะ และมีเอกสารภาษามลายูปัตตานีด้วยค่ะ',
      });
    }
    const existingTitles = new Set((await this.service.curricula(campaign.id)).map((c) => c.title));
    for (const c of DEMO_CURRICULA) {
      if (existingTitles.has(c.title)) continue;
      await this.service.createCurriculum(trainer, { ...c, campaignId: campaign.id });
    }
    if (created > 0) this.logger.log(`demo modules and curricula loaded (${created} modules)`);
  }
}
