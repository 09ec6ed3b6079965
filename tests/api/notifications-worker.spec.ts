import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NotificationKind, Role } from '@ruamsang/shared';
import { type AppUserEntity } from '../../apps/api/src/modules/accounts/entities/app-user.entity.js';
import { NotificationsService } from '../../apps/api/src/modules/notifications/notifications.service.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { startSmtpServer, waitFor } from '../support/mail-servers.js';

const root = resolve(new URL('.', import.meta.url).pathname, '../..');
const WORKER = resolve(root, 'apps/api/dist/worker.js');
const JWT_SECRET = 'worker-test-secret-worker-test-secret-0123';
const COUNT = 30;

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
const children: ChildProcess[] = [];

function startWorker(): ChildProcess {
  const child = spawn(process.execPath, [WORKER], {
    env: { ...process.env, DATABASE_URL: t.ruamsang.databaseUrl, DATA_DIR: 'memory://', JWT_SECRET, SMTP_URL: smtp.url, MAIL_FROM: 'Ruamsang <no-reply@ruamsang.test>', NOTIFICATION_LEASE_SECONDS: '3', NODE_ENV: 'test' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  return child;
}

beforeAll(async () => {
  // The worker runs as its own process from the build (Nest needs the compiled decorator
  // metadata): build it here, so `npm test` on a fresh clone needs no other step (Nx caches it).
  execFileSync('npx', ['nx', 'run-many', '-t', 'build', '--projects=shared,domain,api', '--outputStyle=static'], { cwd: root, stdio: 'ignore', env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false' } });
  smtp = await startSmtpServer();
  // The app process only writes the outbox; the separate worker process delivers.
  t = await startTestApp({ WORKER: 'off', SMTP_URL: smtp.url, MAIL_FROM: 'Ruamsang <no-reply@ruamsang.test>', JWT_SECRET, NOTIFICATION_LEASE_SECONDS: '3' });
}, 300_000);
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await t?.close();
  await smtp?.close();
});

const statuses = async () =>
  Object.fromEntries(
    (await t.ruamsang.dataSource.query<{ status: string; n: number }[]>(`SELECT status, count(*)::int AS n FROM notification_delivery GROUP BY status`)).map((r) => [r.status, r.n]),
  ) as Record<string, number>;

describe('the separate worker process (npm run worker)', () => {
  it('killed with SIGKILL mid-batch and restarted, delivers every notification exactly once (counted at the SMTP server)', async () => {
    const people: AppUserEntity[] = [];
    for (let i = 0; i < COUNT; i++) people.push(await t.createUser({ role: Role.PRACTITIONER, provinceCode: '94' }));
    const service = t.ruamsang.app.get(NotificationsService);
    const written = await t.ruamsang.dataSource.transaction((manager) =>
      service.write(
        manager,
        people.map((p, i) => ({ recipient: p, kind: NotificationKind.SESSION_CHANGED, title: `Notice ${i}`, body: `Body ${i}`, payload: {} })),
      ),
    );
    expect(written).toHaveLength(COUNT);
    expect(await statuses()).toEqual({ PENDING: COUNT });

    // The 10th message reaches the SMTP server, and the worker is killed before it is accepted.
    const first = startWorker();
    const exited = new Promise<void>((done) => first.once('exit', () => done()));
    smtp.beforeAccept.fn = async (count) => {
      if (count !== 10) return;
      first.kill('SIGKILL');
      await exited;
      throw new Error('421 the receiving side saw the sender die');
    };
    await exited;
    smtp.beforeAccept.fn = null;
    const afterKill = await statuses();
    expect(afterKill['SENT']).toBe(9);
    expect(afterKill['SENDING']).toBe(1);
    expect(afterKill['PENDING']).toBe(COUNT - 10);
    expect(smtp.received).toHaveLength(9);

    // A restarted worker takes over the dead one's claim after the lease and sends the rest.
    startWorker();
    await waitFor(async () => (await statuses())['SENT'] === COUNT, 60_000, 'every delivery SENT');
    await new Promise((r) => setTimeout(r, 1500));
    const ids = smtp.received.map((m) => m.messageId);
    expect(ids).toHaveLength(COUNT);
    expect(new Set(ids).size).toBe(COUNT);
    const expected = written.map((n) => `<${n.id}.${n.recipientId}@ruamsang.test>`).sort();
    expect([...ids].sort()).toEqual(expected);
  }, 120_000);
});
