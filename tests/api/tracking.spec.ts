import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { Gender, Role, Sector } from '@ruamsang/shared';
import { buildSubmission, consent, createCampaign, adminToken, SUBMIT } from '../support/factories.js';
import { errorCode, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Competency tracking, worked by hand (k = 3, Borich, primary index MWDS = mean(T − C) × mean T).
 * Taught competencies D1-C1 and D1-C2. Pre (T, C) from the campaign; post from re-assessments:
 *   P1 (94) C1 (5,2) → self 3, trainer 4     C2 (4,3) → self 3
 *   P2 (94) C1 (4,3) → self 3                C2 (4,2) → self 4
 *   P3 (94) C1 (3,1) → self 4 (T 4)          C2 (5,1) → self 2
 *   P4 (95) C1 (4,2) → self 5                C2 (4,2) → self 2
 *   P5 (94) answered the campaign only (assessed, never enrolled)
 * TRAINER_ELSE_SELF, everyone:
 *   C1: post C 4,3,4,5; pre C mean 2, post 4, change 2, improved 3/4;
 *       pre MWDS mean(3,1,2,2) × mean(5,4,3,4) = 2 × 4 = 8;
 *       post T 5,4,4,4 (P3 gave 4; others none → pre T), gaps 1,1,0,−1 → 1/4 × 17/4 = 17/16
 *   C2: pre C 3,2,1,2 (mean 2), post 3,4,2,2 (2.75), change 0.75, improved 2/4;
 *       pre MWDS mean(1,2,4,2) × 17/4 = 9/4 × 17/4 = 153/16; post gaps 1,0,3,2 → 1.5 × 17/4 = 6.375
 */
let t: TestApp;
let admin: string;
let campaignId: string;
let curriculumId: string;
let cohortA: string;
let cohortB: string;
let codes: string[];
const P: { id: string; token: string }[] = [];
let trainer: { id: string; token: string };
let otherTrainer: { id: string; token: string };
let coordinator94: string;
let coordinator96: string;

async function ok<T = Record<string, any>>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const r = await t.gql<T>(query, variables, { token });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data as T;
}

const REASSESS = `mutation($i: SubmitReassessmentInput!) { submitReassessment(input: $i) { id source level target competencyCode curriculumId } }`;
const EVIDENCE = `mutation($i: AddCompetencyEvidenceInput!) { addCompetencyEvidence(input: $i) { id source level evidence ratedByName } }`;
const CLOSURE = `query($c: ID!, $g: GapClosureGrouping, $r: PostRatingRule, $cu: ID) { gapClosure(campaignId: $c, groupBy: $g, postRule: $r, curriculumId: $cu) {
  primaryIndex minGroupSize groups { key label respondents suppressed figures { competencyCode n meanPreCurrent meanPostCurrent meanChange shareImproved preIndex postIndex } } } }`;
const HISTORY = `{ myCompetencyHistory { id kind source competencyCode level target evidence ratedAt campaignTitle curriculumTitle ratedByName } }`;

function reassess(token: string, ratings: { competencyCode: string; level: number; target?: number }[], clientSubmissionId: string = randomUUID()) {
  return t.gql(REASSESS, { i: { curriculumId, clientSubmissionId, ratings } }, { token });
}

