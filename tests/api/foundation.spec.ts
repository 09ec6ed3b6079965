import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '@ruamsang/shared';
import { ADMIN_EMAIL, ADMIN_PASSWORD, errorCode, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email role provinceCode province { code nameTh } district { code } } }`;

describe('process contract', () => {
  it('answers /health with ok once migrated', async () => {
    const response = await fetch(`${t.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('tags every response with a request id', async () => {
    const response = await fetch(`${t.url}/health`, { headers: { 'x-request-id': 'abc-123' } });
    expect(response.headers.get('x-request-id')).toBe('abc-123');
  });
});

describe('accounts', () => {
  it('lets the bootstrap admin sign in and read `me`', async () => {
    const token = await t.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const result = await t.gql('{ me { email role } }', {}, { token });
    expect(result.data?.['me']).toEqual({ email: ADMIN_EMAIL, role: 'ADMIN' });
  });

  it('returns null for `me` when nobody is signed in', async () => {
    expect((await t.gql('{ me { id } }')).data).toEqual({ me: null });
  });

  it('refuses a wrong password with UNAUTHENTICATED, in the caller’s language', async () => {
    const en = await t.gql('mutation { login(email: "admin@test.ruamsang.org", password: "wrong-password") { token } }');
    expect(errorCode(en)).toBe('UNAUTHENTICATED');
    expect(en.errors?.[0]?.message).toBe('The email or password is not correct.');
    const th = await t.gql('mutation { login(email: "nobody@test.ruamsang.org", password: "x") { token } }', {}, { lang: 'th' });
    expect(th.errors?.[0]?.message).toBe('อีเมลหรือรหัสผ่านไม่ถูกต้อง');
  });

  it('refuses a forged token', async () => {
    const result = await t.gql('{ users { total } }', {}, { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl' });
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
  });

  it('requires sign-in for guarded resolvers', async () => {
    expect(errorCode(await t.gql('{ users { total } }'))).toBe('UNAUTHENTICATED');
  });

  it('lets an admin create a practitioner with a profile', async () => {
    const token = await t.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const result = await t.gql(
      CREATE_USER,
      {
        input: {
          email: 'Fatimah@Example.org',
          password: 'a-long-password',
          displayName: 'ฟาตีมะห์ ยูโซะ',
          role: 'PRACTITIONER',
          provinceCode: '94',
          districtCode: '9401',
          sector: 'COMMUNITY',
          gender: 'FEMALE',
          ageBand: 'FROM_25_TO_34',
          languages: ['PATANI_MALAY'],
          personaGroups: ['WOMEN_FARMERS'],
        },
      },
      { token },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.['createUser']).toMatchObject({
      email: 'fatimah@example.org',
      role: 'PRACTITIONER',
      province: { code: '94', nameTh: 'ปัตตานี' },
      district: { code: '9401' },
    });
    await expect(t.login('fatimah@example.org', 'a-long-password')).resolves.toEqual(expect.any(String));
  });

  it('answers FORBIDDEN when a practitioner calls createUser', async () => {
    const practitioner = await t.createUser({ role: Role.PRACTITIONER });
    const result = await t.gql(
      CREATE_USER,
      { input: { email: 'x@example.org', password: 'a-long-password', displayName: 'X', role: 'PRACTITIONER', provinceCode: '94' } },
      { token: practitioner.token },
    );
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
  });

  it('lets a coordinator create accounts only inside their provinces', async () => {
    const coordinator = await t.createUser({ role: Role.COORDINATOR, managedProvinceCodes: ['94'] });
    const inside = await t.gql(
      CREATE_USER,
      { input: { email: 'inside@example.org', password: 'a-long-password', displayName: 'In', role: 'TRAINER', provinceCode: '94' } },
      { token: coordinator.token },
    );
    expect(inside.errors).toBeUndefined();
    const outside = await t.gql(
      CREATE_USER,
      { input: { email: 'outside@example.org', password: 'a-long-password', displayName: 'Out', role: 'PRACTITIONER', provinceCode: '95' } },
      { token: coordinator.token },
    );
    expect(errorCode(outside)).toBe('FORBIDDEN');
    const admin = await t.gql(
      CREATE_USER,
      { input: { email: 'boss@example.org', password: 'a-long-password', displayName: 'Boss', role: 'ADMIN', provinceCode: '94' } },
      { token: coordinator.token },
    );
    expect(errorCode(admin)).toBe('FORBIDDEN');
  });

  it('names the field and the limit when input is invalid', async () => {
    const token = await t.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const result = await t.gql(
      CREATE_USER,
      { input: { email: 'not-an-email', password: 'short', displayName: 'X', role: 'PRACTITIONER', provinceCode: '94' } },
      { token, lang: 'en' },
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    const fields = (result.errors?.[0]?.extensions?.['fields'] as { field: string; message: string }[]).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'password']));
    expect(result.errors?.[0]?.message).toContain('email');
    const passwordProblem = (result.errors?.[0]?.extensions?.['fields'] as { field: string; message: string }[]).find((f) => f.field === 'password');
    expect(passwordProblem?.message).toBe('password: must be at least 10 characters long');
  });

  it('refuses a district outside the chosen province, naming districtCode', async () => {
    const token = await t.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const result = await t.gql(
      CREATE_USER,
      { input: { email: 'y@example.org', password: 'a-long-password', displayName: 'Y', role: 'PRACTITIONER', provinceCode: '94', districtCode: '9501' } },
      { token, lang: 'th' },
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.['field']).toBe('districtCode');
    expect(result.errors?.[0]?.message).toBe('อำเภอรหัส 9501 ไม่ได้อยู่ในจังหวัดรหัส 94');
  });

  it('refuses a second account with the same email as CONFLICT', async () => {
    const token = await t.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const input = { email: 'twice@example.org', password: 'a-long-password', displayName: 'Twice', role: 'TRAINER' };
    expect((await t.gql(CREATE_USER, { input }, { token })).errors).toBeUndefined();
    const again = await t.gql(CREATE_USER, { input: { ...input, email: 'TWICE@example.org' } }, { token });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.extensions?.['field']).toBe('email');
  });

  it('pages users, scoped to a coordinator’s provinces', async () => {
    const coordinator = await t.createUser({ role: Role.COORDINATOR, provinceCode: '95', managedProvinceCodes: ['95'] });
    for (let i = 0; i < 3; i += 1) await t.createUser({ provinceCode: '95', displayName: `Yala ${i}` });
    await t.createUser({ provinceCode: '96', displayName: 'Narathiwat person' });
    const page = await t.gql('{ users(limit: 2) { total limit items { displayName provinceCode } } }', {}, { token: coordinator.token });
    expect(page.errors).toBeUndefined();
    const users = page.data?.['users'] as { total: number; items: { provinceCode: string }[] };
    expect(users.total).toBe(4);
    expect(users.items).toHaveLength(2);
    expect(users.items.every((u) => u.provinceCode === '95')).toBe(true);
  });

  it('refuses a page size above 100', async () => {
    const token = await t.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const result = await t.gql('{ users(limit: 1000) { total } }', {}, { token });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.['field']).toBe('limit');
  });
});

