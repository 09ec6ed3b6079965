import { DEFAULT_MAX_VOTES_PER_GAP } from '@ruamsang/domain';
import { PersonaGroup } from '@ruamsang/shared';
import type { EntityManager } from 'typeorm';
import type { AppUserEntity } from '../../modules/accounts/entities/app-user.entity.js';
import type { CampaignEntity } from '../../modules/assessments/entities/campaign.entity.js';
import { GapCommentEntity, GapRouteEntity, GapVoteEntity, NeedRoute, PrioritySettingEntity } from '../../modules/priorities/entities/priorities.entity.js';
import {
  HopeOrFear,
  HopesFearsBoardEntity,
  HopesFearsCardEntity,
  IcebergAnalysisEntity,
  PersonaEntity,
  WorkshopItemKind,
  WorkshopLinkEntity,
} from '../../modules/workshop/entities/workshop.entity.js';
import { DEMO_FRAMEWORK } from './demo-framework.js';
import { SeededRandom } from './seeded-random.js';

export interface PrioritiesDemoPeople {
  readonly coordinator: AppUserEntity;
  readonly trainer: AppUserEntity;
  /** Everyone but the demo practitioner, who is left a full budget to try voting. */
  readonly voters: readonly AppUserEntity[];
}

const COMMENTS: readonly [string, string][] = [
  ['CEM-3', 'พ่อค้าคนกลางกดราคายางและปลาแห้งทุกปี ถ้ากลุ่มรู้ราคากลางและรวมกันขายได้ จะต่อรองได้ดีขึ้นมาก'],
  ['CEM-3', 'อยากให้มีการอบรมเรื่องการทำสัญญาซื้อขายกับห้างและโรงแรมในหาดใหญ่'],
  ['CEM-4', 'ลูกหลานในหมู่บ้านช่วยขายออนไลน์ได้ แต่ผู้ใหญ่ยังไม่กล้าใช้ ต้องสอนแบบลงมือทำ'],
  ['AGR-4', 'ปีนี้ฝนมาช้า สวนผักเสียหายมาก ควรเรียนเรื่องการวางแผนปลูกตามฤดูกาลใหม่'],
  ['CEM-1', 'Kumpulan wanita kami perlukan pelan perniagaan untuk memohon dana (กลุ่มแม่บ้านต้องการแผนธุรกิจเพื่อขอทุน)'],
  ['PFP-3', 'เรื่องนี้ไม่ใช่แค่อบรม ต้องให้ อบต. มีแผนอาหารท้องถิ่นและงบประมาณรองรับด้วย'],
];

/**
 * Prioritisation and workshop data for the demo: dot votes from practitioners and the trainer
 * (weighted to the larger gaps), a few comments, routes and the weight chosen by the Pattani
 * coordinator, a Hopes & Fears board, four personas and an iceberg linked to competencies and a gap.
 * Deterministic: its own seed, so it does not shift the rest of the demo.
 */
