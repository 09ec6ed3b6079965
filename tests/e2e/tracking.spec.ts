import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Download, Locator, Page } from 'playwright-core';
import { productAndBrowser } from './support/journey.js';
import { SCREENSHOTS, signIn } from './support/server.js';

const session = productAndBrowser();

const thaiNumber = (value: number, digits: number) => new Intl.NumberFormat('th-TH', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
const thaiPercent = (share: number) => `${thaiNumber(share * 100, 1)}%`;
/** What the screen shows for a date: Buddhist Era, Bangkok time (apps/web/src/app/dates.ts). */
const thaiDate = (date: Date) => new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Asia/Bangkok' }).format(date);

async function tableRows(table: Locator): Promise<string[][]> {
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())));
}

async function sheetOf(download: Download): Promise<{ header: string[]; rows: unknown[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => (sheet.getRow(i + 2).values as unknown[]).slice(1));
  return { header, rows };
}

async function csvOf(download: Download): Promise<{ header: string[]; rows: string[][] }> {
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true); // Excel reads Thai as UTF-8 only with the BOM
  const parsed = Papa.parse<string[]>(text.slice(1).trim(), { skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  return { header: header!, rows };
}

async function download(page: Page, section: Locator, button: string): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: button }).click()]);
  return file;
}

