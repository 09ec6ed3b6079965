import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '@ruamsang/shared';
import { adminToken, createCampaign } from '../support/factories.js';
import { errorCode, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let admin: string;
let campaignId: string;
let cohortId: string;

const CREATE = `mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { id kind provinceCode status uses maxUses expiresAt path url qrSvg targetTitle } }`;
const JOIN = `mutation($i: JoinByInvitationInput!) { joinByInvitation(input: $i) { campaignId cohortId enrolmentStatus auth { token user { id role provinceCode districtCode email } } } }`;
const PREVIEW = `query($t: String!) { invitationPreview(token: $t) { kind targetTitle curriculumTitle provinceCode campaignId cohortId } }`;

async function ok<T = Record<string, any>>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const result = await t.gql<T>(query, variables, token ? { token } : {});
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

const tokenOf = (path: string) => path.split('/').pop()!;
const joiner = (token: string, overrides: Record<string, unknown> = {}) => ({
  token,
  clientKey: randomUUID(),
  displayName: 'นางสาวเชียงใหม่ ทดสอบ',
  email: `joiner.${randomUUID().slice(0, 8)}@example.org`,
  password: 'a-long-password',
  districtCode: '5001',
  sector: 'COMMUNITY',
  gender: 'FEMALE',
  ageBand: 'FROM_25_TO_34',
  languages: ['THAI'],
  ...overrides,
});

beforeAll(async () => {
  // Chiang Mai (50) added to the five southern provinces, as a programme growing north would
  t = await startTestApp({ PROGRAMME_PROVINCES: '90,91,94,95,96,50' });
  admin = await adminToken(t);
  // A non-southern province: Chiang Mai (50).
  const campaign = await createCampaign(t, { provinceCodes: ['50', '94'] });
  campaignId = campaign.id;
  await ok(
    'mutation($i: CreateTrainingModuleInput!) { createTrainingModule(input: $i) { code } }',
    { i: { code: 'INV-101', title: { th: 'โมดูลเชิญ' }, hours: 6, competencyTargets: [{ competencyCode: campaign.codes[0], targetLevel: 4 }] } },
    admin,
  );
  const curriculum = await ok<{ createCurriculum: { id: string } }>(
    'mutation($i: CreateCurriculumInput!) { createCurriculum(input: $i) { id } }',
    { i: { title: 'หลักสูตรเชิญ', campaignId, moduleCodes: ['INV-101'] } },
    admin,
  );
  cohortId = (
    await ok<{ saveCohort: { id: string } }>(
      'mutation($i: SaveCohortInput!) { saveCohort(input: $i) { id } }',
      { i: { name: 'รุ่นยะลา 1', curriculumId: curriculum.createCurriculum.id, provinceCode: '95', teachingLanguage: 'THAI', capacity: 1 } },
      admin,
    )
  ).saveCohort.id;
}, 90_000);
afterAll(async () => {
  await t?.close();
});

describe('invitations', () => {
  it('invites Yala practitioners to a cohort: preview, join, signed in, enrolled then waitlisted', async () => {
    const { createInvitation: invitation } = await ok<{ createInvitation: Record<string, any> }>(CREATE, { i: { cohortId, expiresInDays: 30, maxUses: 5 } }, admin);
    expect(invitation).toMatchObject({ kind: 'COHORT', provinceCode: '95', status: 'ACTIVE', uses: 0, maxUses: 5, targetTitle: 'รุ่นยะลา 1' });
    expect(invitation.path).toMatch(/^\/join\/[A-Za-z0-9_-]{43}$/);
    expect(invitation.url.endsWith(invitation.path)).toBe(true);
    expect(invitation.qrSvg).toMatch(/^<svg/);
    const token = tokenOf(invitation.path);
    // Only a hash of the token is stored.
    const stored = await t.ruamsang.dataSource.query(`SELECT token_hash FROM invitation WHERE id = $1`, [invitation.id]);
    expect(stored[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored[0].token_hash).not.toContain(token);

    const preview = await ok(PREVIEW, { t: token });
    expect(preview['invitationPreview']).toEqual({ kind: 'COHORT', targetTitle: 'รุ่นยะลา 1', curriculumTitle: 'หลักสูตรเชิญ', provinceCode: '95', campaignId: null, cohortId });

    const first = await ok<{ joinByInvitation: Record<string, any> }>(JOIN, { i: joiner(token, { districtCode: '9501' }) });
    expect(first.joinByInvitation).toMatchObject({ cohortId, enrolmentStatus: 'ENROLLED', auth: { user: { role: 'PRACTITIONER', provinceCode: '95', districtCode: '9501' } } });
    const me = await ok('{ me { id } myEnrolments { status } }', {}, first.joinByInvitation.auth.token);
    expect(me['me'].id).toBe(first.joinByInvitation.auth.user.id);
    // Capacity 1: the second joiner waits.
    const second = await ok<{ joinByInvitation: Record<string, any> }>(JOIN, { i: joiner(token, { email: null, phone: '089-555-1234', districtCode: null }) });
    expect(second.joinByInvitation.enrolmentStatus).toBe('WAITING');
    expect(second.joinByInvitation.auth.user.email).toBe('66895551234@phone.invalid');
    const list = await ok<{ invitations: { id: string; uses: number }[] }>('{ invitations { id uses } }', {}, admin);
    expect(list.invitations.find((i) => i.id === invitation.id)?.uses).toBe(2);
    // Audit: the invitation and each account created through it.
    const audit = await t.ruamsang.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity = 'app_user' AND action = 'CREATE' AND $1 = ANY(fields)`, [`invitation:${invitation.id}`]);
    expect(audit[0].n).toBe(2);
  });

  it('a new administrator invites Chiang Mai (non-southern) practitioners to a campaign: they land on it, in that province', async () => {
    const { createInvitation: invitation } = await ok<{ createInvitation: Record<string, any> }>(CREATE, { i: { campaignId, provinceCode: '50', expiresInDays: 7 } }, admin);
    const joined = await ok<{ joinByInvitation: Record<string, any> }>(JOIN, { i: joiner(tokenOf(invitation.path)) });
    expect(joined.joinByInvitation).toMatchObject({ campaignId, cohortId: null, enrolmentStatus: null, auth: { user: { provinceCode: '50', districtCode: '5001' } } });
    const campaign = await t.gql('query($id: ID!) { campaign(id: $id) { id } }', { id: campaignId }, { token: joined.joinByInvitation.auth.token });
    expect(campaign.errors).toBeUndefined();
    // A campaign of two provinces needs the province named.
    const unnamed = await t.gql(CREATE, { i: { campaignId, expiresInDays: 7 } }, { token: admin, lang: 'en' });
    expect(unnamed.errors?.[0]?.message).toBe('Choose one of the campaign’s provinces (50, 94).');
  });

  it('a retried join (same client key) makes one account; a taken e-mail is refused with a message naming it', async () => {
    const { createInvitation: invitation } = await ok<{ createInvitation: Record<string, any> }>(CREATE, { i: { campaignId, provinceCode: '50', expiresInDays: 7 } }, admin);
    const input = joiner(tokenOf(invitation.path));
    const [a, b] = await Promise.all([t.gql(JOIN, { i: input }), t.gql(JOIN, { i: input })]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect((a.data as any).joinByInvitation.auth.user.id).toBe((b.data as any).joinByInvitation.auth.user.id);
    const count = await t.ruamsang.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE email = $1`, [input.email]);
    expect(count[0].n).toBe(1);
    const taken = await t.gql(JOIN, { i: { ...input, clientKey: randomUUID() } }, { lang: 'en' });
    expect(errorCode(taken)).toBe('CONFLICT');
    expect(taken.errors?.[0]?.message).toContain(`The e-mail ${input.email} already has an account`);
    expect((taken.errors?.[0]?.extensions?.['fields'] as { field: string }[])[0]?.field).toBe('email');
    // A district of another province is refused.
    const wrongDistrict = await t.gql(JOIN, { i: joiner(tokenOf(invitation.path), { districtCode: '9401' }) }, { lang: 'en' });
    expect(wrongDistrict.errors?.[0]?.message).toBe('This district is not in province 50.');
  });

  it('refuses expired, revoked and used-up links with a clear message', async () => {
    const make = async (extra: Record<string, unknown>) => (await ok<{ createInvitation: Record<string, any> }>(CREATE, { i: { campaignId, provinceCode: '50', expiresInDays: 7, ...extra } }, admin)).createInvitation;
    const once = await make({ maxUses: 1 });
    await ok(JOIN, { i: joiner(tokenOf(once.path)) });
    const usedUp = await t.gql(JOIN, { i: joiner(tokenOf(once.path)) }, { lang: 'en' });
    expect(usedUp.errors?.[0]?.message).toBe('This invitation has been used as many times as allowed. Ask your coordinator for a new link.');
    expect((await t.gql(PREVIEW, { t: tokenOf(once.path) }, { lang: 'th' })).errors?.[0]?.message).toMatch(/ครบจำนวน/);

    const revoked = await make({});
    const revoke = await ok<{ revokeInvitation: { status: string } }>('mutation($id: ID!) { revokeInvitation(id: $id) { status } }', { id: revoked.id }, admin);
    expect(revoke.revokeInvitation.status).toBe('REVOKED');
    expect((await t.gql(JOIN, { i: joiner(tokenOf(revoked.path)) }, { lang: 'en' })).errors?.[0]?.message).toBe('This invitation was revoked. Ask your coordinator for a new link.');

    const expired = await make({});
    await t.ruamsang.dataSource.query(`UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [expired.id]);
    expect((await t.gql(JOIN, { i: joiner(tokenOf(expired.path)) }, { lang: 'en' })).errors?.[0]?.message).toBe('This invitation has expired. Ask your coordinator for a new link.');
    expect((await t.gql(PREVIEW, { t: 'x'.repeat(43) }, { lang: 'en' })).errors?.[0]?.message).toMatch(/^This invitation link is not valid/);
    // Limits: a link lives at most 90 days.
    expect(errorCode(await t.gql(CREATE, { i: { campaignId, provinceCode: '50', expiresInDays: 91 } }, { token: admin }))).toBe('BAD_USER_INPUT');
  });

  it('a coordinator invites only in their provinces and sees only theirs; practitioners cannot invite', async () => {
    const coordinator = await t.createUser({ role: Role.COORDINATOR, provinceCode: '94', managedProvinceCodes: ['94'] });
    expect(errorCode(await t.gql(CREATE, { i: { cohortId, expiresInDays: 7 } }, { token: coordinator.token }))).toBe('FORBIDDEN'); // a Yala cohort
    expect(errorCode(await t.gql(CREATE, { i: { campaignId, provinceCode: '50', expiresInDays: 7 } }, { token: coordinator.token }))).toBe('FORBIDDEN');
    const own = await ok<{ createInvitation: { id: string; provinceCode: string } }>(CREATE, { i: { campaignId, provinceCode: '94', expiresInDays: 7 } }, coordinator.token);
    expect(own.createInvitation.provinceCode).toBe('94');
    const listed = await ok<{ invitations: { provinceCode: string }[] }>('{ invitations(includeInactive: true) { provinceCode } }', {}, coordinator.token);
    expect(new Set(listed.invitations.map((i) => i.provinceCode))).toEqual(new Set(['94']));
    const adminsOwn = (await ok<{ invitations: { id: string; provinceCode: string }[] }>('{ invitations { id provinceCode } }', {}, admin)).invitations.find((i) => i.provinceCode === '50')!;
    expect(errorCode(await t.gql('mutation($id: ID!) { revokeInvitation(id: $id) { id } }', { id: adminsOwn.id }, { token: coordinator.token }))).toBe('FORBIDDEN');
    const practitioner = await t.createUser();
    expect(errorCode(await t.gql(CREATE, { i: { campaignId, provinceCode: '94', expiresInDays: 7 } }, { token: practitioner.token }))).toBe('FORBIDDEN');
  });

  it('rate limits joins from one address', async () => {
    const { createInvitation: invitation } = await ok<{ createInvitation: Record<string, any> }>(CREATE, { i: { campaignId, provinceCode: '50', expiresInDays: 7 } }, admin);
    let refused: unknown = null;
    for (let i = 0; i < 70 && !refused; i += 1) {
      // Invalid attempts count too (a bad phone is refused after the throttle counted it).
      const result = await t.gql(JOIN, { i: joiner(tokenOf(invitation.path), { email: null, phone: '02-123-4567' }) });
      if (errorCode(result) === 'TOO_MANY_REQUESTS') refused = result;
    }
    expect(refused).not.toBeNull();
  });
});
