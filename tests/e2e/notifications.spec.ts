import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { productAndBrowser } from './support/journey.js';
import { SCREENSHOTS, signIn } from './support/server.js';
import { startSmtpServer, waitFor } from '../support/mail-servers.js';

const smtp = startSmtpServer();
const session = productAndBrowser(async () => ({ SMTP_URL: (await smtp).url, MAIL_FROM: 'Ruamsang <no-reply@ruamsang.test>' }));
afterAll(async () => (await smtp).close());

async function gql<T = Record<string, any>>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await fetch(`${session.product.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}
const login = async (email: string, password = 'ruamsang-demo') => (await gql<{ login: { token: string } }>('mutation($e:String!,$p:String!){ login(email:$e,password:$p){ token } }', { e: email, p: password })).login.token;

describe('the notification centre', () => {
  it('shows a practitioner promoted from the waiting list the notice with the unread count, and marks it read (360 px)', async () => {
    const server = await smtp;
    // A cohort of one seat: a peer holds it, the demo practitioner waits, the peer withdraws.
    const admin = await login('admin@demo.ruamsang.org');
    const { curricula } = await gql<{ curricula: { id: string }[] }>('{ curricula { id } }', {}, admin);
    const cohort = (await gql<{ saveCohort: { id: string } }>('mutation($i: SaveCohortInput!) { saveCohort(input: $i) { id } }', { i: { name: 'รุ่นทดลองแจ้งเตือน ปัตตานี', curriculumId: curricula[0]!.id, provinceCode: '94', teachingLanguage: 'THAI', capacity: 1 } }, admin)).saveCohort.id;
    const peer = (await gql<{ createUser: { id: string } }>('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', { i: { email: 'peer.notify@demo.ruamsang.org', password: 'ruamsang-demo-peer', displayName: 'เพื่อนร่วมรุ่น', role: 'PRACTITIONER', provinceCode: '94' } }, admin)).createUser.id;
    await gql('mutation($i: EnrolInput!) { enrol(input: $i) { id } }', { i: { cohortId: cohort, practitionerId: peer } }, admin);
    const me = await login('practitioner@demo.ruamsang.org');
    const before = (await gql<{ myNotifications: { unread: number } }>('{ myNotifications(limit: 1) { unread } }', {}, me)).myNotifications.unread;
    await gql('mutation($i: EnrolInput!) { enrol(input: $i) { status } }', { i: { cohortId: cohort } }, me);
    await gql('mutation($i: EnrolInput!) { withdraw(input: $i) { status } }', { i: { cohortId: cohort, practitionerId: peer } }, admin);

    const page = await session.browser.newPage({ viewport: { width: 360, height: 800 } });
    await signIn(page, session.product.url, 'practitioner@demo.ruamsang.org');
    const bell = page.getByRole('link', { name: `การแจ้งเตือน (ยังไม่อ่าน ${before + 2} รายการ)` });
    await bell.waitFor();
    await bell.click();
    await page.getByRole('heading', { name: 'การแจ้งเตือน', level: 1 }).waitFor();
    const list = page.getByRole('list', { name: 'รายการแจ้งเตือน ล่าสุดก่อน' });
    const promoted = list.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /ได้ที่นั่งจากรายชื่อสำรอง: รุ่นทดลองแจ้งเตือน ปัตตานี/ }) });
    await promoted.waitFor();
    await promoted.getByText(/พ\.ศ\.|25\d\d/).first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'notifications-360.png'), fullPage: true });
    await promoted.getByRole('button', { name: /ทำเครื่องหมายว่าอ่านแล้ว/ }).click();
    await page.getByRole('link', { name: `การแจ้งเตือน (ยังไม่อ่าน ${before + 1} รายการ)` }).waitFor();
    await expect(promoted.getByRole('button', { name: /ทำเครื่องหมายว่าอ่านแล้ว/ }).count()).resolves.toBe(0);

    // One Thai e-mail for the promotion reached the SMTP server.
    const mails = await waitFor(() => {
      const m = server.received.filter((x) => x.to.includes('practitioner@demo.ruamsang.org') && x.subject.includes('ได้ที่นั่งจากรายชื่อสำรอง'));
      return m.length > 0 ? m : null;
    }, 20_000, 'the promotion e-mail');
    expect(mails).toHaveLength(1);

    // The settings page, linked from the navigation, at 1280 px too.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('link', { name: 'ตั้งค่าการแจ้งเตือน' }).first().click();
    await page.getByRole('heading', { name: 'ตั้งค่าการแจ้งเตือน', level: 1 }).waitFor();
    const box = page.getByRole('checkbox', { name: 'ได้ที่นั่งจากรายชื่อสำรอง ทาง อีเมล' });
    await expect(box.isChecked()).resolves.toBe(true);
    await box.uncheck();
    await page.getByRole('status').filter({ hasText: 'บันทึกการตั้งค่าแล้ว' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'notification-settings-1280.png'), fullPage: true });
    await page.close();
  }, 120_000);
});
