import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { productAndBrowser } from './support/journey.js';
import { SCREENSHOTS, signIn } from './support/server.js';

const session = productAndBrowser();

const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

describe('a practitioner’s self-assessment in the browser', () => {
  it('asks for PDPA consent, takes every competency one at a time, submits, and keeps it submitted and editable', async () => {
    const page = await session.browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, session.product.url, 'practitioner@demo.ruamsang.org');
    await expect(page.getByRole('navigation').getByRole('link', { name: 'แบบสำรวจ' }).count()).resolves.toBe(0);
    await page.getByRole('navigation').getByRole('link', { name: 'ประเมินตนเอง' }).click();
    await page.getByRole('heading', { name: 'ประเมินตนเอง', level: 1 }).waitFor();
    // The demo practitioner answered the Borich campaign; the PNI one is open and unanswered.
    const card = page.getByRole('listitem').filter({ hasText: '(PNI)' });
    await card.getByText(/เปิดรับถึง .*25\d\d/).waitFor();
    await shot(page, 'assess-campaigns-practitioner');
    await card.getByRole('link', { name: 'เริ่มประเมิน' }).click();

    // The consent text changed since they last agreed: the current version is asked for first.
    await page.getByRole('heading', { name: 'ความยินยอมเรื่องข้อมูลส่วนบุคคล (PDPA)' }).waitFor();
    await page.getByText('พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล', { exact: false }).waitFor();
    await shot(page, 'assess-consent');
    await page.getByRole('button', { name: 'ข้าพเจ้ายินยอม' }).click();

    await page.getByText(/สมรรถนะที่ 1 จาก \d+/).waitFor();
    const total = Number(/จาก (\d+)/.exec((await page.getByText(/สมรรถนะที่ 1 จาก \d+/).textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThanOrEqual(20);
    const answers: [number, number][] = [];
    for (let i = 1; i <= total; i += 1) {
      await page.getByText(new RegExp(`สมรรถนะที่ ${i} จาก ${total}`)).waitFor();
      const target = 3 + (i % 3); // 3, 4 or 5
      const current = 1 + (i % 4); // 1 to 4
      answers.push([target, current]);
      await page.getByRole('group', { name: 'สภาพที่คาดหวัง' }).getByText(String(target), { exact: true }).click();
      await page.getByRole('group', { name: 'สภาพที่เป็นจริงในปัจจุบัน' }).getByText(String(current), { exact: true }).click();
      await expect(page.getByRole('group', { name: 'สภาพที่คาดหวัง' }).getByRole('radio', { name: String(target) }).isChecked()).resolves.toBe(true);
      if (i === 2) await shot(page, 'assess-competency');
      await page.getByRole('button', { name: i === total ? 'ตรวจทานและส่ง' : 'ถัดไป' }).click();
    }
    await page.getByText(`${total} / ${total}`).waitFor();
    await shot(page, 'assess-review');
    await page.getByRole('button', { name: 'ส่งแบบประเมิน' }).click();
    await page.getByText('ขอบคุณ ส่งแบบประเมินเรียบร้อยแล้ว', { exact: false }).waitFor();
    await page.getByText(/ส่งแล้วเมื่อ .*25\d\d/).waitFor();
    await shot(page, 'assess-submitted');

    // After a reload the response is still there, submitted and open for editing.
    await page.reload();
    await page.getByText(/ส่งแล้วเมื่อ .*25\d\d/).waitFor();
    await page.getByText(new RegExp(`สมรรถนะที่ 1 จาก ${total}`)).waitFor();
    const [firstTarget, firstCurrent] = answers[0] ?? [0, 0];
    await expect(page.getByRole('group', { name: 'สภาพที่คาดหวัง' }).getByRole('radio', { name: String(firstTarget) }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('group', { name: 'สภาพที่เป็นจริงในปัจจุบัน' }).getByRole('radio', { name: String(firstCurrent) }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'ความยินยอมเรื่องข้อมูลส่วนบุคคล (PDPA)' }).count()).resolves.toBe(0);
    await shot(page, 'assess-reloaded-editable');
    await page.close();
  }, 120_000);
});

describe('campaigns and paper-form import in the browser', () => {
  const header = 'respondent_ref,province_code,district_code,sector,gender,competency_code,target,current';
  // Line 3 rates "current" 9 on a 1–5 scale; respondent R-001 is therefore held back whole.
  const csv = [
    header,
    'R-001,94,9401,COMMUNITY,FEMALE,AGR-1,5,2',
    'R-001,94,9401,COMMUNITY,FEMALE,AGR-2,4,9',
    'R-002,94,9402,GOVERNMENT,MALE,AGR-1,3,2',
    'R-002,94,9402,GOVERNMENT,MALE,AGR-2,4,3',
  ].join('\n');
  const title = 'แบบสำรวจนำร่อง ปัตตานี (ทดสอบนำเข้า)';

  it('lets the Pattani coordinator create a campaign, with field errors from the API shown by the fields', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, session.product.url, 'coordinator.pattani@demo.ruamsang.org');
    await page.getByRole('navigation').getByRole('link', { name: 'แบบสำรวจ' }).click();
    await page.getByRole('heading', { name: 'แบบสำรวจความต้องการ', level: 1 }).waitFor();
    const table = page.getByRole('table');
    await table.getByRole('row').filter({ hasText: '(PNI)' }).waitFor();
    await table.getByRole('row').filter({ hasText: '(PNI)' }).getByText('เปิดรับคำตอบ').waitFor();
    await table.getByText(/25\d\d/).first().waitFor();
    await shot(page, 'campaigns-coordinator');

    await page.getByRole('button', { name: 'สร้างแบบสำรวจใหม่' }).click();
    const form = page.getByRole('form', { name: 'สร้างแบบสำรวจ' });
    await form.getByLabel('ชื่อแบบสำรวจ').fill('ab');
    await form.getByRole('button', { name: 'สร้างแบบสำรวจ' }).click();
    // The API refuses; its messages stand next to the fields at fault.
    await form.getByText('โปรดแก้ไขช่องที่มีข้อความแจ้งข้อผิดพลาด').waitFor();
    await expect(form.getByLabel('ชื่อแบบสำรวจ').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#campaign-title-error').textContent()).resolves.toBe('ต้องมีอย่างน้อย 3 ตัวอักษร');
    await expect(page.locator('#campaign-provinceCodes-error').textContent()).resolves.toBe('ต้องมีอย่างน้อย 1 รายการ');
    await expect(page.locator('#campaign-frameworkId-error').textContent()).resolves.toBe('ต้องเป็นรหัสที่ระบบออกให้ (UUID เช่น 3f2b6c1e-8a4d-4c3b-9e2f-1a2b3c4d5e6f)');
    await shot(page, 'campaigns-create-errors');

    await form.getByLabel('กรอบสมรรถนะ').selectOption({ index: 1 });
    await form.getByLabel('ชื่อแบบสำรวจ').fill(title);
    await form.getByLabel('เครื่องมือวัด').selectOption('PNI');
    await form.getByRole('group', { name: 'จังหวัดเป้าหมาย' }).getByLabel('ปัตตานี').check();
    await form.getByLabel('คำถามปลายเปิด (ไม่บังคับ)').fill('ท่านหวังอะไรจากการอบรม\nท่านกังวลเรื่องอะไร');
    await form.getByRole('button', { name: 'สร้างแบบสำรวจ' }).click();
    await page.getByText(`สร้างแบบสำรวจ “${title}” แล้ว`).waitFor();
    const row = table.getByRole('row').filter({ hasText: title });
    await row.waitFor();
    await row.getByText('เปิดรับคำตอบ').waitFor();
    await row.getByRole('cell', { name: 'ปัตตานี', exact: true }).waitFor();
    await row.getByText(/25\d\d – .*25\d\d/).waitFor();
    await shot(page, 'campaigns-created');
    await page.close();
  }, 60_000);

  it('shows a trainer the campaigns, in English with Gregorian dates, but no creation or import', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page, session.product.url, 'trainer@demo.ruamsang.org');
    await page.getByLabel('ภาษา').first().selectOption('en');
    await page.getByRole('navigation').getByRole('link', { name: 'Campaigns' }).click();
    await page.getByRole('heading', { name: 'Needs-assessment campaigns', level: 1 }).waitFor();
    const row = page.getByRole('table').getByRole('row').filter({ hasText: '(Hennessy-Hicks)' });
    await row.getByText(/20\d\d – .*20\d\d/).waitFor();
    await row.getByText('Open', { exact: true }).waitFor();
    await expect(page.getByRole('button', { name: 'New campaign' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: /Import paper forms/ }).count()).resolves.toBe(0);
    await shot(page, 'campaigns-trainer-en');
    await page.close();
  }, 60_000);

  it('imports paper forms: one bad row stores nothing and names its line; valid-rows stores the valid respondent', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, session.product.url, 'coordinator.pattani@demo.ruamsang.org');
    await page.getByRole('navigation').getByRole('link', { name: 'แบบสำรวจ' }).click();
    await page.getByRole('link', { name: `นำเข้าแบบฟอร์มกระดาษ: ${title}` }).click();
    await page.getByRole('heading', { name: 'นำเข้าแบบฟอร์มกระดาษ', level: 1 }).waitFor();

    // The template download carries the contract's header row.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ดาวน์โหลดแม่แบบ CSV' }).click()]);
    const templatePath = await download.path();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(templatePath, 'utf8').replace('\uFEFF', '').split('\r\n')[0]).toBe(header);

    // A file without the contract's columns is refused as a whole, with the API's message.
    await page.getByLabel('ไฟล์ CSV หรือ XLSX').setInputFiles({ name: 'wrong.csv', mimeType: 'text/csv', buffer: Buffer.from('ref,score\nA,1\n') });
    await page.getByRole('button', { name: 'นำเข้า', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'ไฟล์ขาดคอลัมน์: respondent_ref, province_code' }).waitFor();

    const file = { name: 'paper-forms.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) };
    await page.getByLabel('ไฟล์ CSV หรือ XLSX').setInputFiles(file);
    await expect(page.getByRole('radio', { name: /ไม่บันทึกอะไรเลย/ }).isChecked()).resolves.toBe(true);
    // Hold the request a moment so the busy state can be seen and photographed.
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    await page.route(
      '**/imports/assessments/**',
      async (route) => {
        await held;
        await route.continue();
      },
      { times: 1 },
    );
    await page.getByRole('button', { name: 'นำเข้า', exact: true }).click();
    await page.getByRole('progressbar').waitFor();
    await expect(page.getByRole('button', { name: 'กำลังอัปโหลด…' }).isDisabled()).resolves.toBe(true);
    await shot(page, 'import-busy');
    release();

    const report = page.getByRole('region', { name: 'ผลการนำเข้า' });
    await report.waitFor();
    await report.getByText('ไม่ได้บันทึกข้อมูลใดเลย', { exact: false }).waitFor();
    await expect(report.getByTestId('stored-responses').textContent()).resolves.toBe('0');
    await expect(report.getByTestId('rows-read').textContent()).resolves.toBe('4');
    const rejectedLines = () => report.getByRole('table').getByRole('row').evaluateAll((rows) => rows.slice(1).map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)));
    const badLine = (await rejectedLines()).find(([line]) => line === '3');
    expect(badLine?.[1]).toBe('current');
    expect(badLine?.[2]).toMatch(/9/);
    await expect(report.getByTestId('rejected-lines').textContent()).resolves.not.toBe('0');
    await shot(page, 'import-all-or-nothing-report');

    await page.getByRole('radio', { name: /บันทึกเฉพาะคำตอบที่ถูกต้อง/ }).check();
    await page.getByRole('button', { name: 'นำเข้า', exact: true }).click();
    await report.getByText('บันทึกคำตอบที่ถูกต้องแล้ว', { exact: false }).waitFor();
    // R-002 (lines 4–5) stored: so nothing had been stored by the all-or-nothing attempt.
    await expect(report.getByTestId('stored-responses').textContent()).resolves.toBe('1');
    await expect(report.getByTestId('stored-ratings').textContent()).resolves.toBe('2');
    expect((await rejectedLines()).map(([line]) => line)).toContain('3');
    await shot(page, 'import-valid-rows-report');

    // The same file again: R-002 is already in the campaign, so its lines are refused now.
    await page.getByRole('button', { name: 'นำเข้า', exact: true }).click();
    await report.getByText('ไม่มีคำตอบที่ถูกต้องครบถ้วนให้บันทึก').waitFor();
    expect((await rejectedLines()).map(([line]) => line)).toEqual(expect.arrayContaining(['4', '5']));
    await expect(report.getByTestId('stored-responses').textContent()).resolves.toBe('0');
    await shot(page, 'import-already-imported-report');
    await page.close();
  }, 60_000);
});
