import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role, Sector } from '@ruamsang/shared';
import { OrganisationEntity } from '../../apps/api/src/modules/geography/entities/organisation.entity.js';
import { adminToken, buildFrameworkInput, createPublishedFramework } from '../support/factories.js';
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
});
