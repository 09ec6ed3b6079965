import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Role } from '@ruamsang/shared';
import { adminToken, buildFrameworkInput, createCampaign, createPublishedFramework } from '../support/factories.js';
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

const CREATE_PERSONA = `mutation($i: CreatePersonaInput!) { createPersona(input: $i) { id name group provinceCode } }`;
const CREATE_BOARD = `mutation($i: CreateHopesFearsBoardInput!) { createHopesFearsBoard(input: $i) { id title campaignId provinceCode } }`;
const ADD_CARD = `mutation($i: AddHopesFearsCardInput!) { addHopesFearsCard(input: $i) { id kind text author { displayName role } } }`;
const CREATE_ICEBERG = `mutation($i: CreateIcebergInput!) { createIceberg(input: $i) { id title event patterns structures mentalModels } }`;
const LINK = `mutation($i: WorkshopLinkInput!) { linkWorkshopItem(input: $i) { id itemKind frameworkId campaignId competencyCode } }`;
const UNLINK = `mutation($i: WorkshopLinkInput!) { unlinkWorkshopItem(input: $i) }`;
const PERSONAS = `query($p: String, $g: PersonaGroup) { personas(provinceCode: $p, group: $g) { total items { name group provinceCode links { competencyCode campaignId } } } }`;
const BOARDS = `query($c: ID) { hopesFearsBoards(campaignId: $c, limit: 50) { total items { id title cards { kind text author { displayName } } links { competencyCode } } } }`;

const iceberg = {
  title: 'ผลผลิตยางราคาตก',
  event: 'Rubber prices fell and tappers stopped tapping',
  patterns: 'Every year income drops in the rainy season',
  structures: 'No cooperative storage; middlemen set prices',
  mentalModels: 'Selling raw latex is the only option',
};

