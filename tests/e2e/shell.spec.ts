import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { productAndBrowser } from './support/journey.js';
import { SCREENSHOTS, signIn } from './support/server.js';

const session = productAndBrowser();

describe('web shell', () => {
  it('serves the Thai login page, signs the admin in and shows role-aware navigation', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(session.product.url);
    expect(await page.getAttribute('html', 'lang')).toBe('th');
    await page.getByRole('heading', { name: 'เข้าสู่ระบบ' }).waitFor(); // the app first asks who is signed in
    await page.screenshot({ path: join(SCREENSHOTS, 'login-th.png') });

    await page.getByLabel('อีเมล').fill('admin@demo.ruamsang.org');
    await page.getByLabel('รหัสผ่าน').fill('wrong-password');
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('อีเมลหรือรหัสผ่านไม่ถูกต้อง');

    await signIn(page, session.product.url, 'admin@demo.ruamsang.org');
    const nav = page.getByRole('navigation');
    await expect(nav.getByRole('link', { name: 'ผู้ใช้' }).isVisible()).resolves.toBe(true);
    await expect(nav.getByRole('link', { name: 'ประเมินตนเอง' }).count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('ผู้ดูแลระบบ');
    // Thai dates in the Buddhist Era
    await expect(page.getByText(/25\d\d/).first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'home-admin-th.png') });

    await nav.getByRole('link', { name: 'ผู้ใช้' }).click();
    await page.getByRole('table').waitFor();
    await expect(page.getByText(/แสดง 1–20 จาก \d+/).isVisible()).resolves.toBe(true);
    await page.getByRole('searchbox').fill('coordinator.pattani');
    await page.getByRole('cell', { name: 'coordinator.pattani@demo.ruamsang.org' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'users-th.png'), fullPage: false });

    await page.getByLabel('ภาษา').first().selectOption('en');
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.screenshot({ path: join(SCREENSHOTS, 'users-en.png') });
    await page.close();
  }, 60_000);

  it('shows a practitioner no users page', async () => {
    const page = await session.browser.newPage({ viewport: { width: 360, height: 740 } });
    await signIn(page, session.product.url, 'practitioner@demo.ruamsang.org');
    const nav = page.getByRole('navigation');
    await expect(nav.getByRole('link', { name: 'ประเมินตนเอง' }).isVisible()).resolves.toBe(true);
    await expect(nav.getByRole('link', { name: 'ผู้ใช้' }).count()).resolves.toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'home-practitioner-360.png') });
    await page.close();
  }, 60_000);
});
