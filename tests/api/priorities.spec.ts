import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Role } from '@ruamsang/shared';
import { PrioritiesService } from '../../apps/api/src/modules/priorities/priorities.service.js';
import { adminToken, buildFrameworkInput, buildSubmission, consent, createCampaign, createPublishedFramework, SUBMIT } from '../support/factories.js';
import { countQueries } from '../support/query-counter.js';
import { errorCode, startTestApp, type TestApp } from '../support/test-app.js';

// Several tests sign people in (password hashing); allow for a busy CI machine.
jest.setTimeout(30_000);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const PRIORITIES = `query($c: ID!) { gapPriorities(campaignId: $c) {
  primaryIndex weight voteBudget maxVotesPerGap myVotesUsed myVotesRemaining canVote canManage indexSuppressed
  items { competencyCode indexValue indexRank votes myVotes blended rank route routeNote commentCount
    why { primaryIndex indexValue indexRank indexRanked normalisedIndex votes voteRank totalVotes voteShare normalisedVotes weight blended rank ranked } } } }`;
const SET_VOTES = `mutation($c: ID!, $v: [VoteInput!]!) { setMyVotes(campaignId: $c, votes: $v) { budget maxVotesPerGap used remaining votes { competencyCode votes } } }`;
const SET_WEIGHT = `mutation($c: ID!, $w: Float!, $m: Int) { setPriorityWeight(campaignId: $c, weight: $w, maxVotesPerGap: $m) { weight maxVotesPerGap } }`;
const ROUTE = `mutation($c: ID!, $k: String!, $r: NeedRoute!, $n: String) { routeNeed(campaignId: $c, competencyCode: $k, route: $r, note: $n) { route note } }`;
const COMMENT = `mutation($c: ID!, $k: String!, $b: String!) { addGapComment(campaignId: $c, competencyCode: $k, body: $b) { id body author { displayName role } } }`;
const COMMENTS = `query($c: ID!, $k: String!, $o: Int, $l: Int) { gapComments(campaignId: $c, competencyCode: $k, offset: $o, limit: $l) { total items { body createdAt author { displayName } } } }`;

async function respondent() {
  const user = await t.createUser({ role: Role.PRACTITIONER, provinceCode: '94', districtCode: '9401' });
  await consent(t, user.token);
  return user;
}

async function submit(token: string, campaignId: string, codes: string[], pairs: [number, number][]) {
  const result = await t.gql(SUBMIT, { i: buildSubmission(campaignId, codes, (_, i) => pairs[i]!) }, { token });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
}

type Item = { competencyCode: string; [key: string]: unknown };
const byCode = (items: Item[]) => new Map(items.map((i) => [i.competencyCode, i]));

/**
 * Hand-worked campaign (BORICH, k = 2), two respondents:
 *   A: (5,2) (5,3) → mean gap 2.5, mean T 5 → MWDS 12.5 → normalised 1
 *   B: (4,3) (4,3) → mean gap 1,   mean T 4 → MWDS 4    → normalised 4/12.5 = 0.32
 *   C: (3,4) (3,4) → mean gap −1,  mean T 3 → MWDS −3   → no need, normalised 0
 * Votes: practitioner A 1, B 3; trainer B 2, C 3 → A 1, B 5, C 3 → normalised by 5: 0.2, 1, 0.6
 * Weight 0.5 (default): A 0.5 + 0.1 = 0.6; B 0.16 + 0.5 = 0.66; C 0 + 0.3 = 0.3 → B 1, A 2, C 3
 * Weight 0.6:           A 0.6 + 0.08 = 0.68; B 0.192 + 0.4 = 0.592; C 0.24   → A 1, B 2, C 3
 */
