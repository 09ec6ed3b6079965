import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { productAndBrowser } from './support/journey.js';
import { SCREENSHOTS, signIn } from './support/server.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const session = productAndBrowser();

interface Finding {
  readonly page: string;
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: string[];
}

/** Runs axe-core (WCAG 2.x A/AA rules) on what the page shows now; returns the serious and critical findings. */
async function axe(page: Page, name: string): Promise<Finding[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const run = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run;
    const result = await run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({ rule: v.id, impact: v.impact ?? 'minor', help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ page: name, ...v }));
}

/** Waits for the page's main heading and for the data behind it (no loading indicator left). */
async function settled(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.getByText('กำลังโหลด…').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
}

const journeys: { email: string | null; role: string; paths: string[] }[] = [
  { email: null, role: 'visitor', paths: ['/'] },
  { email: 'practitioner@demo.ruamsang.org', role: 'practitioner', paths: ['/', '/assess', '/gaps', '/priorities', '/modules', '/curricula', '/competencies', '/certificates'] },
  { email: 'trainer@demo.ruamsang.org', role: 'trainer', paths: ['/', '/campaigns', '/gaps', '/priorities', '/modules', '/modules/new', '/curricula', '/curricula/new', '/attendance', '/competencies'] },
  { email: 'coordinator.pattani@demo.ruamsang.org', role: 'coordinator', paths: ['/', '/campaigns', '/gaps', '/priorities', '/users', '/tracking', '/schedule/setup'] },
  { email: 'admin@demo.ruamsang.org', role: 'admin', paths: ['/', '/campaigns', '/users', '/schedule/setup'] },
];

describe('accessibility and phones', () => {
  it('has no serious or critical axe violations on the main pages, for each role, and lays them out at 360 px', async () => {
    const findings: Finding[] = [];
    for (const journey of journeys) {
      const context = await session.browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
      const page = await context.newPage();
      if (journey.email) await signIn(page, session.product.url, journey.email);
      else await page.goto(session.product.url);
      for (const path of journey.paths) {
        await page.goto(`${session.product.url}${path}`);
        await settled(page);
        findings.push(...(await axe(page, `${journey.role} ${path}`)));
        await page.screenshot({ path: join(SCREENSHOTS, `a11y-360-${journey.role}${path.replace(/\//g, '-')}.png`), fullPage: true });
        // Nothing is wider than the phone's screen.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 1) findings.push({ page: `${journey.role} ${path}`, rule: 'wider-than-360px', impact: 'serious', help: `scrolls sideways by ${overflow} px`, targets: [] });
      }
      if (journey.role === 'trainer') {
        // The attendance roster of the trainer's first session day, at 360 px.
        await page.goto(`${session.product.url}/attendance`);
        await page.locator('a.day-link').first().click();
        await page.getByRole('status', { name: 'สถานะการส่งข้อมูล' }).waitFor();
        await settled(page);
        findings.push(...(await axe(page, 'trainer attendance roster')));
        await page.screenshot({ path: join(SCREENSHOTS, 'a11y-360-trainer-attendance-roster.png'), fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 1) findings.push({ page: 'trainer attendance roster', rule: 'wider-than-360px', impact: 'serious', help: `scrolls sideways by ${overflow} px`, targets: [] });
      }
      if (journey.role === 'practitioner') {
        // The assessment form: consent first, then a competency; both checked.
        await page.goto(`${session.product.url}/assess`);
        await page.getByRole('listitem').filter({ hasText: '(Hennessy-Hicks)' }).getByRole('link').first().click();
        await page.getByRole('button', { name: 'ข้าพเจ้ายินยอม' }).waitFor();
        findings.push(...(await axe(page, 'practitioner consent')));
        await page.getByRole('button', { name: 'ข้าพเจ้ายินยอม' }).click();
        await page.getByText(/สมรรถนะที่ 1 จาก \d+/).waitFor();
        findings.push(...(await axe(page, 'practitioner assessment form')));
        await page.screenshot({ path: join(SCREENSHOTS, 'a11y-360-practitioner-assessment-form.png'), fullPage: true });
      }
      await context.close();
    }
    expect(findings).toEqual([]);
  }, 240_000);

  it('can be used from the keyboard: a skip link first, visible focus, and a sensible tab order on the form', async () => {
    const page = await session.browser.newPage({ viewport: { width: 360, height: 740 } });
    await signIn(page, session.product.url, 'practitioner@demo.ruamsang.org');
    await settled(page);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => ({ text: document.activeElement?.textContent, href: document.activeElement?.getAttribute('href') }));
    expect(skip).toEqual({ text: 'ข้ามไปยังเนื้อหา', href: '#main' });
    // The focused skip link is on screen and outlined.
    const box = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return { onScreen: r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth, outlined: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
    });
    expect(box).toEqual({ onScreen: true, outlined: true });
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#main');

    // On the form the tab order goes: level descriptions, target scale, current scale, need type,
    // then "next" ("previous" is disabled on the first competency).
    await page.goto(`${session.product.url}/assess`);
    await page.getByRole('listitem').filter({ hasText: '(Hennessy-Hicks)' }).getByRole('link').first().click();
    // Consent was given in the test above when it ran first; ask for it only if it is still due.
    await page.getByText(/สมรรถนะที่ 1 จาก \d+|ความยินยอมเรื่องข้อมูลส่วนบุคคล/).first().waitFor();
    if ((await page.getByRole('button', { name: 'ข้าพเจ้ายินยอม' }).count()) > 0) await page.getByRole('button', { name: 'ข้าพเจ้ายินยอม' }).click();
    await page.getByText(/สมรรถนะที่ 1 จาก \d+/).waitFor();
    await page.locator('summary').focus();
    const order: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          if (!el) return '';
          if (el.type === 'radio') return `radio:${el.name}`;
          return `${el.tagName.toLowerCase()}:${el.textContent?.trim() ?? ''}`;
        }),
      );
    }
    expect(order).toEqual(['radio:target', 'radio:current', 'radio:needType', 'button:ถัดไป']);
    await page.close();
  }, 90_000);

  it('keeps the JavaScript a phone loads first light: at most 250 KB gzip', () => {
    const dist = resolve(new URL('.', import.meta.url).pathname, '../../apps/web/dist');
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="(\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(1);
    const bytes = scripts.reduce((sum, path) => sum + gzipSync(readFileSync(join(dist, path))).length, 0);
    expect(bytes).toBeLessThanOrEqual(250 * 1024);
  });
});
