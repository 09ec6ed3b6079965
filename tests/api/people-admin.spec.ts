import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PASSWORD_MIN_LENGTH, Role } from '@ruamsang/shared';
import { AccountsRepository } from '../../apps/api/src/modules/accounts/accounts.repository.js';
import { AuditEventEntity } from '../../apps/api/src/modules/privacy/entities/audit-event.entity.js';
import { adminToken } from '../support/factories.js';
import { errorCode, startTestApp, TEST_PASSWORD, type TestApp } from '../support/test-app.js';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await startTestApp();
  admin = await adminToken(t);
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const UPDATE = 'mutation($id: ID!, $i: UpdateUserInput!) { updateUser(id: $id, input: $i) { id role provinceCode districtCode managedProvinceCodes phone active displayName } }';
const SET_ACTIVE = 'mutation($id: ID!, $a: Boolean!) { setUserActive(id: $id, active: $a) { id active } }';
const CHANGE_PASSWORD = 'mutation($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) }';
const ISSUE_RESET = 'mutation($id: ID!) { issuePasswordReset(userId: $id) { url path qrSvg expiresAt } }';
const RESET = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }';
const ME = '{ me { id role preferredLocale phone active } }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id } } }';

const auditFields = async (subjectId: string) =>
  (await t.ruamsang.dataSource.getRepository(AuditEventEntity).findBy({ subjectId, entity: 'app_user', action: 'UPDATE' })).map((e) => e.fields);

describe('updateUser', () => {
  it('lets an admin turn a trainer into a coordinator of named provinces, at once and on record', async () => {
    const trainer = await t.createUser({ role: Role.TRAINER, provinceCode: '94' });
    const changed = await t.gql(UPDATE, { id: trainer.id, i: { role: 'COORDINATOR', managedProvinceCodes: ['94', '95'] } }, { token: admin });
    expect(changed.errors).toBeUndefined();
    expect(changed.data?.['updateUser']).toMatchObject({ role: 'COORDINATOR', managedProvinceCodes: ['94', '95'] });
    // The same token now acts as a coordinator: the role is read on every request.
    const listed = await t.gql('{ users(limit: 5) { total } }', {}, { token: trainer.token });
    expect(listed.errors).toBeUndefined();
    expect(await auditFields(trainer.id)).toContainEqual(['role', 'managedProvinceCodes']);
  });

  it('needs managed provinces for a coordinator, naming the field', async () => {
    const trainer = await t.createUser({ role: Role.TRAINER, provinceCode: '94' });
    const refused = await t.gql(UPDATE, { id: trainer.id, i: { role: 'COORDINATOR' } }, { token: admin });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ field: 'managedProvinceCodes' })]);
  });

  it('lets a coordinator change the practitioners and trainers of their provinces, and only within them', async () => {
    const coordinator = await t.createUser({ role: Role.COORDINATOR, provinceCode: '94', managedProvinceCodes: ['94'] });
    const own = await t.createUser({ role: Role.PRACTITIONER, provinceCode: '94' });
    const elsewhere = await t.createUser({ role: Role.PRACTITIONER, provinceCode: '95' });
    const ok = await t.gql(UPDATE, { id: own.id, i: { role: 'TRAINER', displayName: '  นายใหม่ ชื่อใหม่ ', districtCode: '9401' } }, { token: coordinator.token });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.['updateUser']).toMatchObject({ role: 'TRAINER', displayName: 'นายใหม่ ชื่อใหม่', districtCode: '9401' });

    const outside = await t.gql(UPDATE, { id: elsewhere.id, i: { displayName: 'x' } }, { token: coordinator.token });
    expect(errorCode(outside)).toBe('FORBIDDEN');
    const promote = await t.gql(UPDATE, { id: own.id, i: { role: 'COORDINATOR', managedProvinceCodes: ['94'] } }, { token: coordinator.token, lang: 'th' });
    expect(errorCode(promote)).toBe('BAD_USER_INPUT');
    expect(promote.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ field: 'role' })]);
    expect(promote.errors?.[0]?.message).toContain('ผู้ปฏิบัติงานหรือวิทยากร');
    const move = await t.gql(UPDATE, { id: own.id, i: { provinceCode: '95' } }, { token: coordinator.token });
    expect(move.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ field: 'provinceCode' })]);
    const byTrainer = await t.gql(UPDATE, { id: own.id, i: { displayName: 'x' } }, { token: (await t.createUser({ role: Role.TRAINER })).token });
    expect(errorCode(byTrainer)).toBe('FORBIDDEN');
  });

  it('keeps the district inside the province and clears it when the province moves', async () => {
    const person = await t.createUser({ role: Role.PRACTITIONER, provinceCode: '94', districtCode: '9401' });
    const wrong = await t.gql(UPDATE, { id: person.id, i: { districtCode: '9501' } }, { token: admin });
    expect(wrong.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ field: 'districtCode' })]);
    const moved = await t.gql(UPDATE, { id: person.id, i: { provinceCode: '95' } }, { token: admin });
    expect(moved.data?.['updateUser']).toMatchObject({ provinceCode: '95', districtCode: null });
  });

  it('stores a phone number as +66…, refuses a malformed one and one already in use, naming the field', async () => {
    const a = await t.createUser();
    const b = await t.createUser();
    const saved = await t.gql(UPDATE, { id: a.id, i: { phone: '089-111-2233' } }, { token: admin });
    expect(saved.data?.['updateUser']).toMatchObject({ phone: '+66891112233' });
    const bad = await t.gql(UPDATE, { id: b.id, i: { phone: '02-123-4567' } }, { token: admin });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ field: 'phone' })]);
    expect(bad.errors?.[0]?.message).toMatch(/Thai mobile number/);
    const taken = await t.gql(UPDATE, { id: b.id, i: { phone: '+66 89 111 2233' } }, { token: admin });
    expect(errorCode(taken)).toBe('CONFLICT');
    expect(taken.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ field: 'phone' })]);
    const cleared = await t.gql(UPDATE, { id: a.id, i: { phone: '' } }, { token: admin });
    expect(cleared.data?.['updateUser']).toMatchObject({ phone: null });
  });

  it('never demotes the last active administrator', async () => {
    const adminId = (await t.gql(ME, {}, { token: admin })).data?.['me'].id as string;
    const refused = await t.gql(UPDATE, { id: adminId, i: { role: 'TRAINER' } }, { token: admin });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toMatch(/last active administrator/);
    const other = await t.createUser({ role: Role.ADMIN, provinceCode: null });
    const deactivateLast = await t.gql(SET_ACTIVE, { id: other.id, a: false }, { token: admin });
    expect(deactivateLast.errors).toBeUndefined();
    // With the second admin deactivated, the first is again the last one.
    expect(errorCode(await t.gql(UPDATE, { id: adminId, i: { role: 'TRAINER' } }, { token: admin }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(SET_ACTIVE, { id: adminId, a: false }, { token: other.token }))).toBe('UNAUTHENTICATED');
  });
});

