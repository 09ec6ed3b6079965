import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DemoCurriculaSeeder, DEMO_MODULES } from '../../apps/api/src/modules/curricula/demo-curricula.seeder.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ DEMO_DATA: '1', DEMO_PASSWORD: 'ruamsang-demo' });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

const CURRICULA = `{ campaigns { id instrument } curricula { title totalHours gapCoverage modules { code } warnings { kind } } trainingModules(limit: 100) { total items { code status version prerequisiteCodes addressedGaps { competencyCode suppressed index } } } }`;

describe('demo modules and curricula', () => {
  it('loads modules with prerequisites and two curricula on the BORICH campaign, once', async () => {
    const token = await t.login('trainer@demo.ruamsang.org', 'ruamsang-demo');
    const first = await t.gql(CURRICULA, {}, { token });
    expect(first.errors).toBeUndefined();
    const modules = first.data?.['trainingModules'];
    expect(modules.total).toBe(DEMO_MODULES.length);
    expect(modules.items.find((m: { code: string }) => m.code === 'AGR-201').prerequisiteCodes).toEqual(['AGR-101']);
    expect(modules.items.find((m: { code: string }) => m.code === 'AGR-101')).toMatchObject({ status: 'APPROVED', version: 3 });
    // Every cited gap has evidence from the 300 demo answers.
    expect(modules.items.flatMap((m: { addressedGaps: { suppressed: boolean; index: number }[] }) => m.addressedGaps).every((g: { suppressed: boolean; index: number }) => !g.suppressed && g.index > 0)).toBe(true);
    const curricula = first.data?.['curricula'];
    expect(curricula).toHaveLength(2);
    for (const c of curricula) {
      expect(c.gapCoverage).toBeGreaterThan(0);
      expect(c.gapCoverage).toBeLessThan(1);
      expect(c.warnings).toEqual([]);
    }
    expect(curricula[0].totalHours).toBe(12 + 16 + 18 + 12 + 14);

    await t.ruamsang.app.get(DemoCurriculaSeeder).seed();
    const again = await t.gql(CURRICULA, {}, { token });
    expect(again.data).toEqual(first.data);
  });
});
