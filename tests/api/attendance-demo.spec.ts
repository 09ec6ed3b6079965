import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PILOT_COHORT } from '../../apps/api/src/database/seed/demo-attendance.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let bootMs: number;
beforeAll(async () => {
  const started = Date.now();
  t = await startTestApp({ DEMO_DATA: '1', DEMO_PASSWORD: 'ruamsang-demo' });
  bootMs = Date.now() - started;
}, 180_000);
afterAll(async () => {
  await t?.close();
});

async function ok<T = Record<string, any>>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const r = await t.gql<T>(query, variables, { token });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data as T;
}

describe('demo attendance, completions and certificates', () => {
  it('the demo practitioner holds a certificate that verifies', async () => {
    console.log(`demo boot (embedded database, DEMO_DATA=1): ${bootMs} ms`);
    const token = await t.login('practitioner@demo.ruamsang.org', 'ruamsang-demo');
    const mine = (await ok<{ myCertificates: { code: string; curriculumTitle: string; pdfUrl: string; holderName: string }[] }>('{ myCertificates { code curriculumTitle pdfUrl holderName } }', {}, token))
      .myCertificates;
    expect(mine.length).toBeGreaterThan(0);
    const [certificate] = mine;
    expect(certificate!.curriculumTitle).toBe('วิทยากรอาหารปลอดภัยฮาลาลและประมงพื้นบ้าน');
    const verify = await fetch(`${t.url}/verify/${certificate!.code}`);
    expect(verify.status).toBe(200);
    expect(await verify.json()).toMatchObject({ valid: true, holder: certificate!.holderName, curriculum: certificate!.curriculumTitle });
    expect(verify.headers.get('content-type')).toMatch(/^application\/json/);

    // a phone that scanned the QR code: a readable page in the visitor's language, not JSON
    const browser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
    const thai = await fetch(`${t.url}/verify/${certificate!.code}`, { headers: { ...browser, 'accept-language': 'th-TH,th;q=0.9' } });
    expect([thai.status, thai.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    const page = await thai.text();
    expect(page).toContain('<html lang="th">');
    expect(page).toContain('เกียรติบัตรนี้ถูกต้อง');
    expect(page).toContain(certificate!.holderName);
    expect(page).toContain(certificate!.curriculumTitle);
    expect(page).toContain('โครงการร่วมสร้าง (Ruamsang)');
    expect(page).toMatch(/สำเร็จการอบรมเมื่อ<\/dt><dd>\d{1,2} \S+ พ\.ศ\. 25\d\d</);
    const english = await (await fetch(`${t.url}/verify/${certificate!.code}?lang=en`, { headers: browser })).text();
    expect(english).toContain('<html lang="en">');
    expect(english).toMatch(/Completed on<\/dt><dd>\d{1,2} [A-Z][a-z]+ 20\d\d \(B\.E\. 25\d\d\)/);
    const forged = await fetch(`${t.url}/verify/RS-AAAAAAAAAA`, { headers: { ...browser, 'accept-language': 'ms' } });
    expect(forged.status).toBe(404);
    expect(await forged.text()).toContain('Tiada sijil dengan kod RS-AAAAAAAAAA');
    expect((await fetch(`${t.url}/verify/RS-AAAAAAAAAA`)).headers.get('content-type')).toMatch(/^application\/json/);
    const pdf = await fetch(`${t.url}${certificate!.pdfUrl}`, { headers: { authorization: `Bearer ${token}` } });
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
  });

  it('shows complete and incomplete people in the pilot cohort, with the corrections log, and gap closure for its curriculum', async () => {
    const trainer = await t.login('trainer@demo.ruamsang.org', 'ruamsang-demo');
    const coordinator = await t.login('coordinator.pattani@demo.ruamsang.org', 'ruamsang-demo');
    const [cohort] = await t.ruamsang.dataSource.query<{ id: string; curriculum_id: string }[]>(`SELECT id, curriculum_id FROM cohort WHERE name = $1`, [DEMO_PILOT_COHORT]);
    const progress = (await ok<{ cohortProgress: { complete: boolean; attendedMinutes: number; requiredMinutes: number; postAssessmentSubmitted: boolean; certificateCode: string | null }[] }>(
      'query($c: ID!) { cohortProgress(cohortId: $c) { complete attendedMinutes requiredMinutes postAssessmentSubmitted certificateCode } }',
      { c: cohort!.id },
      trainer,
    )).cohortProgress;
    const complete = progress.filter((p) => p.complete);
    expect(complete.length).toBeGreaterThanOrEqual(5);
    expect(progress.some((p) => !p.complete && p.attendedMinutes < p.requiredMinutes)).toBe(true);
    // attended enough but no post-assessment: not complete under the pilot's rule
    expect(progress.some((p) => !p.complete && p.attendedMinutes >= p.requiredMinutes && !p.postAssessmentSubmitted)).toBe(true);
    expect(complete.every((p) => p.certificateCode !== null)).toBe(true);
    const rule = await ok<{ completionRule: unknown }>('query($c: ID!) { completionRule(curriculumId: $c) { minAttendancePercent requiresPostAssessment } }', { c: cohort!.curriculum_id }, trainer);
    expect(rule.completionRule).toEqual({ minAttendancePercent: 80, requiresPostAssessment: true });
    // completions are the ones computed: one row per complete person
    const [{ n }] = (await t.ruamsang.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM completion WHERE cohort_id = $1`, [cohort!.id])) as [{ n: number }];
    expect(n).toBe(complete.length);

    const sessions = await t.ruamsang.dataSource.query<{ id: string }[]>(`SELECT id FROM training_session WHERE cohort_id = $1`, [cohort!.id]);
    const reasons: (string | null)[] = [];
    for (const session of sessions) {
      const log = await ok<{ attendanceCorrections: { reason: string | null }[] }>('query($s: ID!) { attendanceCorrections(sessionId: $s) { reason } }', { s: session.id }, trainer);
      reasons.push(...log.attendanceCorrections.map((c) => c.reason));
    }
    expect(reasons.some((r) => r !== null)).toBe(true);

    const [campaign] = await t.ruamsang.dataSource.query<{ campaign_id: string }[]>(`SELECT campaign_id FROM curriculum WHERE id = $1`, [cohort!.curriculum_id]);
    const closure = (
      await ok<{ gapClosure: { groups: { suppressed: boolean; figures: { n: number; meanChange: number | null }[] }[] } }>(
        'query($c: ID!, $cu: ID) { gapClosure(campaignId: $c, curriculumId: $cu, groupBy: ALL) { groups { suppressed figures { n meanChange } } } }',
        { c: campaign!.campaign_id, cu: cohort!.curriculum_id },
        coordinator,
      )
    ).gapClosure;
    const figures = closure.groups.filter((g) => !g.suppressed).flatMap((g) => g.figures);
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.some((f) => f.n >= 5 && f.meanChange !== null && f.meanChange > 0)).toBe(true);
  });
});
