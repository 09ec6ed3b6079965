import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '@ruamsang/domain';
import { Role, TeachingLanguage } from '@ruamsang/shared';
import type { DataSource } from 'typeorm';
import { AppUserEntity } from '../../modules/accounts/entities/app-user.entity.js';
import { CurriculumEntity } from '../../modules/curricula/entities/training-module.entity.js';
import { SessionStatus, VenueEntity } from '../../modules/scheduling/entities/scheduling.entity.js';
import { SchedulingRepository } from '../../modules/scheduling/scheduling.repository.js';
import { SchedulingService } from '../../modules/scheduling/scheduling.service.js';

const DEMO_DOMAIN = 'demo.ruamsang.org';

/** The fixed planning window of the demo programme: the scheduler runs over it deterministically. */
export const DEMO_SCHEDULE_WINDOW = { from: '2026-12-01', to: '2027-03-31' } as const;

export const DEMO_VENUES: readonly { provinceCode: string; name: string; capacity: number }[] = [
  { provinceCode: '90', name: 'ศูนย์เรียนรู้เกษตรพอเพียง อ.จะนะ', capacity: 40 },
  { provinceCode: '90', name: 'หอประชุมเทศบาลนาทวี', capacity: 60 },
  { provinceCode: '91', name: 'ศูนย์ประมงพื้นบ้าน อ.ละงู', capacity: 30 },
  { provinceCode: '91', name: 'หอประชุมอำเภอเมืองสตูล', capacity: 50 },
  { provinceCode: '94', name: 'ม.อ. ปัตตานี ห้องประชุม 1', capacity: 60 },
  { provinceCode: '94', name: 'ศูนย์การเรียนรู้ชุมชนบ้านตะโละ', capacity: 35 },
  { provinceCode: '95', name: 'ศาลากลางจังหวัดยะลา ห้องประชุมใหญ่', capacity: 80 },
  { provinceCode: '95', name: 'สวนเกษตรผสมผสาน อ.รามัน', capacity: 30 },
  { provinceCode: '96', name: 'ศูนย์ฮาลาล จ.นราธิวาส', capacity: 45 },
  { provinceCode: '96', name: 'ท่าเรือประมงตากใบ ห้องอบรม', capacity: 30 },
];

const EXTRA_TRAINERS: readonly { email: string; displayName: string; provinceCode: string }[] = [
  { email: `trainer.yala@${DEMO_DOMAIN}`, displayName: 'อาจารย์ฮาซัน ดอเลาะ', provinceCode: '95' },
  { email: `trainer.narathiwat@${DEMO_DOMAIN}`, displayName: 'คุณรอฮานี มะแซ', provinceCode: '96' },
  { email: `trainer.songkhla@${DEMO_DOMAIN}`, displayName: 'คุณวิไลวรรณ ทองดี', provinceCode: '90' },
];

/** Curriculum title → where its cohorts run. */
const DEMO_COHORTS: readonly { curriculumIndex: number; provinceCode: string; name: string; capacity: number }[] = [
  { curriculumIndex: 0, provinceCode: '94', name: 'จากแปลงสู่ตลาด รุ่น 1 ปัตตานี', capacity: 25 },
  { curriculumIndex: 0, provinceCode: '95', name: 'จากแปลงสู่ตลาด รุ่น 1 ยะลา', capacity: 25 },
  { curriculumIndex: 0, provinceCode: '96', name: 'จากแปลงสู่ตลาด รุ่น 1 นราธิวาส', capacity: 20 },
  { curriculumIndex: 1, provinceCode: '90', name: 'อาหารปลอดภัยฮาลาล รุ่น 1 สงขลา', capacity: 25 },
  { curriculumIndex: 1, provinceCode: '94', name: 'อาหารปลอดภัยฮาลาล รุ่น 1 ปัตตานี', capacity: 3 },
];

/**
 * Venues, trainer profiles, cohorts and a published schedule made by the scheduler over a fixed
 * window, with enrolments (the demo practitioner included, and a waiting list on a small cohort).
 * Idempotent: it does nothing once venues exist.
 */