describe('setUserActive', () => {
  it("refuses a deactivated person's open session on the very next request, and their sign-in, until reactivated", async () => {
    const person = await t.createUser({ role: Role.PRACTITIONER, provinceCode: '94' });
    expect((await t.gql(ME, {}, { token: person.token })).data?.['me']).toMatchObject({ id: person.id, active: true });
    const off = await t.gql(SET_ACTIVE, { id: person.id, a: false }, { token: admin });
    expect(off.data?.['setUserActive']).toEqual({ id: person.id, active: false });

    const next = await t.gql('{ exportMyData }', {}, { token: person.token });
    expect(errorCode(next)).toBe('UNAUTHENTICATED');
    expect(next.errors?.[0]?.message).toMatch(/deactivated/);
    const inThai = await t.gql('{ exportMyData }', {}, { token: person.token, lang: 'th' });
    expect(inThai.errors?.[0]?.message).toContain('ระงับ');
    // A public query treats the refused token as no token at all.
    expect((await t.gql(ME, {}, { token: person.token })).data?.['me']).toBeNull();

    const login = await t.gql(LOGIN, { e: person.email, p: TEST_PASSWORD });
    expect(errorCode(login)).toBe('UNAUTHENTICATED');
    expect(login.errors?.[0]?.message).toMatch(/deactivated/);
    const wrongPassword = await t.gql(LOGIN, { e: person.email, p: 'not-the-password' });
    expect(wrongPassword.errors?.[0]?.message).not.toMatch(/deactivated/);

    const on = await t.gql(SET_ACTIVE, { id: person.id, a: true }, { token: admin });
    expect(on.data?.['setUserActive']).toEqual({ id: person.id, active: true });
    expect((await t.gql(ME, {}, { token: person.token })).data?.['me']).toMatchObject({ id: person.id });
    await expect(t.login(person.email)).resolves.toEqual(expect.any(String));
    expect(await auditFields(person.id)).toContainEqual(['deactivatedAt']);
  });

  it('refuses deactivating yourself and people outside a coordinator’s provinces', async () => {
    const coordinator = await t.createUser({ role: Role.COORDINATOR, provinceCode: '94', managedProvinceCodes: ['94'] });
    expect(errorCode(await t.gql(SET_ACTIVE, { id: coordinator.id, a: false }, { token: coordinator.token }))).toBe('FORBIDDEN');
    const adminId = (await t.gql(ME, {}, { token: admin })).data?.['me'].id as string;
    const self = await t.gql(SET_ACTIVE, { id: adminId, a: false }, { token: admin });
    expect(errorCode(self)).toBe('FORBIDDEN');
    expect(self.errors?.[0]?.message).toMatch(/your own account/);
    const elsewhere = await t.createUser({ role: Role.PRACTITIONER, provinceCode: '95' });
    expect(errorCode(await t.gql(SET_ACTIVE, { id: elsewhere.id, a: false }, { token: coordinator.token }))).toBe('FORBIDDEN');
    const own = await t.createUser({ role: Role.TRAINER, provinceCode: '94' });
    expect((await t.gql(SET_ACTIVE, { id: own.id, a: false }, { token: coordinator.token })).data?.['setUserActive']).toEqual({ id: own.id, active: false });
  });
});

