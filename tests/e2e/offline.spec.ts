import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import { productAndBrowser } from './support/journey.js';
import { SCREENSHOTS, signIn } from './support/server.js';

const session = productAndBrowser();

const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

/** GraphQL from the test itself (not the browser), as a demo account. */
async function graphqlAs<T>(email: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const call = async (body: unknown, token?: string) => {
    const response = await fetch(`${session.product.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    if (json.errors?.length) throw new Error(json.errors.map((e) => e.message).join('; '));
    return json.data;
  };
  const login = (await call({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: email, p: 'ruamsang-demo' } })) as { login: { token: string } };
  return (await call({ query, variables }, login.login.token)) as T;
}

/** Waits until the service worker controls the page, i.e. the shell is precached. */
async function serviceWorkerReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

describe('the installable, offline-first web app', () => {
  let context: BrowserContext;
  afterAll(async () => context?.close());

  it('publishes a Thai manifest with PNG icons, and loads its shell with the network off after one visit', async () => {
    const manifest = (await (await fetch(`${session.product.url}/manifest.webmanifest`)).json()) as { name: string; lang: string; start_url: string; display: string; icons: { src: string; sizes: string; type: string }[] };
    expect(manifest.name).toContain('ร่วมสร้าง');
    expect(manifest.lang).toBe('th');
    expect(manifest.display).toBe('standalone');
    for (const size of ['192x192', '512x512']) {
      const icon = manifest.icons.find((i) => i.sizes === size && i.type === 'image/png');
      expect(icon).toBeDefined();
      const response = await fetch(`${session.product.url}${icon?.src ?? ''}`);
      expect(response.headers.get('content-type')).toBe('image/png');
    }

    context = await session.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(session.product.url);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).waitFor();
    await serviceWorkerReady(page);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('th');
    // A deep link is answered by the precached shell too.
    await page.goto(`${session.product.url}/gaps`);
    await page.getByLabel('อีเมล').waitFor();
    await shot(page, 'offline-shell-360');
    // The API is never answered from the cache: with the network off it simply fails.
    const api = await page.evaluate(() =>
      fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then(
        (r) => `answered ${r.status}`,
        () => 'failed',
      ),
    );
    expect(api).toBe('failed');
    await context.setOffline(false);
  }, 90_000);
});

describe('a practitioner assessing offline', () => {
  it('fills the form offline, submits (queued), and once back online exactly one response is stored — even when a reply is lost', async () => {
    const context = await session.browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await signIn(page, session.product.url, 'practitioner@demo.ruamsang.org');
    await serviceWorkerReady(page);
    await page.getByRole('navigation').getByRole('link', { name: 'ประเมินตนเอง' }).click();
    const card = page.getByRole('listitem').filter({ hasText: '(PNI)' });
    await card.getByRole('link', { name: 'เริ่มประเมิน' }).click();
    await page.getByRole('button', { name: 'ข้าพเจ้ายินยอม' }).click();
    await page.getByText(/สมรรถนะที่ 1 จาก \d+/).waitFor();
    const campaignId = /\/assess\/([^/?#]+)/.exec(page.url())?.[1] ?? '';
    expect(campaignId).not.toBe('');
    const total = Number(/จาก (\d+)/.exec((await page.getByText(/สมรรถนะที่ 1 จาก \d+/).textContent()) ?? '')?.[1]);

    const respondents = async () => {
      const data = await graphqlAs<{ gapAnalysis: { groups: { respondents: number }[] } }>('admin@demo.ruamsang.org', 'query($id: ID!) { gapAnalysis(campaignId: $id, groupBy: ALL) { groups { respondents } } }', { id: campaignId });
      return data.gapAnalysis.groups.reduce((sum, g) => sum + g.respondents, 0);
    };
    const before = await respondents();

    await context.setOffline(true);
    const status = page.getByRole('status', { name: 'สถานะการบันทึก' });
    await status.getByText('ออฟไลน์').waitFor();
    // Two competencies answered with the network off: kept on this device.
    const given: [number, number][] = [
      [5, 2],
      [4, 3],
    ];
    for (const [i, [target, current]] of given.entries()) {
      await page.getByText(new RegExp(`สมรรถนะที่ ${i + 1} จาก ${total}`)).waitFor();
      await page.getByRole('group', { name: 'สภาพที่คาดหวัง' }).getByText(String(target), { exact: true }).click();
      await page.getByRole('group', { name: 'สภาพที่เป็นจริงในปัจจุบัน' }).getByText(String(current), { exact: true }).click();
      await status.getByText(/บันทึกไว้ในเครื่องนี้แล้ว/).waitFor();
      await page.getByRole('button', { name: 'ถัดไป' }).click();
    }
    await shot(page, 'offline-assess-saved-on-device-360');
    for (let i = 3; i <= total; i += 1) await page.getByRole('button', { name: i === total ? 'ตรวจทานและส่ง' : 'ถัดไป' }).click();
    await page.getByText(`2 / ${total}`).waitFor();
    // The campaign's open questions (hopes, fears) are asked on the review step.
    const hope = 'อยากได้ทักษะการไกล่เกลี่ยในชุมชน';
    await page.getByRole('group', { name: 'คำถามปลายเปิด' }).getByRole('textbox').first().fill(hope);

    // The first reply to the submission is lost on the way back (the server stored it): the
    // retry carries the same clientSubmissionId, so the server must not store it twice.
    const submissions: string[] = [];
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (!body.includes('SubmitAssessment')) return route.fallback();
      const input = (JSON.parse(body) as { variables: { input: { clientSubmissionId: string } } }).variables.input;
      submissions.push(input.clientSubmissionId);
      if (submissions.length === 1) {
        await route.fetch();
        return route.abort('connectionreset');
      }
      return route.fallback();
    });

    await page.getByRole('button', { name: 'ส่งแบบประเมิน' }).click();
    await status.getByText('รอส่ง').waitFor();
    await page.getByText('ขณะนี้ไม่มีสัญญาณ', { exact: false }).waitFor();
    await shot(page, 'offline-assess-waiting-to-send-360');
    expect(submissions).toEqual([]);
    // Still offline, the app is opened again: the shell, the signed-in user, the form and the
    // queued submission all come from this device.
    await page.reload();
    await status.getByText('รอส่ง').waitFor();
    await status.getByText('ออฟไลน์').waitFor();
    await page.getByText(new RegExp(`สมรรถนะที่ 1 จาก ${total}`)).waitFor();
    await expect(page.getByRole('group', { name: 'สภาพที่คาดหวัง' }).getByRole('radio', { name: '5' }).isChecked()).resolves.toBe(true);
    await shot(page, 'offline-assess-reopened-offline-360');
    expect(submissions).toEqual([]);
    // The connection returns: the queued submission goes out on its own.
    await context.setOffline(false);
    await page.getByText('ขอบคุณ ส่งแบบประเมินเรียบร้อยแล้ว', { exact: false }).waitFor({ timeout: 30_000 });
    await page.getByText('ส่งแล้ว', { exact: false }).first().waitFor();
    await shot(page, 'offline-assess-sent-360');

    expect(submissions.length).toBe(2);
    expect(submissions[1]).toBe(submissions[0]);
    await expect(respondents()).resolves.toBe(before + 1);
    const mine = await graphqlAs<{ myAssessment: { clientSubmissionId: string; answers: { text: string }[]; ratings: { competencyCode: string; target: number; current: number }[] } | null }>(
      'practitioner@demo.ruamsang.org',
      'query($id: ID!) { myAssessment(campaignId: $id) { clientSubmissionId answers { text } ratings { competencyCode target current } } }',
      { id: campaignId },
    );
    expect(mine.myAssessment?.clientSubmissionId).toBe(submissions[0]);
    expect(mine.myAssessment?.ratings.map((r) => [r.target, r.current])).toEqual(given);
    expect(mine.myAssessment?.answers.map((a) => a.text)).toEqual([hope]);
    // Nothing is left waiting on the device.
    await page.reload();
    await page.getByText(/ส่งแล้วเมื่อ/).waitFor();
    await expect(page.getByText('รอส่ง').count()).resolves.toBe(0);
    await context.close();
  }, 120_000);
});

describe('a submission the API refuses (the campaign closed meanwhile)', () => {
  it('tells the practitioner, keeps the draft on the device and lets them download it', async () => {
    const context = await session.browser.newContext({ viewport: { width: 360, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, session.product.url, 'practitioner@demo.ruamsang.org');
    await page.getByRole('navigation').getByRole('link', { name: 'ประเมินตนเอง' }).click();
    await page.getByRole('listitem').filter({ hasText: '(Hennessy-Hicks)' }).getByRole('link').first().click();
    await page.getByText(/สมรรถนะที่ 1 จาก \d+|ความยินยอมเรื่องข้อมูลส่วนบุคคล/).first().waitFor();
    if ((await page.getByRole('button', { name: 'ข้าพเจ้ายินยอม' }).count()) > 0) await page.getByRole('button', { name: 'ข้าพเจ้ายินยอม' }).click();
    const first = page.getByText(/สมรรถนะที่ 1 จาก (\d+)/);
    await first.waitFor();
    const total = Number(/จาก (\d+)/.exec((await first.textContent()) ?? '')?.[1]);
    const code = (await page.locator('h2 .code').textContent()) ?? '';
    await page.getByRole('group', { name: 'ความสำคัญต่อการทำงาน (1–7)' }).getByText('6', { exact: true }).click();
    await page.getByRole('group', { name: 'ท่านทำได้ดีเพียงใด (1–7)' }).getByText('3', { exact: true }).click();
    await page.getByRole('status', { name: 'สถานะการบันทึก' }).getByText(/บันทึกไว้ในเครื่องนี้แล้ว/).waitFor();
    for (let i = 1; i <= total; i += 1) await page.getByRole('button', { name: i === total ? 'ตรวจทานและส่ง' : 'ถัดไป' }).click();

    // The campaign closed while the practitioner was in the field: the API answers with an error.
    const refusal = 'แบบสำรวจนี้ปิดรับคำตอบแล้ว';
    await page.route('**/graphql', async (route) => {
      if (!(route.request().postData() ?? '').includes('SubmitAssessment')) return route.fallback();
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ data: null, errors: [{ message: refusal, extensions: { code: 'CONFLICT' } }] }) });
    });
    await page.getByRole('button', { name: 'ส่งแบบประเมิน' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText(refusal).waitFor();
    await alert.getByText('คำตอบของท่านยังเก็บไว้ในเครื่องนี้', { exact: false }).waitFor();
    await page.getByRole('status', { name: 'สถานะการบันทึก' }).getByText('ส่งไม่สำเร็จ').waitFor();
    await shot(page, 'offline-assess-refused-360');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ดาวน์โหลดคำตอบ (CSV)' }).click()]);
    const { readFileSync } = await import('node:fs');
    const lines = readFileSync(await download.path(), 'utf8').replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe('campaign_id,competency_code,target,current,need_type,question_key,answer');
    expect(lines.filter((l) => l.includes(`,${code},`))).toEqual([expect.stringMatching(new RegExp(`^[^,]+,${code},6,3,,,$`))]);

    // The draft is still on the device after a reload.
    await page.unroute('**/graphql');
    await page.reload();
    await page.getByText(new RegExp(`สมรรถนะที่ 1 จาก ${total}`)).waitFor();
    await expect(page.getByRole('group', { name: 'ความสำคัญต่อการทำงาน (1–7)' }).getByRole('radio', { name: '6' }).isChecked()).resolves.toBe(true);
    await context.close();
  }, 120_000);
});
