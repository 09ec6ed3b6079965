import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const root = resolve(new URL('.', import.meta.url).pathname, '../../..');
export const SCREENSHOTS = join(root, 'tests/e2e/screenshots');

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

export interface RunningProduct {
  readonly url: string;
  readonly dataDir: string;
  stop(): Promise<void>;
  /** kill -9: no shutdown hooks, no flush — a power cut. Leaves the data directory in place. */
  crash(): Promise<void>;
}

/**
 * A data directory holding the demo programme, made once per build of the API: every journey then
 * starts from a copy instead of seeding the programme again (about 20 s each on this machine).
 * The product still runs its (idempotent) seeding on the copy, so nothing is skipped.
 */
async function demoTemplate(): Promise<string> {
  const build = Math.round(statSync(join(root, 'apps/api/dist/main.js')).mtimeMs).toString(36);
  const name = `ruamsang-e2e-demo-${build}`;
  const template = join(tmpdir(), name);
  if (existsSync(template)) return template;
  for (const old of readdirSync(tmpdir()).filter((d) => d.startsWith('ruamsang-e2e-demo-') && d !== name)) rmSync(join(tmpdir(), old), { recursive: true, force: true });
  const making = mkdtempSync(join(tmpdir(), 'ruamsang-e2e-making-'));
  const product = await startProductOn({ dataDir: making });
  await product.stop();
  try {
    renameSync(making, template);
  } catch (error) {
    // Another test worker made it first: theirs is as good as ours.
    rmSync(making, { recursive: true, force: true });
    if (!existsSync(template)) throw error;
  }
  return template;
}

/** Starts the built product (`npm run build` first) with the demo programme on a fresh data directory. */
export async function startProduct(env: Record<string, string> = {}): Promise<RunningProduct> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ruamsang-e2e-'));
  cpSync(await demoTemplate(), dataDir, { recursive: true });
  return startProductOn({ dataDir, env, removeDataOnStop: true });
}

/**
 * Starts the built product on a given data directory and, when `databaseUrl` is set, on that
 * PostgreSQL server instead of the embedded one.
 */
export async function startProductOn(options: { dataDir: string; databaseUrl?: string; demo?: boolean; env?: Record<string, string>; removeDataOnStop?: boolean }): Promise<RunningProduct> {
  const port = await freePort();
  const { dataDir } = options;
  // The browser journeys run on the embedded database, whatever the caller's environment says.
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  // PROFILE_DIR=<dir>: the product writes a V8 CPU profile there when it stops (how the bench's time was traced).
  const profile = process.env['PROFILE_DIR'] ? ['--cpu-prof', `--cpu-prof-dir=${process.env['PROFILE_DIR']}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, join(root, 'apps/api/dist/main.js')], {
    env: {
      ...inherited,
      PORT: String(port),
      DATA_DIR: dataDir,
      DEMO_DATA: options.demo === false ? '0' : '1',
      WEB_DIST: join(root, 'apps/web/dist'),
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the product exited early:\n${output}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the product did not become healthy in 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const exited = new Promise((r) => child.once('exit', r));
  return {
    url,
    dataDir,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
      if (options.removeDataOnStop) rmSync(dataDir, { recursive: true, force: true });
    },
    async crash() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/**
 * Debian's Chromium, never a downloaded browser. Its languages are Thai (`--accept-lang`; headless
 * Chromium ignores LANG), like the programme's people: the app's first visit follows the browser's
 * languages, so a journey wanting another asks for it with `newContext({ locale })`.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--accept-lang=th-TH,th'],
  });
}

export async function signIn(page: Page, url: string, email: string, password = 'ruamsang-demo'): Promise<void> {
  await page.goto(url);
  await page.getByLabel(/อีเมล|Email|E-mel/).fill(email);
  await page.getByLabel(/รหัสผ่าน|Password|Kata laluan/).fill(password);
  await page.getByRole('button', { name: /เข้าสู่ระบบ|Sign in|Log masuk/ }).click();
  await page.getByRole('navigation').waitFor();
}

