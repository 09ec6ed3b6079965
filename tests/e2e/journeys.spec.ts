/**
 * The browser journeys of issue 10, and where each step is tested (every spec saves screenshots
 * of its key screens to tests/e2e/screenshots):
 *
 * (a) Practitioner
 *     - assesses, also offline then online ........ assessment.spec.ts, offline.spec.ts
 *     - votes and comments ......................... priorities.spec.ts, curricula.spec.ts (module comments)
 *     - enrols (and is put on a waiting list) ...... schedule.spec.ts
 *     - re-assesses after the curriculum ........... tracking.spec.ts
 *     - downloads a certificate, which verifies .... certificates.spec.ts
 * (b) Trainer
 *     - builds a module and a curriculum ........... curricula.spec.ts
 *     - takes attendance ........................... attendance.spec.ts
 * (c) Coordinator
 *     - reads the heatmap (XLSX as shown) .......... gaps.spec.ts
 *     - sets the completion rule, reads progress ... certificates.spec.ts
 *     - reads the tracking dashboards, exports ..... tracking.spec.ts
 *     - schedules: applies the scheduler's proposal, publishes it (both in the web) and reads the province's
 *       iCalendar feed; exports the gap table as CSV ........................ this file
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { productAndBrowser } from './support/journey.js';
import { SCREENSHOTS, signIn } from './support/server.js';

const session = productAndBrowser();

const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: join(SCREENSHOTS, `journey-${name}.png`), fullPage });

/** A GraphQL call with the signed-in person's token (the one the web app holds), for what the web has no screen for. */
async function graphqlAs<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const token = await page.evaluate(() => localStorage.getItem('ruamsang.token'));
  const response = await fetch(`${session.product.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-language': 'th' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data!;
}

/** The province feed, read with a real iCalendar reader: one VEVENT per session day. */
async function provinceFeed(href: string): Promise<ICAL.Event[]> {
  const response = await fetch(`${session.product.url}${href}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
  const calendar = new ICAL.Component(ICAL.parse(await response.text()) as unknown[]);
  expect(calendar.name).toBe('vcalendar');
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

const bangkokClock = (date: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);

describe('journeys', () => {
  it('(c) a coordinator applies the scheduler’s proposal, publishes it, reads the province’s calendar feed and exports the gap table', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page.on('dialog', (dialog) => void dialog.accept());
    await signIn(page, session.product.url, 'coordinator.pattani@demo.ruamsang.org');
    await shot(page, 'coordinator-home', false);

    // A new cohort of the first demo curriculum in Pattani (the web has no cohort form yet: the API's saveCohort).
    const { curricula } = await graphqlAs<{ curricula: { id: string; title: string }[] }>(page, 'query Curricula { curricula { id title } }');
    const curriculum = curricula[0]!;
    const cohortName = `${curriculum.title} รุ่น 2 ปัตตานี`;
    await graphqlAs(page, 'mutation Cohort($input: SaveCohortInput!) { saveCohort(input: $input) { id } }', {
      input: { curriculumId: curriculum.id, name: cohortName, provinceCode: '94', capacity: 20, teachingLanguage: 'THAI' },
    });

    // The province feed before: the demo's published schedule of Pattani.
    await page.getByRole('navigation').getByRole('link', { name: 'ตารางอบรม' }).click();
    await page.getByRole('heading', { level: 1, name: 'ตารางการอบรมและการลงทะเบียน' }).waitFor();
    const feedLink = page.getByRole('link', { name: 'ปฏิทิน .ics ของจังหวัด' });
    const href = (await feedLink.getAttribute('href'))!;
    expect(href).toBe('/calendar/province/94.ics');
    const before = await provinceFeed(href);

    // The scheduler's proposal for the cohorts of the provinces she answers for, applied as drafts.
    const proposal = page.getByRole('region', { name: 'ข้อเสนอตารางจากระบบจัดตาราง' });
    const summary = proposal.getByText(/จัดได้ \d+ รอบ · จัดไม่ได้ \d+ รอบ/);
    await summary.waitFor({ timeout: 60_000 });
    const placed = Number(/จัดได้ (\d+) รอบ/.exec((await summary.textContent())!)![1]);
    expect(placed).toBeGreaterThan(0);
    await proposal.scrollIntoViewIfNeeded();
    await proposal.getByRole('cell', { name: cohortName }).first().waitFor();
    await shot(page, 'coordinator-schedule-proposal');
    await proposal.getByRole('button', { name: 'บันทึกเป็นร่างตาราง' }).click();
    await proposal.getByRole('status').filter({ hasText: `บันทึกร่าง ${placed} รอบแล้ว` }).waitFor();
    await shot(page, 'coordinator-schedule-applied');

    // The drafts the web saved, then published from the same panel (after a confirmation).
    const drafts = await graphqlAs<{ trainingSessions: { id: string; cohortName: string; dates: { date: string }[] }[] }>(
      page,
      'query Drafts { trainingSessions(provinceCode: "94", status: DRAFT) { id cohortName dates { date } } }',
    );
    expect(drafts.trainingSessions.length).toBe(placed);
    expect(drafts.trainingSessions.map((s) => s.cohortName)).toContain(cohortName);
    await proposal.getByRole('button', { name: `เผยแพร่ร่าง ${placed} รอบ` }).click();
    await proposal.getByRole('status').filter({ hasText: `เผยแพร่ ${placed} รอบแล้ว` }).waitFor();
    await shot(page, 'coordinator-schedule-published');
    const stillDraft = await graphqlAs<{ trainingSessions: { id: string }[] }>(page, 'query Drafts { trainingSessions(provinceCode: "94", status: DRAFT) { id } }');
    expect(stillDraft.trainingSessions).toEqual([]);

    // The province calendar now shows them: in the page, and in the .ics feed (one event per session day).
    await page.reload();
    await page.getByRole('table', { name: /ปฏิทินเดือน/ }).first().waitFor();
    await shot(page, 'coordinator-province-calendar');
    const after = await provinceFeed(href);
    const newDays = drafts.trainingSessions.reduce((sum, s) => sum + s.dates.length, 0);
    expect(after.length).toBe(before.length + newDays);
    const uids = new Set(after.map((e) => e.uid));
    expect(uids.size).toBe(after.length); // stable, unique per session day
    for (const s of drafts.trainingSessions) {
      for (const d of s.dates) expect(after.some((e) => bangkokClock(e.startDate.toJSDate()).startsWith(d.date))).toBe(true);
    }
    for (const event of after) {
      expect(event.summary.length).toBeGreaterThan(0);
      expect(event.endDate.toJSDate().getTime()).toBeGreaterThan(event.startDate.toJSDate().getTime());
    }

    // An export: the gap table as CSV (gaps.spec.ts reads the XLSX), UTF-8 with a BOM for Excel.
    await page.getByRole('navigation').getByRole('link', { name: 'ช่องว่างสมรรถนะ' }).click();
    const heatmap = page.getByRole('table', { name: /ของแต่ละกลุ่มและสมรรถนะ/ });
    await heatmap.waitFor();
    await shot(page, 'coordinator-heatmap');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ดาวน์โหลด CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^ruamsang-gaps-.*\.csv$/);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = Papa.parse<string[]>(text.slice(1).trim(), { skipEmptyLines: true }).data;
    expect(header).toContain('รหัสสมรรถนะ');
    // One row per group and competency, the groups being the heatmap's rows.
    const shownGroups = await heatmap.getByRole('rowheader').allTextContents();
    const groupColumn = header!.indexOf((await heatmap.getByRole('columnheader').first().textContent())!.trim());
    expect(groupColumn).toBeGreaterThanOrEqual(0);
    expect(new Set(rows.map((r) => r[groupColumn]))).toEqual(new Set(shownGroups.map((g) => g.trim())));
    await page.close();
  }, 180_000);
});
