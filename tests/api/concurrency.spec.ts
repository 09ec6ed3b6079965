import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Many requests at once, each on its own pooled connection: every answer must be its own. On the
// embedded database all connections share one PostgreSQL backend, so the wire-protocol messages of
// different connections must never interleave (an unnamed prepared statement of one request
// executed with another's parameters would answer one person's request with someone else's row).
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 60_000);
afterAll(async () => {
  await t?.close();
});

describe('concurrent requests', () => {
  it('answers each of 40 simultaneous signed-in requests with its own person, three times over', async () => {
    const people = [];
    for (let i = 0; i < 40; i += 1) people.push(await t.createUser());
    for (let round = 0; round < 3; round += 1) {
      const answers = await Promise.all(people.map((p) => t.gql<{ me: { id: string; email: string } }>('{ me { id email } }', {}, { token: p.token })));
      expect(answers.map((a) => a.errors ?? null)).toEqual(people.map(() => null));
      expect(answers.map((a) => a.data?.me.id)).toEqual(people.map((p) => p.id));
    }
  }, 120_000);

  it('keeps simultaneous transactions apart: 30 feed tokens rotated at once each open their own feed', async () => {
    const people = [];
    for (let i = 0; i < 30; i += 1) people.push(await t.createUser());
    const rotated = await Promise.all(people.map((p) => t.gql<{ rotateCalendarToken: { path: string } }>('mutation { rotateCalendarToken { path } }', {}, { token: p.token })));
    expect(rotated.map((r) => r.errors ?? null)).toEqual(people.map(() => null));
    const feeds = await Promise.all(rotated.map((r) => fetch(`${t.url}${r.data!.rotateCalendarToken.path}`)));
    expect(feeds.map((f) => f.status)).toEqual(people.map(() => 200));
  }, 120_000);
});
