// Whole-process data-safety checks: the built product is killed (-9) in the middle of an import
// and of submissions, restarted, and must hold nothing partial; backups restore to the same data.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { startProductOn, type RunningProduct } from './support/server.js';

const SERVER_URL = process.env['SAFETY_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const PASSWORD = 'ruamsang-demo';
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
});

async function serverReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: SERVER_URL });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function createDatabase(): Promise<{ name: string; url: string }> {
  const name = `ruamsang_safety_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  cleanups.push(async () => {
    const client = new pg.Client({ connectionString: SERVER_URL });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  });
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ruamsang-safety-'));
  cleanups.push(() => Promise.resolve(rmSync(dir, { recursive: true, force: true })));
  return dir;
}

async function boot(options: Parameters<typeof startProductOn>[0]): Promise<RunningProduct> {
  const product = await startProductOn(options);
  cleanups.push(() => product.stop());
  return product;
}

async function gql<T>(product: RunningProduct, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${product.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

async function login(product: RunningProduct, email: string): Promise<string> {
  const data = await gql<{ login: { token: string } }>(product, 'mutation($e:String!,$p:String!){ login(email:$e,password:$p){ token } }', { e: email, p: PASSWORD });
  return data.login.token;
}

interface DemoCampaign {
  id: string;
  instrument: string;
  codes: string[];
}

async function demoCampaigns(product: RunningProduct, token: string): Promise<DemoCampaign[]> {
  const data = await gql<{ campaigns: { id: string; instrument: string; framework: { competencies: { code: string }[] } }[] }>(
    product,
    '{ campaigns { id instrument framework { competencies { code } } } }',
    {},
    token,
  );
  return data.campaigns.map((c) => ({ id: c.id, instrument: c.instrument, codes: c.framework.competencies.map((x) => x.code) }));
}

/** A paper-form file big enough that the import's transaction is open for a while. */
function paperForms(codes: string[], respondents: number): string {
  const places = [['94', '9401'], ['95', '9501'], ['96', '9601'], ['90', '9001'], ['91', '9101']] as const;
  const lines = ['respondent_ref,province_code,district_code,sector,gender,competency_code,target,current'];
  for (let r = 0; r < respondents; r += 1) {
    const [province, district] = places[r % places.length]!;
    codes.forEach((code, j) => lines.push(`CRASH-${r},${province},${district},COMMUNITY,FEMALE,${code},${((r + j) % 5) + 1},${((r * 3 + j) % 5) + 1}`));
  }
  return lines.join('\n');
}

/** Waits until the server shows an open transaction writing on `database`; true if one was seen. */
async function waitForOpenWrite(database: string, done: () => boolean): Promise<boolean> {
  const watcher = new pg.Client({ connectionString: SERVER_URL });
  await watcher.connect();
  try {
    while (!done()) {
      const { rows } = await watcher.query<{ n: string }>(
        `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1 AND xact_start IS NOT NULL AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()`,
        [database],
      );
      if (Number(rows[0]?.n) > 0) return true;
      await new Promise((r) => setTimeout(r, 5));
    }
    return false;
  } finally {
    await watcher.end();
  }
}

async function countOnServer(url: string, sql: string, params: unknown[]): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(sql, params);
    return Number(rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

/** Rollups that disagree with the raw ratings: none may, after any crash. */
const ROLLUP_DRIFT = `
  SELECT count(*) AS n FROM (
    SELECT competency_code, count(*) AS n, sum(target) AS t, sum(current) AS c FROM rating WHERE campaign_id = $1 GROUP BY competency_code
  ) raw FULL JOIN (
    SELECT competency_code, n, (t1 + 2*t2 + 3*t3 + 4*t4 + 5*t5 + 6*t6 + 7*t7) AS t, (c1 + 2*c2 + 3*c3 + 4*c4 + 5*c5 + 6*c6 + 7*c7) AS c
    FROM gap_rollup WHERE campaign_id = $1 AND grouping = 'ALL' AND n > 0
  ) kept USING (competency_code)
  WHERE raw.n IS DISTINCT FROM kept.n OR raw.t IS DISTINCT FROM kept.t OR raw.c IS DISTINCT FROM kept.c`;

async function importFile(product: RunningProduct, token: string, campaignId: string, csv: string): Promise<Response> {
  return fetch(`${product.url}/imports/assessments/${campaignId}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' }, body: csv });
}

