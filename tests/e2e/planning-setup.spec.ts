import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { productAndBrowser } from './support/journey.js';
import { SCREENSHOTS, signIn } from './support/server.js';

const session = productAndBrowser();

const VENUE = 'ศาลาประชาคมบ้านดาโต๊ะ';
const COHORT = 'จากแปลงสู่ตลาด รุ่น 2 ปัตตานี (ทดสอบ)';

/** The id of the element that has the keyboard focus. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('planning set-up', () => {
  it('lets the Pattani coordinator create a venue and a cohort, correct a refused capacity, and find the cohort on the schedule', async () => {
    // A phone's width: the forms must work at 360 px.
    const page = await session.browser.newPage({ viewport: { width: 360, height: 800 } });
    await signIn(page, session.product.url, 'coordinator.pattani@demo.ruamsang.org');
    await page.getByRole('navigation').getByRole('link', { name: 'ตารางอบรม' }).click();
    await page.getByRole('link', { name: 'ตั้งค่าการจัดอบรม (รุ่น สถานที่ วิทยากร)' }).click();
    await page.getByRole('heading', { name: 'ตั้งค่าการจัดอบรม', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/schedule/setup');

    // The demo programme's Pattani venues are listed; another province's are not (a coordinator sees their own).
    const venues = page.getByRole('region', { name: 'สถานที่อบรม' });
    const venueList = venues.getByRole('list', { name: 'สถานที่ที่มีอยู่' });
    await venueList.getByRole('heading', { name: 'ศูนย์การเรียนรู้ชุมชนบ้านตะโละ' }).waitFor();
    await expect(venueList.getByText('ศาลากลางจังหวัดยะลา ห้องประชุมใหญ่').count()).resolves.toBe(0);
    // Only Pattani is offered, already chosen.
    await expect(venues.getByLabel('จังหวัด').locator('option').allTextContents()).resolves.toEqual(['ปัตตานี']);

    // A new venue, available over the planning window.
    await venues.getByLabel('ชื่อสถานที่').fill(VENUE);
    await venues.getByLabel('จำนวนที่นั่ง').fill('30');
    await venues.getByRole('button', { name: 'เพิ่มช่วงวันที่' }).click();
    await venues.getByLabel('ตั้งแต่วันที่ (ช่วงที่ 1)').fill('2026-12-01');
    await venues.getByLabel('ถึงวันที่ (ช่วงที่ 1)').fill('2027-03-31');
    await venues.getByRole('button', { name: 'บันทึกสถานที่' }).click();
    await venues.getByRole('status').filter({ hasText: `บันทึกสถานที่ ${VENUE} แล้ว` }).waitFor();
    const newVenue = venueList.getByRole('listitem').filter({ has: page.getByRole('heading', { name: VENUE }) });
    await newVenue.getByText('ปัตตานี · รองรับ 30 คน').waitFor();
    await newVenue.getByText('ใช้ได้: 2026-12-01 – 2027-03-31').waitFor();

    // A new cohort of the demo curriculum, taught in Patani Malay.
    const cohorts = page.getByRole('region', { name: 'รุ่นการอบรม' });
    const cohortList = cohorts.getByRole('list', { name: 'รุ่นที่มีอยู่' });
    await cohortList.getByRole('heading', { name: 'จากแปลงสู่ตลาด รุ่น 1 ปัตตานี' }).waitFor();
    await cohorts.getByLabel('ชื่อรุ่น').fill(COHORT);
    const curriculum = cohorts.getByLabel('หลักสูตร');
    await curriculum.locator('option').nth(1).waitFor({ state: 'attached' });
    await curriculum.selectOption({ index: 1 });
    const curriculumTitle = (await curriculum.locator('option:checked').textContent()) ?? '';
    await cohorts.getByLabel('ภาษาที่ใช้สอน').selectOption({ label: 'ภาษามลายูปัตตานี' });
    await cohorts.getByLabel('จำนวนที่นั่ง').fill('25');
    await cohorts.getByRole('button', { name: 'บันทึกรุ่น' }).click();
    await cohorts.getByRole('status').filter({ hasText: `บันทึกรุ่น ${COHORT} แล้ว` }).waitFor();
    const newCohort = cohortList.getByRole('listitem').filter({ has: page.getByRole('heading', { name: COHORT }) });
    await newCohort.getByText(`ปัตตานี · ${curriculumTitle} · ภาษามลายูปัตตานี`).waitFor();
    await newCohort.getByText('25 ที่นั่ง · ลงทะเบียนแล้ว 0').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'planning-setup-created-360-th.png'), fullPage: true });

    // Edit it: a capacity above the API's 500 is refused beside its field, and the focus goes there.
    await newCohort.getByRole('button', { name: `แก้ไข ${COHORT}` }).click();
    await cohorts.getByRole('heading', { name: `แก้ไขรุ่น: ${COHORT}` }).waitFor();
    const capacity = cohorts.getByLabel('จำนวนที่นั่ง');
    await expect(capacity.inputValue()).resolves.toBe('25');
    await capacity.fill('900');
    await cohorts.getByRole('button', { name: 'บันทึกรุ่น' }).click();
    await cohorts.getByRole('alert').filter({ hasText: 'โปรดแก้ไขช่องที่มีข้อความแจ้งไว้' }).waitFor();
    const refusal = cohorts.locator('#cohort-capacity-error');
    await expect(refusal.textContent()).resolves.toBe('ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 500');
    // Beside its own field: inside the field's label, and read out with it.
    await expect(capacity.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(capacity.getAttribute('aria-describedby')).resolves.toContain('cohort-capacity-error');
    await expect(cohorts.locator('label', { has: page.locator('#cohort-capacity') }).locator('#cohort-capacity-error').count()).resolves.toBe(1);
    await expect(focused(page)).resolves.toBe('cohort-capacity');
    await page.screenshot({ path: join(SCREENSHOTS, 'planning-setup-refused-360-th.png'), fullPage: true });
    // Corrected from the keyboard: type a new number and press Enter to save.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('24');
    await expect(refusal.count()).resolves.toBe(0);
    await page.keyboard.press('Enter');
    await cohorts.getByRole('status').filter({ hasText: `บันทึกรุ่น ${COHORT} แล้ว` }).waitFor();
    await newCohort.getByText('24 ที่นั่ง · ลงทะเบียนแล้ว 0').waitFor();
    await cohorts.getByRole('heading', { name: 'สร้างรุ่นใหม่' }).waitFor();
    // Nothing is wider than the phone's screen.
    await expect(page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).resolves.toBeLessThanOrEqual(1);

    // The trainer profile of the demo trainer: a teaching-load ceiling.
    const trainers = page.getByRole('region', { name: 'ข้อมูลวิทยากร' });
    await trainers.getByRole('button', { name: 'แก้ไข ดร.สมชาย ใจดี' }).click();
    await trainers.getByRole('heading', { name: 'แก้ไขข้อมูลวิทยากร: ดร.สมชาย ใจดี' }).waitFor();
    await trainers.getByLabel('ชั่วโมงสอนสูงสุดต่อช่วงการวางแผน').fill('120');
    await trainers.getByRole('button', { name: 'บันทึกข้อมูลวิทยากร' }).click();
    await trainers.getByRole('status').filter({ hasText: 'บันทึกข้อมูลวิทยากร ดร.สมชาย ใจดี แล้ว' }).waitFor();
    await trainers.getByRole('listitem').filter({ hasText: 'ดร.สมชาย ใจดี' }).getByText('ชั่วโมงสอนสูงสุด: 120').waitFor();

    // Pattani's calendar rules: a prayer break with no end is refused beside it; a blackout period is kept.
    const rules = page.getByRole('region', { name: 'กฎปฏิทินของจังหวัด' });
    await rules.getByRole('heading', { name: 'กฎปฏิทินของจังหวัดปัตตานี' }).waitFor();
    await rules.getByLabel('พักละหมาดวันศุกร์ ถึง').fill('');
    await rules.getByRole('button', { name: 'บันทึกกฎปฏิทิน' }).click();
    await expect(rules.locator('#rules-prayerEnd-error').textContent()).resolves.toBe('กรอกทั้งเวลาเริ่มและเวลาสิ้นสุด หรือเว้นว่างทั้งคู่');
    await expect(focused(page)).resolves.toBe('rules-prayerEnd');
    await rules.getByLabel('พักละหมาดวันศุกร์ ถึง').fill('13:30');
    await rules.getByRole('button', { name: 'เพิ่มช่วงงดจัดอบรม' }).click();
    await rules.getByLabel('ตั้งแต่วันที่ (ช่วงที่ 1)').fill('2027-03-15');
    await rules.getByLabel('ถึงวันที่ (ช่วงที่ 1)').fill('2027-03-20');
    await rules.getByLabel('เหตุผล (ช่วงที่ 1)').fill('งานบุญประจำปีของชุมชน');
    await rules.getByRole('button', { name: 'บันทึกกฎปฏิทิน' }).click();
    await page.getByRole('status').filter({ hasText: 'บันทึกกฎปฏิทินของจังหวัดปัตตานีแล้ว' }).waitFor();
    // The form starts again from what the API stored.
    await expect(rules.getByLabel('เหตุผล (ช่วงที่ 1)').inputValue()).resolves.toBe('งานบุญประจำปีของชุมชน');
    await expect(rules.getByLabel('พักละหมาดวันศุกร์ ถึง').inputValue()).resolves.toBe('13:30');

    // Back on the schedule, the new cohort is offered for enrolment and put to the scheduler.
    await page.getByRole('link', { name: 'กลับไปหน้าตารางอบรม' }).click();
    await page.getByRole('heading', { name: 'ตารางการอบรมและการลงทะเบียน', level: 1 }).waitFor();
    const offered = page.getByRole('region', { name: 'รุ่นการอบรม' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: COHORT }) });
    await offered.getByText(/ลงทะเบียน 0\/24 ที่นั่ง/).waitFor();
    const proposal = page.getByRole('region', { name: 'ข้อเสนอตารางจากระบบจัดตาราง' });
    await proposal.getByText(/จัดได้ \d+ รอบ/).waitFor({ timeout: 60_000 });
    await expect(proposal.getByText(COHORT).count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'planning-setup-on-schedule-360-th.png'), fullPage: true });
    await page.close();
  }, 180_000);
});
