// `npm run bench`: measures the product against baselines taken in the same run, on the same
// machine, on the embedded database and on a real PostgreSQL server. Writes
// tests/bench/results/latest.json and latest.md. Not part of `npm test`: nothing here asserts a time.
//
// Settings (environment): BENCH_PRACTITIONERS (25000), BENCH_COMPETENCIES (40), BENCH_RUNS (7),
// BENCH_TARGETS (embedded,postgres), BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/test),
// BENCH_READ_SECONDS (10), BENCH_MEASURES (import,gapDashboard,peopleImport,read,nPlusOne,notifications,web,scheduler — a
// subset runs only those; latest.json/md are then left alone and the table is printed),
// BENCH_NOTICES (10000: practitioners told by e-mail that a campaign opened, measure notifications).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import nodemailer, { type TransportOptions } from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { launchBrowser, startProductOn, type RunningProduct } from '../e2e/support/server.js';
import type { createRuamsangApp as createRuamsangAppType } from '../../apps/api/src/bootstrap.js';
import type { loadConfig as loadConfigType } from '../../apps/api/src/config/config.js';
import type { NotificationsService as NotificationsServiceType } from '../../apps/api/src/modules/notifications/notifications.service.js';
import { countQueries } from '../support/query-counter.js';
import { BENCH_PROVINCE_CODES, benchFramework, paperFormFiles } from './generate.js';

const root = new URL('../..', import.meta.url).pathname;
const PRACTITIONERS = Number(process.env['BENCH_PRACTITIONERS'] ?? 25_000);
const COMPETENCIES = Number(process.env['BENCH_COMPETENCIES'] ?? 40);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);
const READ_SECONDS = Number(process.env['BENCH_READ_SECONDS'] ?? 10);
const TARGETS = (process.env['BENCH_TARGETS'] ?? 'embedded,postgres').split(',').map((s) => s.trim());
const ALL_MEASURES = ['import', 'gapDashboard', 'peopleImport', 'read', 'nPlusOne', 'notifications', 'web', 'scheduler'];
const NOTICES = Number(process.env['BENCH_NOTICES'] ?? 10_000);
const MEASURES = new Set((process.env['BENCH_MEASURES'] ?? ALL_MEASURES.join(',')).split(',').map((s) => s.trim()));
const PARTIAL = ALL_MEASURES.some((m) => !MEASURES.has(m));
const SERVER_URL = process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const PER_FILE = 2_500;
const ADMIN_EMAIL = 'bench-admin@bench.ruamsang.org';
const ADMIN_PASSWORD = 'bench-admin-password';

interface Figure {
  value: number;
  unit: string;
  baseline?: { name: string; value: number; unit: string };
  ratio?: number;
  target?: string;
  met?: boolean;
  note?: string;
}
type Results = Record<string, Record<string, Figure>>;

