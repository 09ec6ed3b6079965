import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays, bangkokDateOf } from '@ruamsang/domain';
import { Role } from '@ruamsang/shared';
import { AttendanceService } from '../../apps/api/src/modules/attendance/attendance.service.js';
import { AttendanceStatus } from '../../apps/api/src/modules/attendance/entities/attendance.entity.js';
import { adminToken, createCampaign } from '../support/factories.js';
import { errorCode, startTestApp, type GraphQLResult, type TestApp } from '../support/test-app.js';

/**
 * Attendance, completion and certificates, black-box against a booted API.
 * Cohort A of one curriculum has three sessions (Asia/Bangkok dates, `today` = the run's day):
 *   S1  2 days × 395 min (08:00–14:35), 10 and 9 days ago  = 790
 *   S2  1 day  ×  10 min (15:00–15:10),  8 days ago         =  10
 *   S3  1 day  × 200 min (09:00–12:20),  today              = 200      scheduled 1000 minutes
 * Under the default 80 % rule 800 minutes are required: S1 alone (790, 79 %) is not complete,
 * S1 + S2 (800, 80 %) is.
 */
let t: TestApp;
let admin: string;
let curriculumId: string;
let cohortId: string;
let codes: string[];
const today = bangkokDateOf(new Date());
const D1 = addDays(today, -10);
const D2 = addDays(today, -9);
const D3 = addDays(today, -8);
let S1: string;
let S2: string;
let S3: string;
type Person = { id: string; token: string; name: string };
let p79: Person;
let p80: Person;
let walker: Person; // checks in with the QR code
let absentee: Person; // marked ABSENT, then checks in
let corrected: Person; // whose mark is corrected
let outsider: Person; // not enrolled
let peer: Person; // another seated practitioner (PDF refused)
let trainer: Person;
let otherTrainer: Person;
let coordinator95: string;

async function ok<T = Record<string, any>>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const r = await t.gql<T>(query, variables, { token });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data as T;
}

const MARK = `mutation($i: MarkAttendanceInput!) { markAttendance(input: $i) { sessionId sessionDate dates moduleTitle cohortName provinceCode startTime endTime
  marks { practitionerId practitionerName status method markedAt corrected } } }`;
const CORRECT = `mutation($i: CorrectAttendanceInput!) { correctAttendance(input: $i) { practitionerId status method corrected } }`;
const CORRECTIONS = `query($s: ID!) { attendanceCorrections(sessionId: $s) { id sessionDate practitionerName oldStatus newStatus reason correctedByName correctedAt } }`;
const ROSTER = `query($s: ID!, $d: String!) { sessionRoster(sessionId: $s, sessionDate: $d) { sessionDate dates marks { practitionerId practitionerName status method corrected } } }`;
const CODE = `query($s: ID!, $d: String!) { sessionCheckInCode(sessionId: $s, sessionDate: $d) { code checkInPath qrSvg validOn } }`;
const CHECK_IN = `mutation($c: String!) { checkIn(code: $c) { sessionId sessionDate moduleTitle cohortName status alreadyMarked } }`;
const RULE = `mutation($i: SetCompletionRuleInput!) { setCompletionRule(input: $i) { curriculumId minAttendancePercent requiresPostAssessment } }`;
const PROGRESS = `query($c: ID!) { cohortProgress(cohortId: $c) { practitionerId practitionerName scheduledMinutes attendedMinutes requiredMinutes attendancePercent
  postAssessmentSubmitted complete certificateCode } }`;
const MINE = `{ myCertificates { code curriculumTitle completedAt pdfUrl holderName cohortName } }`;

const mark = (sessionId: string, sessionDate: string, marks: { practitionerId: string; status: string }[], token = trainer.token, clientBatchId: string = randomUUID()) =>
  t.gql(MARK, { i: { clientBatchId, sessionId, sessionDate, marks } }, { token });

async function progressOf(id: string): Promise<Record<string, any>> {
  const rows = (await ok<{ cohortProgress: Record<string, any>[] }>(PROGRESS, { c: cohortId }, trainer.token)).cohortProgress;
  const row = rows.find((r) => r['practitionerId'] === id);
  if (!row) throw new Error(`no progress row for ${id}`);
  return row;
}

