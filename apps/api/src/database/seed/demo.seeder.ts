import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AgeBand, Gender, Instrument, NeedType, PersonaGroup, Role, scaleOf, Sector, TeachingLanguage } from '@ruamsang/shared';
import { AccountsRepository } from '../../modules/accounts/accounts.repository.js';
import { AppUserEntity } from '../../modules/accounts/entities/app-user.entity.js';
import { PasswordHasher } from '../../modules/accounts/password-hasher.js';
import { asEntities, AssessmentsRepository, type BulkResponse } from '../../modules/assessments/assessments.repository.js';
import { RatingsListener } from '../../modules/assessments/assessments.service.js';
import { CURRENT_CONSENT } from '../../modules/assessments/consent.js';
import { ConsentRecordEntity, ResponseSource } from '../../modules/assessments/entities/assessment-response.entity.js';
import type { CampaignEntity } from '../../modules/assessments/entities/campaign.entity.js';
import { FrameworkStatus } from '../../modules/frameworks/entities/framework.entity.js';
import { FrameworksRepository } from '../../modules/frameworks/frameworks.repository.js';
import { DEFAULT_LEVEL_DESCRIPTORS } from '../../modules/frameworks/default-levels.js';
import { OrganisationEntity } from '../../modules/geography/entities/organisation.entity.js';
import { readThaiGeography } from '../../modules/geography/geography.repository.js';
import { DemoCurriculaSeeder } from '../../modules/curricula/demo-curricula.seeder.js';
import { DemoAttendanceSeeder } from './demo-attendance.js';
import { DemoScheduleSeeder } from './demo-schedule.js';
import { DEMO_FRAMEWORK } from './demo-framework.js';
import { seedPrioritiesDemo } from './demo-priorities.js';
import { SeededRandom } from './seeded-random.js';

export const DEMO_DOMAIN = 'demo.ruamsang.org';
const DAY = 86_400_000;
/**
 * The demo practitioner agreed to an earlier consent text (before their Borich answers), so the
 * demo shows the PDPA consent for the current version before their next submission.
 */
const DEMO_PRACTITIONER_EARLIER_CONSENT = '2026-05-v0';

const organisations: Pick<OrganisationEntity, 'name' | 'sector' | 'provinceCode'>[] = [
  { name: 'สำนักงานเกษตรจังหวัดปัตตานี', sector: Sector.GOVERNMENT, provinceCode: '94' },
  { name: 'มหาวิทยาลัยสงขลานครินทร์ วิทยาเขตปัตตานี', sector: Sector.ACADEMIC, provinceCode: '94' },
  { name: 'วิสาหกิจชุมชนกลุ่มแม่บ้านเกษตรกรบ้านตะโละ', sector: Sector.COMMUNITY, provinceCode: '94' },
  { name: 'สมาคมประมงพื้นบ้านจังหวัดนราธิวาส', sector: Sector.CIVIL_SOCIETY, provinceCode: '96' },
  { name: 'สำนักงานเกษตรจังหวัดยะลา', sector: Sector.GOVERNMENT, provinceCode: '95' },
  { name: 'สหกรณ์กองทุนสวนยางสตูล', sector: Sector.COMMUNITY, provinceCode: '91' },
  { name: 'บริษัท อาหารฮาลาลสงขลา จำกัด', sector: Sector.PRIVATE, provinceCode: '90' },
  { name: 'ศูนย์อำนวยการบริหารจังหวัดชายแดนภาคใต้', sector: Sector.SUPPORT_AGENCY, provinceCode: '95' },
];

/** How many synthetic practitioners each southern border province gets. */
const PRACTITIONERS_PER_PROVINCE: [string, number][] = [
  ['94', 90],
  ['95', 60],
  ['96', 60],
  ['91', 40],
  ['90', 50],
];

const GIVEN_NAMES = ['นูรีฮัน', 'อับดุลเลาะ', 'ฟาตีมะห์', 'สมศักดิ์', 'มารีแย', 'อิบรอฮีม', 'สุนันทา', 'รอฮานี', 'ประเสริฐ', 'ซูไฮมี', 'กมลวรรณ', 'ยูโซ๊ะ'];
const FAMILY_NAMES = ['สะมะแอ', 'ดอเลาะ', 'หะยีสาเมาะ', 'แก้วมณี', 'มะเด็ง', 'บินอาแว', 'ทองคำ', 'เจ๊ะหลง', 'ศรีสุข', 'ยูโซะ'];