const log = (message: string) => process.stdout.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function timeMedian(runs: number, work: () => Promise<unknown>): Promise<number> {
  await work(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return median(times);
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

async function gql<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
  return body.data as T;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

interface Target {
  name: string;
  product: RunningProduct;
  databaseUrl: string;
  cleanup: () => Promise<void>;
}

async function startTarget(name: string, smtpUrl: string): Promise<Target> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ruamsang-bench-'));
  const env = { ADMIN_EMAIL, ADMIN_PASSWORD, NODE_ENV: 'production', JWT_SECRET: randomBytes(32).toString('hex'), SMTP_URL: smtpUrl };
  if (name === 'embedded') {
    const port = await freePort();
    const product = await startProductOn({ dataDir, demo: false, env: { ...env, EMBEDDED_DATABASE_PORT: String(port) } });
    return {
      name,
      product,
      databaseUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
      cleanup: async () => {
        await product.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const database = `ruamsang_bench_${randomBytes(4).toString('hex')}`;
  await withClient(SERVER_URL, (c) => c.query(`CREATE DATABASE ${database}`));
  const url = new URL(SERVER_URL);
  url.pathname = `/${database}`;
  const product = await startProductOn({ dataDir, demo: false, databaseUrl: url.toString(), env });
  return {
    name,
    product,
    databaseUrl: url.toString(),
    cleanup: async () => {
      await product.stop();
      await withClient(SERVER_URL, (c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function setUpCampaign(url: string, token: string): Promise<{ campaignId: string; codes: string[] }> {
  const framework = benchFramework(COMPETENCIES);
  const created = await gql<{ createFramework: { id: string } }>(url, 'mutation($i: CreateFrameworkInput!) { createFramework(input: $i) { id } }', { i: framework }, token);
  await gql(url, 'mutation($id: ID!) { publishFramework(id: $id) { id } }', { id: created.createFramework.id }, token);
  const campaign = await gql<{ createCampaign: { id: string } }>(
    url,
    'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
    {
      i: {
        frameworkId: created.createFramework.id,
        title: 'Benchmark campaign',
        instrument: 'BORICH',
        provinceCodes: BENCH_PROVINCE_CODES,
        opensAt: new Date(Date.now() - 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
    },
    token,
  );
  return { campaignId: campaign.createCampaign.id, codes: framework.domains.flatMap((d) => d.competencies.map((c) => c.code)) };
}

/** The product's paper import of every generated rating, vs COPY of the same rows. */
async function measureImport(target: Target, token: string, campaignId: string, codes: string[]): Promise<Figure> {
  let ratings = 0;
  let importMs = 0;
  for (const file of paperFormFiles(codes, PRACTITIONERS, PER_FILE)) {
    const started = performance.now();
    const response = await fetch(`${target.product.url}/imports/assessments/${campaignId}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' }, body: file.csv });
    const report = (await response.json()) as { storedRatings?: number; rejected?: unknown[] };
    importMs += performance.now() - started;
    if (report.storedRatings !== file.ratings) throw new Error(`import stored ${report.storedRatings} of ${file.ratings}: ${JSON.stringify(report).slice(0, 300)}`);
    ratings += file.ratings;
    log(`  imported ${ratings.toLocaleString('en')} ratings`);
  }
  // COPY FROM STDIN is the floor on a real server; the embedded socket server does not speak the
  // COPY sub-protocol, so there the floor is one bulk INSERT … SELECT FROM unnest per 10,000 rows.
  const baselineName = target.name === 'embedded' ? 'bulk INSERT … unnest of the same rows (the embedded server has no COPY)' : 'PostgreSQL COPY of the same rows';
  const copyMs = await withClient(target.databaseUrl, async (client) => {
    await client.query(`CREATE TABLE bench_copy (respondent_ref text, province_code text, district_code text, sector text, gender text, competency_code text, target int2, current int2)`);
    let total = 0;
    for (const file of paperFormFiles(codes, PRACTITIONERS, PER_FILE)) {
      if (target.name !== 'embedded') {
        const started = performance.now();
        await pipeline(Readable.from([file.csv]), client.query(copyFrom(`COPY bench_copy FROM STDIN WITH (FORMAT csv, HEADER true)`)));
        total += performance.now() - started;
        continue;
      }
      const rows = file.csv.split('\n').slice(1).map((line) => line.split(','));
      const started = performance.now();
      for (let i = 0; i < rows.length; i += 10_000) {
        const chunk = rows.slice(i, i + 10_000);
        const column = (k: number) => chunk.map((r) => r[k]);
        await client.query(
          `INSERT INTO bench_copy SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int2[], $8::int2[])`,
          [0, 1, 2, 3, 4, 5, 6, 7].map(column),
        );
      }
      total += performance.now() - started;
    }
    await client.query('DROP TABLE bench_copy');
    return total;
  });
  const perSecond = ratings / (importMs / 1000);
  const copyPerSecond = ratings / (copyMs / 1000);
  return {
    value: perSecond,
    unit: 'ratings/s',
    baseline: { name: baselineName, value: copyPerSecond, unit: 'rows/s' },
    ratio: perSecond / copyPerSecond,
    target: '≥ 100,000 ratings/s',
    met: perSecond >= 100_000,
    note: `${ratings.toLocaleString('en')} ratings in ${Math.ceil(ratings / (PER_FILE * codes.length))} files of ${PER_FILE} forms; parse, validate, insert and rollup maintenance included`,
  };
}

const PEOPLE = 10_000;

/** 10,000 Pattani practitioners as an office would send them (Thai labels included); e-mails and phones new on every run. */
function peopleCsv(tag: string, run: number): string {
  const lines = ['email,phone,display_name,role,province_code,district_code,sector,gender,age_band,languages'];
  for (let i = 0; i < PEOPLE; i += 1) {
    const phone = `061${String(run * PEOPLE + i).padStart(7, '0')}`;
    lines.push(`${tag}.${i}@bench.example.org,${i % 2 ? phone : ''},ผู้ปฏิบัติงาน ${tag} ${i},PRACTITIONER,94,9401,ภาคชุมชน,${i % 2 ? 'หญิง' : 'MALE'},25-34,THAI;PATANI_MALAY`);
  }
  return lines.join('\n');
}

/** POST /imports/people of 10,000 people (all-or-nothing, one transaction) vs one plain INSERT … unnest of the same rows into app_user. */
async function measurePeopleImport(target: Target, token: string): Promise<Figure> {
  let run = 0;
  const importMs = await timeMedian(Math.min(RUNS, 3), async () => {
    run += 1;
    const csv = peopleCsv(`p${run}`, run);
    const response = await fetch(`${target.product.url}/imports/people`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' }, body: csv });
    const report = (await response.json()) as { created?: number; rejected?: unknown[] };
    if (report.created !== PEOPLE) throw new Error(`people import created ${report.created} of ${PEOPLE}: ${JSON.stringify(report.rejected?.slice(0, 3))}`);
  });
  let base = 0;
  const baselineMs = await withClient(target.databaseUrl, (client) =>
    timeMedian(Math.min(RUNS, 3), async () => {
      base += 1;
      const ids = Array.from({ length: PEOPLE }, (_, i) => i);
      await client.query(
        `INSERT INTO app_user (email, password_hash, display_name, role, province_code, district_code, sector, gender, age_band, languages)
         SELECT e, '!', n, 'PRACTITIONER', '94', '9401', 'COMMUNITY', 'FEMALE', 'FROM_25_TO_34', '{THAI,PATANI_MALAY}' FROM unnest($1::varchar[], $2::varchar[]) AS u(e, n)`,
        [ids.map((i) => `base${base}.${i}@bench.example.org`), ids.map((i) => `ผู้ปฏิบัติงาน base ${i}`)],
      );
    }),
  );
  const perSecond = PEOPLE / (importMs / 1000);
  const basePerSecond = PEOPLE / (baselineMs / 1000);
  return {
    value: perSecond,
    unit: 'people/s',
    baseline: { name: 'one INSERT … unnest of 10,000 rows into app_user', value: basePerSecond, unit: 'rows/s' },
    ratio: perSecond / basePerSecond,
    target: '10,000 people in a few seconds (≥ 2,000 people/s)',
    met: perSecond >= 2_000,
    note: `median of ${Math.min(RUNS, 3)} uploads of ${PEOPLE.toLocaleString('en')} people (${Math.round(importMs)} ms); parse, check every row, look up contacts, insert and audit (one event per person) included`,
  };
}

const GAP_QUERY = `query($c: ID!) { gapAnalysis(campaignId: $c, groupBy: PROVINCE) { campaignId minGroupSize groups { key label respondents suppressed figures {
  competencyCode n meanTarget meanCurrent medianTarget medianCurrent meanGap mwds pniModified shareWithGap2 gapCiLow gapCiHigh quadrant rank } } } }`;

const FROM_SCRATCH_SQL = `
  SELECT r.province_code, x.competency_code, count(*) AS n, count(DISTINCT x.response_id) AS respondents,
    avg(x.target) AS mean_target, avg(x.current) AS mean_current,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY x.target) AS median_target,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY x.current) AS median_current,
    avg(x.target - x.current) AS mean_gap, stddev_samp(x.target - x.current) AS sd_gap,
    avg(x.target - x.current) * avg(x.target) AS mwds,
    (avg(x.target) - avg(x.current)) / nullif(avg(x.current), 0) AS pni,
    avg(CASE WHEN x.target - x.current >= 2 THEN 1.0 ELSE 0 END) AS share_gap2
  FROM rating x JOIN assessment_response r ON r.id = x.response_id
  WHERE x.campaign_id = $1 GROUP BY r.province_code, x.competency_code`;

const ROLLUP_SQL = `
  SELECT g.group_key, g.respondents, x.* FROM gap_group g
  JOIN gap_rollup x ON x.campaign_id = g.campaign_id AND x.grouping = g.grouping AND x.group_key = g.group_key
  WHERE g.campaign_id = $1 AND g.grouping = 'PROVINCE'`;

async function measureGapDashboard(target: Target, token: string, campaignId: string): Promise<Record<string, Figure>> {
  // Answers of a few milliseconds wander with the machine's other work: five times the runs.
  const api = await timeMedian(RUNS * 5, () => gql(target.product.url, GAP_QUERY, { c: campaignId }, token));
  // The floor under any signed-in answer: HTTP, the token check with its one lookup of the person, GraphQL.
  const floor = await timeMedian(RUNS * 5, () => gql(target.product.url, '{ me { id } }', {}, token));
  const [scratch, rollup] = await withClient(target.databaseUrl, async (client) => [
    await timeMedian(RUNS, () => client.query(FROM_SCRATCH_SQL, [campaignId])),
    await timeMedian(RUNS * 5, () => client.query(ROLLUP_SQL, [campaignId])),
  ]);
  return {
    gapDashboardVsScratchSql: {
      value: api,
      unit: 'ms (median)',
      baseline: { name: 'the same figures by raw SQL over the ratings, from scratch', value: scratch, unit: 'ms' },
      ratio: api / scratch,
      target: '≤ 0.25 × from-scratch SQL',
      met: api / scratch <= 0.25,
      note: 'gapAnalysis(groupBy: PROVINCE) through HTTP GraphQL, signed in, every figure field',
    },
    gapDashboardVsRollupSql: {
      value: api,
      unit: 'ms (median)',
      baseline: { name: 'raw SQL over the rollup tables', value: rollup, unit: 'ms' },
      ratio: api / rollup,
      target: '≤ 1.5 × rollup SQL',
      met: api / rollup <= 1.5,
    },
    signedInRoundTrip: {
      value: floor,
      unit: 'ms (median)',
      baseline: { name: 'raw SQL over the rollup tables', value: rollup, unit: 'ms' },
      ratio: floor / rollup,
      note: '{ me { id } } through the same HTTP GraphQL stack: the least any signed-in dashboard answer costs',
    },
  };
}

const READ_QUERY = '{ provinces { code nameTh nameEn districts { code nameTh nameEn } } }';

async function startBareApollo(rows: unknown): Promise<{ url: string; stop: () => void }> {
  const file = join(mkdtempSync(join(tmpdir(), 'ruamsang-bare-')), 'rows.json');
  writeFileSync(file, JSON.stringify(rows));
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'tests/bench/bare-apollo.ts')], { env: { ...process.env, BARE_ROWS_FILE: file }, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once('exit', (code) => reject(new Error(`bare Apollo exited with ${code}`)));
  });
  return { url: url.replace(/\/$/, ''), stop: () => child.kill() };
}

async function loadTest(url: string, token?: string, extraHeaders: Record<string, string> = {}): Promise<number> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: 10,
    duration: READ_SECONDS,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...extraHeaders },
    body: JSON.stringify({ query: READ_QUERY }),
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`load test saw ${result.non2xx} non-2xx answers and ${result.errors} errors`);
  return result.requests.average;
}

/** The signed-in provinces list: as clients get it (response cache), and forced fresh (`Cache-Control: no-cache`). */
async function measureRead(target: Target, token: string): Promise<Record<string, Figure>> {
  const rows = (await gql<{ provinces: unknown[] }>(target.product.url, READ_QUERY, {}, token)).provinces;
  const bare = await startBareApollo(rows);
  try {
    const product = await loadTest(`${target.product.url}/graphql`, token);
    const uncached = await loadTest(`${target.product.url}/graphql`, token, { 'cache-control': 'no-cache' });
    const baseline = await loadTest(bare.url);
    const figure = (value: number, how: string): Figure => ({
      value,
      unit: 'req/s (concurrency 10)',
      baseline: { name: 'a bare Apollo Server returning the same rows', value: baseline, unit: 'req/s' },
      ratio: value / baseline,
      target: '≥ 400 req/s',
      met: value >= 400,
      note: `signed-in provinces list: 77 provinces with 928 districts, ${how}, ${READ_SECONDS} s each`,
    });
    return {
      read: figure(product, 'answered from the response cache (the geography is PUBLIC reference data)'),
      readUncached: figure(uncached, 'executed afresh every time (Cache-Control: no-cache)'),
    };
  } finally {
    bare.stop();
  }
}

/**
 * SQL statements per list request. A second instance of the API runs in this process on the same
 * database, so its TypeORM logger can count every statement a request sends.
 */
async function measureNPlusOne(target: Target): Promise<Figure> {
  // a thousand practitioners to list, written straight to the table (set-up, not the thing measured)
  await withClient(target.databaseUrl, (client) =>
    client.query(`INSERT INTO app_user (email, password_hash, display_name, role, province_code, languages, persona_groups, managed_province_codes)
      SELECT 'bench' || i || '@bench.ruamsang.org', 'x', 'Bench practitioner ' || i, 'PRACTITIONER', (ARRAY[${BENCH_PROVINCE_CODES.map((c) => `'${c}'`).join(',')}])[1 + i % ${BENCH_PROVINCE_CODES.length}], '{}', '{}', '{}'
      FROM generate_series(1, 1000) AS i`),
  );
  const { createRuamsangApp } = (await import(join(root, 'apps/api/dist/bootstrap.js'))) as { createRuamsangApp: typeof createRuamsangAppType };
  const { loadConfig } = (await import(join(root, 'apps/api/dist/config/config.js'))) as { loadConfig: typeof loadConfigType };
  const counted = await createRuamsangApp(loadConfig({ DATABASE_URL: target.databaseUrl, DATA_DIR: 'memory://', WEB_DIST: 'none', NODE_ENV: 'test' }), ['error']);
  try {
    await counted.app.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${(counted.app.getHttpServer().address() as { port: number }).port}`;
    const token = (await gql<{ login: { token: string } }>(url, 'mutation($e:String!,$p:String!){ login(email:$e,password:$p){ token } }', { e: ADMIN_EMAIL, p: ADMIN_PASSWORD })).login.token;
    const counts: Record<number, number> = {};
    for (const limit of [10, 100]) {
      const query = `{ users(limit: ${limit}) { total items { id email displayName role province { code nameTh } district { code } organisation { id } } } }`;
      await gql(url, query, {}, token);
      counts[limit] = (await countQueries(counted.dataSource, () => gql(url, query, {}, token))).count;
    }
    return {
      value: counts[100]!,
      unit: 'statements at page size 100',
      baseline: { name: 'statements at page size 10', value: counts[10]!, unit: 'statements' },
      ratio: counts[100]! / counts[10]!,
      target: 'equal',
      met: counts[100] === counts[10],
      note: 'users list with province, district and organisation relations; the API caps a page at 100, so 100 stands in for 1000',
    };
  } finally {
    await counted.close();
  }
}

/** An SMTP server that accepts and counts messages (the receiving side of both e-mail measures). */
async function startSink(): Promise<{ url: string; accepted: () => number; reset: () => void; close: () => Promise<void> }> {
  let accepted = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        accepted += 1;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return { url: `smtp://127.0.0.1:${port}`, accepted: () => accepted, reset: () => (accepted = 0), close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * A campaign-opening notice to NOTICES practitioners through SMTP: the outbox written in one
 * transaction (an in-process app on the same database, WORKER=off), then delivered by the product's
 * own worker, one message at a time with claim / send / mark — against a plain nodemailer loop
 * (the same pooled transport, no database) sending as many messages in the same run.
 */
async function measureNotifications(target: Target, token: string, sink: Awaited<ReturnType<typeof startSink>>): Promise<Record<string, Figure>> {
  const province = '96';
  await withClient(target.databaseUrl, (client) =>
    client.query(
      `INSERT INTO app_user (email, password_hash, display_name, role, province_code, sector, languages, persona_groups, managed_province_codes)
       SELECT 'notice' || i || '@bench.ruamsang.org', 'x', 'ผู้ปฏิบัติงาน ' || i, 'PRACTITIONER', $1, 'SUPPORT_AGENCY', '{}', '{}', '{}' FROM generate_series(1, $2::int) AS i`,
      [province, NOTICES],
    ),
  );
  const framework = benchFramework(5);
  const created = await gql<{ createFramework: { id: string } }>(target.product.url, 'mutation($i: CreateFrameworkInput!) { createFramework(input: $i) { id } }', { i: { ...framework, code: `NT${randomBytes(3).toString('hex')}` } }, token);
  await gql(target.product.url, 'mutation($id: ID!) { publishFramework(id: $id) { id } }', { id: created.createFramework.id }, token);
  const campaign = await gql<{ createCampaign: { id: string } }>(
    target.product.url,
    'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
    { i: { frameworkId: created.createFramework.id, title: 'แบบประเมินสมรรถนะ นราธิวาส', instrument: 'BORICH', provinceCodes: [province], sectors: ['SUPPORT_AGENCY'], opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString() } },
    token,
  );

  // The baseline: a plain nodemailer loop, same transport settings, as many messages.
  sink.reset();
  const transport = nodemailer.createTransport({ url: sink.url, pool: true, maxConnections: 1 } as TransportOptions);
  const baselineStart = performance.now();
  for (let i = 1; i <= NOTICES; i++) {
    await transport.sendMail({ from: 'Ruamsang <no-reply@localhost>', to: `notice${i}@bench.ruamsang.org`, subject: 'แบบประเมินเปิดแล้ว: แบบประเมินสมรรถนะ นราธิวาส', text: 'แบบประเมินตนเอง “แบบประเมินสมรรถนะ นราธิวาส” เปิดให้ตอบแล้ว', messageId: `<baseline-${i}@localhost>` });
  }
  const baselineSeconds = (performance.now() - baselineStart) / 1000;
  transport.close();

  const { createRuamsangApp } = (await import(join(root, 'apps/api/dist/bootstrap.js'))) as { createRuamsangApp: typeof createRuamsangAppType };
  const { loadConfig } = (await import(join(root, 'apps/api/dist/config/config.js'))) as { loadConfig: typeof loadConfigType };
  const { NotificationsService } = (await import(join(root, 'apps/api/dist/modules/notifications/notifications.service.js'))) as { NotificationsService: typeof NotificationsServiceType };
  const writer = await createRuamsangApp(loadConfig({ DATABASE_URL: target.databaseUrl, DATA_DIR: 'memory://', WEB_DIST: 'none', NODE_ENV: 'test', WORKER: 'off', SMTP_URL: sink.url }), ['error']);
  sink.reset();
  try {
    const start = performance.now();
    const written = await writer.dataSource.transaction((manager) => writer.app.get(NotificationsService).campaignOpened(manager, campaign.createCampaign.id));
    const writeSeconds = (performance.now() - start) / 1000;
    const deadline = Date.now() + 60 * 60_000;
    while (sink.accepted() < written && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    const seconds = (performance.now() - start) / 1000;
    const rate = sink.accepted() / seconds;
    const baselineRate = NOTICES / baselineSeconds;
    return {
      notificationsSent: {
        value: rate,
        unit: 'e-mails/s end to end',
        baseline: { name: 'plain nodemailer send loop', value: baselineRate, unit: 'e-mails/s' },
        ratio: rate / baselineRate,
        note: `${sink.accepted()} of ${written} notices received by the SMTP server in ${seconds.toFixed(1)} s; outbox (notifications, deliveries, queue jobs) written in ${writeSeconds.toFixed(1)} s in one transaction`,
      },
    };
  } finally {
    await writer.close();
  }
}

async function measureWeb(): Promise<Record<string, Figure>> {
  const html = readFileSync(join(root, 'apps/web/dist/index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const initialGzip = assets.reduce((sum, asset) => sum + gzipSync(readFileSync(join(root, 'apps/web/dist', asset))).length, 0);
  const reactGzip = ['react/cjs/react.production.js', 'react-dom/cjs/react-dom-client.production.js']
    .map((p) => join(root, 'node_modules', p))
    .reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);

  const dataDir = mkdtempSync(join(tmpdir(), 'ruamsang-bench-web-'));
  const product = await startProductOn({ dataDir, removeDataOnStop: true });
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(product.url);
    await page.getByLabel(/อีเมล/).fill('practitioner@demo.ruamsang.org');
    await page.getByLabel(/รหัสผ่าน/).fill('ruamsang-demo');
    await page.getByRole('button', { name: /เข้าสู่ระบบ/ }).click();
    await page.getByRole('navigation').waitFor();
    const token = await page.evaluate(() => Object.values(localStorage).find((v) => v.split('.').length === 3) ?? '');
    // The consent screen comes first for the demo practitioner; accept it so the form itself is timed.
    const { currentConsent } = await gql<{ currentConsent: { version: string } }>(product.url, '{ currentConsent { version } }', {}, token);
    await gql(product.url, 'mutation($v: String!) { giveConsent(version: $v) { version } }', { v: currentConsent.version }, token);
    const campaigns = await gql<{ campaigns: { id: string }[] }>(product.url, '{ campaigns(openToMe: true) { id } }', {}, token);
    const formUrl = `${product.url}/assess/${campaigns.campaigns[0]!.id}`;
    const formTimes: number[] = [];
    const floorTimes: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      // cold: a fresh page with the cache disabled, signed in as before
      const fresh = await context.newPage();
      const cdp = await context.newCDPSession(fresh);
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      let started = performance.now();
      await fresh.goto(`${product.url}/health`);
      floorTimes.push(performance.now() - started);
      started = performance.now();
      await fresh.goto(formUrl);
      await fresh.getByRole('radio').first().waitFor({ state: 'visible' });
      formTimes.push(performance.now() - started);
      await fresh.close();
    }
    const usable = median(formTimes);
    const floor = median(floorTimes);
    return {
      webInitialJs: {
        value: initialGzip,
        unit: 'bytes gzip',
        baseline: { name: 'React + ReactDOM alone (production builds, gzip)', value: reactGzip, unit: 'bytes' },
        ratio: initialGzip / reactGzip,
        target: '≤ 250 KB gzip',
        met: initialGzip <= 250 * 1024,
        note: `${assets.length} script(s) referenced by index.html`,
      },
      webAssessmentFormUsable: {
        value: usable,
        unit: 'ms (median, cache disabled)',
        baseline: { name: 'loading /health from the same server in the same browser', value: floor, unit: 'ms' },
        ratio: usable / floor,
        note: 'navigation to the first rating choice being visible, signed in, Debian Chromium headless',
      },
    };
  } finally {
    await browser.close();
    await product.stop();
  }
}

interface SchedulerRun {
  method: string;
  ms: number;
  objective: { total: number };
  placed: number;
  unplaced: number;
  hardViolations: number;
}

/** Runs tests/bench/scheduler.bench.ts in its own process and keeps its headline figures. */
async function measureScheduler(): Promise<Record<string, Figure>> {
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'tests/bench/scheduler.bench.ts')], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`scheduler bench exited with ${code}`))));
  });
  const report = JSON.parse(readFileSync(join(root, 'tests/bench/results/scheduler.json'), 'utf8')) as {
    sizes: { sessions: number; runs: SchedulerRun[] }[];
    smallVsExact: { sessions: number; relativeGap: number }[];
  };
  const figures: Record<string, Figure> = {};
  for (const size of report.sizes) {
    const greedy = size.runs.find((r) => r.method === 'greedy')!;
    const heuristic = size.runs.find((r) => r.method === 'heuristic')!;
    figures[`scheduler${size.sessions}Time`] = {
      value: heuristic.ms / 1000,
      unit: 's',
      baseline: { name: 'greedy construction alone', value: greedy.ms / 1000, unit: 's' },
      ratio: heuristic.ms / greedy.ms,
      ...(size.sessions === 200 ? { target: '≤ 10 s with 0 hard violations', met: heuristic.ms <= 10_000 && heuristic.hardViolations === 0 } : {}),
      note: `${heuristic.placed} placed, ${heuristic.unplaced} unplaced (each explained), ${heuristic.hardViolations} hard-rule violations`,
    };
    figures[`scheduler${size.sessions}Objective`] = {
      value: heuristic.objective.total,
      unit: 'objective (lower is better)',
      baseline: { name: 'greedy construction alone', value: greedy.objective.total, unit: 'objective' },
      ratio: heuristic.objective.total / greedy.objective.total,
    };
  }
  const gaps = report.smallVsExact.map((c) => c.relativeGap);
  figures['schedulerVsExactOptimum'] = {
    value: median(gaps),
    unit: 'median relative gap to the optimum',
    baseline: { name: 'HiGHS exact optimum on small instances', value: 0, unit: 'gap' },
    note: `${gaps.length} instances of ${report.smallVsExact[0]?.sessions ?? '?'} sessions; worst ${Math.max(...gaps).toFixed(3)}`,
  };
  return figures;
}

function markdown(results: Results, meta: Record<string, unknown>): string {
  const lines = [`# Benchmark results`, '', `Run ${String(meta['finishedAt'])} on ${String(meta['machine'])}; ${String(meta['practitioners'])} practitioners × ${String(meta['competencies'])} competencies.`, ''];
  lines.push('| database | measure | value | baseline | ratio | target | met |', '|---|---|---|---|---|---|---|');
  for (const [database, figures] of Object.entries(results)) {
    for (const [name, f] of Object.entries(figures)) {
      const value = `${f.value.toLocaleString('en', { maximumFractionDigits: 1 })} ${f.unit}`;
      const baseline = f.baseline ? `${f.baseline.value.toLocaleString('en', { maximumFractionDigits: 1 })} ${f.baseline.unit} (${f.baseline.name})` : '';
      const met = f.met === undefined ? '' : f.met ? 'yes' : '**no**';
      lines.push(`| ${database} | ${name} | ${value} | ${baseline} | ${f.ratio?.toFixed(3) ?? ''} | ${f.target ?? ''} | ${met} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const started = Date.now();
  const results: Results = {};
  const sink = await startSink();
  for (const name of TARGETS) {
    log(`${name}: starting the product`);
    const target = await startTarget(name, sink.url);
    try {
      const token = (await gql<{ login: { token: string } }>(target.product.url, 'mutation($e:String!,$p:String!){ login(email:$e,password:$p){ token } }', { e: ADMIN_EMAIL, p: ADMIN_PASSWORD })).login.token;
      const { campaignId, codes } = await setUpCampaign(target.product.url, token);
      const figures: Record<string, Figure> = {};
      if (MEASURES.has('notifications')) {
        log(`${name}: campaign-opening notice to ${NOTICES.toLocaleString('en')} practitioners through SMTP`);
        Object.assign(figures, await measureNotifications(target, token, sink));
      }
      if (MEASURES.has('import') || MEASURES.has('gapDashboard')) {
        log(`${name}: import of ${(PRACTITIONERS * codes.length).toLocaleString('en')} ratings`);
        figures['import'] = await measureImport(target, token, campaignId, codes);
      }
      if (MEASURES.has('gapDashboard')) {
        log(`${name}: gap dashboard`);
        Object.assign(figures, await measureGapDashboard(target, token, campaignId));
      }
      if (MEASURES.has('peopleImport')) {
        log(`${name}: import of ${PEOPLE.toLocaleString('en')} people`);
        figures['peopleImport'] = await measurePeopleImport(target, token);
      }
      if (MEASURES.has('read')) {
        log(`${name}: read load`);
        Object.assign(figures, await measureRead(target, token));
      }
      if (MEASURES.has('nPlusOne')) {
        log(`${name}: statements per list page`);
        figures['nPlusOne'] = await measureNPlusOne(target);
      }
      results[name] = figures;
    } finally {
      await target.cleanup();
    }
  }
  await sink.close();
  if (MEASURES.has('web')) {
    log('web: bundle size and time to a usable assessment form');
    results['web'] = await measureWeb();
  }
  if (MEASURES.has('scheduler')) {
    log('scheduler: 50, 200 and 500 sessions vs greedy, and vs the exact optimum on small cases');
    results['scheduler'] = await measureScheduler();
  }

  const meta = { finishedAt: new Date().toISOString(), seconds: Math.round((Date.now() - started) / 1000), machine: `${process.platform} ${process.arch}, node ${process.version}`, practitioners: PRACTITIONERS, competencies: COMPETENCIES, runs: RUNS };
  if (!PARTIAL) {
    const dir = join(root, 'tests/bench/results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'latest.json'), `${JSON.stringify({ meta, results }, null, 2)}\n`);
    writeFileSync(join(dir, 'latest.md'), markdown(results, meta));
  }
  process.stdout.write(`\n${markdown(results, meta)}`);
  log(`done in ${meta.seconds} s`);
}

await main();