async function download(path: string, token: string): Promise<Response> {
  return fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminToken(t);
  const campaign = await createCampaign(t, { provinceCodes: ['94', '95'], minGroupSize: 3 });
  campaignId = campaign.id;
  codes = campaign.codes;
  const taught = ['D1-C1', 'D1-C2'];
  await ok(
    'mutation($i: CreateTrainingModuleInput!) { createTrainingModule(input: $i) { code } }',
    { i: { code: 'TRK-101', title: { th: 'โมดูลติดตาม' }, hours: 6, competencyTargets: taught.map((c) => ({ competencyCode: c, targetLevel: 4 })) } },
    admin,
  );
  curriculumId = (await ok<{ createCurriculum: { id: string } }>('mutation($i: CreateCurriculumInput!) { createCurriculum(input: $i) { id } }', { i: { title: 'หลักสูตรติดตาม', campaignId, moduleCodes: ['TRK-101'] } }, admin))
    .createCurriculum.id;
  const cohort = async (name: string, provinceCode: string) =>
    (await ok<{ saveCohort: { id: string } }>('mutation($i: SaveCohortInput!) { saveCohort(input: $i) { id } }', { i: { name, curriculumId, provinceCode, teachingLanguage: 'THAI', capacity: 20 } }, admin))
      .saveCohort.id;
  cohortA = await cohort('รุ่น A ปัตตานี', '94');
  cohortB = await cohort('รุ่น B ยะลา', '95');

  const pre: Record<string, [number, number]>[] = [
    { 'D1-C1': [5, 2], 'D1-C2': [4, 3] },
    { 'D1-C1': [4, 3], 'D1-C2': [4, 2] },
    { 'D1-C1': [3, 1], 'D1-C2': [5, 1] },
    { 'D1-C1': [4, 2], 'D1-C2': [4, 2] },
    { 'D1-C1': [4, 4], 'D1-C2': [4, 4] },
  ];
  const provinces = ['94', '94', '94', '95', '94'];
  for (let i = 0; i < 5; i += 1) {
    const user = await t.createUser({ role: Role.PRACTITIONER, provinceCode: provinces[i]!, gender: i % 2 ? Gender.MALE : Gender.FEMALE, sector: Sector.COMMUNITY });
    await consent(t, user.token);
    await ok(SUBMIT, { i: buildSubmission(campaignId, codes, (code) => pre[i]![code] ?? [4, 2]) }, user.token);
    P.push({ id: user.id, token: user.token });
  }
  const enrol = (cohortId: string, practitionerId: string) => ok('mutation($i: EnrolInput!) { enrol(input: $i) { id } }', { i: { cohortId, practitionerId } }, admin);
  for (const p of P.slice(0, 3)) await enrol(cohortA, p.id);
  await enrol(cohortB, P[3]!.id);

  const tr = await t.createUser({ role: Role.TRAINER, provinceCode: '94', displayName: 'Trainer Tracking' });
  trainer = { id: tr.id, token: tr.token };
  const other = await t.createUser({ role: Role.TRAINER, provinceCode: '94' });
  otherTrainer = { id: other.id, token: other.token };
  coordinator94 = (await t.createUser({ role: Role.COORDINATOR, managedProvinceCodes: ['94'] })).token;
  coordinator96 = (await t.createUser({ role: Role.COORDINATOR, managedProvinceCodes: ['96'] })).token;

  // A session of cohort A taught by `trainer` (a persisted factory: the scheduler is tested elsewhere).
  const db = t.ruamsang.dataSource;
  const [venue] = await db.query<{ id: string }[]>(`INSERT INTO venue (province_code, name, capacity) VALUES ('94', 'Tracking hall', 30) RETURNING id`);
  const [module] = await db.query<{ id: string }[]>(`SELECT id FROM training_module WHERE code = 'TRK-101'`);
  const [session] = await db.query<{ id: string }[]>(
    `INSERT INTO training_session (cohort_id, module_id, venue_id, trainer_ids, dates, start_time, end_time, status)
     VALUES ($1, $2, $3, ARRAY[$4]::uuid[], ARRAY['2027-02-01', '2027-02-02'], '09:00', '16:00', 'PUBLISHED') RETURNING id`,
    [cohortA, module!.id, venue!.id, trainer.id],
  );
  // P1 attends both days (100 %), P2 the first only (50 %), P3 comes late on the second (50 %, LATE counts as
  // attended): under the default 80 % rule only P1
  // completes — computed by the completion rule when P1's self re-assessment below is stored (the tracking hook).
  const marks: [number, string, string][] = [
    [0, '2027-02-01', 'PRESENT'],
    [0, '2027-02-02', 'PRESENT'],
    [1, '2027-02-01', 'PRESENT'],
    [1, '2027-02-02', 'ABSENT'],
    [2, '2027-02-01', 'ABSENT'],
    [2, '2027-02-02', 'LATE'],
  ];
  for (const [i, date, status] of marks) {
    await db.query(`INSERT INTO attendance (session_id, session_date, practitioner_id, status, method, marked_at) VALUES ($1, $2, $3, $4, 'TRAINER', now())`, [session!.id, date, P[i]!.id, status]);
  }

  // The post ratings of the worked example.
  const post: [number, { competencyCode: string; level: number; target?: number }[]][] = [
    [0, [{ competencyCode: 'D1-C1', level: 3, target: 5 }, { competencyCode: 'D1-C2', level: 3 }]],
    [1, [{ competencyCode: 'D1-C1', level: 3, target: 4 }, { competencyCode: 'D1-C2', level: 4 }]],
    [2, [{ competencyCode: 'D1-C1', level: 4, target: 4 }, { competencyCode: 'D1-C2', level: 2 }]],
    [3, [{ competencyCode: 'D1-C1', level: 5 }, { competencyCode: 'D1-C2', level: 2 }]],
  ];
  for (const [i, ratings] of post) {
    const r = await reassess(P[i]!.token, ratings);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
  }
  // Stored after the self rating, so it is the latest trainer rating.
  await ok(EVIDENCE, { i: { practitionerId: P[0]!.id, cohortId: cohortA, competencyCode: 'D1-C1', level: 4, evidence: 'Led a compost demonstration unaided', clientSubmissionId: randomUUID() } }, trainer.token);
}, 180_000);

