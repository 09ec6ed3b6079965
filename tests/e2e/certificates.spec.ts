import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { Locator } from 'playwright-core';
import { productAndBrowser } from './support/journey.js';
import { SCREENSHOTS, signIn } from './support/server.js';

const session = productAndBrowser();

/** The demo curriculum whose past cohort (in Pattani) has attendance, completions and the demo practitioner's certificate. */
const CURRICULUM = /^วิทยากรอาหารปลอดภัยฮาลาล/;
const PILOT_COHORT = /รุ่นนำร่อง ปัตตานี/;

/**
 * Text as pdftotext gives it back, made comparable with what the page shows: whitespace (line and
 * word breaks chosen by the layout) dropped, and sara am (ำ) however the PDF's glyphs were read
 * back — as nikhahit + sara aa (ํา), or as ำ followed by a stray sara aa (ำา).
 */
const comparable = (text: string) =>
  text
    .normalize('NFC')
    .replace(/\u0e4d\u0e32/g, '\u0e33')
    .replace(/\u0e33\u0e32/g, '\u0e33')
    .replace(/\s+/g, '');

async function field(card: Locator, term: string): Promise<string> {
  const terms = await card.locator('dt').allTextContents();
  const index = terms.indexOf(term);
  expect(index).toBeGreaterThanOrEqual(0);
  return (await card.locator('dd').nth(index).textContent())!.trim();
}

