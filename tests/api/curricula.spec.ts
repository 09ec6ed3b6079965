import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '@ruamsang/shared';
import { adminToken, buildFrameworkInput, buildSubmission, consent, createCampaign, createPublishedFramework, SUBMIT } from '../support/factories.js';
import { countQueries } from '../support/query-counter.js';
import { errorCode, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let trainer: { id: string; token: string };
let otherTrainer: { id: string; token: string };
let practitioner: { id: string; token: string };
let coordinator: { id: string; token: string };
let campaignId: string;

const CREATE = `mutation($i: CreateTrainingModuleInput!) { createTrainingModule(input: $i) { id code hours version status prerequisites { code } } }`;
const UPDATE = `mutation($c: String!, $i: UpdateTrainingModuleInput!) { updateTrainingModule(code: $c, input: $i) { code hours version status prerequisites { code } } }`;
const CREATE_CURRICULUM = `mutation($i: CreateCurriculumInput!) { createCurriculum(input: $i) { id totalHours gapCoverage modules { code } warnings { kind moduleCode prerequisiteCode message } } }`;
const UPDATE_CURRICULUM = `mutation($id: ID!, $i: UpdateCurriculumInput!) { updateCurriculum(id: $id, input: $i) { id totalHours gapCoverage modules { code } } }`;

function moduleInput(code: string, hours: number, targets: [string, number][], prerequisiteCodes: string[] = []) {
  return {
    code,
    title: { th: `โมดูล ${code}`, en: `Module ${code}`, ms: `Modul ${code}` },
    hours,
    competencyTargets: targets.map(([competencyCode, targetLevel]) => ({ competencyCode, targetLevel, outcome: { th: `ผลลัพธ์ ${competencyCode}` } })),
    prerequisiteCodes,
  };
}

async function createModule(token: string, input: ReturnType<typeof moduleInput>) {
  const result = await t.gql(CREATE, { i: input }, { token });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!['createTrainingModule'];
}

/**
 * A BORICH campaign with five practitioners whose ratings give known figures (ALL group, n = 5):
 *   CUR-C1: T = 5,5,5,5,5  C = 1,1,2,2,4 → mean T 5, mean C 2, mean gap 3, MWDS 3 × 5 = 15
 *   CUR-C2: T = 4 (all)    C = 2 (all)   → mean T 4, mean C 2, MWDS 2 × 4 = 8
 *   CUR-C3: T = 3, C = 3                 → MWDS 0
 *   CUR-C4: T = 2, C = 4                 → MWDS −2 × 2 = −4 → weight 0
 * Σ weights = 15 + 8 = 23.
 */
beforeAll(async () => {
  t = await startTestApp();
  const framework = await createPublishedFramework(t, {
    ...buildFrameworkInput('CURFW', 1, 4),
    domains: [{ code: 'CUR', name: { th: 'หมวด', en: 'Domain' }, competencies: ['CUR-C1', 'CUR-C2', 'CUR-C3', 'CUR-C4'].map((code) => ({ code, name: { th: code } })) }],
  });
  campaignId = (await createCampaign(t, { frameworkId: framework.id })).id;
  const c1Current = [1, 1, 2, 2, 4];
  for (let i = 0; i < 5; i += 1) {
    const user = await t.createUser({ role: Role.PRACTITIONER, provinceCode: '94' });
    await consent(t, user.token);
    const pairs: [number, number][] = [
      [5, c1Current[i]!],
      [4, 2],
      [3, 3],
      [2, 4],
    ];
    const result = await t.gql(SUBMIT, { i: buildSubmission(campaignId, framework.codes, (_, k) => pairs[k]!) }, { token: user.token });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
  }
  trainer = await t.createUser({ role: Role.TRAINER, provinceCode: null });
  otherTrainer = await t.createUser({ role: Role.TRAINER, provinceCode: null });
  practitioner = await t.createUser({ role: Role.PRACTITIONER, provinceCode: '94' });
  coordinator = await t.createUser({ role: Role.COORDINATOR, provinceCode: '94', managedProvinceCodes: ['94'] });
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('training modules', () => {
  it('refuses a prerequisite cycle made through updateTrainingModule, naming both modules', async () => {
    await createModule(trainer.token, moduleInput('CYC-101', 6, [['CUR-C1', 3]]));
    const second = await createModule(trainer.token, moduleInput('CYC-201', 6, [['CUR-C2', 3]], ['CYC-101']));
    expect(second.prerequisites).toEqual([{ code: 'CYC-101' }]);
    for (const lang of ['en', 'th', 'ms']) {
      const result = await t.gql(UPDATE, { c: 'CYC-101', i: { prerequisiteCodes: ['CYC-201'] } }, { token: trainer.token, lang });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain('CYC-101');
      expect(result.errors?.[0]?.message).toContain('CYC-201');
    }
    const english = await t.gql(UPDATE, { c: 'CYC-101', i: { prerequisiteCodes: ['CYC-201'] } }, { token: trainer.token });
    expect(english.errors?.[0]?.message).toContain('CYC-101 → CYC-201 → CYC-101');
    // A longer cycle through a third module is refused too; nothing was stored.
    await createModule(trainer.token, moduleInput('CYC-301', 4, [], ['CYC-201']));
    const longer = await t.gql(UPDATE, { c: 'CYC-101', i: { prerequisiteCodes: ['CYC-301'] } }, { token: trainer.token });
    expect(errorCode(longer)).toBe('BAD_USER_INPUT');
    expect(longer.errors?.[0]?.message).toContain('CYC-101 → CYC-301 → CYC-201 → CYC-101');
    const stored = await t.gql('{ trainingModule(code: "CYC-101") { version prerequisites { code } } }', {}, { token: trainer.token });
    expect(stored.data?.['trainingModule']).toEqual({ version: 1, prerequisites: [] });
  });

  it('validates codes, hours, levels and references', async () => {
    const bad = [
      { ...moduleInput('A', 4, []) },
      { ...moduleInput('AGR 101', 4, []) },
      { ...moduleInput('-AGR', 4, []) },
      { ...moduleInput('VAL-101', 0, []) },
      { ...moduleInput('VAL-101', 201, []) },
      { ...moduleInput('VAL-101', 4, [['CUR-C1', 6]]) },
      { ...moduleInput('VAL-101', 4, [['NOPE-1', 2]]) },
      { ...moduleInput('VAL-101', 4, [], ['ZZZ-999']) },
    ];
    for (const input of bad) {
      const result = await t.gql(CREATE, { i: input }, { token: trainer.token });
      expect({ input: input.code, code: errorCode(result) }).toEqual({ input: input.code, code: 'BAD_USER_INPUT' });
    }
    await createModule(trainer.token, moduleInput('VAL-101', 4, []));
    expect(errorCode(await t.gql(CREATE, { i: moduleInput('VAL-101', 4, []) }, { token: trainer.token }))).toBe('CONFLICT');
  });

  it('takes course codes in the programme’s own style, and says which codes are allowed when one is not', async () => {
    for (const code of ['460-101', '01999111', 'FS101', 'agr.2_b']) await createModule(trainer.token, moduleInput(code, 3, []));
    const dependant = await createModule(trainer.token, moduleInput('460-102', 3, [], ['460-101', '01999111']));
    expect(dependant.prerequisites.map((p: { code: string }) => p.code).sort()).toEqual(['01999111', '460-101']);
    const read = await t.gql('query($c: String!) { trainingModule(code: $c) { code } }', { c: 'agr.2_b' }, { token: trainer.token });
    expect(read.data?.['trainingModule']).toEqual({ code: 'agr.2_b' });
    for (const [lang, words] of [
      ['th', 'AGR-101, 460-101, 01999111, FS101'],
      ['en', '2–20 letters, digits'],
      ['ms', '2–20 huruf'],
    ] as const) {
      const refused = await t.gql(CREATE, { i: moduleInput('AGR/101', 3, []) }, { token: trainer.token, lang });
      expect(refused.errors?.[0]?.extensions?.['field']).toBe('code');
      expect(refused.errors?.[0]?.message).toContain(words);
    }
  });

  it('lets a practitioner comment and suggest but not edit', async () => {
    await createModule(trainer.token, moduleInput('COM-101', 8, [['CUR-C1', 3]]));
    const edit = await t.gql(UPDATE, { c: 'COM-101', i: { hours: 2 } }, { token: practitioner.token });
    expect(errorCode(edit)).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(CREATE, { i: moduleInput('COM-102', 8, []) }, { token: practitioner.token }))).toBe('FORBIDDEN');
    const comment = await t.gql(
      'mutation($i: AddModuleCommentInput!) { addModuleComment(input: $i) { id kind body moduleVersion author { id role displayName } } }',
      { i: { moduleCode: 'COM-101', body: 'ขอให้มีการลงแปลงจริงด้วย', kind: 'SUGGESTION' } },
      { token: practitioner.token },
    );
    expect(comment.errors).toBeUndefined();
    expect(comment.data?.['addModuleComment']).toMatchObject({ kind: 'SUGGESTION', moduleVersion: 1, author: { id: practitioner.id, role: 'PRACTITIONER' } });
    const read = await t.gql('{ trainingModule(code: "COM-101") { hours comments { body author { id } } } }', {}, { token: practitioner.token });
    expect(read.data?.['trainingModule']).toEqual({ hours: 8, comments: [{ body: 'ขอให้มีการลงแปลงจริงด้วย', author: { id: practitioner.id } }] });
  });

  it('lets only the creator or co-authors among trainers edit, and only coordinators and admins approve', async () => {
    await createModule(trainer.token, moduleInput('WF-101', 8, []));
    expect(errorCode(await t.gql(UPDATE, { c: 'WF-101', i: { hours: 9 } }, { token: otherTrainer.token }))).toBe('FORBIDDEN');
    const shared = await t.gql(UPDATE, { c: 'WF-101', i: { coAuthorIds: [otherTrainer.id] } }, { token: trainer.token });
    expect(shared.errors).toBeUndefined();
    expect((await t.gql(UPDATE, { c: 'WF-101', i: { hours: 9 } }, { token: otherTrainer.token })).data?.['updateTrainingModule'].hours).toBe(9);
    const STATUS = 'mutation($c: String!, $s: ModuleStatus!) { changeModuleStatus(code: $c, status: $s) { status } }';
    expect(errorCode(await t.gql(STATUS, { c: 'WF-101', s: 'APPROVED' }, { token: coordinator.token }))).toBe('BAD_USER_INPUT');
    expect((await t.gql(STATUS, { c: 'WF-101', s: 'REVIEW' }, { token: trainer.token })).data?.['changeModuleStatus'].status).toBe('REVIEW');
    expect(errorCode(await t.gql(STATUS, { c: 'WF-101', s: 'APPROVED' }, { token: trainer.token }))).toBe('FORBIDDEN');
    expect((await t.gql(STATUS, { c: 'WF-101', s: 'APPROVED' }, { token: coordinator.token })).data?.['changeModuleStatus'].status).toBe('APPROVED');
    // Editing approved content sends it back to draft.
    expect((await t.gql(UPDATE, { c: 'WF-101', i: { hours: 10 } }, { token: trainer.token })).data?.['updateTrainingModule'].status).toBe('DRAFT');
  });

  it('keeps a readable version history of every change, with who and when', async () => {
    await createModule(trainer.token, moduleInput('HIS-101', 4, []));
    await createModule(trainer.token, moduleInput('HIS-201', 12, [['CUR-C1', 3]]));
    await t.gql(UPDATE, { c: 'HIS-201', i: { hours: 16 } }, { token: trainer.token });
    await t.gql(UPDATE, { c: 'HIS-201', i: { prerequisiteCodes: ['HIS-101'] } }, { token: trainer.token });
    await t.gql(UPDATE, { c: 'HIS-201', i: { competencyTargets: [{ competencyCode: 'CUR-C1', targetLevel: 4 }], deliveryMode: 'FIELD_VISIT' } }, { token: otherTrainer.token });
    // The other trainer is not a co-author: that edit was refused and is not in the history.
    await t.gql('mutation { changeModuleStatus(code: "HIS-201", status: REVIEW) { status } }', {}, { token: trainer.token });
    // An update that changes nothing adds no version.
    await t.gql(UPDATE, { c: 'HIS-201', i: { hours: 16 } }, { token: trainer.token });
    const history = await t.gql('{ moduleHistory(code: "HIS-201") { version summary changedAt changedBy { id } changes { kind field from to value text } } }', {}, { token: practitioner.token });
    const versions = history.data?.['moduleHistory'] as { version: number; summary: string; changedAt: string; changedBy: { id: string } }[];
    expect(versions.map((v) => [v.version, v.summary, v.changedBy.id])).toEqual([
      [4, 'status DRAFT → REVIEW', trainer.id],
      [3, 'added prerequisite HIS-101', trainer.id],
      [2, 'hours 12 → 16', trainer.id],
      [1, 'created', trainer.id],
    ]);
    expect(history.data?.['moduleHistory'][2].changes).toEqual([{ kind: 'CHANGED', field: 'hours', from: '12', to: '16', value: null, text: 'hours 12 → 16' }]);
    expect(new Date(versions[0]!.changedAt).getTime()).toBeGreaterThanOrEqual(new Date(versions[3]!.changedAt).getTime());
  });
});

describe('curricula', () => {
  beforeAll(async () => {
    await createModule(trainer.token, moduleInput('GAP-101', 10, [['CUR-C1', 4]]));
    await createModule(trainer.token, moduleInput('GAP-102', 6, [['CUR-C2', 3]], ['GAP-101']));
    await createModule(trainer.token, moduleInput('GAP-103', 20, [['CUR-C1', 5], ['CUR-C4', 5]]));
  });

  it('refuses a curriculum that teaches a module before its prerequisite, naming both', async () => {
    const result = await t.gql(CREATE_CURRICULUM, { i: { title: 'Out of order', campaignId, moduleCodes: ['GAP-102', 'GAP-101'] } }, { token: trainer.token });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toBe('Module GAP-102 is taught before its prerequisite GAP-101: move GAP-101 before GAP-102.');
    const thai = await t.gql(CREATE_CURRICULUM, { i: { title: 'Out of order', campaignId, moduleCodes: ['GAP-102', 'GAP-101'] } }, { token: trainer.token, lang: 'th' });
    expect(thai.errors?.[0]?.message).toContain('GAP-102');
    expect(thai.errors?.[0]?.message).toContain('GAP-101');
  });

  it('computes gapCoverage as worked out by hand', async () => {
    const weights = await t.gql('query($c: ID!) { gapWeights(campaignId: $c) { competencyCode weight meanTarget meanCurrent n } }', { c: campaignId }, { token: trainer.token });
    // The blended priority with the default weight 0.5 and no votes yet: 0.5 × MWDS / largest MWDS.
    // Coverage is a ratio of weights, so it reads as if the weights were the MWDS 15 and 8.
    expect(weights.data?.['gapWeights']).toEqual([
      { competencyCode: 'CUR-C1', weight: 0.5, meanTarget: 5, meanCurrent: 2, n: 5 },
      { competencyCode: 'CUR-C2', weight: (0.5 * 8) / 15, meanTarget: 4, meanCurrent: 2, n: 5 },
      { competencyCode: 'CUR-C3', weight: 0, meanTarget: 3, meanCurrent: 3, n: 5 },
      { competencyCode: 'CUR-C4', weight: 0, meanTarget: 2, meanCurrent: 4, n: 5 },
    ]);
    // GAP-101 takes CUR-C1 to 4: (4 − 2) / (5 − 2) = 2/3 of weight 15 = 10.
    // GAP-102 takes CUR-C2 to 3: (3 − 2) / (4 − 2) = 1/2 of weight 8 = 4.  (10 + 4) / 23
    const created = await t.gql(CREATE_CURRICULUM, { i: { title: 'Foundations', campaignId, moduleCodes: ['GAP-101', 'GAP-102'], provinceCodes: ['94'], sectors: ['COMMUNITY'] } }, { token: trainer.token });
    expect(created.errors).toBeUndefined();
    const curriculum = created.data?.['createCurriculum'];
    expect(curriculum.totalHours).toBe(16);
    expect(curriculum.gapCoverage).toBeCloseTo(14 / 23, 12);
    expect(curriculum.modules).toEqual([{ code: 'GAP-101' }, { code: 'GAP-102' }]);
    expect(curriculum.warnings).toEqual([]);
    // Add GAP-103 (CUR-C1 to 5 closes it fully: 15; CUR-C4 weighs 0): (15 + 4) / 23 — the max per competency, not a sum.
    const added = await t.gql(UPDATE_CURRICULUM, { id: curriculum.id, i: { moduleCodes: ['GAP-101', 'GAP-103', 'GAP-102'] } }, { token: trainer.token });
    expect(added.data?.['updateCurriculum'].gapCoverage).toBeCloseTo(19 / 23, 12);
    expect(added.data?.['updateCurriculum'].totalHours).toBe(36);
    // Reordering out of prerequisite order is refused, and the stored order is unchanged.
    const reordered = await t.gql(UPDATE_CURRICULUM, { id: curriculum.id, i: { moduleCodes: ['GAP-102', 'GAP-101', 'GAP-103'] } }, { token: trainer.token });
    expect(errorCode(reordered)).toBe('BAD_USER_INPUT');
    expect(reordered.errors?.[0]?.message).toContain('GAP-102');
    const removed = await t.gql(UPDATE_CURRICULUM, { id: curriculum.id, i: { moduleCodes: ['GAP-103'] } }, { token: trainer.token });
    expect(removed.data?.['updateCurriculum'].gapCoverage).toBeCloseTo(15 / 23, 12);
    // A prerequisite change that would put this curriculum out of order is refused too.
    await t.gql(UPDATE_CURRICULUM, { id: curriculum.id, i: { moduleCodes: ['GAP-103', 'GAP-101'] } }, { token: trainer.token });
    const breaking = await t.gql(UPDATE, { c: 'GAP-103', i: { prerequisiteCodes: ['GAP-101'] } }, { token: trainer.token });
    expect(errorCode(breaking)).toBe('BAD_USER_INPUT');
    expect(breaking.errors?.[0]?.message).toContain('GAP-103');
  });

  it('warns, without refusing, about a prerequisite the curriculum does not hold', async () => {
    const created = await t.gql(CREATE_CURRICULUM, { i: { title: 'Follow-up', campaignId, moduleCodes: ['GAP-102'] } }, { token: trainer.token });
    expect(created.data?.['createCurriculum'].warnings).toEqual([
      { kind: 'PREREQUISITE_MISSING', moduleCode: 'GAP-102', prerequisiteCode: 'GAP-101', message: expect.stringContaining('GAP-101') },
    ]);
  });

  it('refuses practitioners and coordinators outside their provinces', async () => {
    expect(errorCode(await t.gql(CREATE_CURRICULUM, { i: { title: 'Mine', campaignId, moduleCodes: [] } }, { token: practitioner.token }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(CREATE_CURRICULUM, { i: { title: 'Yala', campaignId, moduleCodes: [], provinceCodes: ['95'] } }, { token: coordinator.token }))).toBe('FORBIDDEN');
  });

  it('suggests the modules that cover the most gap weight per hour, explaining each pick', async () => {
    // The catalogue so far, in weight units (Σw = 23; CUR-C1: w 15, C 2, T 5; CUR-C2: w 8, C 2, T 4):
    //   CYC-101 C1→3: 15 × 1/3 = 5 in 6 h (0.83/h) · CYC-201+CYC-101: 5 + 8 × 1/2 = 9 in 12 h (0.75/h)
    //   COM-101 C1→3: 5 in 8 h · HIS-201+HIS-101 C1→3: 5 in 20 h · GAP-101 C1→4: 10 in 10 h (1.0/h)
    //   GAP-102+GAP-101: 14 in 16 h (0.875/h) · GAP-103 C1→5: 15 in 20 h (over budget)
    // Round 1 takes GAP-101; then only GAP-102 adds anything within the 6 h left: +4 in 6 h.
    const result = await t.gql(
      'query($c: ID!, $h: Float!) { suggestModules(campaignId: $c, hoursBudget: $h) { moduleCodes totalHours gapCoverage strategy picks { moduleCode hours marginalCoverage coveragePerHour prerequisiteOf round } } }',
      { c: campaignId, h: 16 },
      { token: trainer.token },
    );
    expect(result.errors).toBeUndefined();
    const s = result.data?.['suggestModules'];
    expect(s.moduleCodes).toEqual(['GAP-101', 'GAP-102']);
    expect(s.strategy).toBe('GREEDY');
    expect(s.totalHours).toBe(16);
    expect(s.gapCoverage).toBeCloseTo(14 / 23, 12);
    expect(s.picks).toEqual([
      { moduleCode: 'GAP-101', hours: 10, marginalCoverage: expect.closeTo(10 / 23, 12), coveragePerHour: expect.closeTo(10 / 23 / 10, 12), prerequisiteOf: null, round: 1 },
      { moduleCode: 'GAP-102', hours: 6, marginalCoverage: expect.closeTo(4 / 23, 12), coveragePerHour: expect.closeTo(4 / 23 / 6, 12), prerequisiteOf: null, round: 2 },
    ]);
  });
});

describe('statement counts', () => {
  it('does not grow with the page size of modules or the number of curricula', async () => {
    const token = await adminToken(t);
    for (let i = 0; i < 25; i += 1) await createModule(trainer.token, moduleInput(`PG-${100 + i}`, 2, [['CUR-C2', 2]], i > 0 ? [`PG-${99 + i}`] : []));
    const query = `query($n: Int!) { trainingModules(limit: $n, search: "PG-") { total items { code prerequisites { code } prerequisiteCodes createdBy { displayName } coAuthors { id } comments { id } } } }`;
    const small = await countQueries(t.ruamsang.dataSource, () => t.gql(query, { n: 5 }, { token }));
    const large = await countQueries(t.ruamsang.dataSource, async () => {
      const result = await t.gql(query, { n: 25 }, { token });
      expect(result.data?.['trainingModules'].items).toHaveLength(25);
    });
    expect(large.count).toBe(small.count);

    const curricula = `query($c: ID!) { curricula(campaignId: $c) { id totalHours gapCoverage modules { code prerequisites { code } } warnings { kind } } }`;
    const few = await countQueries(t.ruamsang.dataSource, () => t.gql(curricula, { c: campaignId }, { token }));
    for (let i = 0; i < 5; i += 1) await t.gql(CREATE_CURRICULUM, { i: { title: `More ${i}`, campaignId, moduleCodes: ['PG-100', 'PG-101'] } }, { token: trainer.token });
    const many = await countQueries(t.ruamsang.dataSource, async () => {
      const result = await t.gql(curricula, { c: campaignId }, { token });
      expect(result.data?.['curricula'].length).toBeGreaterThanOrEqual(7);
    });
    expect(many.count).toBe(few.count);
  });
});