describe('changeMyPassword', () => {
  it('checks the current password, names the allowed length, and revokes the tokens issued before', async () => {
    const person = await t.createUser();
    const otherDevice = await t.login(person.email);
    const wrong = await t.gql(CHANGE_PASSWORD, { c: 'not-my-password', n: 'a-brand-new-password' }, { token: person.token });
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ field: 'currentPassword' })]);

    const short = await t.gql(CHANGE_PASSWORD, { c: TEST_PASSWORD, n: 'short' }, { token: person.token });
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    const problem = (short.errors?.[0]?.extensions?.['fields'] as { field: string; message: string }[])[0];
    expect(problem).toMatchObject({ field: 'newPassword' });
    expect(problem?.message).toContain(String(PASSWORD_MIN_LENGTH));

    const changed = await t.gql(CHANGE_PASSWORD, { c: TEST_PASSWORD, n: 'a-brand-new-password' }, { token: person.token });
    expect(changed.data?.['changeMyPassword']).toBe(true);
    const revoked = await t.gql('{ exportMyData }', {}, { token: otherDevice });
    expect(errorCode(revoked)).toBe('UNAUTHENTICATED');
    expect(revoked.errors?.[0]?.message).toMatch(/password .* has changed/);
    expect(errorCode(await t.gql(LOGIN, { e: person.email, p: TEST_PASSWORD }))).toBe('UNAUTHENTICATED');
    // The session the change was made from carries on; signing in with the new password works.
    expect((await t.gql('{ exportMyData }', {}, { token: person.token })).errors).toBeUndefined();
    const fresh = await t.login(person.email, 'a-brand-new-password');
    expect((await t.gql(ME, {}, { token: fresh })).data?.['me']).toMatchObject({ id: person.id });
    expect(await auditFields(person.id)).toContainEqual(['passwordHash', 'tokensValidAfter']);
    expect(JSON.stringify(await auditFields(person.id))).not.toContain('brand-new');
  });
});

