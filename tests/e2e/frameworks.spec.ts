import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, SCREENSHOTS, signIn, startProductOn, type RunningProduct } from './support/server.js';

const ADMIN = { email: 'first.admin@example.org', password: 'a-long-first-admin-password' };
const MOODLE_FIXTURE = resolve(new URL('.', import.meta.url).pathname, '../fixtures/moodle/food-systems-framework.csv');

// A product started from an empty database, without the demo programme: only the first admin
// exists, made from ADMIN_EMAIL / ADMIN_PASSWORD.
let product: RunningProduct | undefined;
let browser: Browser | undefined;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'ruamsang-e2e-empty-'));
  [product, browser] = await Promise.all([
    startProductOn({ dataDir, demo: false, env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }, removeDataOnStop: true }),
    launchBrowser(),
  ]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical WCAG 2.1 A/AA findings on what the page shows now (as tests/e2e/a11y.spec.ts runs it). */
async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const run = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe.run;
    const result = await run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

describe('competency frameworks in the web', () => {
  it('a new administrator on an empty database builds a framework, is refused a bad code beside the field, publishes it, and imports a Moodle CSV with its row report', async () => {
    const page = await browser!.newPage({ viewport: { width: 360, height: 800 } });
    await signIn(page, product!.url, ADMIN.email, ADMIN.password);
    await page.getByRole('navigation').getByRole('link', { name: 'กรอบสมรรถนะ' }).click();
    await page.getByRole('heading', { name: 'กรอบสมรรถนะ', level: 1 }).waitFor();
    await page.getByText('ยังไม่มีกรอบสมรรถนะ สร้างกรอบใหม่หรือนำเข้าจากไฟล์ด้านล่าง').waitFor();
    await shot(page, 'frameworks-empty-360-th');
    await expect(axe(page)).resolves.toEqual([]);

    // A new draft: code and Thai name.
    await page.locator('#fw-code').fill('LFS');
    await page.locator('#fw-name-th').fill('ระบบอาหารท้องถิ่น');
    await page.locator('#fw-name-en').fill('Local food systems');
    await page.getByRole('button', { name: 'สร้างฉบับร่าง' }).click();
    await page.getByRole('heading', { name: /ระบบอาหารท้องถิ่น LFS/, level: 1 }).waitFor();
    await page.getByText('ฉบับร่าง', { exact: true }).waitFor();

    // A domain with two competencies; new competencies start with the five standard descriptors.
    await page.getByRole('button', { name: '+ เพิ่มด้าน' }).click();
    await page.locator('#fw-domains-0-code').fill('AGRO 1');
    await page.locator('#fw-domains-0-name-th').fill('เกษตรนิเวศและการผลิต');
    await page.getByRole('button', { name: /เพิ่มสมรรถนะใน/ }).click();
    await page.locator('#fw-domains-0-competencies-0-code').fill('AGRO.SOIL');
    await page.locator('#fw-domains-0-competencies-0-name-th').fill('ดูแลสุขภาพดิน');
    await expect(page.locator('#fw-domains-0-competencies-0-levelDescriptors-0-th').inputValue()).resolves.toBe('รู้จัก: รู้ว่าเรื่องนี้มีอยู่และสำคัญอย่างไร');
    await page.locator('#fw-domains-0-competencies-0-levelDescriptors-4-th').fill('สอนเพื่อนเกษตรกรทำปุ๋ยหมักได้');
    await page.getByRole('button', { name: /เพิ่มสมรรถนะใน/ }).click();
    await page.locator('#fw-domains-0-competencies-1-code').fill('AGRO.WATER');
    await page.locator('#fw-domains-0-competencies-1-name-th').fill('จัดการน้ำในแปลง');
    await page.locator('#fw-domains-0-competencies-1-name-ms').fill('Mengurus air di ladang');

    // The domain code has a space: refused beside its field, in Thai, with the focus moved there.
    await page.getByRole('button', { name: 'บันทึกฉบับร่าง' }).click();
    await page.getByRole('alert').filter({ hasText: 'ยังบันทึกไม่ได้ กรุณาแก้ช่องที่มีข้อความแจ้งไว้' }).waitFor();
    const codeError = page.locator('#fw-domains-0-code-error');
    await expect(codeError.textContent()).resolves.toContain('รหัส "AGRO 1" ใช้ไม่ได้');
    await expect(page.locator('#fw-domains-0-code').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(focused(page)).resolves.toBe('fw-domains-0-code');
    await shot(page, 'frameworks-refused-code-360-th');
    await expect(axe(page)).resolves.toEqual([]);

    // Corrected; the second competency moved up with the keyboard; saved.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('AGRO');
    await page.getByRole('button', { name: 'เลื่อน AGRO.WATER ขึ้น' }).press('Enter');
    await page.getByRole('button', { name: 'บันทึกฉบับร่าง' }).click();
    await page.getByRole('status').filter({ hasText: 'บันทึกฉบับร่างแล้ว' }).waitFor();
    await page.reload();
    await page.locator('.fw-competency summary').first().waitFor();
    await expect(page.locator('.fw-competency summary .code').allTextContents()).resolves.toEqual(['AGRO.WATER', 'AGRO.SOIL']);

    // Publish, after a confirmation; the version is then read-only.
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.accept();
    });
    await page.getByRole('button', { name: 'เผยแพร่…' }).click();
    await page.getByRole('status').filter({ hasText: 'เผยแพร่แล้ว ฉบับนี้แก้ไขไม่ได้อีก' }).waitFor();
    expect(asked).toContain('เผยแพร่ LFS ฉบับที่ 1?');
    await page.getByText('ฉบับนี้เผยแพร่แล้วจึงแก้ไขไม่ได้').waitFor();
    await expect(page.locator('#fw-domains-0-code').isDisabled()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'บันทึกฉบับร่าง' }).count()).resolves.toBe(0);
    await shot(page, 'frameworks-published-360-th');
    await expect(axe(page)).resolves.toEqual([]);

    // A new version starts as an editable copy.
    await page.getByRole('button', { name: 'สร้างฉบับใหม่จากฉบับนี้' }).click();
    await page.getByText('ฉบับที่ 2').waitFor();
    await expect(page.locator('#fw-domains-0-code').inputValue()).resolves.toBe('AGRO');
    await expect(page.locator('#fw-domains-0-code').isDisabled()).resolves.toBe(false);

    // The list shows both versions.
    await page.getByRole('link', { name: '← กรอบสมรรถนะทั้งหมด' }).click();
    const rows = page.getByRole('table', { name: 'กรอบสมรรถนะทุกฉบับ' }).locator('tbody tr');
    await rows.nth(1).waitFor();
    await expect(rows.allInnerTexts()).resolves.toEqual([expect.stringMatching(/LFS\s+ระบบอาหารท้องถิ่น\s+2\s+ฉบับร่าง/), expect.stringMatching(/LFS\s+ระบบอาหารท้องถิ่น\s+1\s+เผยแพร่แล้ว/)]);

    // On a desk: import Moodle's CSV (English texts) and read the row report.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('#fw-import-file').setInputFiles(MOODLE_FIXTURE);
    await page.locator('#fw-import-lang').selectOption('en');
    await page.getByRole('button', { name: 'นำเข้าเป็นฉบับร่าง' }).click();
    await page.getByRole('status').filter({ hasText: 'นำเข้า LFS-2026 เป็นฉบับร่างแล้ว: 2 ด้าน 7 สมรรถนะ' }).waitFor();
    const notes = page.getByRole('table', { name: 'สิ่งที่แปลงหรือไม่ได้เก็บ' });
    await expect(notes.locator('tbody tr').count()).resolves.toBe(3);
    await notes.getByText('ไม่ได้เก็บการอ้างอิงไขว้ไปยัง AGRO.SOIL, SAFE.NUT').waitFor();
    await shot(page, 'frameworks-moodle-imported-1280-th');
    await expect(axe(page)).resolves.toEqual([]);
    // The draft keeps Moodle's deeper levels under their parents, in Moodle's order.
    await page.getByRole('link', { name: 'เปิดฉบับร่าง' }).click();
    await page.getByRole('heading', { name: 'Local food systems LFS-2026', level: 1 }).waitFor();
    await expect(page.locator('.fw-competency summary .code').allTextContents()).resolves.toEqual(['AGRO.SOIL', 'AGRO.SOIL.1', 'AGRO.SOIL.2', 'AGRO.WATER', 'SAFE.HYG', 'SAFE.HYG.1', 'SAFE.NUT']);
    await expect(page.getByText('(ย่อยจาก AGRO.SOIL)').count()).resolves.toBe(2);
    await shot(page, 'frameworks-moodle-draft-1280-th');
    await page.getByRole('link', { name: '← กรอบสมรรถนะทั้งหมด' }).click();
    await page.getByRole('heading', { name: 'กรอบสมรรถนะ', level: 1 }).waitFor();

    // A file with bad rows stores nothing and says why, line by line.
    const bad = join(mkdtempSync(join(tmpdir(), 'ruamsang-fw-')), 'bad-moodle.csv');
    writeFileSync(
      bad,
      [
        '"Parent ID number","ID number","Short name",Description,"Description format","Scale values","Scale configuration","Rule type (optional)","Rule outcome (optional)","Rule config (optional)","Cross-referenced competency ID numbers","Exported ID (optional)","Is framework",Taxonomy',
        ',BAD,"Bad",,1,"A,B,C,D,E",,,,,,,1,',
        ',DOM,"Domain",,1,,,,0,null,,1,,',
        'DOM,"bad code","Has a space",,1,,,,0,null,,2,,',
      ].join('\n'),
    );
    await page.locator('#fw-import-file').setInputFiles(bad);
    await page.getByRole('button', { name: 'นำเข้าเป็นฉบับร่าง' }).click();
    await page.getByRole('status').filter({ hasText: 'ไม่ได้บันทึกอะไร' }).waitFor();
    const rejected = page.getByRole('table', { name: 'แถวที่ต้องแก้' });
    await expect(rejected.locator('tbody tr').first().innerText()).resolves.toMatch(/^4\s+ID number\s+รหัส "bad code" ใช้ไม่ได้/);
    await page.setViewportSize({ width: 360, height: 800 });
    await shot(page, 'frameworks-moodle-rejected-360-th');

    // The API's refusal of a code already taken shows beside the code field too.
    await page.locator('#fw-code').fill('LFS-2026');
    await page.locator('#fw-name-th').fill('ซ้ำ');
    await page.getByRole('button', { name: 'สร้างฉบับร่าง' }).click();
    await page.locator('#fw-code-error').filter({ hasText: 'มีกรอบสมรรถนะรหัส LFS-2026 อยู่แล้ว' }).waitFor();
    await expect(focused(page)).resolves.toBe('fw-code');
    await page.setViewportSize({ width: 1280, height: 900 });
    await shot(page, 'frameworks-list-1280-th');
    await page.close();
  }, 180_000);
});