const fieldOf = (r: GraphQLResult) => r.errors?.[0]?.extensions?.['field'];

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminToken(t);
  const campaign = await createCampaign(t, { provinceCodes: ['94'] });
  codes = campaign.codes;
  for (const [code, hours] of [
    ['ATT-101', 13],
    ['ATT-102', 1],
    ['ATT-103', 4],
  ] as const) {
    await ok(
      'mutation($i: CreateTrainingModuleInput!) { createTrainingModule(input: $i) { code } }',
      { i: { code, title: { th: `โมดูล ${code}`, en: `Module ${code}` }, hours, competencyTargets: [{ competencyCode: codes[0], targetLevel: 4 }] } },
      admin,
    );
  }
  curriculumId = (
    await ok<{ createCurriculum: { id: string } }>(
      'mutation($i: CreateCurriculumInput!) { createCurriculum(input: $i) { id } }',
      { i: { title: 'เกษตรนิเวศและความปลอดภัยอาหาร', campaignId: campaign.id, moduleCodes: ['ATT-101', 'ATT-102', 'ATT-103'] } },
      admin,
    )
  ).createCurriculum.id;
  cohortId = (
    await ok<{ saveCohort: { id: string } }>(
      'mutation($i: SaveCohortInput!) { saveCohort(input: $i) { id } }',
      { i: { name: 'รุ่นทดสอบการเข้าร่วม', curriculumId, provinceCode: '94', teachingLanguage: 'THAI', capacity: 20 } },
      admin,
    )
  ).saveCohort.id;

  const person = async (role: Role, displayName: string, extra: Record<string, unknown> = {}): Promise<Person> => {
    const u = await t.createUser({ role, displayName, provinceCode: '94', ...extra });
    return { id: u.id, token: u.token, name: displayName };
  };
  trainer = await person(Role.TRAINER, 'วิทยากร ทดสอบ');
  otherTrainer = await person(Role.TRAINER, 'วิทยากร อื่น');
  coordinator95 = (await t.createUser({ role: Role.COORDINATOR, provinceCode: '95', managedProvinceCodes: ['95'] })).token;
  p79 = await person(Role.PRACTITIONER, 'นายเจ็ดสิบเก้า ขาดหนึ่ง');
  p80 = await person(Role.PRACTITIONER, 'นางสาวกุ้ง ผู้ใหญ่บ้าน');
  walker = await person(Role.PRACTITIONER, 'นายสแกน มาเอง');
  absentee = await person(Role.PRACTITIONER, 'นางมาสาย ทีหลัง');
  corrected = await person(Role.PRACTITIONER, 'นายแก้ไข บันทึก');
  peer = await person(Role.PRACTITIONER, 'นางเพื่อน ร่วมรุ่น');
  outsider = await person(Role.PRACTITIONER, 'นายนอก รุ่น');
  for (const p of [p79, p80, walker, absentee, corrected, peer]) {
    await ok('mutation($i: EnrolInput!) { enrol(input: $i) { id status } }', { i: { cohortId, practitionerId: p.id } }, admin);
  }

  // Sessions in the past (and today) are a persisted factory: the scheduler only plans ahead.
  const db = t.ruamsang.dataSource;
  const [venue] = await db.query<{ id: string }[]>(`INSERT INTO venue (province_code, name, capacity) VALUES ('94', 'Attendance hall', 30) RETURNING id`);
  const session = async (moduleCode: string, dates: string[], start: string, end: string) => {
    const [row] = await db.query<{ id: string }[]>(
      `INSERT INTO training_session (cohort_id, module_id, venue_id, trainer_ids, dates, start_time, end_time, status)
       SELECT $1, m.id, $3, ARRAY[$4]::uuid[], $5::text[], $6, $7, 'PUBLISHED' FROM training_module m WHERE m.code = $2 RETURNING id`,
      [cohortId, moduleCode, venue!.id, trainer.id, dates, start, end],
    );
    return row!.id;
  };
  S1 = await session('ATT-101', [D1, D2], '08:00', '14:35');
  S2 = await session('ATT-102', [D3], '15:00', '15:10');
  S3 = await session('ATT-103', [today], '09:00', '12:20');
}, 180_000);

afterAll(async () => {
  await t?.close();
});

