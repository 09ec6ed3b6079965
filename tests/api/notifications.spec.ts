import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { Role } from '@ruamsang/shared';
import { NotificationsService } from '../../apps/api/src/modules/notifications/notifications.service.js';
import { errorCode, startTestApp, type TestApp } from '../support/test-app.js';
import { createCampaign } from '../support/factories.js';
import { startLineServer, startSmtpServer, waitFor, type ReceivedMail } from '../support/mail-servers.js';

const LINE_TOKEN = 'line-test-channel-token';
let t: TestApp;
let admin: string;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let line: Awaited<ReturnType<typeof startLineServer>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  line = await startLineServer(LINE_TOKEN);
  t = await startTestApp({ DEMO_DATA: '1', DEMO_PASSWORD: 'ruamsang-demo', SMTP_URL: smtp.url, MAIL_FROM: 'Ruamsang <no-reply@ruamsang.test>', LINE_CHANNEL_ACCESS_TOKEN: LINE_TOKEN, LINE_API_BASE: line.url });
  admin = await t.login('admin@demo.ruamsang.org', 'ruamsang-demo');
}, 240_000);
afterAll(async () => {
  await t?.close();
  await smtp?.close();
  await line?.close();
});

async function ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token = admin): Promise<T> {
  const r = await t.gql<T>(query, variables, { token });
  expect(r.errors).toBeUndefined();
  return r.data as T;
}

const ENROL = `mutation($i: EnrolInput!) { enrol(input: $i) { id status } }`;
const WITHDRAW = `mutation($i: EnrolInput!) { withdraw(input: $i) { practitionerId status } }`;
const MINE = `query($l: Int, $o: Int) { myNotifications(limit: $l, offset: $o) { total unread items { id kind title body createdAt readAt } } }`;
const mailsTo = (email: string): ReceivedMail[] => smtp.received.filter((m) => m.to.includes(email));
const events = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
const method = (ics: string) => String(new ICAL.Component(ICAL.parse(ics)).getFirstPropertyValue('method'));

/** A published demo cohort in Pattani, made full: its capacity set to the seats taken. */
async function fullCohort(): Promise<{ id: string; seated: string[]; sessions: { id: string; dates: string[]; sequence: number; end_time: string }[] }> {
  const [row] = await t.ruamsang.dataSource.query<{ id: string }[]>(
    `SELECT c.id FROM cohort c WHERE c.province_code = '94' AND EXISTS (SELECT 1 FROM training_session s WHERE s.cohort_id = c.id AND s.status = 'PUBLISHED')
       AND EXISTS (SELECT 1 FROM enrolment e WHERE e.cohort_id = c.id AND e.status = 'ENROLLED') ORDER BY c.name LIMIT 1`,
  );
  const seated = (await t.ruamsang.dataSource.query<{ practitioner_id: string }[]>(`SELECT practitioner_id FROM enrolment WHERE cohort_id = $1 AND status = 'ENROLLED'`, [row!.id])).map((r) => r.practitioner_id);
  await t.ruamsang.dataSource.query(`UPDATE cohort SET capacity = $2 WHERE id = $1`, [row!.id, seated.length]);
  const sessions = await t.ruamsang.dataSource.query(`SELECT id, dates, sequence, end_time FROM training_session WHERE cohort_id = $1 AND status = 'PUBLISHED' ORDER BY dates[1]`, [row!.id]);
  return { id: row!.id, seated, sessions };
}