describe('participatory prioritisation', () => {
  let campaignId: string;
  let codes: [string, string, string];
  let practitioner: Awaited<ReturnType<typeof respondent>>;
  let trainer: { token: string };
  let coordinator: { token: string };

  beforeAll(async () => {
    const framework = await createPublishedFramework(t, buildFrameworkInput('PRIO', 1, 3));
    codes = framework.codes as [string, string, string];
    campaignId = (await createCampaign(t, { frameworkId: framework.id, minGroupSize: 2 })).id;
    practitioner = await respondent();
    const other = await respondent();
    await submit(practitioner.token, campaignId, codes, [[5, 2], [4, 3], [3, 4]]);
    await submit(other.token, campaignId, codes, [[5, 3], [4, 3], [3, 4]]);
    trainer = await t.createUser({ role: Role.TRAINER, provinceCode: '94' });
    coordinator = await t.createUser({ role: Role.COORDINATOR, provinceCode: '94', managedProvinceCodes: ['94'] });
  }, 60_000);

  it('lets a practitioner vote; setting the same votes twice stores them once', async () => {
    const [a, b] = codes;
    const votes = [{ competencyCode: a, votes: 1 }, { competencyCode: b, votes: 3 }];
    const first = await t.gql(SET_VOTES, { c: campaignId, v: votes }, { token: practitioner.token });
    expect(first.errors).toBeUndefined();
    expect(first.data?.['setMyVotes']).toMatchObject({ budget: 10, maxVotesPerGap: 3, used: 4, remaining: 6 });
    const second = await t.gql(SET_VOTES, { c: campaignId, v: votes }, { token: practitioner.token });
    expect(second.data?.['setMyVotes']).toMatchObject({ used: 4, remaining: 6 });
    const rows = await t.ruamsang.dataSource.query<{ competency_code: string; votes: number }[]>(
      'SELECT competency_code, votes FROM gap_vote WHERE campaign_id = $1 ORDER BY competency_code',
      [campaignId],
    );
    expect(rows).toEqual([{ competency_code: a, votes: 1 }, { competency_code: b, votes: 3 }]);
    const trainerVotes = await t.gql(SET_VOTES, { c: campaignId, v: [{ competencyCode: b, votes: 2 }, { competencyCode: codes[2], votes: 3 }] }, { token: trainer.token });
    expect(trainerVotes.errors).toBeUndefined();
  });

  it('refuses more votes on one gap than the cap, naming the field', async () => {
    const result = await t.gql(SET_VOTES, { c: campaignId, v: [{ competencyCode: codes[0], votes: 4 }] }, { token: practitioner.token });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.['field']).toBe('votes[0].votes');
    expect(result.errors?.[0]?.message).toContain('at most 3');
  });

  it('refuses going over the budget, naming the field, and keeps the previous allocation', async () => {
    const framework = await createPublishedFramework(t, buildFrameworkInput('PRIOBUD', 1, 2));
    const other = (await createCampaign(t, { frameworkId: framework.id })).id;
    const admin = await adminToken(t);
    expect((await t.gql(SET_WEIGHT, { c: other, w: 0.5, m: 10 }, { token: admin })).errors).toBeUndefined();
    const [a, b] = framework.codes as [string, string];
    expect((await t.gql(SET_VOTES, { c: other, v: [{ competencyCode: a, votes: 2 }] }, { token: practitioner.token })).errors).toBeUndefined();
    const result = await t.gql(SET_VOTES, { c: other, v: [{ competencyCode: a, votes: 6 }, { competencyCode: b, votes: 5 }] }, { token: practitioner.token, lang: 'th' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.['field']).toBe('votes');
    expect(result.errors?.[0]?.message).toContain('11');
    expect(result.errors?.[0]?.message).toContain('ต้องลดลง 1');
    const mine = await t.gql('query($c: ID!) { myVotes(campaignId: $c) { used remaining votes { competencyCode votes } } }', { c: other }, { token: practitioner.token });
    expect(mine.data?.['myVotes']).toEqual({ used: 2, remaining: 8, votes: [{ competencyCode: a, votes: 2 }] });
  });

  it('does not let coordinators vote, nor practitioners of another province', async () => {
    expect(errorCode(await t.gql(SET_VOTES, { c: campaignId, v: [] }, { token: coordinator.token }))).toBe('FORBIDDEN');
    const yala = await t.createUser({ role: Role.PRACTITIONER, provinceCode: '95' });
    expect(errorCode(await t.gql(SET_VOTES, { c: campaignId, v: [] }, { token: yala.token }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(PRIORITIES, { c: campaignId }, { token: yala.token }))).toBe('FORBIDDEN');
  });

  it('ranks by the blended priority exactly as computed by hand (default weight 0.5)', async () => {
    const result = await t.gql(PRIORITIES, { c: campaignId }, { token: practitioner.token });
    expect(result.errors).toBeUndefined();
    const board = result.data?.['gapPriorities'];
    expect(board).toMatchObject({ primaryIndex: 'mwds', weight: 0.5, voteBudget: 10, myVotesUsed: 4, myVotesRemaining: 6, canVote: true, canManage: false, indexSuppressed: false });
    expect(board.items.map((i: Item) => i.competencyCode)).toEqual([codes[1], codes[0], codes[2]]);
    const items = byCode(board.items);
    const [a, b, c] = codes.map((code) => items.get(code) as Record<string, any>);
    expect(a!['blended']).toBeCloseTo(0.6, 12);
    expect(b!['blended']).toBeCloseTo(0.66, 12);
    expect(c!['blended']).toBeCloseTo(0.3, 12);
    expect([a!['rank'], b!['rank'], c!['rank']]).toEqual([2, 1, 3]);
    expect(a).toMatchObject({ indexValue: 12.5, indexRank: 1, votes: 1, myVotes: 1 });
    expect(c).toMatchObject({ indexValue: -3, indexRank: 3, votes: 3, myVotes: 0 });
    expect(b!['why']).toMatchObject({ primaryIndex: 'mwds', indexValue: 4, indexRank: 2, indexRanked: 3, votes: 5, voteRank: 1, totalVotes: 9, normalisedVotes: 1, weight: 0.5, rank: 1, ranked: 3 });
    expect(b!['why'].normalisedIndex).toBeCloseTo(0.32, 12);
    expect(b!['why'].voteShare).toBeCloseTo(5 / 9, 12);
    expect(a!['why']).toMatchObject({ voteRank: 3, normalisedIndex: 1 });
    expect(c!['why'].normalisedIndex).toBe(0);
  });

  it('refuses the weight and routing to practitioners and trainers (FORBIDDEN)', async () => {
    expect(errorCode(await t.gql(SET_WEIGHT, { c: campaignId, w: 0.9 }, { token: practitioner.token }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(ROUTE, { c: campaignId, k: codes[0], r: 'POLICY', n: 'no' }, { token: practitioner.token }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(ROUTE, { c: campaignId, k: codes[0], r: 'POLICY' }, { token: trainer.token }))).toBe('FORBIDDEN');
    const yalaCoordinator = await t.createUser({ role: Role.COORDINATOR, provinceCode: '95', managedProvinceCodes: ['95'] });
    expect(errorCode(await t.gql(SET_WEIGHT, { c: campaignId, w: 0.9 }, { token: yalaCoordinator.token }))).toBe('FORBIDDEN');
    const board = await t.gql(PRIORITIES, { c: campaignId }, { token: practitioner.token });
    expect(board.data?.['gapPriorities'].weight).toBe(0.5);
    expect(board.data?.['gapPriorities'].items.every((i: Item) => i['route'] === null)).toBe(true);
  });

  it('lets the coordinator set the weight and route needs; the ranking follows the new weight', async () => {
    const weight = await t.gql(SET_WEIGHT, { c: campaignId, w: 0.6 }, { token: coordinator.token });
    expect(weight.data?.['setPriorityWeight']).toEqual({ weight: 0.6, maxVotesPerGap: 3 });
    const routed = await t.gql(ROUTE, { c: campaignId, k: codes[2], r: 'ORGANISATION', n: '  Needs a change in the office’s procurement rules  ' }, { token: coordinator.token });
    expect(routed.data?.['routeNeed']).toEqual({ route: 'ORGANISATION', note: 'Needs a change in the office’s procurement rules' });
    const outOfRange = await t.gql(SET_WEIGHT, { c: campaignId, w: 1.5 }, { token: coordinator.token });
    expect(errorCode(outOfRange)).toBe('BAD_USER_INPUT');
    expect(outOfRange.errors?.[0]?.extensions?.['field']).toBe('weight');
    const unknown = await t.gql(ROUTE, { c: campaignId, k: 'NOPE-1', r: 'TRAINING' }, { token: coordinator.token });
    expect(unknown.errors?.[0]?.extensions?.['field']).toBe('competencyCode');

    const result = await t.gql(PRIORITIES, { c: campaignId }, { token: coordinator.token });
    const board = result.data?.['gapPriorities'];
    expect(board).toMatchObject({ weight: 0.6, canVote: false, canManage: true, myVotesUsed: 0 });
    expect(board.items.map((i: Item) => [i.competencyCode, i['rank']])).toEqual([[codes[0], 1], [codes[1], 2], [codes[2], 3]]);
    const items = byCode(board.items);
    expect(items.get(codes[0])?.['blended']).toBeCloseTo(0.68, 12);
    expect(items.get(codes[1])?.['blended']).toBeCloseTo(0.592, 12);
    expect(items.get(codes[2])?.['blended']).toBeCloseTo(0.24, 12);
    expect(items.get(codes[2])).toMatchObject({ route: 'ORGANISATION', routeNote: 'Needs a change in the office’s procurement rules' });
  });

  it('gives curriculum coverage the same weights as the blended priority', async () => {
    const { weights } = await t.ruamsang.app.get(PrioritiesService).gapWeights(campaignId);
    expect([...weights.keys()]).toEqual(codes);
    expect(weights.get(codes[0])).toBeCloseTo(0.68, 12);
    expect(weights.get(codes[1])).toBeCloseTo(0.592, 12);
    expect(weights.get(codes[2])).toBeCloseTo(0.24, 12);
  });

  it('lets a practitioner comment on a gap, paginated, with length limits', async () => {
    for (const body of ['First', 'Second', 'Third']) {
      const added = await t.gql(COMMENT, { c: campaignId, k: codes[0], b: body }, { token: practitioner.token });
      expect(added.data?.['addGapComment']).toMatchObject({ body, author: { role: 'PRACTITIONER' } });
    }
    const page1 = await t.gql(COMMENTS, { c: campaignId, k: codes[0], o: 0, l: 2 }, { token: trainer.token });
    expect(page1.data?.['gapComments'].total).toBe(3);
    expect(page1.data?.['gapComments'].items.map((i: { body: string }) => i.body)).toEqual(['First', 'Second']);
    const page2 = await t.gql(COMMENTS, { c: campaignId, k: codes[0], o: 2, l: 2 }, { token: trainer.token });
    expect(page2.data?.['gapComments'].items.map((i: { body: string }) => i.body)).toEqual(['Third']);

    const tooLong = await t.gql(COMMENT, { c: campaignId, k: codes[0], b: 'x'.repeat(1001) }, { token: practitioner.token });
    expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
    expect(tooLong.errors?.[0]?.extensions?.['field']).toBe('body');
    const blank = await t.gql(COMMENT, { c: campaignId, k: codes[0], b: '   ' }, { token: practitioner.token });
    expect(blank.errors?.[0]?.extensions?.['field']).toBe('body');

    const board = await t.gql(PRIORITIES, { c: campaignId }, { token: practitioner.token });
    expect(byCode(board.data?.['gapPriorities'].items).get(codes[0])?.['commentCount']).toBe(3);
  });

  it('lets the author or a coordinator remove a comment, but not another practitioner', async () => {
    const added = await t.gql(COMMENT, { c: campaignId, k: codes[2], b: 'Off-topic' }, { token: practitioner.token });
    const id = added.data?.['addGapComment'].id as string;
    const DELETE = 'mutation($id: ID!) { deleteGapComment(id: $id) }';
    const someoneElse = await t.createUser({ role: Role.PRACTITIONER, provinceCode: '94' });
    expect(errorCode(await t.gql(DELETE, { id }, { token: someoneElse.token }))).toBe('FORBIDDEN');
    expect((await t.gql(DELETE, { id }, { token: coordinator.token })).data?.['deleteGapComment']).toBe(true);
    expect(errorCode(await t.gql(DELETE, { id }, { token: practitioner.token }))).toBe('NOT_FOUND');
    const own = await t.gql(COMMENT, { c: campaignId, k: codes[2], b: 'Mine to remove' }, { token: practitioner.token });
    expect((await t.gql(DELETE, { id: own.data?.['addGapComment'].id }, { token: practitioner.token })).data?.['deleteGapComment']).toBe(true);
    const thread = await t.gql(COMMENTS, { c: campaignId, k: codes[2], o: 0, l: 10 }, { token: practitioner.token });
    expect(thread.data?.['gapComments'].total).toBe(0);
  });

  it('loads comment authors in batches: the same statements for 2 and 20 comments', async () => {
    const people = [];
    for (let i = 0; i < 6; i += 1) people.push(await t.createUser({ role: Role.PRACTITIONER, provinceCode: '94' }));
    for (let i = 0; i < 20; i += 1) {
      await t.gql(COMMENT, { c: campaignId, k: codes[1], b: `Comment ${i}` }, { token: people[i % people.length]!.token });
    }
    const token = trainer.token;
    const small = await countQueries(t.ruamsang.dataSource, () => t.gql(COMMENTS, { c: campaignId, k: codes[1], o: 0, l: 2 }, { token }));
    const large = await countQueries(t.ruamsang.dataSource, async () => {
      const result = await t.gql(COMMENTS, { c: campaignId, k: codes[1], o: 0, l: 20 }, { token });
      expect(result.data?.['gapComments'].items).toHaveLength(20);
    });
    expect(large.count).toBe(small.count);
  }, 30_000);

  it('answers gapPriorities in a fixed number of statements, however many gaps, votes and comments', async () => {
    const framework = await createPublishedFramework(t, buildFrameworkInput('PRIOBIG', 3, 4));
    const big = (await createCampaign(t, { frameworkId: framework.id, minGroupSize: 2 })).id;
    for (const [i, code] of framework.codes.entries()) {
      await t.gql(COMMENT, { c: big, k: code, b: `Comment ${i}` }, { token: trainer.token });
    }
    await t.gql(SET_VOTES, { c: big, v: framework.codes.slice(0, 3).map((code) => ({ competencyCode: code, votes: 3 })) }, { token: practitioner.token });
    const token = practitioner.token;
    // Never read before, both: the gap figures come from the rollups, not the analysis cache.
    const fresh = (await createCampaign(t, { minGroupSize: 2 })).id;
    const small = await countQueries(t.ruamsang.dataSource, () => t.gql(PRIORITIES, { c: fresh }, { token }));
    const large = await countQueries(t.ruamsang.dataSource, async () => {
      const result = await t.gql(PRIORITIES, { c: big }, { token });
      expect(result.data?.['gapPriorities'].items).toHaveLength(12);
    });
    expect(large.count).toBe(small.count);
    expect(large.queries.some((q) => q.includes('gap_rollup'))).toBe(true);
    expect(large.queries.filter((q) => /\brating\b|"rating"/.test(q))).toEqual([]);
    // Read again, both answer from the computed figures, still in equal numbers.
    const [smallAgain, largeAgain] = [await countQueries(t.ruamsang.dataSource, () => t.gql(PRIORITIES, { c: fresh }, { token })), await countQueries(t.ruamsang.dataSource, () => t.gql(PRIORITIES, { c: big }, { token }))];
    expect(largeAgain.count).toBe(smallAgain.count);
  });

  it('shows no index figures when the ALL group is suppressed, ranking by votes alone', async () => {
    const framework = await createPublishedFramework(t, buildFrameworkInput('PRIOSUP', 1, 2));
    const campaign = (await createCampaign(t, { frameworkId: framework.id, minGroupSize: 5 })).id;
    const [a, b] = framework.codes as [string, string];
    await submit(practitioner.token, campaign, [a, b], [[5, 1], [2, 2]]);
    await t.gql(SET_VOTES, { c: campaign, v: [{ competencyCode: b, votes: 2 }] }, { token: practitioner.token });
    const result = await t.gql(PRIORITIES, { c: campaign }, { token: practitioner.token });
    const board = result.data?.['gapPriorities'];
    expect(board.indexSuppressed).toBe(true);
    for (const item of board.items) expect(item).toMatchObject({ indexValue: null, indexRank: null, why: { indexValue: null, indexRank: null, indexRanked: 0, normalisedIndex: 0 } });
    // weight 0.5 × 0 + 0.5 × (2/2) = 0.5 for B; A has nothing
    expect(board.items.map((i: Item) => [i.competencyCode, i['blended'], i['rank']])).toEqual([[b, 0.5, 1], [a, 0, 2]]);
  });
});