export async function seedPrioritiesDemo(manager: EntityManager, campaigns: readonly CampaignEntity[], people: PrioritiesDemoPeople): Promise<void> {
  const random = new SeededRandom(2022_07);
  const competencies = DEMO_FRAMEWORK.domains.flatMap((d) => d.competencies);
  const choices = competencies.map((c) => [c.code, Math.max(0.2, c.importance - c.ability) ** 2] as const);
  const [borich] = campaigns;
  if (!borich) return;

  // Everyone who may see a campaign spends (most of) their budget on it, leaning to the larger gaps.
  for (const campaign of campaigns) {
    const votes: Partial<GapVoteEntity>[] = [];
    const voters = [...people.voters.filter((p) => p.provinceCode && campaign.provinceCodes.includes(p.provinceCode)).filter(() => random.chance(0.4)), people.trainer];
    for (const voter of voters) {
      const mine = new Map<string, number>();
      let left = campaign.voteBudget;
      for (let attempts = 0; left > 0 && attempts < 50; attempts += 1) {
        const code = random.weighted(choices);
        const current = mine.get(code) ?? 0;
        if (current >= DEFAULT_MAX_VOTES_PER_GAP) continue;
        mine.set(code, current + 1);
        left -= 1;
      }
      for (const [competencyCode, n] of mine) votes.push({ campaignId: campaign.id, voterId: voter.id, competencyCode, votes: n });
    }
    for (let i = 0; i < votes.length; i += 1000) await manager.getRepository(GapVoteEntity).insert(votes.slice(i, i + 1000));
    const weight = campaign.id === borich.id ? 0.6 : 0.5;
    await manager.getRepository(PrioritySettingEntity).insert({ campaignId: campaign.id, weight, maxVotesPerGap: DEFAULT_MAX_VOTES_PER_GAP, updatedBy: people.coordinator.id });
  }

  const commenters = [...people.voters.filter((p) => p.provinceCode === '94').slice(0, 4), people.trainer];
  await manager.getRepository(GapCommentEntity).insert(
    COMMENTS.map(([competencyCode, body], i) => ({
      campaignId: borich.id,
      competencyCode,
      body,
      authorId: commenters[i % commenters.length]?.id ?? null,
      createdAt: new Date(Date.now() - (COMMENTS.length - i) * 3_600_000),
    })),
  );

  await manager.getRepository(GapRouteEntity).insert([
    { campaignId: borich.id, competencyCode: 'CEM-4', route: NeedRoute.TRAINING, note: 'หลักสูตรการตลาดออนไลน์ 2 วัน ร่วมกับเยาวชนในชุมชน', routedBy: people.coordinator.id },
    { campaignId: borich.id, competencyCode: 'CEM-3', route: NeedRoute.ORGANISATION, note: 'ตั้งจุดรวบรวมผลผลิตและข้อมูลราคากลางของกลุ่ม — งานของสำนักงานเกษตรจังหวัด', routedBy: people.coordinator.id },
    { campaignId: borich.id, competencyCode: 'PFP-3', route: NeedRoute.POLICY, note: 'เสนอ อบต. บรรจุแผนอาหารท้องถิ่นในแผนพัฒนาสามปี', routedBy: people.coordinator.id },
  ]);

  const board = await manager.getRepository(HopesFearsBoardEntity).save(
    manager.create(HopesFearsBoardEntity, { title: 'ความหวังและความกังวล — เวทีปัตตานี 2569', campaignId: borich.id, provinceCode: '94', createdBy: people.trainer.id }),
  );
  const cards: [HopeOrFear, string][] = [
    [HopeOrFear.HOPE, 'กลุ่มแม่บ้านมีตลาดประจำและรายได้ที่แน่นอนตลอดปี'],
    [HopeOrFear.HOPE, 'เยาวชนกลับมาทำเกษตรที่บ้านเพราะเห็นว่ามีอนาคต'],
    [HopeOrFear.HOPE, 'ได้เรียนกับวิทยากรที่พูดภาษามลายูถิ่นได้'],
    [HopeOrFear.FEAR, 'อบรมตรงกับช่วงกรีดยางหรือออกทะเล ทำให้ไปไม่ได้'],
    [HopeOrFear.FEAR, 'เรียนแล้วไม่มีทุนหรืออุปกรณ์มาทำต่อ'],
    [HopeOrFear.FEAR, 'สถานการณ์ความไม่สงบทำให้เดินทางไปอบรมต่างอำเภอลำบาก'],
  ];
  await manager.getRepository(HopesFearsCardEntity).insert(
    cards.map(([kind, text], i) => ({ boardId: board.id, kind, text, authorId: (i % 2 === 0 ? people.trainer : commenters[i % commenters.length])?.id ?? null })),
  );

  const personas = await manager.getRepository(PersonaEntity).save(
    [
      {
        name: 'ก๊ะยะห์ ผู้กรีดยางหญิงแห่งบันนังสตา',
        description: 'อายุ 41 ปี กรีดยางตั้งแต่ตีสองถึงเช้า แล้วดูแลลูกสามคน ราคายางตกทำให้รายได้ไม่พอ อยากปลูกผักขายเสริมแต่ไม่มีเวลาไปอบรมในตัวจังหวัด',
        group: PersonaGroup.RUBBER_TAPPERS,
        provinceCode: '95',
      },
      {
        name: 'บังมะ ชาวประมงพื้นบ้านปานาเระ',
        description: 'อายุ 52 ปี ออกเรือหางยาวกับลูกชาย ปลาน้อยลงทุกปี ภรรยาทำปลาแห้งขายแต่ถูกกดราคา อยากรู้เรื่องการแปรรูปและบรรจุภัณฑ์ที่ขายได้ราคา',
        group: PersonaGroup.FISHERFOLK,
        provinceCode: '94',
      },
      {
        name: 'ฟารีดา เยาวชนบ้านตากใบ',
        description: 'อายุ 22 ปี จบ ปวส. กลับมาอยู่บ้าน ใช้โซเชียลเก่ง อยากช่วยกลุ่มแม่บ้านขายของออนไลน์ แต่ไม่รู้เรื่องมาตรฐานอาหารและการทำบัญชี',
        group: PersonaGroup.YOUTH,
        provinceCode: '96',
      },
      {
        name: 'ลุงหมาด ผู้พิการทางการเคลื่อนไหว ละงู',
        description: 'อายุ 58 ปี ใช้วีลแชร์หลังอุบัติเหตุ เลี้ยงผึ้งชันโรงที่บ้าน ต้องการการอบรมที่สถานที่เข้าถึงได้ และเรียนออนไลน์ได้บางส่วน',
        group: PersonaGroup.PEOPLE_WITH_DISABILITIES,
        provinceCode: '91',
      },
    ].map((p) => manager.create(PersonaEntity, { ...p, campaignId: borich.id, createdBy: people.trainer.id })),
  );

  const iceberg = await manager.getRepository(IcebergAnalysisEntity).save(
    manager.create(IcebergAnalysisEntity, {
      title: 'ทำไมผลผลิตของกลุ่มจึงถูกกดราคา',
      event: 'ปลาแห้งและผักของกลุ่มแม่บ้านขายได้ราคาต่ำกว่าตลาดในเมืองครึ่งหนึ่ง',
      patterns: 'เกิดซ้ำทุกฤดูเก็บเกี่ยวและหน้ามรสุม เมื่อทุกคนต้องขายพร้อมกัน',
      structures: 'ไม่มีจุดรวบรวมและห้องเย็นของกลุ่ม ไม่มีข้อมูลราคากลาง พ่อค้าคนกลางรายเดียวรับซื้อและให้เงินกู้ล่วงหน้า',
      mentalModels: '"เราเป็นแค่ผู้ผลิต การตลาดเป็นเรื่องของพ่อค้า" และความเกรงใจต่อผู้ที่ให้กู้ยืม',
      campaignId: borich.id,
      provinceCode: '94',
      createdBy: people.trainer.id,
    }),
  );
  const frameworkId = borich.frameworkId;
  const link = (itemKind: WorkshopItemKind, itemId: string, competencyCode: string, gap: boolean) => ({
    itemKind,
    itemId,
    frameworkId,
    campaignId: gap ? borich.id : null,
    competencyCode,
  });
  const [kakYah, bangMa, farida, lungMad] = personas;
  await manager.getRepository(WorkshopLinkEntity).insert([
    link(WorkshopItemKind.ICEBERG, iceberg.id, 'CEM-3', true),
    link(WorkshopItemKind.ICEBERG, iceberg.id, 'PHV-1', false),
    link(WorkshopItemKind.ICEBERG, iceberg.id, 'CEM-1', false),
    link(WorkshopItemKind.HOPES_FEARS_BOARD, board.id, 'PFP-1', false),
    ...(kakYah ? [link(WorkshopItemKind.PERSONA, kakYah.id, 'AGR-4', true)] : []),
    ...(bangMa ? [link(WorkshopItemKind.PERSONA, bangMa.id, 'PHV-2', true), link(WorkshopItemKind.PERSONA, bangMa.id, 'PHV-3', false)] : []),
    ...(farida ? [link(WorkshopItemKind.PERSONA, farida.id, 'CEM-4', true), link(WorkshopItemKind.PERSONA, farida.id, 'CEM-2', false)] : []),
    ...(lungMad ? [link(WorkshopItemKind.PERSONA, lungMad.id, 'DAT-2', false)] : []),
  ]);
}
