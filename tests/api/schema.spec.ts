import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { schemaSdl } from '../../apps/api/src/graphql/schema-sdl.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 60_000);
afterAll(async () => {
  await t?.close();
});

describe('database schema', () => {
  it('is exactly what the entities describe once the migrations have run', async () => {
    const pending = await t.ruamsang.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('migrates down to nothing and back up again', async () => {
    const dataSource = t.ruamsang.dataSource;
    const applied = dataSource.migrations.length;
    for (let i = 0; i < applied; i += 1) await dataSource.undoLastMigration({ transaction: 'each' });
    const [{ count }] = await dataSource.query<[{ count: number }]>(
      `SELECT count(*)::int AS count FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migration'`,
    );
    expect(count).toBe(0);
    await dataSource.runMigrations({ transaction: 'each' });
    expect((await dataSource.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});

describe('GraphQL schema', () => {
  it('matches the committed apps/api/schema.gql (run `npm run schema` after changing resolvers)', () => {
    const committed = readFileSync(new URL('../../apps/api/schema.gql', import.meta.url), 'utf8');
    expect(schemaSdl(t.ruamsang.app)).toBe(committed);
  });
});
