import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role, Sector } from '@ruamsang/shared';
import { OrganisationEntity } from '../../apps/api/src/modules/geography/entities/organisation.entity.js';
import { adminToken, buildFrameworkInput, createCampaign, createPublishedFramework } from '../support/factories.js';
import { countQueries } from '../support/query-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  const organisations = await t.ruamsang.dataSource.getRepository(OrganisationEntity).save(
    Array.from({ length: 12 }, (_, i) => ({ name: `Organisation ${i}`, sector: Sector.COMMUNITY, provinceCode: '94' })),
  );
  for (let i = 0; i < 60; i += 1) {
    await t.createUser({ role: Role.PRACTITIONER, provinceCode: i % 2 ? '94' : '95', districtCode: i % 2 ? '9401' : '9501', organisationId: organisations[i % 12]!.id });
  }
  for (let i = 0; i < 12; i += 1) await createPublishedFramework(t, buildFrameworkInput(`LOADER${i}`, 2, 3));
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('relations are batched per request (no N+1)', () => {
  it('sends the same number of statements for users pages of 5 and 50', async () => {
    const token = await adminToken(t);
    const query = 'query($n: Int!) { users(limit: $n) { items { id province { nameTh } district { nameTh } organisation { name } } } }';
    const small = await countQueries(t.ruamsang.dataSource, () => t.gql(query, { n: 5 }, { token }));
    const large = await countQueries(t.ruamsang.dataSource, async () => {
      const result = await t.gql(query, { n: 50 }, { token });
      expect(result.data?.['users'].items).toHaveLength(50);
    });
    expect(large.count).toBe(small.count);
  });

  it('loads every framework’s domains and competencies in a fixed number of statements', async () => {
    const token = await adminToken(t);
    const { count, queries } = await countQueries(t.ruamsang.dataSource, async () => {
      const result = await t.gql('{ frameworks { id domains { code competencies { code } } competencies { code } } }', {}, { token });
      expect(result.data?.['frameworks'].length).toBeGreaterThanOrEqual(12);
    });
    // auth lookup + frameworks + domains + competencies, however many frameworks there are
    expect({ count, queries }).toEqual({ count: 4, queries: expect.any(Array) });
  });

  it('lists cohorts of one curriculum and of many in the same number of statements', async () => {
    const token = await adminToken(t);
    const campaign = await createCampaign(t, { provinceCodes: ['94'] });
    const db = t.ruamsang.dataSource;
    const curricula = await db.query<{ id: string }[]>(
      `INSERT INTO curriculum (title, campaign_id) SELECT 'Loader curriculum ' || n, $1 FROM generate_series(1, 8) n RETURNING id`,
      [campaign.id],
    );
    await db.query(
      `INSERT INTO cohort (name, curriculum_id, province_code, teaching_language, capacity) SELECT 'Loader cohort ' || c.id, c.id, '94', 'THAI', 10 FROM unnest($1::uuid[]) AS c(id)`,
      [curricula.map((c) => c.id)],
    );
    const query = 'query($c: ID) { cohorts(curriculumId: $c) { id curriculumTitle enrolled waiting } }';
    const one = await countQueries(db, async () => {
      expect((await t.gql(query, { c: curricula[0]!.id }, { token })).data?.['cohorts']).toHaveLength(1);
    });
    const all = await countQueries(db, async () => {
      const cohorts = (await t.gql(query, {}, { token })).data?.['cohorts'] as { curriculumTitle: string }[];
      expect(new Set(cohorts.map((c) => c.curriculumTitle)).size).toBeGreaterThanOrEqual(8);
    });
    expect(all.count).toBe(one.count);
  });
});