describe('workshop tools', () => {
  let frameworkId: string;
  let codes: string[];
  let campaignId: string;
  let trainer: { token: string };
  let practitioner: { token: string; displayName: string };
  let coordinator: { token: string };

  beforeAll(async () => {
    const framework = await createPublishedFramework(t, buildFrameworkInput('WORK', 1, 3));
    frameworkId = framework.id;
    codes = framework.codes;
    campaignId = (await createCampaign(t, { frameworkId, provinceCodes: ['94'] })).id;
    trainer = await t.createUser({ role: Role.TRAINER, provinceCode: '94' });
    practitioner = await t.createUser({ role: Role.PRACTITIONER, provinceCode: '94', districtCode: '9401' });
    coordinator = await t.createUser({ role: Role.COORDINATOR, provinceCode: '94', managedProvinceCodes: ['94'] });
  }, 60_000);

  it('lets trainers and coordinators create personas, and not practitioners', async () => {
    const created = await t.gql(CREATE_PERSONA, { i: { name: 'Kak Yah', description: 'Woman rubber tapper, 42, two children', group: 'RUBBER_TAPPERS', provinceCode: '95' } }, { token: trainer.token });
    expect(created.errors).toBeUndefined();
    expect(created.data?.['createPersona']).toMatchObject({ name: 'Kak Yah', group: 'RUBBER_TAPPERS', provinceCode: '95' });
    const mine = await t.gql(CREATE_PERSONA, { i: { name: 'Pak Mat', description: 'Small-scale fisher', group: 'FISHERFOLK', provinceCode: '94' } }, { token: coordinator.token });
    expect(mine.errors).toBeUndefined();
    const refused = await t.gql(CREATE_PERSONA, { i: { name: 'Someone', description: 'x', group: 'YOUTH', provinceCode: '94' } }, { token: practitioner.token });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const outside = await t.gql(CREATE_PERSONA, { i: { name: 'Someone', description: 'x', group: 'YOUTH', provinceCode: '96' } }, { token: coordinator.token });
    expect(errorCode(outside)).toBe('FORBIDDEN');
  });

  it('validates lengths and names the field', async () => {
    const tooLong = await t.gql(CREATE_PERSONA, { i: { name: 'x'.repeat(121), description: 'd', group: 'YOUTH' } }, { token: trainer.token });
    expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
    expect(tooLong.errors?.[0]?.extensions?.['field']).toBe('name');
    const blank = await t.gql(CREATE_ICEBERG, { i: { ...iceberg, patterns: '   ' } }, { token: trainer.token });
    expect(blank.errors?.[0]?.extensions?.['field']).toBe('patterns');
    const longCard = await t.gql(CREATE_ICEBERG, { i: { ...iceberg, mentalModels: 'm'.repeat(2001) } }, { token: trainer.token });
    expect(longCard.errors?.[0]?.extensions?.['field']).toBe('mentalModels');
  });

  it('reads within scope: a Pattani practitioner sees Pattani and programme-wide personas only', async () => {
    await t.gql(CREATE_PERSONA, { i: { name: 'Adik', description: 'Rural youth looking for work', group: 'YOUTH' } }, { token: await adminToken(t) });
    const result = await t.gql(PERSONAS, {}, { token: practitioner.token });
    expect(result.errors).toBeUndefined();
    const names = result.data?.['personas'].items.map((p: { name: string }) => p.name).sort();
    expect(names).toEqual(['Adik', 'Pak Mat']);
    const all = await t.gql(PERSONAS, { g: 'RUBBER_TAPPERS' }, { token: trainer.token });
    expect(all.data?.['personas'].items.map((p: { name: string }) => p.name)).toEqual(['Kak Yah']);
  });

  it('lets a practitioner add hopes and fears to a board of their campaign, but not create boards', async () => {
    const board = await t.gql(CREATE_BOARD, { i: { title: 'Hopes & fears, Pattani 2026', campaignId } }, { token: trainer.token });
    expect(board.errors).toBeUndefined();
    const boardId = board.data?.['createHopesFearsBoard'].id as string;
    const hope = await t.gql(ADD_CARD, { i: { boardId, kind: 'HOPE', text: 'Our group sells dried fish online' } }, { token: practitioner.token });
    expect(hope.data?.['addHopesFearsCard']).toMatchObject({ kind: 'HOPE', author: { displayName: practitioner.displayName, role: 'PRACTITIONER' } });
    await t.gql(ADD_CARD, { i: { boardId, kind: 'FEAR', text: 'Training is held during the harvest' } }, { token: practitioner.token });
    expect(errorCode(await t.gql(CREATE_BOARD, { i: { title: 'Mine', campaignId } }, { token: practitioner.token }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(CREATE_BOARD, { i: { title: 'No place' } }, { token: trainer.token }))).toBe('BAD_USER_INPUT');
    const tooLong = await t.gql(ADD_CARD, { i: { boardId, kind: 'HOPE', text: 'h'.repeat(501) } }, { token: practitioner.token });
    expect(tooLong.errors?.[0]?.extensions?.['field']).toBe('text');

    const yala = await t.createUser({ role: Role.PRACTITIONER, provinceCode: '95' });
    expect(errorCode(await t.gql(ADD_CARD, { i: { boardId, kind: 'HOPE', text: 'x' } }, { token: yala.token }))).toBe('FORBIDDEN');
    expect((await t.gql(BOARDS, {}, { token: yala.token })).data?.['hopesFearsBoards'].total).toBe(0);

    const list = await t.gql(BOARDS, { c: campaignId }, { token: practitioner.token });
    const [only] = list.data!['hopesFearsBoards'].items;
    expect(only.cards.map((c: { kind: string; text: string }) => [c.kind, c.text])).toEqual([
      ['HOPE', 'Our group sells dried fish online'],
      ['FEAR', 'Training is held during the harvest'],
    ]);
  });

  it('links an iceberg to a competency and a gap, idempotently, and unlinks it', async () => {
    const created = await t.gql(CREATE_ICEBERG, { i: { ...iceberg, campaignId } }, { token: coordinator.token });
    expect(created.errors).toBeUndefined();
    const id = created.data?.['createIceberg'].id as string;
    const competencyLink = { itemKind: 'ICEBERG', itemId: id, competencyCode: codes[0], frameworkId };
    const gapLink = { itemKind: 'ICEBERG', itemId: id, competencyCode: codes[1], campaignId };
    const first = await t.gql(LINK, { i: competencyLink }, { token: trainer.token });
    expect(first.data?.['linkWorkshopItem']).toMatchObject({ frameworkId, campaignId: null, competencyCode: codes[0] });
    const again = await t.gql(LINK, { i: competencyLink }, { token: trainer.token });
    expect(again.data?.['linkWorkshopItem'].id).toBe(first.data?.['linkWorkshopItem'].id);
    const gap = await t.gql(LINK, { i: gapLink }, { token: coordinator.token });
    expect(gap.data?.['linkWorkshopItem']).toMatchObject({ frameworkId, campaignId, competencyCode: codes[1] });

    expect(errorCode(await t.gql(LINK, { i: competencyLink }, { token: practitioner.token }))).toBe('FORBIDDEN');
    const both = await t.gql(LINK, { i: { ...competencyLink, campaignId } }, { token: trainer.token });
    expect(errorCode(both)).toBe('BAD_USER_INPUT');
    const unknown = await t.gql(LINK, { i: { ...competencyLink, competencyCode: 'NOPE' } }, { token: trainer.token });
    expect(unknown.errors?.[0]?.extensions?.['field']).toBe('competencyCode');

    const view = await t.gql('query($id: ID!) { iceberg(id: $id) { title links { competencyCode campaignId } } }', { id }, { token: practitioner.token });
    expect(view.data?.['iceberg'].links).toEqual([{ competencyCode: codes[0], campaignId: null }, { competencyCode: codes[1], campaignId }]);

    expect((await t.gql(UNLINK, { i: competencyLink }, { token: trainer.token })).data?.['unlinkWorkshopItem']).toBe(true);
    expect((await t.gql(UNLINK, { i: competencyLink }, { token: trainer.token })).data?.['unlinkWorkshopItem']).toBe(false);
    const after = await t.gql('query($id: ID!) { iceberg(id: $id) { links { competencyCode } } }', { id }, { token: practitioner.token });
    expect(after.data?.['iceberg'].links).toEqual([{ competencyCode: codes[1] }]);
  });

  it('loads cards, authors and links of many boards in a fixed number of statements', async () => {
    const token = await adminToken(t);
    const makeBoards = async (n: number) => {
      for (let i = 0; i < n; i += 1) {
        const board = await t.gql(CREATE_BOARD, { i: { title: `Board ${i}`, provinceCode: '96' } }, { token });
        const boardId = board.data?.['createHopesFearsBoard'].id as string;
        await t.gql(ADD_CARD, { i: { boardId, kind: 'HOPE', text: `Hope ${i}` } }, { token: trainer.token });
        await t.gql(LINK, { i: { itemKind: 'HOPES_FEARS_BOARD', itemId: boardId, competencyCode: codes[2], frameworkId } }, { token });
      }
    };
    await makeBoards(2);
    const small = await countQueries(t.ruamsang.dataSource, () => t.gql(BOARDS, {}, { token }));
    await makeBoards(6);
    const large = await countQueries(t.ruamsang.dataSource, async () => {
      const result = await t.gql(BOARDS, {}, { token });
      expect(result.data?.['hopesFearsBoards'].total).toBe(9);
    });
    expect(large.count).toBe(small.count);
  }, 30_000);
});
