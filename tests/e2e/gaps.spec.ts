import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { productAndBrowser } from './support/journey.js';
import { SCREENSHOTS, signIn } from './support/server.js';

const session = productAndBrowser();

const thaiNumber = (value: number, digits: number) => new Intl.NumberFormat('th-TH', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);

describe('gap dashboard', () => {
  it('shows a coordinator the heatmap with suppressed groups marked, the scatter and the map, and downloads the XLSX as shown', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    await signIn(page, session.product.url, 'coordinator.pattani@demo.ruamsang.org');
    await page.getByRole('navigation').getByRole('link', { name: 'ช่องว่างสมรรถนะ' }).click();
    await page.getByRole('heading', { level: 1, name: 'ช่องว่างสมรรถนะ' }).waitFor();

    // The Borich campaign: ranked and coloured by MWDS
    const campaign = page.getByLabel('การสำรวจ');
    await campaign.locator('option', { hasText: 'Borich' }).waitFor({ state: 'attached' });
    await campaign.selectOption((await campaign.locator('option', { hasText: 'Borich' }).getAttribute('value')));
    await page.getByText(/จัดอันดับด้วย MWDS/).waitFor();

    // Province × competency first (the default grouping)
    const heatmap = page.getByRole('table', { name: /ของแต่ละกลุ่มและสมรรถนะ/ });
    await heatmap.waitFor();
    await expect(heatmap.getByRole('rowheader', { name: 'ปัตตานี' }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'gaps-province-heatmap-th.png'), fullPage: true });

    // Districts: the demo has districts with fewer than 5 respondents
    await page.getByLabel('แยกตาม').selectOption('DISTRICT');
    await heatmap.getByRole('columnheader', { name: 'อำเภอ' }).waitFor();
    const suppressedCell = heatmap.locator('td[data-suppressed="true"]').first();
    await suppressedCell.waitFor();
    await expect(suppressedCell.textContent()).resolves.toBe('ปิดบัง (n < 5)');
    // no figure in a suppressed row
    const suppressedRow = heatmap.locator('tr', { has: page.locator('td[data-suppressed="true"]') }).first();
    const suppressedDistrict = (await suppressedRow.getByRole('rowheader').textContent())!;
    await expect(suppressedRow.locator('td.heat').count()).resolves.toBe(0);
    // nor its size: "< 5", never the count
    await expect(suppressedRow.locator('td.num').first().textContent()).resolves.toBe('< 5');
    await expect(page.locator('#heatmap-legend').getByText('ปิดบัง: ผู้ตอบน้อยเกินไป').isVisible()).resolves.toBe(true);
    await suppressedRow.getByRole('rowheader').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'gaps-district-heatmap-suppressed-th.png') });

    // A shown district: its first cell (the primary index, MWDS for the Borich campaign)
    const shownRow = heatmap.locator('tr', { has: page.locator('td.heat') }).first();
    const shownDistrict = (await shownRow.getByRole('rowheader').textContent())!;
    const firstCell = shownRow.locator('td.heat').first();
    const competency = (await firstCell.getAttribute('data-competency'))!;
    const shownValue = (await firstCell.textContent())!.replace('▼', '').trim();
    expect(shownValue).toMatch(/^-?\d+\.\d{3}$/);

    // Scatter and ranked list of the focus group (the first shown district)
    const scatter = page.getByRole('img', { name: /^Locus for Focus/ });
    await scatter.waitFor();
    expect(await scatter.locator('g.point').count()).toBeGreaterThan(10);
    await expect(scatter.locator('.quadrant-label').allTextContents()).resolves.toEqual(['สำคัญมาก ช่องว่างมาก', 'สำคัญน้อย ช่องว่างมาก', 'สำคัญมาก ช่องว่างน้อย', 'สำคัญน้อย ช่องว่างน้อย']);
    const ranked = page.getByRole('table', { name: /เรียงตาม/ });
    await expect(ranked.locator('tbody tr').first().locator('td').first().textContent()).resolves.toBe('1');
    await scatter.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'gaps-locus-ranked-th.png') });

    // The choropleth of the programme area (the five provinces by default), zoomed to them
    const map = page.getByRole('img', { name: /แผนที่ 5 จังหวัดในพื้นที่โครงการ/ });
    await map.waitFor();
    await expect(map.locator('path.province').count()).resolves.toBe(5);
    await expect(map.locator('path.province[data-province="94"]').textContent()).resolves.toContain('ปัตตานี');
    await expect(map.locator('text').allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringContaining('ปัตตานี')]));
    await map.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'gaps-province-map-th.png') });

    // The XLSX download holds exactly what the screen shows
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ดาวน์โหลด XLSX' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^ruamsang-gaps-.*-district\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path()));
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const column = (name: string) => header.indexOf(name) + 1;
    expect(header[1]).toBe('อำเภอ');
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2));
    const shown = rows.find((r) => r.getCell(2).value === shownDistrict && r.getCell(column('รหัสสมรรถนะ')).value === competency)!;
    expect(shown).toBeDefined();
    const mwds = shown.getCell(column('ดัชนีความต้องการจำเป็นถ่วงน้ำหนัก MWDS (Borich)'));
    expect(mwds.numFmt).toBe('0.000');
    expect(thaiNumber(mwds.value as number, 3)).toBe(shownValue);
    const hidden = rows.filter((r) => r.getCell(2).value === suppressedDistrict);
    expect(hidden.length).toBeGreaterThan(0);
    for (const row of hidden) {
      expect(row.getCell(column('สถานะ')).value).toBe('ปิดบัง (n < 5)');
      expect(row.getCell(column('ดัชนีความต้องการจำเป็นถ่วงน้ำหนัก MWDS (Borich)')).value).toBeNull();
      expect(row.getCell(column('ช่องว่างเฉลี่ย (T − C)')).value).toBeNull();
    }
    await page.close();
  }, 120_000);

  it('shows the dashboard in English at phone width, small districts marked suppressed', async () => {
    const page = await session.browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, session.product.url, 'coordinator.pattani@demo.ruamsang.org');
    await page.getByLabel('ภาษา').first().selectOption('en');
    await page.getByRole('navigation').getByRole('link', { name: 'Capacity gaps' }).click();
    await page.getByLabel('Group by').selectOption('PERSONA_GROUP');
    const heatmap = page.getByRole('table', { name: /for each group and competency/ });
    await heatmap.getByRole('columnheader', { name: 'Persona group' }).waitFor();
    await expect(heatmap.getByRole('rowheader').count()).resolves.toBeGreaterThan(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'gaps-persona-en-390.png'), fullPage: true });
    await page.getByLabel('Group by').selectOption('DISTRICT');
    await heatmap.getByRole('columnheader', { name: 'District' }).waitFor();
    await expect(heatmap.locator('td[data-suppressed="true"]').first().textContent()).resolves.toBe('suppressed (n < 5)');
    await page.close();
  }, 60_000);
});
