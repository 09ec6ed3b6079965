import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { productAndBrowser } from './support/journey.js';
import { SCREENSHOTS, signIn } from './support/server.js';

const session = productAndBrowser();

describe('participatory prioritisation in the browser', () => {
  it('lets the demo practitioner vote within the budget and comment, without the coordinator controls', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, session.product.url, 'practitioner@demo.ruamsang.org');
    await page.getByRole('navigation').getByRole('link', { name: 'จัดลำดับความสำคัญ' }).click();
    await page.getByRole('table').waitFor();
    await page.getByLabel('การสำรวจ').selectOption({ label: 'สำรวจความต้องการพัฒนาศักยภาพ ระบบอาหารท้องถิ่น 2569 (Borich)' });
    await page.locator('.badge', { hasText: 'การปรับองค์กร' }).waitFor();
    await expect(page.getByText('เหลือ 10 จาก 10 คะแนน').isVisible()).resolves.toBe(true);
    await expect(page.getByLabel(/น้ำหนักของดัชนีความต้องการ/).count()).resolves.toBe(0);
    await expect(page.getByText('กำหนดการส่งต่อ').count()).resolves.toBe(0);
    // the demo routes and the reason for each rank are shown
    await expect(page.getByText(/อันดับดัชนี \d+ จาก 24/).first().isVisible()).resolves.toBe(true);

    await page.getByLabel('คะแนนโหวตของฉันให้ การตลาดออนไลน์และอีคอมเมิร์ซ').fill('3');
    await page.getByLabel('คะแนนโหวตของฉันให้ การเข้าถึงตลาดและราคาที่เป็นธรรม').fill('2');
    await expect(page.getByText('เหลือ 5 จาก 10 คะแนน').isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'บันทึกคะแนนโหวต' }).click();
    await page.getByRole('button', { name: 'บันทึกคะแนนโหวต', disabled: true }).waitFor();
    await page.reload();
    await page.locator('.badge', { hasText: 'การปรับองค์กร' }).waitFor();
    await expect(page.getByText('เหลือ 5 จาก 10 คะแนน').isVisible()).resolves.toBe(true);
    await expect(page.getByLabel('คะแนนโหวตของฉันให้ การตลาดออนไลน์และอีคอมเมิร์ซ').inputValue()).resolves.toBe('3');

    await page.getByRole('button', { name: /ความคิดเห็นเรื่อง การเข้าถึงตลาดและราคาที่เป็นธรรม/ }).click();
    await page.getByText('พ่อค้าคนกลางกดราคายาง', { exact: false }).waitFor();
    await page.getByLabel('เพิ่มความคิดเห็น').fill('ขอให้จัดอบรมช่วงบ่ายหลังกรีดยาง');
    await page.getByRole('button', { name: 'ส่งความคิดเห็น' }).click();
    await page.getByText('ขอให้จัดอบรมช่วงบ่ายหลังกรีดยาง').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'priorities-practitioner-th.png'), fullPage: true });

    await page.getByRole('navigation').getByRole('link', { name: 'เวิร์กชอป' }).click();
    await page.getByRole('heading', { name: 'ความหวังและความกังวล — เวทีปัตตานี 2569' }).waitFor();
    await page.getByLabel('ข้อความ').fill('อยากมีตลาดนัดสีเขียวในอำเภอ');
    await page.getByRole('button', { name: 'เพิ่มบัตร' }).click();
    await page.getByText('อยากมีตลาดนัดสีเขียวในอำเภอ').waitFor();
    await expect(page.getByRole('button', { name: 'สร้างกระดานความหวังและความกังวล' }).count()).resolves.toBe(0);
    await page.getByRole('tab', { name: 'บุคคลสมมติ' }).click();
    await page.getByRole('heading', { name: 'บังมะ ชาวประมงพื้นบ้านปานาเระ' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'workshop-personas-th.png'), fullPage: true });
    await page.close();
  }, 90_000);

  it('shows the coordinator the weight slider and routing controls', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, session.product.url, 'coordinator.pattani@demo.ruamsang.org');
    await page.getByRole('navigation').getByRole('link', { name: 'จัดลำดับความสำคัญ' }).click();
    await page.getByRole('table').waitFor();
    await page.getByLabel('การสำรวจ').selectOption({ label: 'สำรวจความต้องการพัฒนาศักยภาพ ระบบอาหารท้องถิ่น 2569 (Borich)' });
    await page.locator('.badge', { hasText: 'การปรับองค์กร' }).waitFor();
    await expect(page.getByLabel(/น้ำหนักของดัชนีความต้องการ/).inputValue()).resolves.toBe('0.6');
    await expect(page.getByText('กำหนดการส่งต่อ').first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'priorities-coordinator-th.png'), fullPage: false });
    await page.close();
  }, 60_000);
});