describe('a crash in the middle of the work stores nothing partial', () => {
  it('on PostgreSQL: an import killed with its transaction open stores none of its rows', async () => {
    if (!(await serverReachable())) throw new Error(`no PostgreSQL at ${SERVER_URL}; set SAFETY_DATABASE_URL`);
    const database = await createDatabase();
    const dataDir = tempDir();
    const product = await boot({ dataDir, databaseUrl: database.url });
    const token = await login(product, 'admin@demo.ruamsang.org');
    const borich = (await demoCampaigns(product, token)).find((c) => c.instrument === 'BORICH')!;
    const before = await countOnServer(database.url, 'SELECT count(*) AS n FROM rating WHERE campaign_id = $1', [borich.id]);

    let answered = false;
    const upload = importFile(product, token, borich.id, paperForms(borich.codes, 6000)).then(
      () => (answered = true),
      () => (answered = true),
    );
    const seenOpen = await waitForOpenWrite(database.name, () => answered);
    expect(seenOpen).toBe(true); // else the kill below would prove nothing
    await product.crash();
    await upload;

    const restarted = await boot({ dataDir, databaseUrl: database.url });
    await login(restarted, 'admin@demo.ruamsang.org');
    expect(await countOnServer(database.url, `SELECT count(*) AS n FROM assessment_response WHERE respondent_ref LIKE 'CRASH-%'`, [])).toBe(0);
    expect(await countOnServer(database.url, 'SELECT count(*) AS n FROM rating WHERE campaign_id = $1', [borich.id])).toBe(before);
    expect(await countOnServer(database.url, ROLLUP_DRIFT, [borich.id])).toBe(0);
  });

  it('on PostgreSQL: submissions killed mid-way leave every response whole and the rollups exact', async () => {
    const database = await createDatabase();
    const dataDir = tempDir();
    const product = await boot({ dataDir, databaseUrl: database.url });
    const adminToken = await login(product, 'admin@demo.ruamsang.org');
    const pni = (await demoCampaigns(product, adminToken)).find((c) => c.instrument === 'PNI')!;
    const people = await Promise.all(Array.from({ length: 30 }, (_, i) => login(product, `practitioner${String(i + 1).padStart(3, '0')}@demo.ruamsang.org`)));
    const { currentConsent } = await gql<{ currentConsent: { version: string } }>(product, '{ currentConsent { version } }', {}, people[0]);
    await Promise.all(people.map((token) => gql(product, 'mutation($v:String!){ giveConsent(version:$v){ version } }', { v: currentConsent.version }, token)));

    let settled = 0;
    const submissions = people.map((token, i) =>
      gql(
        product,
        'mutation($i: SubmitAssessmentInput!) { submitAssessment(input: $i) { id } }',
        { i: { campaignId: pni.id, clientSubmissionId: randomUUID(), ratings: pni.codes.map((code, j) => ({ competencyCode: code, target: 5, current: ((i + j) % 4) + 1 })) } },
        token,
      ).then(
        () => (settled += 1),
        () => (settled += 1),
      ),
    );
    const seenOpen = await waitForOpenWrite(database.name, () => settled === people.length);
    expect(seenOpen).toBe(true);
    await product.crash();
    await Promise.all(submissions);

    await boot({ dataDir, databaseUrl: database.url });
    // every response holds all its competencies or is the seed's untouched one; none is cut short
    const cut = await countOnServer(
      database.url,
      `SELECT count(*) AS n FROM assessment_response r WHERE r.campaign_id = $1
         AND (SELECT count(*) FROM rating x WHERE x.response_id = r.id) NOT IN (0, $2)`,
      [pni.id, pni.codes.length],
    );
    expect(cut).toBe(0);
    expect(await countOnServer(database.url, ROLLUP_DRIFT, [pni.id])).toBe(0);
  });

  it('on the embedded database: an import killed mid-way stores none of its rows', async () => {
    const dataDir = tempDir();
    const product = await boot({ dataDir });
    const token = await login(product, 'admin@demo.ruamsang.org');
    const campaigns = await demoCampaigns(product, token);
    const borich = campaigns.find((c) => c.instrument === 'BORICH')!;
    const csv = paperForms(borich.codes, 4000);
    // Time a whole import elsewhere, then kill the same import half-way through.
    const pni = campaigns.find((c) => c.instrument === 'PNI')!;
    const started = Date.now();
    const calibration = await importFile(product, token, pni.id, paperForms(pni.codes, 4000));
    expect(calibration.status).toBe(201);
    const duration = Date.now() - started;

    const upload = importFile(product, token, borich.id, csv).catch(() => null);
    await new Promise((r) => setTimeout(r, duration / 2));
    await product.crash();
    await upload;

    const restarted = await boot({ dataDir });
    const after = await login(restarted, 'admin@demo.ruamsang.org');
    const again = await demoCampaigns(restarted, after);
    expect(again.map((c) => c.id).sort()).toEqual(campaigns.map((c) => c.id).sort());
    // the calibration import committed and survived; the killed one left nothing
    const imported = await gql<{ gapAnalysis: { groups: { respondents: number }[] } }>(restarted, '{ gapAnalysis(campaignId: "' + borich.id + '") { groups { respondents } } }', {}, after);
    const retried = await importFile(restarted, after, borich.id, csv);
    const report = (await retried.json()) as { storedResponses: number; rejected: unknown[] };
    // had any CRASH- respondent been stored, the retry would reject it as already imported
    expect(report.rejected).toEqual([]);
    expect(report.storedResponses).toBe(4000);
    expect(imported.gapAnalysis.groups[0]!.respondents).toBeGreaterThan(0);
  });
});

