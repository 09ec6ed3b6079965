import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres.js';
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

  it('takes turns on the embedded database: 20 connections mixing transactions and parameterised queries never swap answers or stall', async () => {
    // pglite-socket's own queue ran one connection's Parse/Bind/Execute between another's, and this
    // very mix hung (it did before ConnectionTurns in embedded-postgres.ts).
    const embedded = await startEmbeddedPostgres(null);
    const clients: pg.Client[] = [];
    try {
      const admin = new pg.Client(embedded.url);
      clients.push(admin);
      await admin.connect();
      await admin.query('CREATE TABLE turn (id int PRIMARY KEY, v int NOT NULL)');
      await admin.query('INSERT INTO turn SELECT g, 0 FROM generate_series(0, 19) g');
      for (let i = 0; i < 20; i += 1) {
        const c = new pg.Client(embedded.url);
        clients.push(c);
        await c.connect();
      }
      const wrong: string[] = [];
      await Promise.all(
        clients.slice(1).map(async (c, i) => {
          for (let k = 0; k < 40; k += 1) {
            if (i % 2 === 0) {
              await c.query('BEGIN');
              const r = await c.query<{ who: number }>(`SELECT ${i} AS who FROM turn WHERE id = $1`, [i]);
              if (r.rows[0]?.who !== i) wrong.push(`transaction ${i}: ${JSON.stringify(r.rows)}`);
              await c.query('UPDATE turn SET v = v + 1 WHERE id = $1', [i]);
              await c.query('COMMIT');
            } else {
              const r = await c.query<{ v: string; who: number }>(`SELECT $1::text AS v, ${i} AS who FROM turn WHERE id = ${i}`, [`${i}-${k}`]);
              if (r.rows[0]?.v !== `${i}-${k}` || r.rows[0]?.who !== i) wrong.push(`query ${i}-${k}: ${JSON.stringify(r.rows)}`);
            }
          }
        }),
      );
      expect(wrong).toEqual([]);
      const counts = await admin.query<{ v: number }>('SELECT v FROM turn WHERE id % 2 = 0 ORDER BY id');
      expect(counts.rows.map((r) => r.v)).toEqual(Array.from({ length: 10 }, () => 40));
    } finally {
      await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
      await embedded.stop();
    }
  }, 120_000);
});
