import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { productAndBrowser } from './support/journey.js';
import { SCREENSHOTS, signIn } from './support/server.js';

// The programme has grown to Chiang Mai (50): the demo data stays in the five southern provinces.
const session = productAndBrowser(() => Promise.resolve({ PROGRAMME_PROVINCES: '90,91,94,95,96,50' }));

async function openGapsMap(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'ช่องว่างสมรรถนะ' }).click();
  await page.getByRole('heading', { level: 1, name: 'ช่องว่างสมรรถนะ' }).waitFor();
  const campaign = page.getByLabel('การสำรวจ');
  await campaign.locator('option', { hasText: 'Borich' }).waitFor({ state: 'attached' });
  await campaign.selectOption((await campaign.locator('option', { hasText: 'Borich' }).getAttribute('value')));
  await page.getByText(/จัดอันดับด้วย MWDS/).waitFor();
  const map = page.getByRole('img', { name: /แผนที่ 6 จังหวัดในพื้นที่โครงการ/ });
  await map.waitFor();
  return map;
}

describe('a programme area beyond the five southern provinces (PROGRAMME_PROVINCES=90,91,94,95,96,50)', () => {
  it('offers Chiang Mai in planning set-up and campaign targeting, and maps the six provinces as a choropleth at 360 px and 1280 px', async () => {
    const page = await session.browser.newPage({ viewport: { width: 360, height: 800 } });
    await signIn(page, session.product.url, 'admin@demo.ruamsang.org');

    // Planning set-up: the admin plans for the whole area, Chiang Mai included.
    await page.goto(`${session.product.url}/schedule/setup`);
    await page.getByRole('heading', { name: 'ตั้งค่าการจัดอบรม', level: 1 }).waitFor();
    const venues = page.getByRole('region', { name: 'สถานที่อบรม' });
    const provinceChoices = venues.getByLabel('จังหวัด').locator('option');
    await provinceChoices.filter({ hasText: 'เชียงใหม่' }).waitFor({ state: 'attached' });
    // After the "choose" option, the area in code order.
    const names = (await provinceChoices.allTextContents()).slice(1);
    expect(names).toEqual(['เชียงใหม่', 'สงขลา', 'สตูล', 'ปัตตานี', 'ยะลา', 'นราธิวาส']);
    // A venue in Chiang Mai is saved.
    await venues.getByLabel('จังหวัด').selectOption({ label: 'เชียงใหม่' });
    await venues.getByLabel('ชื่อสถานที่').fill('หอประชุมเทศบาลนครเชียงใหม่');
    await venues.getByLabel('จำนวนที่นั่ง').fill('80');
    await venues.getByRole('button', { name: 'บันทึกสถานที่' }).click();
    await venues.getByRole('status').filter({ hasText: 'บันทึกสถานที่ หอประชุมเทศบาลนครเชียงใหม่ แล้ว' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'programme-area-setup-360-th.png') });

    // Campaign targeting: the area's six provinces, and only those.
    await page.getByRole('navigation').getByRole('link', { name: 'แบบสำรวจ' }).click();
    await page.getByRole('button', { name: 'สร้างแบบสำรวจใหม่' }).click();
    const targets = page.getByRole('group', { name: 'จังหวัดเป้าหมาย' });
    await targets.getByLabel('เชียงใหม่').waitFor();
    await expect(targets.getByRole('checkbox').count()).resolves.toBe(6);
    await expect(targets.getByLabel('กรุงเทพมหานคร').count()).resolves.toBe(0);

    // The gap map at a phone's width: six provinces drawn from the boundary data, Chiang Mai without answers.
    const map = await openGapsMap(page);
    await expect(map.locator('path.province').count()).resolves.toBe(6);
    await expect(map.locator('path.province[data-province="50"]').getAttribute('data-state')).resolves.toBe('noData');
    await expect(map.locator('path.province[data-province="50"]').getAttribute('fill')).resolves.toBe('#e3e7e5');
    const pattani = map.locator('path.province[data-province="94"]');
    await expect(pattani.getAttribute('data-state')).resolves.toBe('value');
    expect(await pattani.getAttribute('fill')).toMatch(/^rgb\(/);
    // Real outlines, not tiles: each province is a path of many points.
    expect(((await pattani.getAttribute('d')) ?? '').split(/[LM]/).length).toBeGreaterThan(20);
    // Every province names itself (tooltip); names and values are written on the map where they fit
    // without overlapping; the legend explains colour, suppression and no data.
    await expect(map.locator('path.province[data-province="50"] title').textContent()).resolves.toBe('เชียงใหม่: ไม่มีข้อมูล');
    await expect(map.locator('text').allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringContaining('สงขลา')]));
    const labels = await map.locator('text').evaluateAll((nodes) => nodes.map((n) => (n as SVGGraphicsElement).getBoundingClientRect()).map((r) => [r.left, r.top, r.right, r.bottom]));
    for (const [i, a] of labels.entries())
      for (const b of labels.slice(i + 1)) expect(a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!).toBe(false);
    const figure = page.locator('figure.province-map');
    await expect(figure.locator('#map-legend').getByText('ไม่มีข้อมูล').isVisible()).resolves.toBe(true);
    // Fits the phone: no sideways scrolling, the drawing as wide as its card.
    const box = await map.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(360);
    expect(box!.width).toBeGreaterThan(250);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    // The table for keyboards and screen readers holds the same figures.
    await figure.getByText('ดูตัวเลขเป็นตาราง').click();
    const table = figure.getByRole('table');
    await expect(table.locator('tbody tr').count()).resolves.toBe(6);
    await expect(table.locator('tr[data-province="50"] td').first().textContent()).resolves.toBe('ไม่มีข้อมูล');
    await map.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'programme-area-map-360-th.png'), fullPage: false });

    // The same at a desktop width.
    await page.setViewportSize({ width: 1280, height: 900 });
    await map.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'programme-area-map-1280-th.png') });
    await page.close();
  });
});
