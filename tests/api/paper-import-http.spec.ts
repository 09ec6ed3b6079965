import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { adminToken, createCampaign } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 60_000);
afterAll(async () => {
  await t?.close();
});

describe('paper-form import refusals over plain HTTP', () => {
  async function refuse(campaignId: string, language: string | null) {
    const token = await adminToken(t);
    const response = await fetch(`${t.url}/imports/assessments/${campaignId}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv', ...(language ? { 'accept-language': language } : {}) },
      body: 'respondent_ref,target\nA,1',
    });
    return { status: response.status, body: (await response.json()) as { code: string; message: string } };
  }

  it('answers in the caller’s language, as the GraphQL errors do (the web shows this message)', async () => {
    const campaign = await createCampaign(t);
    const en = await refuse(campaign.id, 'en-GB,en;q=0.9');
    expect(en.status).toBe(400);
    expect(en.body.code).toBe('BAD_USER_INPUT');
    expect(en.body.message).toMatch(/^The file lacks the columns: province_code, district_code/);
    const ms = await refuse(campaign.id, 'ms');
    expect(ms.body.message).toMatch(/^Fail tidak mempunyai lajur: province_code/);
  });

  it('falls back to Thai without an accept-language header', async () => {
    const campaign = await createCampaign(t);
    const th = await refuse(campaign.id, null);
    expect(th.body.message).toMatch(/^ไฟล์ขาดคอลัมน์: province_code/);
  });
});

describe('validation messages', () => {
  it('names a malformed id with the id message (class-validator calls the constraint isUuid)', async () => {
    const token = await adminToken(t);
    const created = await t.gql(
      'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
      { i: { frameworkId: 'not-a-uuid', title: 'A campaign', instrument: 'BORICH', provinceCodes: ['94'], opensAt: '2026-01-01T00:00:00Z', closesAt: '2026-12-31T00:00:00Z' } },
      { token, lang: 'en' },
    );
    const fields = created.errors?.[0]?.extensions?.['fields'] as { field: string; message: string }[] | undefined;
    expect(fields).toEqual([{ field: 'frameworkId', message: 'frameworkId: must be an id issued by Ruamsang (a UUID, e.g. 3f2b6c1e-8a4d-4c3b-9e2f-1a2b3c4d5e6f)' }]);
  });
});
