import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '@ruamsang/shared';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 60_000);
afterAll(async () => {
  await t?.close();
});

async function post(query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return { age: response.headers.get('age'), cacheControl: response.headers.get('cache-control'), body: (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] } };
}

describe('response cache', () => {
  const GEOGRAPHY = '{ provinces { code nameTh districts { code nameTh } } }';

  it('answers the reference geography from the cache after the first time, the same as executed', async () => {
    const first = await post(GEOGRAPHY);
    const second = await post(GEOGRAPHY);
    expect(first.age).toBeNull();
    expect(second.age).not.toBeNull();
    expect(second.cacheControl).toMatch(/public/);
    expect(second.body).toEqual(first.body);
    expect((second.body.data?.['provinces'] as unknown[]).length).toBe(77);
  });

  it('executes afresh when the client sends Cache-Control: no-cache', async () => {
    await post(GEOGRAPHY);
    const fresh = await post(GEOGRAPHY, { 'cache-control': 'no-cache' });
    expect(fresh.age).toBeNull();
    expect((fresh.body.data?.['provinces'] as unknown[]).length).toBe(77);
  });

  it('never keeps an answer that holds anything but reference data: each person sees their own', async () => {
    const query = '{ provinces { code } me { email } }';
    const a = await t.createUser({ role: Role.PRACTITIONER, provinceCode: '94' });
    const b = await t.createUser({ role: Role.PRACTITIONER, provinceCode: '95' });
    const asA = await post(query, { authorization: `Bearer ${a.token}` });
    const asB = await post(query, { authorization: `Bearer ${b.token}` });
    const again = await post(query, { authorization: `Bearer ${a.token}` });
    expect(asA.body.data?.['me']).toEqual({ email: a.email });
    expect(asB.body.data?.['me']).toEqual({ email: b.email });
    expect(again.age).toBeNull();
    expect(asB.cacheControl ?? '').not.toMatch(/public/);
  });
});