afterAll(async () => {
  await t?.close();
});

describe('re-assessment and history', () => {
  it('keeps every source: the campaign rating, the self re-assessment, trainer evidence and an imported rating all show, newest first', async () => {
    // An imported rating (e.g. from another system) for the same competency.
    await t.ruamsang.dataSource.query(
      `INSERT INTO competency_rating (practitioner_id, competency_code, curriculum_id, source, level, rated_at) VALUES ($1, 'D1-C1', $2, 'IMPORTED', 2, now() - interval '1 day')`,
      [P[0]!.id, curriculumId],
    );
    const history = (await ok<{ myCompetencyHistory: any[] }>(HISTORY, {}, P[0]!.token)).myCompetencyHistory;
    const c1 = history.filter((h) => h.competencyCode === 'D1-C1');
    expect(c1.map((h) => [h.kind, h.source, h.level])).toEqual([
      ['TRACKING', 'TRAINER', 4],
      ['TRACKING', 'SELF', 3],
      ['NEEDS_ASSESSMENT', 'SELF', 2],
      // dated a day back (brought in from an earlier record): the oldest
      ['TRACKING', 'IMPORTED', 2],
    ]);
    expect(c1[0]).toMatchObject({ evidence: 'Led a compost demonstration unaided', ratedByName: 'Trainer Tracking', curriculumTitle: 'หลักสูตรติดตาม' });
    expect(c1[2]).toMatchObject({ target: 5, campaignTitle: 'Test campaign' });
    const times = history.map((h) => Date.parse(h.ratedAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    // Another practitioner sees only their own.
    const theirs = (await ok<{ myCompetencyHistory: any[] }>(HISTORY, {}, P[1]!.token)).myCompetencyHistory;
    expect(theirs.some((h) => h.source === 'TRAINER' || h.source === 'IMPORTED')).toBe(false);
  });

  it('never overwrites: a second re-assessment is new rows, and the same clientSubmissionId stores nothing new', async () => {
    const count = async () => Number((await t.ruamsang.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM competency_rating WHERE practitioner_id = $1`, [P[4]!.id]))[0]!.n);
    // P5 enrols late and re-assesses twice with one id.
    await ok('mutation($i: EnrolInput!) { enrol(input: $i) { id } }', { i: { cohortId: cohortA, practitionerId: P[4]!.id } }, admin);
    const id = randomUUID();
    const first = await reassess(P[4]!.token, [{ competencyCode: 'D1-C1', level: 4 }], id);
    expect(first.errors).toBeUndefined();
    const again = await reassess(P[4]!.token, [{ competencyCode: 'D1-C1', level: 4 }], id);
    expect(again.errors).toBeUndefined();
    expect((again.data as any).submitReassessment.map((r: any) => r.id)).toEqual((first.data as any).submitReassessment.map((r: any) => r.id));
    expect(await count()).toBe(1);
    const corrected = await reassess(P[4]!.token, [{ competencyCode: 'D1-C1', level: 5 }]);
    expect(corrected.errors).toBeUndefined();
    expect(await count()).toBe(2);
    const levels = await t.ruamsang.dataSource.query<{ level: number }[]>(`SELECT level FROM competency_rating WHERE practitioner_id = $1 ORDER BY created_at`, [P[4]!.id]);
    expect(levels.map((l) => l.level)).toEqual([4, 5]);
    // The same id used by someone else is a conflict, not a silent success.
    const stolen = await reassess(P[0]!.token, [{ competencyCode: 'D1-C1', level: 4 }], id);
    expect(errorCode(stolen)).toBe('CONFLICT');
    // Audited in the same transaction.
    const audit = await t.ruamsang.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM audit_event WHERE entity = 'competency_rating' AND subject_id = $1`, [P[4]!.id]);
    expect(Number(audit[0]!.n)).toBe(2);
    // Undo P5's enrolment so the dashboards below keep the worked example.
    await ok('mutation($i: EnrolInput!) { withdraw(input: $i) { id } }', { i: { cohortId: cohortA, practitionerId: P[4]!.id } }, admin);
    await t.ruamsang.dataSource.query(`DELETE FROM competency_rating WHERE practitioner_id = $1`, [P[4]!.id]);
  });

  it('refuses out-of-range levels, overlong evidence and competencies the curriculum does not teach, naming the field', async () => {
    const bad = await reassess(P[0]!.token, [{ competencyCode: 'D1-C1', level: 6 }]);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors)).toMatch(/level/);
    const zero = await reassess(P[0]!.token, [{ competencyCode: 'D1-C1', level: 0, target: 3 }]);
    expect(errorCode(zero)).toBe('BAD_USER_INPUT');
    const notTaught = await reassess(P[0]!.token, [{ competencyCode: 'D2-C1', level: 3 }]);
    expect(errorCode(notTaught)).toBe('BAD_USER_INPUT');
    expect(notTaught.errors?.[0]?.message).toMatch(/D2-C1/);
    const twice = await reassess(P[0]!.token, [{ competencyCode: 'D1-C1', level: 3 }, { competencyCode: 'D1-C1', level: 4 }]);
    expect(errorCode(twice)).toBe('BAD_USER_INPUT');
    const long = await t.gql(EVIDENCE, { i: { practitionerId: P[0]!.id, cohortId: cohortA, competencyCode: 'D1-C1', level: 4, evidence: 'x'.repeat(2001), clientSubmissionId: randomUUID() } }, { token: trainer.token });
    expect(errorCode(long)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(long.errors)).toMatch(/evidence/);
  });

  it('lets practitioners re-assess only curricula they hold a seat in, and trainers add evidence only for cohorts they teach', async () => {
    // P5 holds no seat (withdrawn above).
    expect(errorCode(await reassess(P[4]!.token, [{ competencyCode: 'D1-C1', level: 3 }]))).toBe('FORBIDDEN');
    expect(errorCode(await reassess(trainer.token, [{ competencyCode: 'D1-C1', level: 3 }]))).toBe('FORBIDDEN');
    const evidence = (token: string, practitionerId: string, cohortId = cohortA) =>
      t.gql(EVIDENCE, { i: { practitionerId, cohortId, competencyCode: 'D1-C1', level: 3, evidence: 'Observed in the field visit', clientSubmissionId: randomUUID() } }, { token });
    expect(errorCode(await evidence(otherTrainer.token, P[0]!.id))).toBe('FORBIDDEN');
    expect(errorCode(await evidence(trainer.token, P[3]!.id))).toBe('FORBIDDEN'); // P4 is in cohort B
    expect(errorCode(await evidence(trainer.token, P[3]!.id, cohortB))).toBe('FORBIDDEN'); // not taught by them
    expect(errorCode(await evidence(coordinator94, P[0]!.id))).toBe('FORBIDDEN');
    expect(errorCode(await evidence(P[1]!.token, P[0]!.id))).toBe('FORBIDDEN');
    const roster = await ok<{ evidenceRoster: any }>(`query($c: ID!) { evidenceRoster(cohortId: $c) { practitioners { id } competencies { code } } }`, { c: cohortA }, trainer.token);
    expect(roster.evidenceRoster.competencies.map((c: any) => c.code)).toEqual(['D1-C1', 'D1-C2']);
    expect(roster.evidenceRoster.practitioners.map((p: any) => p.id).sort()).toEqual([P[0]!.id, P[1]!.id, P[2]!.id].sort());
    expect(errorCode(await t.gql(`query($c: ID!) { evidenceRoster(cohortId: $c) { cohortId } }`, { c: cohortA }, { token: otherTrainer.token }))).toBe('FORBIDDEN');
  });

  it('offers the practitioner the curricula they hold a seat in, with their pre ratings', async () => {
    const mine = await ok<{ myReassessments: any[] }>(`{ myReassessments { curriculumId cohortId competencies { code preTarget preCurrent lastLevel } } }`, {}, P[0]!.token);
    expect(mine.myReassessments).toEqual([
      {
        curriculumId,
        cohortId: cohortA,
        competencies: [
          { code: 'D1-C1', preTarget: 5, preCurrent: 2, lastLevel: 3 },
          { code: 'D1-C2', preTarget: 4, preCurrent: 3, lastLevel: 3 },
        ],
      },
    ]);
  });
});

describe('gap closure', () => {
  it('matches the hand-worked figures', async () => {
    const closure = (await ok<{ gapClosure: any }>(CLOSURE, { c: campaignId }, admin)).gapClosure;
    expect(closure.primaryIndex).toBe('mwds');
    expect(closure.minGroupSize).toBe(3);
    expect(closure.groups).toHaveLength(1);
    const [all] = closure.groups;
    expect(all).toMatchObject({ key: 'ALL', respondents: 4, suppressed: false });
    const [c1, c2] = all.figures;
    expect(c1.competencyCode).toBe('D1-C1');
    expect(c1.n).toBe(4);
    expect(c1.meanPreCurrent).toBe(2);
    expect(c1.meanPostCurrent).toBe(4);
    expect(c1.meanChange).toBe(2);
    expect(c1.shareImproved).toBe(0.75);
    expect(c1.preIndex).toBe(8);
    expect(c1.postIndex).toBeCloseTo(17 / 16, 12);
    expect(c2.meanPreCurrent).toBe(2);
    expect(c2.meanPostCurrent).toBe(2.75);
    expect(c2.meanChange).toBe(0.75);
    expect(c2.shareImproved).toBe(0.5);
    expect(c2.preIndex).toBeCloseTo(153 / 16, 12);
    expect(c2.postIndex).toBeCloseTo(6.375, 12);
  });

  it('follows the post-rating rule: self ratings only change P1’s C1 to 3', async () => {
    const self = (await ok<{ gapClosure: any }>(CLOSURE, { c: campaignId, r: 'SELF' }, admin)).gapClosure;
    expect(self.groups[0].figures[0].meanPostCurrent).toBe(15 / 4);
    const trainerOnly = (await ok<{ gapClosure: any }>(CLOSURE, { c: campaignId, r: 'TRAINER' }, admin)).gapClosure;
    // One paired practitioner: below k = 3, suppressed.
    expect(trainerOnly.groups).toEqual([expect.objectContaining({ respondents: 1, suppressed: true })]);
    expect(trainerOnly.groups[0].figures.every((f: any) => f.meanChange === null && f.n === 0)).toBe(true);
  });

  it('suppresses small groups with the gap analysis rule: Yala has one paired practitioner', async () => {
    const byProvince = (await ok<{ gapClosure: any }>(CLOSURE, { c: campaignId, g: 'PROVINCE' }, admin)).gapClosure;
    expect(byProvince.groups.map((g: any) => [g.key, g.respondents, g.suppressed])).toEqual([
      ['94', 3, false],
      ['95', 1, true],
    ]);
    const yala = byProvince.groups[1];
    expect(yala.figures.every((f: any) => f.meanPreCurrent === null && f.meanPostCurrent === null && f.preIndex === null)).toBe(true);
    // Pattani C1: P1 (5,2)→(5,4), P2 (4,3)→(4,3), P3 (3,1)→(4,4): pre C 2, post 11/3
    expect(byProvince.groups[0].figures[0]).toMatchObject({ n: 3, meanPreCurrent: 2, shareImproved: 2 / 3 });
    expect(byProvince.groups[0].figures[0].meanPostCurrent).toBeCloseTo(11 / 3, 12);
    const byCohort = (await ok<{ gapClosure: any }>(CLOSURE, { c: campaignId, g: 'COHORT' }, admin)).gapClosure;
    expect(byCohort.groups.map((g: any) => [g.label, g.respondents, g.suppressed])).toEqual([
      // the imported rating of the first test names no cohort
      ['Not stated', 1, true],
      ['รุ่น A ปัตตานี', 3, false],
      ['รุ่น B ยะลา', 1, true],
    ]);
    const byCurriculum = (await ok<{ gapClosure: any }>(CLOSURE, { c: campaignId, g: 'CURRICULUM', cu: curriculumId }, admin)).gapClosure;
    expect(byCurriculum.groups).toEqual([expect.objectContaining({ key: curriculumId, label: 'หลักสูตรติดตาม', respondents: 4 })]);
  });

  it('is for coordinators of the campaign’s provinces (their people only) and admins', async () => {
    const own = (await ok<{ gapClosure: any }>(CLOSURE, { c: campaignId }, coordinator94)).gapClosure;
    expect(own.groups[0].respondents).toBe(3);
    for (const token of [coordinator96, trainer.token, P[0]!.token]) {
      expect(errorCode(await t.gql(CLOSURE, { c: campaignId }, { token }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await t.gql(CLOSURE, { c: campaignId }, {}))).toBe('UNAUTHENTICATED');
  });

  it('exports CSV and XLSX that match the query, suppression included', async () => {
    const closure = (await ok<{ gapClosure: any }>(CLOSURE, { c: campaignId, g: 'PROVINCE' }, admin)).gapClosure;
    const csv = await download(`/exports/gap-closure/${campaignId}.csv?groupBy=PROVINCE&lang=en`, admin);
    expect(csv.status).toBe(200);
    const parsed = Papa.parse<Record<string, string>>((await csv.text()).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(parsed.data).toHaveLength(closure.groups.length * 2);
    for (const g of closure.groups)
      for (const f of g.figures) {
        const row = parsed.data.find((r) => r['Group code'] === g.key && r['Competency code'] === f.competencyCode)!;
        // a suppressed group shows "< k" for its size, never the count
        expect(row['Paired practitioners']).toBe(g.suppressed ? '< 3' : String(g.respondents));
        expect(row['Mean change'] === '' ? null : Number(row['Mean change'])).toEqual(f.meanChange === null ? null : expect.closeTo(f.meanChange, 12));
        expect(row['Gap index after'] === '' ? null : Number(row['Gap index after'])).toEqual(f.postIndex === null ? null : expect.closeTo(f.postIndex, 12));
        for (const cell of [row['Mean change'], row['Gap index after']]) expect(cell).not.toMatch(/\d{16}/);
        expect(row['Status']).toBe(g.suppressed ? 'suppressed (n < 3)' : '');
      }
    const xlsx = await download(`/exports/gap-closure/${campaignId}.xlsx?groupBy=PROVINCE&lang=en`, admin);
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    const firstFigures = closure.groups[0].figures[0];
    expect(sheet.getRow(2).getCell(col('Mean before (C)')).value).toBe(firstFigures.meanPreCurrent);
    expect(sheet.getRow(2).getCell(col('Mean after (C)')).value).toBeCloseTo(firstFigures.meanPostCurrent, 12);
    expect(sheet.getRow(4).getCell(col('Status')).value).toBe('suppressed (n < 3)');
    expect(sheet.getRow(4).getCell(col('Mean after (C)')).value).toBeNull();
    expect((await download(`/exports/gap-closure/${campaignId}.csv`, coordinator96)).status).toBe(403);
    expect((await download(`/exports/gap-closure/${campaignId}.csv?groupBy=NOPE`, admin)).status).toBe(400);
  });
});

describe('completion dashboard and funnel', () => {
  const COMPLETION = `query($c: ID!, $g: CompletionGrouping) { completionDashboard(curriculumId: $c, groupBy: $g) { minGroupSize groups { key enrolled suppressed completed completionRate } } }`;
  const FUNNEL = `query($c: ID!, $p: String) { trainingFunnel(curriculumId: $c, provinceCode: $p) { people suppressed stages { stage count shareOfPrevious } } }`;

  it('gives completion by province, suppressed below k', async () => {
    const d = (await ok<{ completionDashboard: any }>(COMPLETION, { c: curriculumId, g: 'PROVINCE' }, admin)).completionDashboard;
    expect(d.groups).toEqual([
      { key: '94', enrolled: 3, suppressed: false, completed: 1, completionRate: 1 / 3 },
      { key: '95', enrolled: 1, suppressed: true, completed: null, completionRate: null },
    ]);
    const byGender = (await ok<{ completionDashboard: any }>(COMPLETION, { c: curriculumId, g: 'GENDER' }, admin)).completionDashboard;
    // P1, P3 female; P2, P4 male: both groups of 2 < 3
    expect(byGender.groups.map((g: any) => [g.key, g.enrolled, g.suppressed])).toEqual([
      ['FEMALE', 2, true],
      ['MALE', 2, true],
    ]);
    const coordinator = (await ok<{ completionDashboard: any }>(COMPLETION, { c: curriculumId, g: 'ALL' }, coordinator94)).completionDashboard;
    expect(coordinator.groups).toEqual([{ key: 'ALL', enrolled: 3, suppressed: false, completed: 1, completionRate: 1 / 3 }]);
    expect(errorCode(await t.gql(COMPLETION, { c: curriculumId }, { token: coordinator96 }))).toBe('FORBIDDEN');
  });

  it('counts the funnel assessed → enrolled → attended → completed → improved', async () => {
    const f = (await ok<{ trainingFunnel: any }>(FUNNEL, { c: curriculumId }, admin)).trainingFunnel;
    expect(f.people).toBe(5);
    expect(f.suppressed).toBe(false);
    // improved: P1 (C1 4 > 2), P2 (C2 4 > 2), P3 (C1 4 > 1), P4 (C1 5 > 2)
    expect(f.stages.map((s: any) => [s.stage, s.count])).toEqual([
      ['ASSESSED', 5],
      ['ENROLLED', 4],
      ['ATTENDED', 3],
      ['COMPLETED', 1],
      ['IMPROVED', 4],
    ]);
    expect(f.stages[1].shareOfPrevious).toBe(0.8);
    const yala = (await ok<{ trainingFunnel: any }>(FUNNEL, { c: curriculumId, p: '95' }, admin)).trainingFunnel;
    expect(yala).toMatchObject({ people: 1, suppressed: true });
    expect(yala.stages.every((s: any) => s.count === null)).toBe(true);
    expect(errorCode(await t.gql(FUNNEL, { c: curriculumId, p: '95' }, { token: coordinator94 }))).toBe('FORBIDDEN');
  });

  it('exports completion and the funnel as shown', async () => {
    const d = (await ok<{ completionDashboard: any }>(COMPLETION, { c: curriculumId, g: 'PROVINCE' }, admin)).completionDashboard;
    const csv = await download(`/exports/completion/${curriculumId}.csv?groupBy=PROVINCE&lang=en`, admin);
    const rows = Papa.parse<Record<string, string>>((await csv.text()).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => [r['Group code'], r['Enrolled'], r['Completed'], r['Completion rate']])).toEqual(
      d.groups.map((g: any) => [g.key, g.suppressed ? `< ${d.minGroupSize}` : String(g.enrolled), g.completed === null ? '' : String(g.completed), g.completionRate === null ? '' : String(Number(g.completionRate.toPrecision(15)))]),
    );
    const f = (await ok<{ trainingFunnel: any }>(FUNNEL, { c: curriculumId }, admin)).trainingFunnel;
    const xlsx = await download(`/exports/funnel/${curriculumId}.xlsx?lang=en`, admin);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const counts = f.stages.map((_: unknown, i: number) => sheet.getRow(i + 2).getCell(header.indexOf('People') + 1).value);
    expect(counts).toEqual(f.stages.map((s: any) => s.count));
  });
});

describe('privacy', () => {
  it('exports a person’s ratings and, on erasure, blanks evidence but keeps the levels so gap closure stays', async () => {
    const before = (await ok<{ gapClosure: any }>(CLOSURE, { c: campaignId }, admin)).gapClosure;
    const mine = await ok<{ exportMyData: any }>('{ exportMyData }', {}, P[0]!.token);
    expect(JSON.stringify(mine.exportMyData)).toContain('Led a compost demonstration unaided');
    await ok('mutation($id: ID!) { eraseUser(id: $id) }', { id: P[0]!.id }, admin);
    const rows = await t.ruamsang.dataSource.query<{ evidence: string | null; level: number }[]>(`SELECT evidence, level FROM competency_rating WHERE practitioner_id = $1`, [P[0]!.id]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.evidence === null)).toBe(true);
    // The campaign response is unlinked on erasure, so P1 no longer pairs: closure is over the rest.
    const after = (await ok<{ gapClosure: any }>(CLOSURE, { c: campaignId }, admin)).gapClosure;
    expect(after.groups[0].respondents).toBe(before.groups[0].respondents - 1);
  });
});