describe('marking and the completion rule', () => {
  it('79 % is not complete and 80 % is, under the default 80 % rule', async () => {
    const first = await mark(S1, D1, [
      { practitionerId: p79.id, status: 'PRESENT' },
      { practitionerId: p80.id, status: 'PRESENT' },
    ]);
    expect(first.errors).toBeUndefined();
    const roster = first.data!['markAttendance'];
    expect(roster).toMatchObject({ sessionId: S1, sessionDate: D1, dates: [D1, D2], moduleTitle: 'Module ATT-101', cohortName: 'รุ่นทดสอบการเข้าร่วม', provinceCode: '94', startTime: '08:00', endTime: '14:35' });
    // every SEATED person, by name; the unmarked with status null
    expect(roster.marks.map((m: { practitionerName: string }) => m.practitionerName)).toEqual([...[p79, p80, walker, absentee, corrected, peer].map((p) => p.name)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(roster.marks.find((m: { practitionerId: string }) => m.practitionerId === walker.id)).toMatchObject({ status: null, method: null, markedAt: null, corrected: false });
    expect(roster.marks.find((m: { practitionerId: string }) => m.practitionerId === p80.id)).toMatchObject({ status: 'PRESENT', method: 'TRAINER', corrected: false });

    expect((await mark(S1, D2, [{ practitionerId: p79.id, status: 'LATE' }, { practitionerId: p80.id, status: 'LATE' }])).errors).toBeUndefined();
    expect((await mark(S2, D3, [{ practitionerId: p79.id, status: 'ABSENT' }, { practitionerId: p80.id, status: 'PRESENT' }])).errors).toBeUndefined();

    expect(await progressOf(p79.id)).toMatchObject({ scheduledMinutes: 1000, attendedMinutes: 790, requiredMinutes: 800, attendancePercent: 79, complete: false, certificateCode: null });
    const done = await progressOf(p80.id);
    expect(done).toMatchObject({ scheduledMinutes: 1000, attendedMinutes: 800, requiredMinutes: 800, attendancePercent: 80, postAssessmentSubmitted: false, complete: true });
    expect(done['certificateCode']).toMatch(/^RS-[0-9A-HJKMNP-TV-Z]{10}$/);
    const rows = await t.ruamsang.dataSource.query<{ practitioner_id: string; attended_minutes: number }[]>(`SELECT practitioner_id, attended_minutes FROM completion WHERE cohort_id = $1`, [cohortId]);
    expect(rows).toEqual([{ practitioner_id: p80.id, attended_minutes: 800 }]);

    const mine = (await ok<{ myCertificates: Record<string, any>[] }>(MINE, {}, p80.token)).myCertificates;
    expect(mine).toEqual([
      { code: done['certificateCode'], curriculumTitle: 'เกษตรนิเวศและความปลอดภัยอาหาร', completedAt: new Date(`${D3}T15:10:00+07:00`).toISOString(), pdfUrl: `/certificates/${done['certificateCode']}.pdf`, holderName: p80.name, cohortName: 'รุ่นทดสอบการเข้าร่วม' },
    ]);
    expect((await ok<{ myCertificates: unknown[] }>(MINE, {}, p79.token)).myCertificates).toEqual([]);
  });

  it('answers a retried batch without storing anything twice, even if the retry differs', async () => {
    const batch = randomUUID();
    const marks = [{ practitionerId: corrected.id, status: 'PRESENT' }];
    const count = async () =>
      Promise.all([
        t.ruamsang.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM attendance WHERE practitioner_id = $1`, [corrected.id]),
        t.ruamsang.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM attendance_batch_receipt WHERE client_batch_id = $1`, [batch]),
        t.ruamsang.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM attendance_correction`),
      ]).then((r) => r.map((x) => x[0]!.n));
    const first = await mark(S1, D1, marks, trainer.token, batch);
    expect(first.errors).toBeUndefined();
    const after = await count();
    expect(after.slice(0, 2)).toEqual([1, 1]);
    const again = await mark(S1, D1, marks, trainer.token, batch);
    expect(again.errors).toBeUndefined();
    expect(again.data!['markAttendance'].marks).toEqual(first.data!['markAttendance'].marks);
    // a retry with other content is answered with the roster as it is, not applied
    const altered = await mark(S1, D1, [{ practitionerId: corrected.id, status: 'ABSENT' }], trainer.token, batch);
    expect(altered.data!['markAttendance'].marks.find((m: { practitionerId: string }) => m.practitionerId === corrected.id).status).toBe('PRESENT');
    expect(await count()).toEqual(after);
    // the same batch id for another day is refused, naming the field
    const reused = await mark(S1, D2, marks, trainer.token, batch);
    expect(errorCode(reused)).toBe('BAD_USER_INPUT');
    expect(fieldOf(reused)).toBe('clientBatchId');
  });

  it('applies a batch sent three times at once exactly once', async () => {
    const batch = `uuid:${randomUUID()}`;
    // Straight into the service, all at once (as the scheduling spec does): the receipt's primary key is what keeps it to one.
    const service = t.ruamsang.app.get(AttendanceService);
    const actor = { id: trainer.id, role: Role.TRAINER, managedProvinceCodes: [] };
    const input = { clientBatchId: batch, sessionId: S1, sessionDate: D2, marks: [{ practitionerId: corrected.id, status: AttendanceStatus.PRESENT }] };
    const results = await Promise.all([0, 1, 2].map(() => service.markAttendance(actor, input, 'th')));
    expect(results.map((r) => r.marks.find((m) => m.practitionerId === corrected.id)?.status)).toEqual(['PRESENT', 'PRESENT', 'PRESENT']);
    const rows = await t.ruamsang.dataSource.query<{ status: string }[]>(`SELECT status FROM attendance WHERE practitioner_id = $1 AND session_date = $2::date`, [corrected.id, D2]);
    expect(rows).toEqual([{ status: 'PRESENT' }]);
    const receipts = await t.ruamsang.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM attendance_batch_receipt WHERE client_batch_id = $1`, [batch]);
    expect(receipts).toEqual([{ n: 1 }]);
  });

  it('logs a changed mark (reason null) and a correction (old → new, reason, who)', async () => {
    // corrected: PRESENT on S1/D1 (previous test); the roster re-tap changes it to LATE
    expect((await mark(S1, D1, [{ practitionerId: corrected.id, status: 'LATE' }])).errors).toBeUndefined();
    const fixed = await t.gql(CORRECT, { i: { sessionId: S1, sessionDate: D1, practitionerId: corrected.id, status: 'ABSENT', reason: '  Left before the first break  ' } }, { token: trainer.token });
    expect(fixed.errors).toBeUndefined();
    expect(fixed.data!['correctAttendance']).toEqual({ practitionerId: corrected.id, status: 'ABSENT', method: 'TRAINER', corrected: true });
    const log = (await ok<{ attendanceCorrections: Record<string, any>[] }>(CORRECTIONS, { s: S1 }, trainer.token)).attendanceCorrections.filter(
      (c) => c['practitionerName'] === corrected.name,
    );
    expect(log.map(({ sessionDate, oldStatus, newStatus, reason, correctedByName }) => ({ sessionDate, oldStatus, newStatus, reason, correctedByName }))).toEqual([
      { sessionDate: D1, oldStatus: 'LATE', newStatus: 'ABSENT', reason: 'Left before the first break', correctedByName: trainer.name },
      { sessionDate: D1, oldStatus: 'PRESENT', newStatus: 'LATE', reason: null, correctedByName: trainer.name },
    ]);
    // the same mark again is no change and logs nothing
    expect((await mark(S1, D1, [{ practitionerId: corrected.id, status: 'ABSENT' }])).errors).toBeUndefined();
    expect((await ok<{ attendanceCorrections: unknown[] }>(CORRECTIONS, { s: S1 }, trainer.token)).attendanceCorrections.length).toBe(2);
    const roster = (await ok<{ sessionRoster: Record<string, any> }>(ROSTER, { s: S1, d: D1 }, trainer.token)).sessionRoster;
    expect(roster.marks.find((m: { practitionerId: string }) => m.practitionerId === corrected.id)).toMatchObject({ status: 'ABSENT', corrected: true });
    expect(roster.marks.find((m: { practitionerId: string }) => m.practitionerId === p80.id)).toMatchObject({ status: 'PRESENT', corrected: false });
  });

  it('a correction below the rule withdraws the completion and revokes its certificate; the code then verifies no more', async () => {
    const code = (await progressOf(p80.id))['certificateCode'] as string;
    expect((await fetch(`${t.url}/verify/${code}`)).status).toBe(200);
    await ok(CORRECT, { i: { sessionId: S2, sessionDate: D3, practitionerId: p80.id, status: 'EXCUSED', reason: 'Was at a funeral' } }, trainer.token);
    expect(await progressOf(p80.id)).toMatchObject({ attendedMinutes: 790, complete: false, certificateCode: null });
    const revoked = await fetch(`${t.url}/verify/${code}`);
    expect(revoked.status).toBe(404);
    expect(await revoked.json()).toEqual({ valid: false });
    expect((await ok<{ myCertificates: unknown[] }>(MINE, {}, p80.token)).myCertificates).toEqual([]);
    // back above the rule: a new certificate with a new code; the revoked one stays revoked
    await ok(CORRECT, { i: { sessionId: S2, sessionDate: D3, practitionerId: p80.id, status: 'PRESENT', reason: 'Signed the paper list after all' } }, trainer.token);
    const again = await progressOf(p80.id);
    expect(again['complete']).toBe(true);
    expect(again['certificateCode']).not.toBe(code);
    expect((await fetch(`${t.url}/verify/${code}`)).status).toBe(404);
    expect((await fetch(`${t.url}/verify/${again['certificateCode']}`)).status).toBe(200);
    const stored = await t.ruamsang.dataSource.query<{ code: string; revoked: boolean }[]>(
      `SELECT code, revoked_at IS NOT NULL AS revoked FROM certificate WHERE practitioner_id = $1 ORDER BY issued_at, code`,
      [p80.id],
    );
    expect(stored.map((s) => [s.code, s.revoked])).toEqual(expect.arrayContaining([[code, true], [again['certificateCode'], false]]));
    expect(stored).toHaveLength(2);
  });

  it('lets a coordinator set the completion rule only of a curriculum taught in one of their provinces', async () => {
    const campaign = await createCampaign(t, { provinceCodes: ['96'] });
    const narathiwat = (
      await ok<{ createCurriculum: { id: string } }>(
        'mutation($i: CreateCurriculumInput!) { createCurriculum(input: $i) { id } }',
        { i: { title: 'หลักสูตรนราธิวาส', campaignId: campaign.id, moduleCodes: ['ATT-101'], provinceCodes: ['96', '94'] } },
        admin,
      )
    ).createCurriculum.id;
    const rule = (curriculum: string) => ({ i: { curriculumId: curriculum, minAttendancePercent: 75, requiresPostAssessment: false } });
    const refused = await t.gql(RULE, rule(narathiwat), { token: coordinator95, lang: 'th' });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toContain('จังหวัดที่ตนดูแล');
    // the curriculum of this file has no province: national
    expect((await t.gql(RULE, rule(curriculumId), { token: coordinator95 })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const coordinator96 = (await t.createUser({ role: Role.COORDINATOR, provinceCode: '96', managedProvinceCodes: ['96'] })).token;
    expect((await ok<{ setCompletionRule: unknown }>(RULE, rule(narathiwat), coordinator96)).setCompletionRule).toMatchObject({ curriculumId: narathiwat, minAttendancePercent: 75 });
  });

  it('recomputes everyone when the rule changes', async () => {
    const before = (await ok<{ completionRule: Record<string, unknown> }>('query($c: ID!) { completionRule(curriculumId: $c) { curriculumId minAttendancePercent requiresPostAssessment } }', { c: curriculumId }, p79.token))
      .completionRule;
    expect(before).toEqual({ curriculumId, minAttendancePercent: 80, requiresPostAssessment: false });
    expect((await ok<{ setCompletionRule: unknown }>(RULE, { i: { curriculumId, minAttendancePercent: 79, requiresPostAssessment: false } }, trainer.token)).setCompletionRule).toEqual({
      curriculumId,
      minAttendancePercent: 79,
      requiresPostAssessment: false,
    });
    const at79 = await progressOf(p79.id);
    expect(at79).toMatchObject({ requiredMinutes: 790, complete: true });
    const code79 = at79['certificateCode'] as string;
    expect((await fetch(`${t.url}/verify/${code79}`)).status).toBe(200);
    await ok(RULE, { i: { curriculumId, minAttendancePercent: 80, requiresPostAssessment: false } }, admin);
    expect(await progressOf(p79.id)).toMatchObject({ requiredMinutes: 800, complete: false, certificateCode: null });
    expect((await fetch(`${t.url}/verify/${code79}`)).status).toBe(404);
  });

  it('a self re-assessment completes someone under a rule that requires the post-assessment (the tracking hook)', async () => {
    await ok(RULE, { i: { curriculumId, minAttendancePercent: 80, requiresPostAssessment: true } }, admin);
    expect(await progressOf(p80.id)).toMatchObject({ attendedMinutes: 800, postAssessmentSubmitted: false, complete: false, certificateCode: null });
    await ok(
      'mutation($i: SubmitReassessmentInput!) { submitReassessment(input: $i) { id } }',
      { i: { curriculumId, clientSubmissionId: `row-${randomUUID()}`, ratings: [{ competencyCode: codes[0], level: 4 }] } },
      p80.token,
    );
    const after = await progressOf(p80.id);
    expect(after).toMatchObject({ postAssessmentSubmitted: true, complete: true });
    expect(after['certificateCode']).toMatch(/^RS-/);
    // attendance was enough days ago: the certificate is dated by the submission that completed it
    const [dates] = await t.ruamsang.dataSource.query<{ submitted: Date; completed: Date }[]>(
      `SELECT (SELECT min(rated_at) FROM competency_rating WHERE practitioner_id = $1 AND curriculum_id = $2 AND source = 'SELF') AS submitted,
              (SELECT completed_at FROM certificate WHERE code = $3) AS completed`,
      [p80.id, curriculumId, after['certificateCode']],
    );
    expect(dates!.completed).toEqual(dates!.submitted);
    expect(dates!.completed.getTime()).toBeGreaterThan(new Date(`${D3}T15:10:00+07:00`).getTime());
    // the post-assessment does not make up for missing attendance
    await ok(
      'mutation($i: SubmitReassessmentInput!) { submitReassessment(input: $i) { id } }',
      { i: { curriculumId, clientSubmissionId: randomUUID(), ratings: [{ competencyCode: codes[0], level: 3 }] } },
      p79.token,
    );
    expect(await progressOf(p79.id)).toMatchObject({ postAssessmentSubmitted: true, complete: false });
  });
});

describe('QR check-in', () => {
  let todayCode: string;

  it('gives the session day a signed code and an SVG QR of the check-in URL', async () => {
    const c = (await ok<{ sessionCheckInCode: Record<string, string> }>(CODE, { s: S3, d: today }, trainer.token)).sessionCheckInCode;
    todayCode = c['code']!;
    expect(todayCode).toMatch(/^[A-Za-z0-9_-]{48}$/);
    expect(c).toMatchObject({ checkInPath: `/check-in/${todayCode}`, validOn: today });
    expect(c['qrSvg']).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it('checks a seated practitioner in once; a second scan changes nothing', async () => {
    const first = (await ok<{ checkIn: Record<string, unknown> }>(CHECK_IN, { c: todayCode }, walker.token)).checkIn;
    expect(first).toEqual({ sessionId: S3, sessionDate: today, moduleTitle: 'Module ATT-103', cohortName: 'รุ่นทดสอบการเข้าร่วม', status: 'PRESENT', alreadyMarked: false });
    const second = (await ok<{ checkIn: Record<string, unknown> }>(CHECK_IN, { c: todayCode }, walker.token)).checkIn;
    expect(second).toMatchObject({ status: 'PRESENT', alreadyMarked: true });
    const rows = await t.ruamsang.dataSource.query<{ status: string; method: string }[]>(`SELECT status, method FROM attendance WHERE practitioner_id = $1`, [walker.id]);
    expect(rows).toEqual([{ status: 'PRESENT', method: 'QR_CHECK_IN' }]);
    expect(await progressOf(walker.id)).toMatchObject({ attendedMinutes: 200, complete: false });
  });

  it('upgrades a trainer-marked ABSENT to PRESENT with a logged correction', async () => {
    expect((await mark(S3, today, [{ practitionerId: absentee.id, status: 'ABSENT' }])).errors).toBeUndefined();
    const result = (await ok<{ checkIn: Record<string, unknown> }>(CHECK_IN, { c: todayCode }, absentee.token)).checkIn;
    expect(result).toMatchObject({ status: 'PRESENT', alreadyMarked: false });
    const log = (await ok<{ attendanceCorrections: Record<string, any>[] }>(CORRECTIONS, { s: S3 }, trainer.token)).attendanceCorrections;
    expect(log.map((c) => [c['practitionerName'], c['oldStatus'], c['newStatus'], c['correctedByName']])).toEqual([[absentee.name, 'ABSENT', 'PRESENT', absentee.name]]);
  });

  it('refuses a forged or altered code, a code for another day, and someone not seated in the cohort', async () => {
    const altered = todayCode.slice(0, 10) + (todayCode[10] === 'A' ? 'B' : 'A') + todayCode.slice(11);
    for (const code of [altered, 'not-a-code', todayCode.slice(0, 47)]) {
      const r = await t.gql(CHECK_IN, { c: code }, { token: walker.token });
      expect([code, errorCode(r), fieldOf(r)]).toEqual([code, 'BAD_USER_INPUT', 'code']);
    }
    const pastCode = (await ok<{ sessionCheckInCode: { code: string } }>(CODE, { s: S1, d: D1 }, trainer.token)).sessionCheckInCode.code;
    const past = await t.gql(CHECK_IN, { c: pastCode }, { token: p79.token, lang: 'th' });
    expect(errorCode(past)).toBe('BAD_USER_INPUT');
    expect(past.errors?.[0]?.message).toContain(D1);
    const stranger = await t.gql(CHECK_IN, { c: todayCode }, { token: outsider.token });
    expect(errorCode(stranger)).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(CHECK_IN, { c: todayCode }, { token: trainer.token }))).toBe('FORBIDDEN');
    expect(await t.ruamsang.dataSource.query(`SELECT 1 FROM attendance WHERE practitioner_id = $1`, [outsider.id])).toEqual([]);
  });
});

describe('certificates', () => {
  let code: string;

  beforeAll(async () => {
    code = (await progressOf(p80.id))['certificateCode'] as string;
  });

  it('verifies a real certificate with exactly holder, curriculum, completedAt and valid; a forged code gets 404', async () => {
    const real = await fetch(`${t.url}/verify/${code}`);
    expect(real.status).toBe(200);
    const body = (await real.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['completedAt', 'curriculum', 'holder', 'valid']);
    expect(body).toMatchObject({ valid: true, holder: p80.name, curriculum: 'เกษตรนิเวศและความปลอดภัยอาหาร' });
    expect(new Date(body['completedAt'] as string).toISOString()).toBe(body['completedAt']);
    // a lower-case copy typed by hand verifies too
    expect((await fetch(`${t.url}/verify/${code.toLowerCase()}`)).status).toBe(200);
    const forgedCode = `RS-${[...code.slice(3)].map((c) => (c === '0' ? '1' : '0')).join('')}`;
    for (const forged of [forgedCode, 'RS-', 'hello', `${code}X`]) {
      const r = await fetch(`${t.url}/verify/${encodeURIComponent(forged)}`);
      expect([forged, r.status, await r.json()]).toEqual([forged, 404, { valid: false }]);
    }
  });

  it('downloads the PDF for the holder with the Thai name and the code in it; refuses another practitioner', async () => {
    const response = await fetch(`${t.url}/certificates/${code}.pdf`, { headers: { authorization: `Bearer ${p80.token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const dir = mkdtempSync(join(tmpdir(), 'ruamsang-cert-'));
    writeFileSync(join(dir, 'c.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'c.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain(code);
    // pdftotext writes marks in visual order and may split words: compare the letters, not their order within a cluster
    const squash = (s: string) => s.replace(/\s+/g, '').replace(/\u0E33\u0E32/g, '\u0E33');
    const haystack = squash(text);
    const containsAnagram = (needle: string) => {
      const sorted = [...needle].sort().join('');
      for (let i = 0; i + needle.length <= haystack.length; i++) if ([...haystack.slice(i, i + needle.length)].sort().join('') === sorted) return true;
      return false;
    };
    expect(containsAnagram(squash(p80.name))).toBe(true);
    expect(containsAnagram(squash('เกษตรนิเวศและความปลอดภัยอาหาร'))).toBe(true);
    expect(text).toMatch(/พ\.ศ\. 25\d\d/);

    const staff = await fetch(`${t.url}/certificates/${code}.pdf`, { headers: { authorization: `Bearer ${trainer.token}` } });
    expect(staff.status).toBe(200);
    expect((await fetch(`${t.url}/certificates/${code}.pdf`, { headers: { authorization: `Bearer ${peer.token}` } })).status).toBe(403);
    expect((await fetch(`${t.url}/certificates/${code}.pdf`, { headers: { authorization: `Bearer ${otherTrainer.token}` } })).status).toBe(403);
    expect((await fetch(`${t.url}/certificates/${code}.pdf`)).status).toBe(401);
    expect((await fetch(`${t.url}/certificates/RS-0000000000.pdf`, { headers: { authorization: `Bearer ${p80.token}` } })).status).toBe(404);
  });
});

describe('validation names the field, in Thai and English', () => {
  it('refuses an empty batch, a person not seated, a duplicate, a day not of the session, a future day', async () => {
    for (const lang of ['th', 'en']) {
      const empty = await t.gql(MARK, { i: { clientBatchId: randomUUID(), sessionId: S1, sessionDate: D1, marks: [] } }, { token: trainer.token, lang });
      expect([errorCode(empty), fieldOf(empty)]).toEqual(['BAD_USER_INPUT', 'marks']);
      expect(empty.errors?.[0]?.message).toContain(lang === 'th' ? 'ต้องมีอย่างน้อย 1 รายการ' : 'must hold at least 1 items');
    }
    const stranger = await mark(S1, D1, [{ practitionerId: p79.id, status: 'PRESENT' }, { practitionerId: outsider.id, status: 'PRESENT' }]);
    expect([errorCode(stranger), fieldOf(stranger)]).toEqual(['BAD_USER_INPUT', 'marks.1.practitionerId']);
    const twice = await mark(S1, D1, [{ practitionerId: p79.id, status: 'PRESENT' }, { practitionerId: p79.id, status: 'LATE' }]);
    expect(fieldOf(twice)).toBe('marks.1.practitionerId');
    const notADay = await t.gql(MARK, { i: { clientBatchId: randomUUID(), sessionId: S1, sessionDate: D3, marks: [{ practitionerId: p79.id, status: 'PRESENT' }] } }, { token: trainer.token, lang: 'th' });
    expect(fieldOf(notADay)).toBe('sessionDate');
    expect(notADay.errors?.[0]?.message).toContain(`${D1}, ${D2}`);
    // nothing of the refused batches was stored
    expect((await progressOf(p79.id))['attendedMinutes']).toBe(790);

    // S3 gains tomorrow as a second day: it may not be marked yet
    await t.ruamsang.dataSource.query(`UPDATE training_session SET dates = ARRAY[$2, $3]::text[] WHERE id = $1`, [S3, today, addDays(today, 1)]);
    const ahead = await t.gql(MARK, { i: { clientBatchId: randomUUID(), sessionId: S3, sessionDate: addDays(today, 1), marks: [{ practitionerId: p79.id, status: 'PRESENT' }] } }, { token: trainer.token, lang: 'en' });
    expect([errorCode(ahead), fieldOf(ahead)]).toEqual(['BAD_USER_INPUT', 'sessionDate']);
    expect(ahead.errors?.[0]?.message).toContain('must not be after today');
    await t.ruamsang.dataSource.query(`UPDATE training_session SET dates = ARRAY[$2]::text[] WHERE id = $1`, [S3, today]);
  });

  it('refuses a short reason and a percent outside 1–100, saying the range', async () => {
    for (const [lang, text] of [
      ['th', 'ต้องมีอย่างน้อย 3 ตัวอักษร'],
      ['en', 'must be at least 3 characters long'],
    ] as const) {
      const r = await t.gql(CORRECT, { i: { sessionId: S1, sessionDate: D1, practitionerId: p79.id, status: 'ABSENT', reason: 'no' } }, { token: trainer.token, lang });
      expect([errorCode(r), fieldOf(r)]).toEqual(['BAD_USER_INPUT', 'reason']);
      expect(r.errors?.[0]?.message).toContain(text);
    }
    const blank = await t.gql(CORRECT, { i: { sessionId: S1, sessionDate: D1, practitionerId: p79.id, status: 'ABSENT', reason: '      ' } }, { token: trainer.token });
    expect(fieldOf(blank)).toBe('reason');
    for (const [value, th, en] of [
      [0, 'ต้องไม่น้อยกว่า 1', 'must be at least 1'],
      [101, 'ต้องไม่เกิน 100', 'must be at most 100'],
    ] as const) {
      const rth = await t.gql(RULE, { i: { curriculumId, minAttendancePercent: value, requiresPostAssessment: false } }, { token: admin, lang: 'th' });
      expect([errorCode(rth), fieldOf(rth)]).toEqual(['BAD_USER_INPUT', 'minAttendancePercent']);
      expect(rth.errors?.[0]?.message).toContain(th);
      const ren = await t.gql(RULE, { i: { curriculumId, minAttendancePercent: value, requiresPostAssessment: false } }, { token: admin, lang: 'en' });
      expect(ren.errors?.[0]?.message).toContain(en);
    }
  });
});

describe('authorisation', () => {
  it('a practitioner cannot mark, correct, see the roster, the code or the progress, nor set the rule', async () => {
    expect(errorCode(await mark(S1, D1, [{ practitionerId: p79.id, status: 'PRESENT' }], p79.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(CORRECT, { i: { sessionId: S1, sessionDate: D1, practitionerId: p79.id, status: 'ABSENT', reason: 'I was not there' } }, { token: p79.token }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(ROSTER, { s: S1, d: D1 }, { token: p79.token }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(CODE, { s: S3, d: today }, { token: p79.token }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(PROGRESS, { c: cohortId }, { token: p79.token }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(RULE, { i: { curriculumId, minAttendancePercent: 50, requiresPostAssessment: false } }, { token: p79.token }))).toBe('FORBIDDEN');
  });

  it('another trainer and another province’s coordinator cannot mark; unknown ids are NOT_FOUND', async () => {
    expect(errorCode(await mark(S1, D1, [{ practitionerId: p79.id, status: 'PRESENT' }], otherTrainer.token))).toBe('FORBIDDEN');
    expect(errorCode(await mark(S1, D1, [{ practitionerId: p79.id, status: 'PRESENT' }], coordinator95))).toBe('FORBIDDEN');
    expect(errorCode(await mark(randomUUID(), D1, [{ practitionerId: p79.id, status: 'PRESENT' }]))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(PROGRESS, { c: randomUUID() }, { token: admin }))).toBe('NOT_FOUND');
  });
});

describe('only published sessions are taught and counted', () => {
  const TUESDAY = '2026-11-17'; // a past weekday with no holiday, so the edit below breaks no calendar rule
  const WEDNESDAY = '2026-11-18';
  it('refuses marks on a draft; publishing it and editing a published session recompute completion', async () => {
    const campaign = await createCampaign(t, { provinceCodes: ['94'] });
    const draftCurriculum = (
      await ok<{ createCurriculum: { id: string } }>(
        'mutation($i: CreateCurriculumInput!) { createCurriculum(input: $i) { id } }',
        { i: { title: 'หลักสูตรทดสอบร่าง', campaignId: campaign.id, moduleCodes: ['ATT-101', 'ATT-102'] } },
        admin,
      )
    ).createCurriculum.id;
    const cohort = (
      await ok<{ saveCohort: { id: string } }>(
        'mutation($i: SaveCohortInput!) { saveCohort(input: $i) { id } }',
        { i: { name: 'รุ่นทดสอบร่าง', curriculumId: draftCurriculum, provinceCode: '94', teachingLanguage: 'THAI', capacity: 5 } },
        admin,
      )
    ).saveCohort.id;
    const learner = await t.createUser({ role: Role.PRACTITIONER, displayName: 'นายร่าง ยังไม่ประกาศ', provinceCode: '94' });
    const partial = await t.createUser({ role: Role.PRACTITIONER, displayName: 'นางครึ่ง ทาง', provinceCode: '94' });
    for (const p of [learner, partial]) await ok('mutation($i: EnrolInput!) { enrol(input: $i) { id } }', { i: { cohortId: cohort, practitionerId: p.id } }, admin);
    // a trainer of its own, with a profile, so the manual edit below is judged by the scheduling rules alone
    const teacher = await t.createUser({ role: Role.TRAINER, displayName: 'วิทยากร รุ่นร่าง', provinceCode: '94' });
    await ok('mutation($i: SaveTrainerProfileInput!) { saveTrainerProfile(input: $i) { userId } }', { i: { userId: teacher.id, homeProvinceCode: '94', moduleCodes: ['ATT-101', 'ATT-102'], availability: [{ from: '2026-11-01', to: '2026-11-30' }] } }, admin);
    const db = t.ruamsang.dataSource;
    const [venue] = await db.query<{ id: string }[]>(`INSERT INTO venue (province_code, name, capacity) VALUES ('94', 'Draft hall', 30) RETURNING id`);
    const insert = async (moduleCode: string, day: string, status: string) =>
      (
        await db.query<{ id: string }[]>(
          `INSERT INTO training_session (cohort_id, module_id, venue_id, trainer_ids, dates, start_time, end_time, status)
           SELECT $1, m.id, $3, ARRAY[$4]::uuid[], ARRAY[$5]::text[], '08:00', '10:00', $6 FROM training_module m WHERE m.code = $2 RETURNING id`,
          [cohort, moduleCode, venue!.id, teacher.id, day, status],
        )
      )[0]!.id;
    const taught = await insert('ATT-101', TUESDAY, 'PUBLISHED');
    const draft = await insert('ATT-102', WEDNESDAY, 'DRAFT');
    const progress = async (who = learner) => (await ok<{ cohortProgress: Record<string, any>[] }>(PROGRESS, { c: cohort }, admin)).cohortProgress.find((r) => r['practitionerId'] === who.id)!;
    const live = async (who = learner) => db.query<{ code: string; completed_at: Date }[]>(`SELECT code, completed_at FROM certificate WHERE practitioner_id = $1 AND revoked_at IS NULL`, [who.id]);

    for (const [lang, text] of [
      ['th', 'ยังเป็นร่าง'],
      ['en', 'still a draft'],
    ] as const) {
      const refused = await t.gql(MARK, { i: { clientBatchId: randomUUID(), sessionId: draft, sessionDate: WEDNESDAY, marks: [{ practitionerId: learner.id, status: 'PRESENT' }] } }, { token: teacher.token, lang });
      expect([errorCode(refused), fieldOf(refused)]).toEqual(['BAD_USER_INPUT', 'sessionId']);
      expect(refused.errors?.[0]?.message).toContain(text);
    }
    expect(errorCode(await t.gql(CODE, { s: draft, d: WEDNESDAY }, { token: teacher.token }))).toBe('BAD_USER_INPUT');
    expect((await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM attendance WHERE session_id = $1`, [draft]))[0]!.n).toBe(0);

    // The draft's two hours are not asked of anyone: 120 of 120 minutes is complete.
    expect((await mark(taught, TUESDAY, [{ practitionerId: learner.id, status: 'PRESENT' }, { practitionerId: partial.id, status: 'PRESENT' }], teacher.token)).errors).toBeUndefined();
    expect(await progress()).toMatchObject({ scheduledMinutes: 120, attendedMinutes: 120, attendancePercent: 100, complete: true });
    const [first] = await live();
    expect(first?.code).toMatch(/^RS-/);
    // dated when the rule was met, the end of Tuesday's session, not when it was computed
    expect(first?.completed_at).toEqual(new Date(`${TUESDAY}T10:00:00+07:00`));

    // Published, they are: 120 of 240 is 50 %, the completion and its certificate go.
    const published = await t.gql('mutation($ids: [ID!]!) { publishSessions(ids: $ids) { id status } }', { ids: [draft] }, { token: admin });
    expect(published.errors).toBeUndefined();
    expect(await progress()).toMatchObject({ scheduledMinutes: 240, attendedMinutes: 120, attendancePercent: 50, complete: false, certificateCode: null });
    expect(await live()).toEqual([]);

    // Attending the second day completes again (a new code: a revoked one stays revoked).
    expect((await mark(draft, WEDNESDAY, [{ practitionerId: learner.id, status: 'PRESENT' }, { practitionerId: partial.id, status: 'ABSENT' }], teacher.token)).errors).toBeUndefined();
    expect(await progress()).toMatchObject({ scheduledMinutes: 240, attendedMinutes: 240, complete: true });
    const [second] = await live();
    expect(second?.code).not.toBe(first?.code);
    expect(second?.completed_at).toEqual(new Date(`${WEDNESDAY}T10:00:00+07:00`));
    // a completed course stays on record: the seat cannot be given up any more
    const withdrawn = await t.gql('mutation($i: EnrolInput!) { withdraw(input: $i) { status } }', { i: { cohortId: cohort } }, { token: learner.token, lang: 'en' });
    expect(errorCode(withdrawn)).toBe('CONFLICT');
    expect(withdrawn.errors?.[0]?.message).toContain('has completed this cohort');
    expect(await live()).toHaveLength(1);

    // A published session cannot move away from a day already marked...
    const moved = await t.gql('mutation($i: UpdateSessionInput!) { updateSession(input: $i) { id } }', { i: { id: taught, startDate: '2026-11-24' } }, { token: admin, lang: 'en' });
    expect([errorCode(moved), fieldOf(moved)]).toEqual(['BAD_USER_INPUT', 'startDate']);
    expect(moved.errors?.[0]?.message).toContain(TUESDAY);
    // ...and shortening the day someone missed lowers the hours asked: 120 of 150 is 80 %, complete.
    expect(await progress(partial)).toMatchObject({ scheduledMinutes: 240, attendedMinutes: 120, complete: false });
    const shorter = await t.gql('mutation($i: UpdateSessionInput!) { updateSession(input: $i) { id endTime } }', { i: { id: draft, endTime: '08:30' } }, { token: admin, lang: 'en' });
    expect(shorter.errors).toBeUndefined();
    expect(await progress(partial)).toMatchObject({ scheduledMinutes: 150, attendedMinutes: 120, attendancePercent: 80, complete: true });
    expect((await live(partial)).map((c) => c.completed_at)).toEqual([new Date(`${TUESDAY}T10:00:00+07:00`)]);
  });
});