@Injectable()
export class DemoScheduleSeeder {
  private readonly logger = new Logger('Demo');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: SchedulingRepository,
    private readonly service: SchedulingService,
  ) {}

  async seed(): Promise<void> {
    if ((await this.dataSource.getRepository(VenueEntity).count()) > 0) return;
    const users = this.dataSource.getRepository(AppUserEntity);
    const admin = await users.findOneBy({ email: `admin@${DEMO_DOMAIN}` });
    const trainer = await users.findOneBy({ email: `trainer@${DEMO_DOMAIN}` });
    const curricula = await this.dataSource.getRepository(CurriculumEntity).find({ order: { createdAt: 'ASC', id: 'ASC' } });
    if (!admin || !trainer || curricula.length < 2) return;
    const actor: Actor = { id: admin.id, role: Role.ADMIN, managedProvinceCodes: [] };

    for (const v of DEMO_VENUES) await this.repository.saveVenue({ ...v, availability: [] });
    const moduleCodes = (await this.repository.curriculumPlans(curricula.map((c) => c.id))).flatMap((p) => p.modules.map((m) => m.code));
    const codes = [...new Set(moduleCodes)].sort();
    await this.repository.saveTrainer({ userId: trainer.id, homeProvinceCode: '94', moduleCodes: codes, availability: [], maxLoadHours: null });
    for (const t of EXTRA_TRAINERS) {
      const user =
        (await users.findOneBy({ email: t.email })) ??
        (await users.save(
          users.create({
            email: t.email,
            displayName: t.displayName,
            role: Role.TRAINER,
            provinceCode: t.provinceCode,
            passwordHash: trainer.passwordHash,
            languages: [TeachingLanguage.THAI, TeachingLanguage.PATANI_MALAY],
            personaGroups: [],
            managedProvinceCodes: [],
          }),
        ));
      await this.repository.saveTrainer({ userId: user.id, homeProvinceCode: t.provinceCode, moduleCodes: codes, availability: [], maxLoadHours: null });
    }
    await this.repository.saveRules({
      provinceCode: '96',
      ramadanPolicy: 'HALF_DAYS',
      prayerStart: '11:30',
      prayerEnd: '13:30',
      blackouts: [{ from: '2026-12-14', to: '2026-12-18', reason: 'ฤดูมรสุม — เรือประมงพื้นบ้านออกทะเลไม่ได้ ชาวประมงมาอบรมไม่สะดวก' }],
      extraHolidays: [],
      updatedBy: admin.id,
    });
    await this.repository.saveRules({
      provinceCode: '95',
      ramadanPolicy: 'AVOID',
      prayerStart: '11:30',
      prayerEnd: '13:30',
      blackouts: [{ from: '2027-01-04', to: '2027-01-08', reason: 'กรีดยางช่วงพีค (rubber tapping peak)' }],
      extraHolidays: [],
      updatedBy: admin.id,
    });

    const cohortIds: string[] = [];
    for (const c of DEMO_COHORTS) {
      const cohort = await this.repository.saveCohort({
        name: c.name,
        curriculumId: curricula[c.curriculumIndex]!.id,
        provinceCode: c.provinceCode,
        teachingLanguage: TeachingLanguage.THAI,
        capacity: c.capacity,
      });
      cohortIds.push(cohort.id);
    }
    const sessions = await this.service.applySchedule(actor, { cohortIds, ...DEMO_SCHEDULE_WINDOW });
    await this.service.publishSessions(
      actor,
      sessions.filter((s) => s.status === SessionStatus.DRAFT).map((s) => s.id),
    );

    // Enrolments: the demo practitioner, then demo practitioners of each cohort's province in e-mail order.
    const cohorts = await this.repository.cohortsByIds(cohortIds);
    const practitioners = await users.find({ where: { role: Role.PRACTITIONER }, order: { email: 'ASC' } });
    const demo = practitioners.find((p) => p.email === `practitioner@${DEMO_DOMAIN}`);
    const first = cohorts.find((c) => c.name === DEMO_COHORTS[0]!.name);
    if (demo && first) await this.service.enrol(actor, { cohortId: first.id, practitionerId: demo.id });
    for (const cohort of [...cohorts].sort((a, b) => a.name.localeCompare(b.name))) {
      const local = practitioners.filter((p) => p.provinceCode === cohort.provinceCode && p.id !== demo?.id).slice(0, Math.min(cohort.capacity + 2, 12));
      for (const p of local) await this.service.enrol(actor, { cohortId: cohort.id, practitionerId: p.id });
    }
    this.logger.log(`Demo schedule: ${sessions.length} sessions for ${cohortIds.length} cohorts, ${DEMO_SCHEDULE_WINDOW.from}–${DEMO_SCHEDULE_WINDOW.to}`);
  }
}