describe('notifications', () => {
  it('a rolled-back event notifies nobody: no notification, no delivery, no job', async () => {
    const person = await t.createUser({ role: Role.PRACTITIONER, provinceCode: '94' });
    const cohort = await fullCohort();
    const service = t.ruamsang.app.get(NotificationsService);
    await expect(
      t.ruamsang.dataSource.transaction(async (manager) => {
        await service.enrolmentChanged(manager, 'CONFIRMED', cohort.id, person.id);
        throw new Error('the event failed after notifying');
      }),
    ).rejects.toThrow('the event failed');
    const [{ n }] = await t.ruamsang.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1`, [person.id]);
    expect(n).toBe(0);
    const [{ jobs }] = await t.ruamsang.dataSource.query(`SELECT count(*)::int AS jobs FROM pgboss.job j WHERE NOT EXISTS (SELECT 1 FROM notification_delivery d WHERE d.id = (j.data->>'deliveryId')::uuid)`);
    expect(jobs).toBe(0);
    // The same event committed does notify.
    await t.ruamsang.dataSource.transaction((manager) => service.enrolmentChanged(manager, 'WAITLISTED', cohort.id, person.id, { waitingPosition: 1 }));
    expect((await ok(MINE, {}, person.token)).myNotifications.total).toBe(1);
  });

  it('a practitioner promoted from the waiting list is told in the centre and by one Thai e-mail with an invitation; a move sends SEQUENCE + 1; withdrawing cancels', async () => {
    const cohort = await fullCohort();
    const waiting = await t.createUser({ role: Role.PRACTITIONER, provinceCode: '94', preferredLocale: 'th' });
    expect((await ok(ENROL, { i: { cohortId: cohort.id } }, waiting.token)).enrol.status).toBe('WAITING');
    await ok(WITHDRAW, { i: { cohortId: cohort.id, practitionerId: cohort.seated[0] } });

    const centre = (await ok(MINE, {}, waiting.token)).myNotifications;
    expect(centre.total).toBe(2);
    expect(centre.unread).toBe(2);
    expect(centre.items.map((n: { kind: string }) => n.kind)).toEqual(['ENROLMENT_PROMOTED', 'ENROLMENT_WAITLISTED']);
    expect(centre.items[0].title).toContain('ได้ที่นั่งจากรายชื่อสำรอง');

    const promotedMail = await waitFor(() => mailsTo(waiting.email).find((x) => x.calendars.length > 0), 20_000, 'the promotion e-mail');
    expect(promotedMail.subject).toContain('ได้ที่นั่งจากรายชื่อสำรอง');
    expect(promotedMail.text).toMatch(/พ\.ศ\. 25\d\d/);
    expect(promotedMail.text).toContain('ฮ.ศ.');
    expect(promotedMail.messageId).toBe(`<${centre.items[0].id}.${waiting.id}@ruamsang.test>`);
    expect(JSON.stringify(promotedMail.headers.get('list'))).toContain('/unsubscribe/');
    const invite = promotedMail.calendars[0]!.content;
    expect(method(invite)).toBe('REQUEST');
    const first = cohort.sessions[0]!;
    const evs = events(invite);
    expect(evs).toHaveLength(cohort.sessions.reduce((n, s) => n + s.dates.length, 0));
    const ev = evs.find((e) => e.uid === `session-${first.id}-${first.dates[0]}@ruamsang.org`)!;
    expect(ev).toBeDefined();
    expect(ev.sequence).toBe(first.sequence);
    // The same UID as the province feed.
    const feed = await (await fetch(`${t.url}/calendar/province/94.ics`)).text();
    expect(events(feed).some((e) => e.uid === ev.uid)).toBe(true);

    // The session moves (ends half an hour earlier): a second invitation with SEQUENCE n + 1.
    const [h, m] = first.end_time.split(':').map(Number) as [number, number];
    const earlier = `${String(h - (m >= 30 ? 0 : 1)).padStart(2, '0')}:${String((m + 30) % 60).padStart(2, '0')}`;
    await ok(`mutation($i: UpdateSessionInput!) { updateSession(input: $i) { id } }`, { i: { id: first.id, endTime: earlier } });
    const changed = await waitFor(() => mailsTo(waiting.email).find((x) => x.subject.includes('เปลี่ยนแปลง')), 20_000, 'the change e-mail');
    const moved = events(changed.calendars[0]!.content).find((e) => e.uid === ev.uid)!;
    expect(method(changed.calendars[0]!.content)).toBe('REQUEST');
    expect(moved.sequence).toBe(first.sequence + 1);
    expect(moved.endDate.toJSDate().getTime()).toBeLessThan(ev.endDate.toJSDate().getTime());

    // Withdrawing: METHOD:CANCEL for the same events.
    await ok(WITHDRAW, { i: { cohortId: cohort.id } }, waiting.token);
    const cancelled = await waitFor(() => mailsTo(waiting.email).find((x) => x.calendars.some((c) => method(c.content) === 'CANCEL')), 20_000, 'the cancellation');
    expect(events(cancelled.calendars[0]!.content).map((e) => e.uid)).toContain(ev.uid);

    // Exactly one e-mail per notification, each with its own stable Message-ID.
    const ids = mailsTo(waiting.email).map((x) => x.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(4);

    // Read: one, then all.
    expect((await ok(`mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: [centre.items[0].id] }, waiting.token)).markNotificationsRead).toBe(1);
    expect((await ok(MINE, {}, waiting.token)).myNotifications.unread).toBe(3);
    expect((await ok(`mutation { markNotificationsRead }`, {}, waiting.token)).markNotificationsRead).toBe(3);
    expect((await ok(MINE, { l: 1, o: 1 }, waiting.token)).myNotifications).toMatchObject({ total: 4, unread: 0 });
    // Someone else's ids change nothing.
    const other = await t.createUser({ role: Role.PRACTITIONER, provinceCode: '94' });
    expect((await ok(`mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: [centre.items[1].id] }, other.token)).markNotificationsRead).toBe(0);
  });

  it('pushes to LINE for people who linked it, in the documented request shape', async () => {
    const cohort = await fullCohort();
    const person = await t.createUser({ role: Role.PRACTITIONER, provinceCode: '94' });
    const bad = await t.gql(`mutation { linkLine(lineUserId: "not-a-line-id") { lineUserId } }`, {}, { token: person.token });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const lineId = `U${'0123456789abcdef'.repeat(2)}`;
    expect((await ok(`mutation($l: String) { linkLine(lineUserId: $l) { lineUserId lineAvailable } }`, { l: lineId }, person.token)).linkLine).toEqual({ lineUserId: lineId, lineAvailable: true });
    await ok(ENROL, { i: { cohortId: cohort.id } }, person.token);
    const push = await waitFor(() => line.pushes.find((p) => (p.body as { to: string }).to === lineId), 20_000, 'the LINE push');
    expect(line.refused).toEqual([]);
    const [delivery] = await t.ruamsang.dataSource.query(
      `SELECT d.id, d.status FROM notification_delivery d JOIN notification n ON n.id = d.notification_id WHERE n.recipient_id = $1 AND d.channel = 'LINE'`,
      [person.id],
    );
    expect(push.retryKey).toBe(delivery.id);
    expect((push.body as { messages: { text: string }[] }).messages[0]!.text).toContain('รายชื่อสำรอง');
    await waitFor(async () => (await t.ruamsang.dataSource.query(`SELECT status FROM notification_delivery WHERE id = $1`, [delivery.id]))[0].status === 'SENT', 10_000, 'SENT');
  });

  it('respects preferences (audited) and the unsubscribe link in every e-mail', async () => {
    const cohort = await fullCohort();
    const person = await t.createUser({ role: Role.PRACTITIONER, provinceCode: '94' });
    const set = await ok(
      `mutation($p: [NotificationPreferenceInput!]!) { setNotificationPreferences(preferences: $p) { preferences { kind channel enabled } } }`,
      { p: [{ kind: 'ENROLMENT_WAITLISTED', channel: 'EMAIL', enabled: false }] },
      person.token,
    );
    expect(set.setNotificationPreferences.preferences).toContainEqual({ kind: 'ENROLMENT_WAITLISTED', channel: 'EMAIL', enabled: false });
    const [audit] = await t.ruamsang.dataSource.query(`SELECT action, fields FROM audit_event WHERE entity = 'notification_preference' AND subject_id = $1`, [person.id]);
    expect(audit).toEqual({ action: 'UPDATE', fields: ['ENROLMENT_WAITLISTED.EMAIL'] });
    await ok(ENROL, { i: { cohortId: cohort.id } }, person.token);
    expect((await ok(MINE, {}, person.token)).myNotifications.total).toBe(1);
    const [{ n }] = await t.ruamsang.dataSource.query(`SELECT count(*)::int AS n FROM notification_delivery d JOIN notification x ON x.id = d.notification_id WHERE x.recipient_id = $1`, [person.id]);
    expect(n).toBe(0);

    // The unsubscribe link of an e-mail: GET asks, POST turns that kind's e-mail off.
    await ok(WITHDRAW, { i: { cohortId: cohort.id } }, person.token);
    const mail = await waitFor(() => mailsTo(person.email)[0], 20_000, 'the withdrawal e-mail');
    const link = /(http\S+\/unsubscribe\/\S+)/.exec(mail.text)![1]!;
    const path = new URL(link).pathname;
    const page = await fetch(`${t.url}${path}`, { headers: { 'accept-language': 'th' } });
    expect(await page.text()).toContain('<form method="post">');
    expect((await ok(`{ myNotificationSettings { preferences { kind channel enabled } } }`, {}, person.token)).myNotificationSettings.preferences).toContainEqual({ kind: 'ENROLMENT_WITHDRAWN', channel: 'EMAIL', enabled: true });
    const done = await fetch(`${t.url}${path}`, { method: 'POST' });
    expect(done.status).toBe(200);
    expect((await ok(`{ myNotificationSettings { preferences { kind channel enabled } } }`, {}, person.token)).myNotificationSettings.preferences).toContainEqual({ kind: 'ENROLMENT_WITHDRAWN', channel: 'EMAIL', enabled: false });
    const forged = await fetch(`${t.url}${path.slice(0, -3)}xyz`, { method: 'POST' });
    expect(await forged.text()).toContain('role="alert"');
  });

  it('shows a delivery that failed for good to admins with its reason, and retries it', async () => {
    const cohort = await fullCohort();
    const person = await t.createUser({ role: Role.PRACTITIONER, provinceCode: '94' });
    smtp.reject.add(person.email);
    await ok(ENROL, { i: { cohortId: cohort.id } }, person.token);
    const FAILED = `{ failedDeliveries(limit: 50) { total items { id channel status attempts lastError recipientId kind } } }`;
    const failed = await waitFor(async () => (await ok(FAILED)).failedDeliveries.items.find((d: { recipientId: string }) => d.recipientId === person.id), 20_000, 'the failed delivery');
    expect(failed).toMatchObject({ channel: 'EMAIL', status: 'FAILED', attempts: 1, kind: 'ENROLMENT_WAITLISTED' });
    expect(failed.lastError).toContain('550');
    expect(errorCode(await t.gql(FAILED, {}, { token: person.token }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(`mutation($id: ID!) { retryDelivery(id: $id) { id } }`, { id: failed.id }, { token: person.token }))).toBe('FORBIDDEN');
    smtp.reject.delete(person.email);
    expect((await ok(`mutation($id: ID!) { retryDelivery(id: $id) { status attempts } }`, { id: failed.id })).retryDelivery).toEqual({ status: 'PENDING', attempts: 0 });
    await waitFor(() => mailsTo(person.email).length === 1, 20_000, 'the retried e-mail');
    expect(errorCode(await t.gql(`mutation($id: ID!) { retryDelivery(id: $id) { id } }`, { id: failed.id }, { token: admin }))).toBe('CONFLICT');
  });

  it('tells the practitioners of a campaign’s province that it opened, in their language', async () => {
    const campaign = await createCampaign(t, { provinceCodes: ['95'] });
    const yala = await t.createUser({ role: Role.PRACTITIONER, provinceCode: '95', preferredLocale: 'ms' });
    const pattani = await t.createUser({ role: Role.PRACTITIONER, provinceCode: '94' });
    const service = t.ruamsang.app.get(NotificationsService);
    const told = await t.ruamsang.dataSource.transaction((manager) => service.campaignOpened(manager, campaign.id));
    expect(told).toBeGreaterThanOrEqual(1);
    const mine = (await ok(MINE, {}, yala.token)).myNotifications.items;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ kind: 'CAMPAIGN_OPENED', title: 'Penilaian kendiri dibuka: Test campaign' });
    expect((await ok(MINE, {}, pattani.token)).myNotifications.total).toBe(0);
    const mail = await waitFor(() => mailsTo(yala.email)[0], 30_000, 'the campaign e-mail');
    expect(mail.subject).toBe('Penilaian kendiri dibuka: Test campaign');
  });

  it('exports and erases notifications with the person’s data', async () => {
    const cohort = await fullCohort();
    const person = await t.createUser({ role: Role.PRACTITIONER, provinceCode: '94' });
    await ok(ENROL, { i: { cohortId: cohort.id } }, person.token);
    await waitFor(() => mailsTo(person.email).length === 1, 20_000, 'the e-mail');
    const exported = (await ok(`{ exportMyData }`, {}, person.token)).exportMyData;
    expect(JSON.stringify(exported)).toContain('ENROLMENT_WAITLISTED');
    await ok(`mutation($id: ID!) { eraseUser(id: $id) }`, { id: person.id });
    const [{ n }] = await t.ruamsang.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1`, [person.id]);
    expect(n).toBe(0);
  });
});