describe('competency tracking in the browser', () => {
  it('lets a practitioner re-assess after a curriculum, keeping every earlier rating with its source and date', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, session.product.url, 'practitioner@demo.ruamsang.org');
    await page.getByRole('navigation').getByRole('link', { name: 'สมรรถนะของฉัน' }).click();
    await page.getByRole('heading', { level: 1, name: 'สมรรถนะของฉัน' }).waitFor();

    const history = page.getByRole('region', { name: 'ประวัติการประเมิน' }).getByRole('table');
    await history.waitFor();
    const before = await tableRows(history);
    // The needs assessment she answered before the training is in her history.
    expect(before.length).toBeGreaterThan(0);
    expect(before.some((row) => row[2] === 'แบบประเมินความต้องการ')).toBe(true);

    // She holds a seat in a cohort: the re-assessment of that curriculum's competencies.
    const reassess = page.getByRole('region', { name: 'ประเมินตนเองหลังอบรม' });
    const form = reassess.locator('form').first();
    await form.waitFor();
    const curriculum = (await form.getByRole('heading').textContent())!.replace(/ \(.*\)$/, '');
    const competencies = form.locator('fieldset');
    const count = await competencies.count();
    expect(count).toBeGreaterThan(0);
    const submit = form.getByRole('button', { name: 'ส่งผลการประเมิน' });
    await expect(submit.isDisabled()).resolves.toBe(true); // every competency must be rated first
    for (let i = 0; i < count; i += 1) await competencies.nth(i).getByLabel('4 ชำนาญ').check();
    await page.screenshot({ path: join(SCREENSHOTS, 'tracking-reassessment-th.png'), fullPage: true });
    await submit.click();
    await form.getByRole('status').filter({ hasText: 'บันทึกแล้ว' }).waitFor();

    // The history grows by one self-rating per competency; nothing earlier is overwritten.
    await page.waitForFunction(
      ({ expected }) => document.querySelectorAll('section[aria-labelledby="history-title"] tbody tr').length === expected,
      { expected: before.length + count },
    );
    const after = await tableRows(history);
    const key = (row: string[]) => row.join(' | ');
    const afterKeys = after.map(key);
    for (const row of before) expect(afterKeys).toContain(key(row));
    const added = after.filter((row) => !before.some((b) => key(b) === key(row)));
    expect(added).toHaveLength(count);
    const today = thaiDate(new Date());
    for (const row of added) {
      expect(row[0]).toBe(today);
      expect(row[2]).toBe('ประเมินตนเอง');
      expect(row[3]).toBe('4');
      expect(row[4]).toContain(curriculum);
    }
    // For a re-rated competency both ratings stand side by side: the campaign's and her own.
    const reRated = added[0]![1]!;
    const sources = after.filter((row) => row[1] === reRated).map((row) => row[2]);
    expect(sources).toEqual(expect.arrayContaining(['ประเมินตนเอง']));
    expect(sources.length).toBeGreaterThan(1);
    await history.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'tracking-history-th.png'), fullPage: true });

    // Kept after a reload: the server holds it, not the page.
    await page.reload();
    await history.waitFor();
    await expect(tableRows(history).then((rows) => rows.length)).resolves.toBe(before.length + count);
    await page.close();
  }, 120_000);

  it('shows a coordinator gap closure, completion by group and the funnel, and exports CSV and XLSX that match the screen', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    await signIn(page, session.product.url, 'coordinator.pattani@demo.ruamsang.org');
    await page.getByRole('navigation').getByRole('link', { name: 'ติดตามผล' }).click();
    await page.getByRole('heading', { level: 1, name: 'การปิดช่องว่างและการสำเร็จหลักสูตร' }).waitFor();
    // The demo curricula answer the Borich campaign's gaps.
    const campaign = page.getByLabel(/^การสำรวจ/);
    await campaign.locator('option', { hasText: 'Borich' }).waitFor({ state: 'attached' });
    await campaign.selectOption((await campaign.locator('option', { hasText: 'Borich' }).getAttribute('value')));
    // The halal-food curriculum: its Pattani pilot cohort (demo) attended, completed and re-assessed.
    const curriculum = page.getByLabel(/^หลักสูตร/);
    const halal = curriculum.locator('option', { hasText: 'ฮาลาล' });
    await halal.waitFor({ state: 'attached' });
    await curriculum.selectOption((await halal.getAttribute('value')));
    const closure = page.getByRole('region', { name: 'การปิดช่องว่าง (ก่อน–หลังอบรม)' });
    const completion = page.getByRole('region', { name: 'อัตราการสำเร็จหลักสูตร' });
    const funnel = page.getByRole('region', { name: 'ขั้นตอนการพัฒนา' });
    await Promise.all([closure.waitFor(), completion.waitFor(), funnel.waitFor()]);
    await page.screenshot({ path: join(SCREENSHOTS, 'tracking-dashboard-th.png'), fullPage: true });

    // Gap closure: what the screen shows per group and competency is what the XLSX holds.
    {
      await closure.getByRole('table').waitFor();
      const shown = await tableRows(closure.getByRole('table'));
      // paired figures, not only suppressed groups
      expect(shown.some((row) => row.length > 2)).toBe(true);
      const sheet = await sheetOf(await download(page, closure, 'ดาวน์โหลด XLSX'));
      const col = (name: string) => sheet.header.indexOf(name);
      expect(col('สถานะ')).toBeGreaterThanOrEqual(0);
      for (const row of shown) {
        const label = row[0]!.replace(/ \(\d+\)$/, '');
        const inFile = sheet.rows.filter((r) => r[col('กลุ่ม')] === label);
        expect(inFile.length).toBeGreaterThan(0);
        if (row.length === 2) {
          // a suppressed group: no figure on screen, none in the file
          expect(row[1]).toBe('ปิดบัง (n < 5)');
          for (const r of inFile) {
            expect(r[col('สถานะ')]).toBe('ปิดบัง (n < 5)');
            expect(r[col('ค่าเฉลี่ยหลังอบรม (C)')] ?? null).toBeNull();
          }
        } else {
          const figure = inFile.find((r) => r[col('รหัสสมรรถนะ')] === row[1])!;
          expect(figure).toBeDefined();
          expect(String(figure[col('จำนวนคู่ผลที่ใช้ (n)')])).toBe(row[2]);
          expect(thaiNumber(figure[col('ค่าเฉลี่ยก่อนอบรม (C)')] as number, 2)).toBe(row[3]);
          expect(thaiNumber(figure[col('ค่าเฉลี่ยหลังอบรม (C)')] as number, 2)).toBe(row[4]);
          expect(thaiNumber(figure[col('การเปลี่ยนแปลงเฉลี่ย')] as number, 2)).toBe(row[5]);
          expect(thaiPercent(figure[col('สัดส่วนที่พัฒนาขึ้น')] as number)).toBe(row[6]);
        }
      }
    }

    // Completion by province: the screen's table, the CSV and the XLSX agree.
    const completionTable = completion.getByRole('table');
    await completionTable.waitFor();
    const completionShown = await tableRows(completionTable);
    expect(completionShown.length).toBeGreaterThan(0);
    expect(completionShown.some((row) => Number(row[2]) > 0)).toBe(true);
    const completionCsv = await csvOf(await download(page, completion, 'ดาวน์โหลด CSV'));
    const completionXlsx = await sheetOf(await download(page, completion, 'ดาวน์โหลด XLSX'));
    expect(completionCsv.header).toEqual(completionXlsx.header);
    const c = (name: string) => completionXlsx.header.indexOf(name);
    expect(completionXlsx.rows).toHaveLength(completionShown.length);
    expect(completionCsv.rows).toHaveLength(completionShown.length);
    for (const [group, enrolled, completed, rate] of completionShown) {
      const x = completionXlsx.rows.find((r) => String(r[c('รหัสกลุ่ม')]) === group)!;
      const csv = completionCsv.rows.find((r) => r[c('รหัสกลุ่ม')] === group)!;
      expect(x).toBeDefined();
      expect(csv).toBeDefined();
      expect(String(x[c('ผู้ลงทะเบียน')])).toBe(enrolled);
      expect(csv[c('ผู้ลงทะเบียน')]).toBe(enrolled);
      if (completed === 'ปิดบัง (n < 5)') {
        expect(x[c('สถานะ')]).toBe(completed);
        expect(x[c('ผู้สำเร็จ')] ?? null).toBeNull();
        expect(csv[c('ผู้สำเร็จ')]).toBe('');
        expect(rate).toBe('–');
      } else {
        expect(String(x[c('ผู้สำเร็จ')])).toBe(completed);
        expect(csv[c('ผู้สำเร็จ')]).toBe(completed);
        expect(rate).toBe(thaiPercent(x[c('อัตราการสำเร็จ')] as number));
        expect(Number(csv[c('อัตราการสำเร็จ')])).toBeCloseTo(x[c('อัตราการสำเร็จ')] as number, 10);
      }
    }
    await completion.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'tracking-completion-th.png') });

    // The funnel: assessed → enrolled → attended → completed → improved, as in the XLSX.
    const stages = await funnel.getByRole('listitem').allTextContents();
    const funnelXlsx = await sheetOf(await download(page, funnel, 'ดาวน์โหลด XLSX'));
    const f = (name: string) => funnelXlsx.header.indexOf(name);
    expect(funnelXlsx.rows.map((r) => r[f('รหัสขั้น')])).toEqual(['ASSESSED', 'ENROLLED', 'ATTENDED', 'COMPLETED', 'IMPROVED']);
    if (stages.length > 0) {
      expect(stages).toHaveLength(5);
      expect(await funnel.getByRole('img').count()).toBe(1);
      funnelXlsx.rows.forEach((r, i) => {
        expect(stages[i]!.startsWith(`${r[f('ขั้น')] as string}: ${String(r[f('จำนวนคน')])}`)).toBe(true);
      });
    } else {
      await funnel.getByText('ปิดบัง (n < 5)').waitFor();
      for (const r of funnelXlsx.rows) expect(r[f('สถานะ')]).toBe('ปิดบัง (n < 5)');
    }
    await funnel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'tracking-funnel-th.png') });
    await page.close();
  }, 120_000);
});