describe('backup and restore', () => {
  it('restores a pg_dump of the real server into a new database that the product runs on', async () => {
    const source = await createDatabase();
    const product = await boot({ dataDir: tempDir(), databaseUrl: source.url });
    const token = await login(product, 'admin@demo.ruamsang.org');
    const before = await demoCampaigns(product, token);
    const ratings = await countOnServer(source.url, 'SELECT count(*) AS n FROM rating', []);
    await product.stop();

    const dump = join(tempDir(), 'ruamsang.dump');
    execFileSync('pg_dump', ['--format=custom', `--file=${dump}`, `--dbname=${source.url}`]);
    const target = await createDatabase();
    execFileSync('pg_restore', ['--no-owner', `--dbname=${target.url}`, dump]);

    const restored = await boot({ dataDir: tempDir(), databaseUrl: target.url, demo: false });
    const again = await login(restored, 'admin@demo.ruamsang.org');
    expect(await demoCampaigns(restored, again)).toEqual(before);
    expect(await countOnServer(target.url, 'SELECT count(*) AS n FROM rating', [])).toBe(ratings);
  });

  it('restores a copy of DATA_DIR for the embedded database', async () => {
    const dataDir = tempDir();
    const product = await boot({ dataDir });
    const token = await login(product, 'admin@demo.ruamsang.org');
    const before = await demoCampaigns(product, token);
    const analysis = `{ gapAnalysis(campaignId: "${before[0]!.id}", groupBy: PROVINCE) { groups { key respondents figures { competencyCode meanGap } } } }`;
    const figures = await gql(product, analysis, {}, token);
    await product.stop();

    const copy = join(tempDir(), 'restored');
    cpSync(dataDir, copy, { recursive: true });
    const restored = await boot({ dataDir: copy, demo: false });
    const again = await login(restored, 'admin@demo.ruamsang.org');
    expect(await demoCampaigns(restored, again)).toEqual(before);
    expect(await gql(restored, analysis, {}, again)).toEqual(figures);
  });
});