/**
 * The demo programme loaded with DEMO_DATA=1: accounts, organisations, the local food-systems
 * framework, one campaign per instrument and 300 synthetic practitioners' answers. Deterministic
 * (seeded) and idempotent: a second start finds the demo admin and changes nothing.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('Demo');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsRepository,
    private readonly hasher: PasswordHasher,
    private readonly frameworks: FrameworksRepository,
    private readonly assessments: AssessmentsRepository,
    private readonly ratingsListener: RatingsListener,
    private readonly demoCurricula: DemoCurriculaSeeder,
    private readonly demoSchedule: DemoScheduleSeeder,
    private readonly demoAttendance: DemoAttendanceSeeder,
  ) {}

  async seed(password: string): Promise<void> {
    if (!(await this.accounts.findByEmail(`admin@${DEMO_DOMAIN}`))) await this.seedProgramme(password);
    await this.demoCurricula.seed();
    await this.demoSchedule.seed();
    await this.demoAttendance.seed();
  }

  private async seedProgramme(password: string): Promise<void> {
    const started = Date.now();
    const passwordHash = await this.hasher.hash(password);
    const random = new SeededRandom(2022_06);
    await this.dataSource.transaction(async (manager) => {
      const orgs = await manager.getRepository(OrganisationEntity).save(organisations.map((o) => manager.create(OrganisationEntity, o)));
      const org = (name: string) => orgs.find((o) => o.name === name)?.id ?? null;
      const base = { passwordHash, languages: [] as string[], personaGroups: [] as string[], managedProvinceCodes: [] as string[] };
      const admin = await this.accounts.insert({ ...base, email: `admin@${DEMO_DOMAIN}`, displayName: 'ผู้ดูแลระบบ (สาธิต)', role: Role.ADMIN }, manager);
      const coordinator = await this.accounts.insert(
        {
          ...base,
          email: `coordinator.pattani@${DEMO_DOMAIN}`,
          displayName: 'อามีนะห์ ดอเลาะ',
          role: Role.COORDINATOR,
          provinceCode: '94',
          managedProvinceCodes: ['94'],
          organisationId: org('สำนักงานเกษตรจังหวัดปัตตานี'),
          sector: Sector.GOVERNMENT,
        },
        manager,
      );
      const trainer = await this.accounts.insert(
        {
          ...base,
          email: `trainer@${DEMO_DOMAIN}`,
          displayName: 'ดร.สมชาย ใจดี',
          role: Role.TRAINER,
          provinceCode: '94',
          organisationId: org('มหาวิทยาลัยสงขลานครินทร์ วิทยาเขตปัตตานี'),
          sector: Sector.ACADEMIC,
          languages: [TeachingLanguage.THAI, TeachingLanguage.PATANI_MALAY],
        },
        manager,
      );
      const demoPractitioner = await this.accounts.insert(
        {
          ...base,
          email: `practitioner@${DEMO_DOMAIN}`,
          displayName: 'นูรีฮัน สะมะแอ',
          role: Role.PRACTITIONER,
          provinceCode: '94',
          districtCode: '9401',
          organisationId: org('วิสาหกิจชุมชนกลุ่มแม่บ้านเกษตรกรบ้านตะโละ'),
          sector: Sector.COMMUNITY,
          gender: Gender.FEMALE,
          ageBand: AgeBand.FROM_35_TO_44,
          languages: [TeachingLanguage.PATANI_MALAY, TeachingLanguage.THAI],
          personaGroups: [PersonaGroup.WOMEN_FARMERS],
        },
        manager,
      );
      const practitioners = [demoPractitioner, ...(await this.syntheticPractitioners(manager, random, passwordHash, orgs))];
      await manager
        .getRepository(ConsentRecordEntity)
        .insert(practitioners.map((p) => ({ userId: p.id, consentVersion: p === demoPractitioner ? DEMO_PRACTITIONER_EARLIER_CONSENT : CURRENT_CONSENT.version })));

      const campaigns = await this.frameworkAndCampaigns(manager, admin.id);
      for (const campaign of campaigns) await this.answers(manager, random, campaign, practitioners);
      await seedPrioritiesDemo(manager, campaigns, { coordinator, trainer, voters: practitioners.slice(1) });
    });
    this.logger.log(`demo programme loaded in ${Date.now() - started} ms`);
  }

  private async syntheticPractitioners(manager: EntityManager, random: SeededRandom, passwordHash: string, orgs: OrganisationEntity[]): Promise<AppUserEntity[]> {
    const { districts } = readThaiGeography();
    const rows: Partial<AppUserEntity>[] = [];
    let index = 0;
    for (const [provinceCode, count] of PRACTITIONERS_PER_PROVINCE) {
      const provinceDistricts = districts.filter((d) => d.provinceCode === provinceCode);
      const provinceOrgs = orgs.filter((o) => o.provinceCode === provinceCode);
      for (let i = 0; i < count; i += 1) {
        index += 1;
        const sector = random.weighted<Sector>([
          [Sector.COMMUNITY, 35],
          [Sector.GOVERNMENT, 25],
          [Sector.CIVIL_SOCIETY, 15],
          [Sector.PRIVATE, 10],
          [Sector.ACADEMIC, 8],
          [Sector.SUPPORT_AGENCY, 7],
        ]);
        const gender = random.weighted<Gender>([
          [Gender.FEMALE, 50],
          [Gender.MALE, 45],
          [Gender.OTHER, 2],
          [Gender.PREFER_NOT_TO_SAY, 3],
        ]);
        const ageBand = random.weighted<AgeBand>([
          [AgeBand.UNDER_25, 14],
          [AgeBand.FROM_25_TO_34, 26],
          [AgeBand.FROM_35_TO_44, 27],
          [AgeBand.FROM_45_TO_54, 21],
          [AgeBand.FROM_55, 12],
        ]);
        const personas: PersonaGroup[] = [];
        if (gender === Gender.FEMALE && sector === Sector.COMMUNITY && random.chance(0.6)) personas.push(PersonaGroup.WOMEN_FARMERS);
        if (provinceCode !== '95' && random.chance(0.22)) personas.push(PersonaGroup.FISHERFOLK);
        if (ageBand === AgeBand.UNDER_25) personas.push(PersonaGroup.YOUTH);
        if ((provinceCode === '95' || provinceCode === '91') && random.chance(0.35)) personas.push(PersonaGroup.RUBBER_TAPPERS);
        if (random.chance(0.04)) personas.push(PersonaGroup.PEOPLE_WITH_DISABILITIES);
        const sameSector = provinceOrgs.filter((o) => o.sector === sector);
        rows.push({
          email: `practitioner${String(index).padStart(3, '0')}@${DEMO_DOMAIN}`,
          passwordHash,
          displayName: `${random.pick(GIVEN_NAMES)} ${random.pick(FAMILY_NAMES)}`,
          role: Role.PRACTITIONER,
          provinceCode,
          districtCode: random.pick(provinceDistricts).code,
          organisationId: sameSector.length > 0 && random.chance(0.7) ? random.pick(sameSector).id : null,
          sector,
          gender,
          ageBand,
          languages: provinceCode === '90' || provinceCode === '91' ? [TeachingLanguage.THAI] : [TeachingLanguage.PATANI_MALAY, TeachingLanguage.THAI],
          personaGroups: personas,
          managedProvinceCodes: [],
        });
      }
    }
    const repository = manager.getRepository(AppUserEntity);
    const users = rows.map((r) => repository.create(r));
    await repository.insert(users);
    return users;
  }

  private async frameworkAndCampaigns(manager: EntityManager, adminId: string): Promise<CampaignEntity[]> {
    const framework = await this.frameworks.save(
      {
        code: DEMO_FRAMEWORK.code,
        version: 1,
        status: FrameworkStatus.PUBLISHED,
        name: DEMO_FRAMEWORK.name,
        description: DEMO_FRAMEWORK.description,
        createdBy: adminId,
        publishedAt: new Date(Date.now() - 60 * DAY),
      },
      manager,
    );
    await this.frameworks.replaceContent(
      framework.id,
      {
        domains: DEMO_FRAMEWORK.domains.map((d) => ({
          code: d.code,
          name: d.name,
          competencies: d.competencies.map((c) => ({ code: c.code, name: c.name, description: null, levelDescriptors: DEFAULT_LEVEL_DESCRIPTORS })),
        })),
      },
      manager,
    );
    const now = Date.now();
    const all = PRACTITIONERS_PER_PROVINCE.map(([code]) => code).sort();
    const campaign = (title: string, instrument: Instrument, provinceCodes: string[], openedDaysAgo: number, daysLeft: number) =>
      this.assessments.saveCampaign(
        {
          frameworkId: framework.id,
          title,
          instrument,
          provinceCodes,
          sectors: [],
          opensAt: new Date(now - openedDaysAgo * DAY),
          closesAt: new Date(now + daysLeft * DAY),
          minGroupSize: 5,
          voteBudget: 10,
          openQuestions: [
            { key: 'hopes', prompt: { th: 'ท่านหวังอะไรจากการพัฒนาศักยภาพครั้งนี้', en: 'What do you hope this capacity building brings?', ms: 'Apakah harapan anda daripada pembangunan kapasiti ini?' } },
            { key: 'fears', prompt: { th: 'ท่านกังวลเรื่องอะไร', en: 'What worries you?', ms: 'Apakah yang membimbangkan anda?' } },
          ],
          createdBy: adminId,
        },
        manager,
      );
    return [
      await campaign('สำรวจความต้องการพัฒนาศักยภาพ ระบบอาหารท้องถิ่น 2569 (Borich)', Instrument.BORICH, all, 45, 45),
      await campaign('สำรวจสภาพที่เป็นจริงและที่คาดหวัง 2569 (PNI)', Instrument.PNI, all, 20, 70),
      await campaign('สำรวจความต้องการฝึกอบรม ปัตตานี ยะลา นราธิวาส (Hennessy-Hicks)', Instrument.HENNESSY_HICKS, ['94', '95', '96'], 10, 80),
    ];
  }

  /** Plausible, varied ratings: each competency has its own typical importance and ability, nudged by province and sector. */
  private async answers(manager: EntityManager, random: SeededRandom, campaign: CampaignEntity, practitioners: AppUserEntity[]): Promise<void> {
    const { max } = scaleOf(campaign.instrument);
    const stretch = (max - 1) / 4;
    const share = campaign.instrument === Instrument.BORICH ? 1 : campaign.instrument === Instrument.PNI ? 0.7 : 0.6;
    const rows: BulkResponse[] = [];
    for (const person of practitioners) {
      if (!person.provinceCode || !campaign.provinceCodes.includes(person.provinceCode)) continue;
      const isDemoPerson = person.email === `practitioner@${DEMO_DOMAIN}`;
      if (isDemoPerson ? campaign.instrument !== Instrument.BORICH : !random.chance(share)) continue;
      const abilitySkew = person.sector === Sector.ACADEMIC ? 0.6 : person.sector === Sector.GOVERNMENT ? 0.3 : person.sector === Sector.COMMUNITY ? -0.2 : 0;
      const ratings = DEMO_FRAMEWORK.domains.flatMap((domain) =>
        domain.competencies.map((c) => {
          const provinceSkew = (domain.code === 'AGR' && person.provinceCode === '95') || (domain.code === 'PHV' && person.provinceCode === '96') ? 0.35 : 0;
          const level = (mean: number, sd: number) => Math.min(max, Math.max(1, Math.round(1 + (mean - 1) * stretch + random.normal(0, sd * stretch))));
          return {
            competencyCode: c.code,
            target: level(c.importance + provinceSkew, 0.75),
            current: level(c.ability + abilitySkew, 0.85),
            needType: campaign.instrument === Instrument.HENNESSY_HICKS ? (random.chance(0.75) ? NeedType.TRAINING : NeedType.ORGANISATION) : null,
          };
        }),
      );
      rows.push({
        id: randomUUID(),
        campaignId: campaign.id,
        respondentId: person.id,
        respondentRef: null,
        source: ResponseSource.SELF,
        provinceCode: person.provinceCode,
        districtCode: person.districtCode,
        sector: person.sector,
        organisationId: person.organisationId,
        gender: person.gender,
        ageBand: person.ageBand,
        personaGroups: person.personaGroups,
        ratings,
      });
    }
    await this.assessments.insertResponses(rows, manager);
    const at = new Date();
    await this.ratingsListener.ratingsChanged(manager, campaign, [], rows.map((r) => asEntities(r, at)));
  }
}
