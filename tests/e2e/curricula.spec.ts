import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { productAndBrowser } from './support/journey.js';
import { SCREENSHOTS, signIn } from './support/server.js';

const session = productAndBrowser();

describe('co-designing modules and curricula', () => {
  it('lets the demo trainer create a module and build a curriculum with a live coverage meter', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, session.product.url, 'trainer@demo.ruamsang.org');
    await page.getByRole('navigation').getByRole('link', { name: 'โมดูลฝึกอบรม' }).click();
    await page.getByRole('link', { name: 'AGR-101' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'modules-th.png') });

    // A new module: Thai and English titles side by side, one outcome mapped to a competency, a prerequisite.
    await page.getByRole('link', { name: 'สร้างโมดูลใหม่' }).click();
    await page.getByLabel('รหัสโมดูล').fill('SEA-101');
    await page.getByLabel('ชั่วโมง', { exact: true }).fill('6');
    await page.getByLabel('ชื่อภาษาไทย').fill('ห่วงโซ่คุณค่าอาหารทะเลชุมชน');
    await page.getByLabel('ชื่อภาษาอังกฤษ').fill('Community seafood value chains');
    await page.getByRole('button', { name: 'เพิ่มผลลัพธ์การเรียนรู้' }).click();
    await page.getByLabel('สมรรถนะ', { exact: true }).selectOption('PHV-4');
    await page.getByLabel('ระดับเป้าหมาย (1–5)').selectOption('4');
    await page.getByLabel('ผลลัพธ์ (ไทย)').fill('วิเคราะห์ห่วงโซ่คุณค่าปลากะตักของกลุ่มได้');
    await page.getByRole('checkbox', { name: /HAL-101/ }).check();
    await page.getByRole('button', { name: 'เพิ่มลิงก์สื่อการสอน' }).click();
    await page.getByLabel('ชื่อสื่อ').fill('คู่มือห่วงโซ่คุณค่า FAO');
    await page.getByLabel('ลิงก์ (https://…)').fill('https://www.fao.org/fishery/en');
    await page.screenshot({ path: join(SCREENSHOTS, 'module-editor-th.png'), fullPage: true });
    await page.getByRole('button', { name: 'บันทึก' }).click();
    await page.getByRole('heading', { level: 1, name: /SEA-101/ }).waitFor();
    await expect(page.getByRole('heading', { name: 'ประวัติการแก้ไข' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'คู่มือห่วงโซ่คุณค่า FAO' }).getAttribute('href')).resolves.toBe('https://www.fao.org/fishery/en');
    await expect(page.getByText('สร้างโมดูล', { exact: true }).isVisible()).resolves.toBe(true);

    // The curriculum builder: the meter and the warnings come from libs/domain, in the session.browser.
    await page.getByRole('navigation').getByRole('link', { name: 'หลักสูตร' }).click();
    await page.getByRole('link', { name: 'สร้างหลักสูตรใหม่' }).click();
    await page.getByLabel('ชื่อหลักสูตร').fill('ประมงพื้นบ้านสู่ตลาด');
    const meter = page.getByRole('meter', { name: 'ความครอบคลุมช่องว่าง' });
    await meter.waitFor();
    await page.getByRole('button', { name: 'เพิ่ม SEA-101' }).click();
    await page.getByText('SEA-101 ต้องเรียน HAL-101 ก่อน แต่หลักสูตรนี้ไม่มี').waitFor();
    // The gap weights arrive asynchronously; the meter moves once they are in.
    await page.waitForFunction(() => Number(document.querySelector('[role="meter"]')?.getAttribute('aria-valuenow')) > 0);
    const afterOne = Number(await meter.getAttribute('aria-valuenow'));
    expect(afterOne).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'เพิ่ม HAL-101' }).click();
    await page.getByText('SEA-101 ถูกสอนก่อนวิชาพื้นฐาน HAL-101').waitFor();
    const afterTwo = Number(await meter.getAttribute('aria-valuenow'));
    expect(afterTwo).toBeGreaterThan(afterOne);
    await page.screenshot({ path: join(SCREENSHOTS, 'curriculum-builder-out-of-order-th.png'), fullPage: true });

    // The server refuses the out-of-order save too, naming both modules.
    await page.getByRole('button', { name: 'บันทึก' }).click();
    const refusal = await page.getByRole('alert').filter({ hasText: 'HAL-101' }).textContent();
    expect(refusal).toContain('SEA-101');

    // Reorder with the keyboard: focus "move HAL-101 up" and press Enter.
    await page.getByRole('button', { name: 'เลื่อน HAL-101 ขึ้น' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('SEA-101 ถูกสอนก่อนวิชาพื้นฐาน HAL-101').count()).resolves.toBe(0);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'บันทึก' }).click();
    await page.getByRole('heading', { level: 1, name: 'ประมงพื้นบ้านสู่ตลาด' }).waitFor();
    await page.getByRole('meter', { name: 'ความครอบคลุมช่องว่าง' }).waitFor();
    await page.getByText(/ครอบคลุม .+% ของน้ำหนักช่องว่างที่จัดลำดับแล้ว · 2 โมดูล/).waitFor();
    await expect(page.getByRole('meter', { name: 'ความครอบคลุมช่องว่าง' }).getAttribute('aria-valuenow')).resolves.toBe(String(afterTwo));
    await page.screenshot({ path: join(SCREENSHOTS, 'curriculum-saved-th.png'), fullPage: true });
    await page.close();
  }, 90_000);

  it('lets a practitioner read a module and comment, without an edit button', async () => {
    const page = await session.browser.newPage({ viewport: { width: 360, height: 740 } });
    await signIn(page, session.product.url, 'practitioner@demo.ruamsang.org');
    await page.goto(`${session.product.url}/modules/GAP-201`);
    await page.getByRole('heading', { level: 1, name: /GAP-201/ }).waitFor();
    await expect(page.getByRole('button', { name: 'บันทึก' }).count()).resolves.toBe(0);
    await page.getByLabel('ความคิดเห็นของคุณ').fill('ขอเอกสารภาษามลายูด้วยครับ');
    await page.getByRole('button', { name: 'ส่งความคิดเห็น' }).click();
    const thread = page.getByRole('region', { name: 'ความคิดเห็นและข้อเสนอแนะ' }).getByRole('listitem');
    await thread.filter({ hasText: 'ขอเอกสารภาษามลายูด้วยครับ' }).waitFor();
    await expect(thread.count()).resolves.toBe(2);
    await page.screenshot({ path: join(SCREENSHOTS, 'module-comments-practitioner-360.png'), fullPage: true });
    await page.close();
  }, 60_000);
});
