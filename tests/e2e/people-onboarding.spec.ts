import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { productAndBrowser } from './support/journey.js';
import { SCREENSHOTS, signIn } from './support/server.js';

// The programme grows north: Chiang Mai (50) added to the five southern border provinces.
const session = productAndBrowser(() => Promise.resolve({ PROGRAMME_PROVINCES: '90,91,94,95,96,50' }));

const CAMPAIGN = 'สำรวจความต้องการพัฒนาศักยภาพ เชียงใหม่ 2569';

async function gql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${session.product.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A campaign of the demo framework for Chiang Mai, open now (set up through the API; the journey is about people). */
async function chiangMaiCampaign(): Promise<void> {
  const { login } = await gql<{ login: { token: string } }>('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: 'admin@demo.ruamsang.org', p: 'ruamsang-demo' });
  const { frameworks } = await gql<{ frameworks: { id: string; status: string }[] }>('{ frameworks { id status } }', {}, login.token);
  const framework = frameworks.find((f) => f.status === 'PUBLISHED')!;
  await gql(
    'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
    { i: { frameworkId: framework.id, title: CAMPAIGN, instrument: 'PNI', provinceCodes: ['50'], opensAt: new Date(Date.now() - 86_400_000).toISOString(), closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString() } },
    login.token,
  );
}

/** 1,000 Yala people, four of them with one fault each on known lines (the header is line 1). */
function peopleCsv(): string {
  const lines = ['email,phone,display_name,role,province_code,district_code,sector,gender,age_band,languages'];
  for (let i = 0; i < 1000; i += 1) lines.push(`yala.${i}@example.org,,ผู้เข้าร่วม ยะลา ${i},,95,9501,ภาคชุมชน,${i % 2 ? 'หญิง' : 'ชาย'},25-34,THAI`);
  lines[10] = lines[10]!.replace('yala.9@example.org', 'yala.9-at-example.org');
  lines[201] = lines[201]!.replace(',,ผู้เข้าร่วม', ',02-123-4567,ผู้เข้าร่วม');
  lines[501] = lines[501]!.replace('ภาคชุมชน', 'ชาวสวน');
  lines[901] = lines[901]!.replace(',9501,', ',9401,');
  return lines.join('\r\n');
}

describe('onboarding people at scale', () => {
  it('an administrator imports 1,000 people (each bad row named, then the valid rows stored) and invites Chiang Mai practitioners, who join on a phone and land on the assessment', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, session.product.url, 'admin@demo.ruamsang.org');
    await page.getByRole('navigation').getByRole('link', { name: 'นำเข้ารายชื่อ' }).click();
    await page.getByRole('heading', { name: 'นำเข้ารายชื่อผู้ใช้', level: 1 }).waitFor();
    const file = { name: 'yala-people.csv', mimeType: 'text/csv', buffer: Buffer.from(peopleCsv(), 'utf8') };
    await page.getByLabel('ไฟล์ CSV หรือ XLSX').setInputFiles(file);
    await page.getByRole('button', { name: 'นำเข้า', exact: true }).click();

    // All or nothing: nobody stored, and each bad row is named with its line, column and reason.
    const report = page.getByRole('region', { name: 'ผลการนำเข้า' });
    await report.getByRole('status').filter({ hasText: 'ไม่ได้บันทึกใครเลย' }).waitFor();
    await expect(report.getByTestId('rows-read').textContent()).resolves.toBe('1000');
    await expect(report.getByTestId('created').textContent()).resolves.toBe('0');
    await expect(report.getByTestId('rejected-lines').textContent()).resolves.toBe('4');
    const rows = await report.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(4);
    expect(rows[0]).toContain('11');
    expect(rows[0]).toContain('yala.9-at-example.org');
    expect(rows[1]).toMatch(/^202phone.*ไม่ใช่เบอร์มือถือไทย/);
    expect(rows[2]).toMatch(/^502sector.*ภาคส่วน "ชาวสวน" ไม่ถูกต้อง \(ใช้ได้: GOVERNMENT \(ภาครัฐ\)/);
    expect(rows[3]).toMatch(/^902district_code.*อำเภอ 9401 ไม่อยู่ในจังหวัด 95/);
    await page.screenshot({ path: join(SCREENSHOTS, 'people-import-refused-1280-th.png'), fullPage: true });
    await page.setViewportSize({ width: 360, height: 800 });
    await report.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'people-import-refused-360-th.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // Valid rows: the 996 good people are stored, the four still listed.
    await page.getByLabel(/บันทึกเฉพาะแถวที่ถูกต้อง/).check();
    await page.getByRole('button', { name: 'นำเข้า', exact: true }).click();
    await report.getByRole('status').filter({ hasText: 'สร้างบัญชี 996 บัญชี' }).waitFor();
    await expect(report.locator('tbody tr').count()).resolves.toBe(4);
    await page.screenshot({ path: join(SCREENSHOTS, 'people-import-stored-1280-th.png'), fullPage: true });

    // An invitation for a campaign in Chiang Mai, a province outside the south.
    await chiangMaiCampaign();
    await page.getByRole('navigation').getByRole('link', { name: 'ลิงก์เชิญ' }).click();
    await page.getByRole('heading', { name: 'ลิงก์เชิญ', level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'สร้างลิงก์เชิญ' });
    await form.getByLabel('เลือกแบบสำรวจ').selectOption({ label: CAMPAIGN });
    const campaignId = await form.getByLabel('เลือกแบบสำรวจ').inputValue();
    await form.getByLabel('จังหวัด').selectOption({ label: 'เชียงใหม่' });
    await form.getByLabel(/ใช้ได้กี่วัน/).fill('14');
    await form.getByLabel(/จำนวนบัญชีสูงสุด/).fill('50');
    await form.getByRole('button', { name: 'สร้างลิงก์' }).click();
    await form.getByRole('status').filter({ hasText: 'สร้างลิงก์เชิญแล้ว' }).waitFor();
    const card = page.getByTestId('invitation').filter({ hasText: CAMPAIGN }).first();
    await card.getByText('0 จาก 50').waitFor();
    await card.getByRole('button', { name: 'แสดง QR' }).click();
    await card.getByRole('img', { name: `QR สำหรับสร้างบัญชี: ${CAMPAIGN}` }).waitFor();
    const link = (await card.locator('code').textContent()) ?? '';
    expect(link).toMatch(/\/join\/[A-Za-z0-9_-]{43}$/);
    await page.screenshot({ path: join(SCREENSHOTS, 'invitations-1280-th.png'), fullPage: true });

    // A practitioner opens the link on a phone, signed out.
    const phone = await session.browser.newContext({ viewport: { width: 360, height: 800 } });
    const joinPage = await phone.newPage();
    await joinPage.goto(link);
    await joinPage.getByRole('heading', { name: 'สร้างบัญชีของคุณ' }).waitFor();
    await joinPage.getByText(`คุณได้รับเชิญให้ตอบแบบสำรวจ "${CAMPAIGN}"`).waitFor();
    await joinPage.getByText(/จังหวัดเชียงใหม่/).waitFor();
    await joinPage.getByLabel('ชื่อ-นามสกุล').fill('นางสาวซารีนา ยูโซะ');
    await joinPage.getByLabel('เบอร์มือถือ').fill('089-765-4321');
    await joinPage.getByLabel(/^รหัสผ่าน/).fill('short');
    await joinPage.getByRole('button', { name: 'สร้างบัญชีและเข้าสู่ระบบ' }).click();
    // Refused beside its field, with the focus there.
    await expect(joinPage.locator('#join-password-error').textContent()).resolves.toBe('รหัสผ่านต้องยาว 10–200 ตัวอักษร');
    await expect(joinPage.evaluate(() => document.activeElement?.id)).resolves.toBe('join-password');
    await joinPage.screenshot({ path: join(SCREENSHOTS, 'join-refused-360-th.png'), fullPage: true });
    await joinPage.getByLabel(/^รหัสผ่าน/).fill('a-long-password');
    await joinPage.getByLabel('ยืนยันรหัสผ่าน').fill('a-long-password');
    await joinPage.getByLabel('อำเภอ').selectOption({ index: 1 });
    await joinPage.getByLabel('ภาคส่วน').selectOption({ label: 'ภาคชุมชน' });
    await joinPage.getByLabel('เพศ').selectOption({ label: 'หญิง' });
    await joinPage.getByLabel('ภาษามลายูปัตตานี').check();
    await joinPage.screenshot({ path: join(SCREENSHOTS, 'join-form-360-th.png'), fullPage: true });
    await joinPage.getByRole('button', { name: 'สร้างบัญชีและเข้าสู่ระบบ' }).click();
    // Signed in and on the campaign's assessment.
    await joinPage.waitForURL(`**/assess/${campaignId}`);
    await joinPage.getByRole('heading', { name: CAMPAIGN, level: 1 }).waitFor();
    await joinPage.screenshot({ path: join(SCREENSHOTS, 'join-landed-360-th.png'), fullPage: true });
    await phone.close();

    // The invitation counts the use.
    await page.reload();
    await page.getByTestId('invitation').filter({ hasText: CAMPAIGN }).first().getByText('1 จาก 50').waitFor();
    await page.close();
  });
});