describe('certificates', () => {
  it('lets the demo practitioner download her certificate: the PDF names her, the curriculum and the code, and the code verifies; a forged one does not', async () => {
    const page = await session.browser.newPage({ viewport: { width: 360, height: 740 }, acceptDownloads: true });
    await signIn(page, session.product.url, 'practitioner@demo.ruamsang.org');
    await page.getByRole('navigation').getByRole('link', { name: 'ใบรับรอง' }).click();
    await page.getByRole('heading', { level: 1, name: 'ใบรับรองของฉัน' }).waitFor();
    const card = page.locator('li.certificate').first();
    await card.waitFor();
    const curriculum = (await card.getByRole('heading', { level: 2 }).textContent())!.trim();
    const holder = await field(card, 'ผู้ได้รับ');
    const code = await field(card, 'รหัสตรวจสอบ');
    const completed = await field(card, 'วันที่ผ่านหลักสูตร');
    expect(code).toMatch(/^RS-[0-9A-Z]+$/);
    expect(completed).toMatch(/ 25\d\d$/); // Buddhist Era
    expect(holder.length).toBeGreaterThan(0);
    // The verification address is on the page, as a link to the API's public answer.
    await expect(card.getByRole('link', { name: `${session.product.url}/verify/${code}` }).getAttribute('href')).resolves.toBe(`/verify/${code}`);
    // A phone's width: nothing scrolls sideways.
    await expect(page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).resolves.toBeLessThanOrEqual(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'certificates-360-th.png'), fullPage: true });

    // The PDF, fetched with her token and saved under a readable Thai name.
    const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: /^ดาวน์โหลด PDF/ }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^ใบรับรอง-.+-${code}\\.pdf$`));
    const pdf = await download.path();
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+1\b/);
    // -raw: the text in the order it was drawn; the layout mode re-sorts Thai marks by their x position.
    const text = comparable(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
    expect(text).toContain(comparable(holder));
    expect(text).toContain(comparable(curriculum));
    expect(text).toContain(code);
    // The first page as an image, to look at the Thai name's vowels and tone marks.
    const image = join(SCREENSHOTS, 'certificate-pdf-th');
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, image]);
    expect(existsSync(`${image}.png`)).toBe(true);
    expect(statSync(`${image}.png`).size).toBeGreaterThan(10_000);

    // Without her token the PDF is not handed out.
    expect([401, 403, 404]).toContain((await fetch(`${session.product.url}/certificates/${code}.pdf`)).status);

    // Public verification: the real code verifies, revealing only holder, curriculum and date.
    const verified = await fetch(`${session.product.url}/verify/${code}`);
    expect(verified.status).toBe(200);
    const body = (await verified.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['completedAt', 'curriculum', 'holder', 'valid']);
    expect(body['valid']).toBe(true);
    expect(body['holder']).toBe(holder);
    expect(body['curriculum']).toBe(curriculum);
    // A forged code gets 404 and nothing else.
    const forged = await fetch(`${session.product.url}/verify/RS-FORGED0000`);
    expect(forged.status).toBe(404);
    await expect(forged.json()).resolves.toEqual({ valid: false });

    // In English and Malay the same certificate, with the Gregorian year.
    const year = String(Number(completed.slice(-4)) - 543);
    await page.getByLabel('ภาษา').first().selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'My certificates' }).waitFor();
    await expect(field(card, 'Completed on')).resolves.toMatch(new RegExp(` ${year}$`));
    await page.getByLabel('Language').first().selectOption('ms');
    await page.getByRole('heading', { level: 1, name: 'Sijil saya' }).waitFor();
    await expect(field(card, 'Tarikh tamat')).resolves.toMatch(new RegExp(` ${year}$`));
    await expect(card.getByRole('button', { name: /^Muat turun PDF/ }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'certificates-360-ms.png'), fullPage: true });
    await page.getByLabel('Bahasa').first().selectOption('th');
    await page.close();
  }, 120_000);

  it('lets a coordinator set a curriculum’s completion rule — an out-of-range value refused by the field in Thai — and read each cohort’s progress', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, session.product.url, 'coordinator.pattani@demo.ruamsang.org');
    // The curriculum of the demo practitioner's certificate has a cohort with attendance in Pattani.
    await page.getByRole('navigation').getByRole('link', { name: 'หลักสูตร' }).click();
    await page.getByRole('heading', { level: 1, name: 'หลักสูตร' }).waitFor();
    await page.getByRole('link', { name: CURRICULUM }).first().click();
    const panel = page.getByRole('region', { name: 'เกณฑ์การผ่านหลักสูตรและความก้าวหน้าของรุ่น' });
    await panel.waitFor();
    const percent = panel.getByLabel(/^เวลาเข้าอบรมขั้นต่ำ/);
    const post = panel.getByLabel('ต้องส่งแบบประเมินหลังอบรม');
    const save = panel.getByRole('button', { name: 'บันทึกเกณฑ์' });
    await expect(percent.inputValue()).resolves.toMatch(/^\d+$/);
    const original = { percent: await percent.inputValue(), post: await post.isChecked() };

    // The pilot cohort's progress against the demo's rule (80 %, post-assessment required): some
    // complete with a certificate code, some not.
    expect(original).toEqual({ percent: '80', post: true });
    const progress = panel.getByRole('region', { name: PILOT_COHORT }).getByRole('table');
    await progress.waitFor();
    await expect(progress.locator('tbody tr[data-complete="true"]').count()).resolves.toBeGreaterThan(0);
    await expect(progress.locator('tbody tr[data-complete="false"]').count()).resolves.toBeGreaterThan(0);
    await expect(progress.locator('tbody tr[data-complete="true"] td code').first().textContent()).resolves.toMatch(/^RS-[0-9A-Z]+$/);

    for (const [bad, bound] of [['150', /ต้องไม่เกิน 100$/], ['0', /ต้องไม่น้อยกว่า 1$/]] as const) {
      await percent.fill(bad);
      await save.click();
      const error = panel.locator('#min-attendance-error');
      await error.waitFor();
      // The API's message, in Thai, naming the field and the bound it broke, shown by the field.
      await expect(error.textContent()).resolves.toMatch(/^minAttendancePercent: /);
      await expect(error.textContent()).resolves.toMatch(bound);
      await expect(percent.getAttribute('aria-invalid')).resolves.toBe('true');
    }
    await percent.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'completion-rule-error-th.png') });

    // A good rule: saved, completions recomputed, the progress table follows it.
    await percent.fill('75');
    await post.setChecked(true);
    await save.click();
    await panel.getByRole('status').filter({ hasText: 'บันทึกเกณฑ์แล้ว: เข้าอบรมอย่างน้อย 75% และส่งแบบประเมินหลังอบรม' }).waitFor();
    await expect(percent.getAttribute('aria-invalid')).resolves.toBeNull();
    await expect(percent.inputValue()).resolves.toBe('75');
    await expect(post.isChecked()).resolves.toBe(true);
    const rows = await progress.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({ complete: tr.getAttribute('data-complete') === 'true', cells: [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim()) })),
    );
    for (const row of rows) {
      const [attended, required] = row.cells[1]!.split(/[ /]+/).map((n) => Number(n.replace(/,/g, '')));
      const submitted = row.cells[3] === 'ส่งแล้ว';
      // Complete exactly when the attended minutes reach the required ones and the post-assessment is in.
      expect({ name: row.cells[0], complete: row.complete }).toEqual({ name: row.cells[0], complete: attended! >= required! && submitted });
    }
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'completion-rule-progress-th.png'), fullPage: true });

    // Stored: a reload shows the saved rule; then put the demo's rule back.
    await page.reload();
    await panel.waitFor();
    await expect(percent.inputValue()).resolves.toBe('75');
    await expect(post.isChecked()).resolves.toBe(true);
    await percent.fill(original.percent);
    await post.setChecked(original.post);
    await save.click();
    await panel.getByRole('status').waitFor();
    await page.close();
  }, 120_000);

  it('hides the completion rule from a practitioner', async () => {
    const page = await session.browser.newPage({ viewport: { width: 360, height: 740 } });
    await signIn(page, session.product.url, 'practitioner@demo.ruamsang.org');
    await page.getByRole('navigation').getByRole('link', { name: 'หลักสูตร' }).click();
    await page.getByRole('link', { name: CURRICULUM }).first().click();
    await page.getByRole('meter', { name: 'ความครอบคลุมช่องว่าง' }).waitFor();
    await expect(page.getByRole('region', { name: 'เกณฑ์การผ่านหลักสูตรและความก้าวหน้าของรุ่น' }).count()).resolves.toBe(0);
    await expect(page.getByLabel(/^เวลาเข้าอบรมขั้นต่ำ/).count()).resolves.toBe(0);
    await page.close();
  }, 60_000);
});