describe('geography', () => {
  it('lists all 77 provinces, and Pattani (94) has its 12 districts', async () => {
    const result = await t.gql<{ provinces: { code: string; nameTh: string; nameEn: string; districts: { code: string }[] }[] }>(
      '{ provinces { code nameTh nameEn districts { code nameTh nameEn } } }',
    );
    const provinces = result.data?.provinces ?? [];
    expect(provinces).toHaveLength(77);
    const pattani = provinces.find((p) => p.code === '94');
    expect(pattani).toMatchObject({ nameTh: 'ปัตตานี', nameEn: 'Pattani' });
    expect(pattani?.districts).toHaveLength(12);
    expect(pattani?.districts.every((d) => d.code.startsWith('94'))).toBe(true);
    expect(provinces.reduce((sum, p) => sum + p.districts.length, 0)).toBe(928);
  });

  it('lets a coordinator register an organisation in their province only', async () => {
    const coordinator = await t.createUser({ role: Role.COORDINATOR, managedProvinceCodes: ['94'] });
    const create = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name sector provinceCode } }`;
    const ok = await t.gql(create, { input: { name: 'กลุ่มประมงพื้นบ้านบ้านดาโต๊ะ', sector: 'COMMUNITY', provinceCode: '94' } }, { token: coordinator.token });
    expect(ok.data?.['createOrganisation']).toMatchObject({ sector: 'COMMUNITY', provinceCode: '94' });
    const again = await t.gql(create, { input: { name: 'กลุ่มประมงพื้นบ้านบ้านดาโต๊ะ', sector: 'COMMUNITY', provinceCode: '94' } }, { token: coordinator.token });
    expect(errorCode(again)).toBe('CONFLICT');
    const outside = await t.gql(create, { input: { name: 'Elsewhere', sector: 'PRIVATE', provinceCode: '90' } }, { token: coordinator.token });
    expect(errorCode(outside)).toBe('FORBIDDEN');
  });
});
