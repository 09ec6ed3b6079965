import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { productAndBrowser } from './support/journey.js';
import { SCREENSHOTS, signIn } from './support/server.js';

const session = productAndBrowser();

/** One GraphQL call against the running product, for setting the scene (not part of the journey). */
async function api<T = Record<string, any>>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${session.product.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
const tokenOf = async (email: string, password = 'ruamsang-demo') =>
  (await api<{ login: { token: string } }>('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: password })).login.token;

let counter = 0;
/** A new Pattani account made by the demo admin; returns its e-mail address. */
async function person(role: 'PRACTITIONER' | 'TRAINER', displayName: string, password: string): Promise<{ id: string; email: string }> {
  counter += 1;
  const email = `people-admin-${Date.now().toString(36)}-${counter}@test.ruamsang.org`;
  const admin = await tokenOf('admin@demo.ruamsang.org');
  const made = await api<{ createUser: { id: string } }>(
    'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
    { i: { email, password, displayName, role, provinceCode: '94' } },
    admin,
  );
  return { id: made.createUser.id, email };
}

/** The name of the form control that has the keyboard focus. */
const focusedName = (page: Page) => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');

async function findPerson(page: Page, name: string) {
  await page.getByRole('searchbox').fill(name);
  const row = page.getByRole('row').filter({ hasText: name });
  await row.waitFor();
  return row;
}

describe('people administration', () => {
  it('lets an admin turn a trainer into a coordinator and deactivate a practitioner, whose open page then signs them out with the reason', async () => {
    const trainerName = `วิทยากร ทดสอบบทบาท ${Date.now().toString(36)}`;
    const practitionerName = `ผู้ปฏิบัติงาน ทดสอบระงับ ${Date.now().toString(36)}`;
    const trainer = await person('TRAINER', trainerName, 'trainer-password-1');
    const practitioner = await person('PRACTITIONER', practitionerName, 'practitioner-password-1');

    // The practitioner is working on a phone, in a browser of their own.
    const theirs = await session.browser.newContext({ viewport: { width: 360, height: 740 } });
    const theirPage = await theirs.newPage();
    await signIn(theirPage, session.product.url, practitioner.email, 'practitioner-password-1');

    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, session.product.url, 'admin@demo.ruamsang.org');
    await page.getByRole('navigation').getByRole('link', { name: 'ผู้ใช้' }).click();
    await page.getByRole('heading', { name: 'ผู้ใช้', level: 1 }).waitFor();

    // Trainer → coordinator: without provinces the API refuses, beside the field, with the focus there.
    const trainerRow = await findPerson(page, trainerName);
    await trainerRow.getByRole('button', { name: `แก้ไข ${trainerName}` }).click();
    const form = page.getByRole('form', { name: `แก้ไขข้อมูล: ${trainerName}` });
    await form.getByLabel('บทบาท').selectOption('COORDINATOR');
    await form.getByRole('button', { name: 'บันทึกการแก้ไข' }).click();
    await form.getByText('ผู้ประสานงานต้องมีจังหวัดที่รับผิดชอบอย่างน้อยหนึ่งจังหวัด').waitFor();
    await expect(focusedName(page)).resolves.toBe('managedProvinceCodes');
    await page.screenshot({ path: join(SCREENSHOTS, 'people-admin-edit-refused-1280.png') });
    await form.getByRole('group', { name: 'จังหวัดที่รับผิดชอบ (ผู้ประสานงาน)' }).getByLabel('ปัตตานี', { exact: true }).check();
    await form.getByRole('button', { name: 'บันทึกการแก้ไข' }).click();
    await page.getByRole('status').filter({ hasText: `บันทึกการแก้ไขของ ${trainerName} แล้ว` }).waitFor();
    await trainerRow.getByRole('cell', { name: 'ผู้ประสานงานจังหวัด' }).waitFor();
    const admin = await tokenOf('admin@demo.ruamsang.org');
    const changed = await api<{ users: { items: { id: string; role: string; managedProvinceCodes: string[] }[] } }>(
      'query($s: String) { users(search: $s) { items { id role managedProvinceCodes } } }',
      { s: trainerName },
      admin,
    );
    expect(changed.users.items).toEqual([{ id: trainer.id, role: 'COORDINATOR', managedProvinceCodes: ['94'] }]);

    // Deactivating asks first; cancelling changes nothing.
    const practitionerRow = await findPerson(page, practitionerName);
    const deactivate = practitionerRow.getByRole('button', { name: `ระงับบัญชี ${practitionerName}` });
    page.once('dialog', (dialog) => void dialog.dismiss());
    await deactivate.click();
    await practitionerRow.getByRole('cell', { name: 'ใช้งาน', exact: true }).waitFor();
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.accept();
    });
    await deactivate.click();
    await page.getByRole('status').filter({ hasText: `ระงับบัญชีของ ${practitionerName} แล้ว` }).waitFor();
    expect(asked).toContain(practitionerName);
    await practitionerRow.getByRole('cell', { name: 'ระงับแล้ว' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'people-admin-deactivated-1280.png') });

    // The practitioner's next step: signed out, told why — not a blank page.
    await theirPage.getByRole('navigation').getByRole('link', { name: 'ตารางอบรม' }).click();
    await theirPage.getByRole('heading', { name: 'เข้าสู่ระบบ', level: 2 }).waitFor();
    await theirPage.getByRole('alert').filter({ hasText: 'บัญชีนี้ถูกระงับการใช้งานแล้ว' }).waitFor();
    await theirPage.screenshot({ path: join(SCREENSHOTS, 'people-admin-signed-out-360.png') });
    // Signing in again is refused with the same reason.
    await theirPage.getByLabel('อีเมลหรือหมายเลขโทรศัพท์มือถือ').fill(practitioner.email);
    await theirPage.getByLabel('รหัสผ่าน').fill('practitioner-password-1');
    await theirPage.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await theirPage.getByRole('alert').filter({ hasText: 'บัญชีนี้ถูกระงับการใช้งานแล้ว' }).waitFor();
    await theirs.close();

    // Reactivated, the row says so again.
    page.once('dialog', (dialog) => void dialog.accept());
    await practitionerRow.getByRole('button', { name: `เปิดใช้งานอีกครั้ง ${practitionerName}` }).click();
    await practitionerRow.getByRole('cell', { name: 'ใช้งาน', exact: true }).waitFor();
    await page.close();
  }, 120_000);

  it('lets a coordinator give a person a one-time password link (QR) on a phone; the person sets a password and signs in by mobile number', async () => {
    const name = `ผู้ปฏิบัติงาน ลิงก์รหัสผ่าน ${Date.now().toString(36)}`;
    await person('PRACTITIONER', name, 'forgotten-password-1');
    const page = await session.browser.newPage({ viewport: { width: 360, height: 800 } });
    await signIn(page, session.product.url, 'coordinator.pattani@demo.ruamsang.org');
    await page.goto(`${session.product.url}/users`);
    await page.getByRole('heading', { name: 'ผู้ใช้', level: 1 }).waitFor();

    // The coordinator records the person's mobile number; a landline is refused beside the field.
    const row = await findPerson(page, name);
    await row.getByRole('button', { name: `แก้ไข ${name}` }).click();
    const form = page.getByRole('form', { name: `แก้ไขข้อมูล: ${name}` });
    // A coordinator cannot make anyone a coordinator or admin.
    await expect(form.getByLabel('บทบาท').locator('option:not([disabled])').allTextContents()).resolves.toEqual(['ผู้ปฏิบัติงาน', 'วิทยากร']);
    await form.getByLabel('โทรศัพท์มือถือ').fill('073-123-456');
    await form.getByRole('button', { name: 'บันทึกการแก้ไข' }).click();
    await form.getByText('ต้องเป็นหมายเลขโทรศัพท์มือถือไทย 10 หลัก').waitFor();
    await expect(focusedName(page)).resolves.toBe('phone');
    await page.screenshot({ path: join(SCREENSHOTS, 'people-admin-phone-refused-360.png'), fullPage: true });
    await form.getByLabel('โทรศัพท์มือถือ').fill('086-777-8899');
    await form.getByRole('button', { name: 'บันทึกการแก้ไข' }).click();
    await page.getByRole('status').filter({ hasText: `บันทึกการแก้ไขของ ${name} แล้ว` }).waitFor();
    await row.getByRole('cell', { name: '+66867778899' }).waitFor();

    // The link, with its QR code and expiry, after a confirmation.
    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: `ลิงก์ตั้งรหัสผ่าน ${name}` }).click();
    const panel = page.getByRole('region', { name: `ลิงก์ตั้งรหัสผ่านของ ${name}` });
    await panel.getByRole('img', { name: `QR ลิงก์ตั้งรหัสผ่านของ ${name}` }).waitFor();
    await panel.getByText(/ใช้ได้ถึง .*25\d\d/).waitFor();
    const link = (await panel.getByRole('link').getAttribute('href')) ?? '';
    expect(link).toMatch(/\/reset\/[\w-]{40,}$/);
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'people-admin-reset-link-360.png') });
    await page.close();

    // The person, on their own phone and signed out, opens the link.
    const theirs = await session.browser.newContext({ viewport: { width: 360, height: 740 } });
    const theirPage = await theirs.newPage();
    await theirPage.goto(link);
    await theirPage.getByRole('heading', { name: 'ตั้งรหัสผ่านใหม่' }).waitFor();
    await theirPage.getByLabel('รหัสผ่านใหม่', { exact: true }).fill('short');
    await theirPage.getByRole('button', { name: 'ตั้งรหัสผ่าน' }).click();
    await theirPage.getByText('รหัสผ่านต้องยาว 10 ถึง 200 ตัวอักษร').waitFor();
    await expect(focusedName(theirPage)).resolves.toBe('newPassword');
    await theirPage.screenshot({ path: join(SCREENSHOTS, 'people-admin-reset-page-360.png') });
    await theirPage.getByLabel('รหัสผ่านใหม่', { exact: true }).fill('my-own-new-password');
    await theirPage.getByLabel('ยืนยันรหัสผ่านใหม่').fill('my-own-new-password');
    await theirPage.getByRole('button', { name: 'ตั้งรหัสผ่าน' }).click();
    await theirPage.getByRole('status').filter({ hasText: 'ตั้งรหัสผ่านแล้ว' }).waitFor();
    await theirPage.getByRole('link', { name: 'ไปหน้าเข้าสู่ระบบ' }).click();
    await theirPage.getByLabel('อีเมลหรือหมายเลขโทรศัพท์มือถือ').fill('086 777 8899');
    await theirPage.getByLabel('รหัสผ่าน').fill('my-own-new-password');
    await theirPage.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await theirPage.getByRole('navigation').waitFor();
    await theirPage.getByText(name).first().waitFor();
    await theirPage.screenshot({ path: join(SCREENSHOTS, 'people-admin-phone-signed-in-360.png') });

    // The link works once.
    const again = await theirs.newPage();
    await again.goto(link);
    await again.getByLabel('รหัสผ่านใหม่', { exact: true }).fill('yet-another-password');
    await again.getByLabel('ยืนยันรหัสผ่านใหม่').fill('yet-another-password');
    await again.getByRole('button', { name: 'ตั้งรหัสผ่าน' }).click();
    await again.getByRole('alert').filter({ hasText: 'ถูกใช้ไปแล้ว' }).waitFor();
    await theirs.close();
  }, 120_000);

  it('greets an English browser in English on the first visit, and keeps a Malay choice on the account across sign-out and sign-in', async () => {
    const name = `Pengguna bahasa ${Date.now().toString(36)}`;
    const account = await person('PRACTITIONER', name, 'language-password-1');
    const english = await session.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const page = await english.newPage();
    await page.goto(session.product.url);
    await page.getByRole('heading', { name: 'Sign in', level: 2 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByLabel('Email or mobile number').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'people-admin-first-visit-en-1280.png') });

    // Signed in, the account's own language (Thai, not chosen yet) applies; choosing Malay keeps it on the account.
    await signIn(page, session.product.url, account.email, 'language-password-1');
    await page.getByRole('navigation').getByRole('link', { name: 'บัญชีของฉัน' }).click();
    await page.getByRole('heading', { name: 'บัญชีของฉัน', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'ภาษาที่ใช้' }).getByLabel('ภาษา').selectOption('ms');
    await page.getByRole('status').filter({ hasText: 'Bahasa disimpan.' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('ms');
    await page.screenshot({ path: join(SCREENSHOTS, 'people-admin-account-ms-1280.png') });
    await page.getByRole('button', { name: 'Log keluar' }).click();
    await page.getByRole('heading', { name: 'Log masuk', level: 2 }).waitFor();
    await english.close();

    // Another browser, in English, knows nothing of it: after signing in the account's Malay wins.
    const elsewhere = await session.browser.newContext({ locale: 'en-US', viewport: { width: 360, height: 740 } });
    const phone = await elsewhere.newPage();
    await phone.goto(session.product.url);
    await phone.getByRole('heading', { name: 'Sign in', level: 2 }).waitFor();
    await signIn(phone, session.product.url, account.email, 'language-password-1');
    await phone.getByRole('navigation').getByRole('link', { name: 'Akaun saya' }).waitFor();
    expect(await phone.getAttribute('html', 'lang')).toBe('ms');
    await phone.screenshot({ path: join(SCREENSHOTS, 'people-admin-kept-ms-360.png') });
    await elsewhere.close();
  }, 120_000);
});
