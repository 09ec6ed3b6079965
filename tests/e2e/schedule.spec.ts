import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { productAndBrowser } from './support/journey.js';
import { SCREENSHOTS, signIn } from './support/server.js';

const session = productAndBrowser();

describe('schedule', () => {
  it('shows a coordinator the month calendar of the demo schedule and the scheduler’s proposal', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, session.product.url, 'coordinator.pattani@demo.ruamsang.org');
    await page.getByRole('navigation').getByRole('link', { name: 'ตารางอบรม' }).click();
    await page.getByRole('heading', { name: 'ตารางการอบรมและการลงทะเบียน', level: 1 }).waitFor();
    // The province calendar's own grid (the page also shows the coordinator's own, empty, calendar).
    const grid = page.getByRole('region', { name: 'ปฏิทินรายจังหวัด' }).getByRole('table', { name: /ปฏิทินเดือน 2026-12/ }).first();
    await grid.waitFor();
    // The demo schedule starts in December 2026: at least one session chip in the month.
    await expect(grid.locator('.chip').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'schedule-month-th.png') });
    await page.getByRole('group', { name: 'รูปแบบการแสดงผล' }).first().getByRole('button', { name: 'รายการ' }).click();
    // Dates side by side: Buddhist Era (2569) and Hijri (ฮ.ศ.).
    await expect(page.getByText(/2569/).first().isVisible()).resolves.toBe(true);
    await page.getByRole('heading', { name: 'ข้อเสนอตารางจากระบบจัดตาราง' }).scrollIntoViewIfNeeded();
    await page.getByText(/จัดได้ \d+ รอบ/).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'schedule-proposal-th.png'), fullPage: true });
    await page.close();
  }, 90_000);

  it('lets a practitioner enrol and shows the waiting-list position', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, session.product.url, 'practitioner@demo.ruamsang.org');
    await page.getByRole('navigation').getByRole('link', { name: 'ตารางอบรม' }).click();
    await page.getByText('คุณลงทะเบียนแล้ว').first().waitFor();
    // The small halal cohort in Pattani is full: enrolling puts her on the waiting list.
    await page.getByRole('button', { name: 'ลงทะเบียน อาหารปลอดภัยฮาลาล รุ่น 1 ปัตตานี' }).click();
    await page.getByText(/คุณอยู่ในคิวสำรองลำดับที่ \d+/).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'schedule-enrol-th.png'), fullPage: true });
    await page.close();
  }, 60_000);
});