describe('password reset without e-mail', () => {
  it('lets a coordinator issue a one-time link that sets a password once, and voids the previous link', async () => {
    const coordinator = await t.createUser({ role: Role.COORDINATOR, provinceCode: '94', managedProvinceCodes: ['94'] });
    const person = await t.createUser({ role: Role.PRACTITIONER, provinceCode: '94' });
    const stranger = await t.createUser({ role: Role.PRACTITIONER, provinceCode: '95' });
    expect(errorCode(await t.gql(ISSUE_RESET, { id: stranger.id }, { token: coordinator.token }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(ISSUE_RESET, { id: person.id }, { token: (await t.createUser({ role: Role.TRAINER })).token }))).toBe('FORBIDDEN');

    const first = await t.gql(ISSUE_RESET, { id: person.id }, { token: coordinator.token });
    expect(first.errors).toBeUndefined();
    const firstLink = first.data?.['issuePasswordReset'] as { url: string; path: string; qrSvg: string; expiresAt: string };
    expect(firstLink.path).toMatch(/^\/reset\/[\w-]{40,}$/);
    expect(firstLink.url.endsWith(firstLink.path)).toBe(true);
    expect(firstLink.qrSvg).toContain('<svg');
    const hours = (new Date(firstLink.expiresAt).getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);

    const second = (await t.gql(ISSUE_RESET, { id: person.id }, { token: coordinator.token })).data?.['issuePasswordReset'] as { path: string };
    const tokenOf = (path: string) => path.split('/').pop()!;
    const voided = await t.gql(RESET, { t: tokenOf(firstLink.path), p: 'set-through-the-link' });
    expect(errorCode(voided)).toBe('BAD_USER_INPUT');
    expect(voided.errors?.[0]?.message).toMatch(/not valid/);

    const used = await t.gql(RESET, { t: tokenOf(second.path), p: 'set-through-the-link' });
    expect(used.data?.['resetPassword']).toBe(true);
    await expect(t.login(person.email, 'set-through-the-link')).resolves.toEqual(expect.any(String));
    expect(errorCode(await t.gql('{ exportMyData }', {}, { token: person.token }))).toBe('UNAUTHENTICATED');
    const again = await t.gql(RESET, { t: tokenOf(second.path), p: 'another-new-password' }, { lang: 'ms' });
    expect(again.errors?.[0]?.message).toMatch(/telah digunakan/);
    // The database keeps only a hash of the token.
    const stored = await t.ruamsang.app.get(AccountsRepository).findById(person.id);
    expect(stored?.passwordResetHash).not.toBe(tokenOf(second.path));
    expect(stored?.passwordResetHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses an expired link, saying how long links last', async () => {
    const person = await t.createUser();
    const link = (await t.gql(ISSUE_RESET, { id: person.id }, { token: admin })).data?.['issuePasswordReset'] as { path: string };
    await t.ruamsang.app.get(AccountsRepository).update(person.id, { passwordResetExpiresAt: new Date(Date.now() - 1000) });
    const expired = await t.gql(RESET, { t: link.path.split('/').pop(), p: 'too-late-password' });
    expect(errorCode(expired)).toBe('BAD_USER_INPUT');
    expect(expired.errors?.[0]?.message).toMatch(/expired .*24 hours/);
    await expect(t.login(person.email)).resolves.toEqual(expect.any(String));
  });

  it('holds back an address that keeps presenting bad tokens', async () => {
    // The links refused earlier in this file came from the same address: start the count afresh.
    await t.ruamsang.dataSource.query(`DELETE FROM login_throttle WHERE key LIKE 'reset:%'`);
    const codes: unknown[] = [];
    for (let i = 0; i < 21; i += 1) codes.push(errorCode(await t.gql(RESET, { t: `made-up-token-${i}-xxxxxxxxxxxxxxxx`, p: 'whatever-password' })));
    expect(codes.slice(0, 20)).toEqual(Array(20).fill('BAD_USER_INPUT'));
    expect(codes[20]).toBe('TOO_MANY_REQUESTS');
    await t.ruamsang.dataSource.query(`DELETE FROM login_throttle WHERE key LIKE 'reset:%'`);
  });
});

describe('sign-in by mobile number', () => {
  it('accepts the number in any usual writing, and shares the failure counter with the e-mail', async () => {
    const person = await t.createUser({ phone: '+66812345678' });
    for (const written of ['0812345678', '081-234-5678', '+66812345678', '+66 81 234 5678']) {
      const result = await t.gql(LOGIN, { e: written, p: TEST_PASSWORD });
      expect(result.errors).toBeUndefined();
      expect(result.data?.['login'].user.id).toBe(person.id);
    }
    const wrong = await t.gql(LOGIN, { e: '081-234-5678', p: 'wrong-password' }, { lang: 'th' });
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toContain('หมายเลขโทรศัพท์มือถือ');
    const [row] = await t.ruamsang.dataSource.query<{ points: number }[]>(`SELECT points FROM login_throttle WHERE key = $1`, [`account:${person.email}`]);
    expect(row?.points).toBe(1);
    expect(errorCode(await t.gql(LOGIN, { e: '0899999999', p: TEST_PASSWORD }))).toBe('UNAUTHENTICATED');
  });

  it('finds people by their number in the list, whatever the writing', async () => {
    const person = await t.createUser({ phone: '+66823334444', displayName: 'Phone search person' });
    const found = await t.gql<{ users: { items: { id: string }[] } }>('query($s: String) { users(search: $s) { items { id } } }', { s: '082-333-4444' }, { token: admin });
    expect(found.data?.users.items.map((u) => u.id)).toEqual([person.id]);
  });
});

describe('setMyLocale', () => {
  it('keeps the interface language on the account, and refuses an unknown one', async () => {
    const person = await t.createUser();
    const set = await t.gql('mutation { setMyLocale(locale: "ms") { preferredLocale } }', {}, { token: person.token });
    expect(set.data?.['setMyLocale']).toEqual({ preferredLocale: 'ms' });
    expect((await t.gql(ME, {}, { token: person.token })).data?.['me'].preferredLocale).toBe('ms');
    expect(await auditFields(person.id)).toContainEqual(['preferredLocale']);
    const bad = await t.gql('mutation { setMyLocale(locale: "fr") { preferredLocale } }', {}, { token: person.token });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ field: 'locale' })]);
  });

  it('exports the phone with the rest of the account, and no reset secret', async () => {
    const person = await t.createUser({ phone: '+66845556666' });
    await t.gql(ISSUE_RESET, { id: person.id }, { token: admin });
    const exported = await t.gql('{ exportMyData }', {}, { token: person.token });
    expect(JSON.stringify(exported.data)).toContain('+66845556666');
    const stored = await t.ruamsang.app.get(AccountsRepository).findById(person.id);
    expect(stored?.passwordResetHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(exported.data)).not.toContain(stored!.passwordResetHash!);
  });
});
