import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { addDays, bangkokDateOf } from '@ruamsang/domain';
import { Role } from '@ruamsang/shared';
import { CURRENT_CONSENT } from '../../apps/api/src/modules/assessments/consent.js';
import { ACTORS, HTTP_MATRIX, HTTP_STATUS, MATRIX, type ActorKey, type Fixture, type MatrixEntry, type Outcome, type SignedInActor } from '../support/authz/matrix.js';
import { adminToken, buildFrameworkInput, buildSubmission, createPublishedFramework, SUBMIT } from '../support/factories.js';
import { startTestApp, type GraphQLResult, type TestApp } from '../support/test-app.js';

/**
 * Every Query and Mutation of the committed schema × every actor (anonymous, each role, own and
 * other province, own and another practitioner's objects), against the table in
 * tests/support/authz/matrix.ts. A new resolver without an entry fails here.
 */

const schema = buildSchema(readFileSync(new URL('../../apps/api/schema.gql', import.meta.url), 'utf8'));
const operations = [...Object.keys(schema.getQueryType()?.getFields() ?? {}), ...Object.keys(schema.getMutationType()?.getFields() ?? {})].sort();

describe('the matrix covers the schema', () => {
  it('has exactly one entry per Query and Mutation field', () => {
    const entries = Object.keys(MATRIX).sort();
    expect(operations.filter((op) => !entries.includes(op))).toEqual([]); // operations without an entry
    expect(entries.filter((op) => !operations.includes(op))).toEqual([]); // entries naming no operation
  });

  it.each(Object.entries(MATRIX))('%s: the document calls exactly that operation, with the right kind', (name, entry) => {
    const document = parse(entry.document);
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const roots = operation?.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : '?'));
    expect(roots).toEqual([name]);
    const kind = schema.getQueryType()?.getFields()[name] ? 'query' : 'mutation';
    expect(operation?.operation).toBe(kind);
  });

  it('names every actor for every entry, and marks public operations explicitly', () => {
    for (const [name, entry] of Object.entries(MATRIX)) {
      expect([name, Object.keys(entry.expect).sort()]).toEqual([name, [...ACTORS].sort()]);
      // Only an entry marked public may let the anonymous caller in.
      if (!entry.public) expect([name, entry.expect.anonymous]).toEqual([name, 'UNAUTHENTICATED']);
    }
  });
});

let t: TestApp;
let fixture: Fixture;
const gaps: string[] = [];

async function must<T>(result: Promise<GraphQLResult<T>>): Promise<T> {
  const r = await result;
  if (!r.data || r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data;
}

beforeAll(async () => {
  t = await startTestApp();
  const admin = await adminToken(t);
  const as = (overrides: Parameters<TestApp['createUser']>[0]) => t.createUser(overrides);
  const people = {
    practitioner: await as({ role: Role.PRACTITIONER, provinceCode: '94', districtCode: '9401' }),
    peerPractitioner: await as({ role: Role.PRACTITIONER, provinceCode: '94', districtCode: '9401' }),
    otherProvincePractitioner: await as({ role: Role.PRACTITIONER, provinceCode: '95', districtCode: '9501' }),
    trainer: await as({ role: Role.TRAINER, provinceCode: null }),
    otherTrainer: await as({ role: Role.TRAINER, provinceCode: null }),
    coordinator: await as({ role: Role.COORDINATOR, provinceCode: '94', managedProvinceCodes: ['94'] }),
    otherProvinceCoordinator: await as({ role: Role.COORDINATOR, provinceCode: '95', managedProvinceCodes: ['95'] }),
  };
  await t.createUser({ email: 'login.only@test.ruamsang.org', role: Role.PRACTITIONER });
  const me = await must(t.gql<{ me: { id: string } }>('{ me { id } }', {}, { token: admin }));
  const tokens = { ...Object.fromEntries(Object.entries(people).map(([k, u]) => [k, u.token])), admin } as Record<SignedInActor, string>;
  const userIds = { ...Object.fromEntries(Object.entries(people).map(([k, u]) => [k, u.id])), admin: me.me.id } as Record<SignedInActor, string>;

  const gql: Fixture['gql'] = (query, variables, token) => t.gql(query, variables, { token });
  const make: Fixture['make'] = (query, variables, actor) => must(t.gql(query, variables, { token: tokens[actor] }));

  for (const who of ['practitioner', 'peerPractitioner', 'otherProvincePractitioner'] as const) {
    await make('mutation($v: String!) { giveConsent(version: $v) { version } }', { v: CURRENT_CONSENT.version }, who);
  }
  const framework = await createPublishedFramework(t, buildFrameworkInput('AUTHZ', 1, 2));
  const campaign = await make<{ createCampaign: { id: string } }>(
    'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
    {
      i: {
        frameworkId: framework.id,
        title: 'Pattani needs',
        instrument: 'BORICH',
        provinceCodes: ['94'],
        opensAt: new Date(Date.now() - 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
    },
    'coordinator',
  );
  const campaignId = campaign.createCampaign.id;
  await make(SUBMIT, { i: buildSubmission(campaignId, framework.codes) }, 'practitioner');
  const moduleCode = 'AUTHZ-101';
  await make('mutation($i: CreateTrainingModuleInput!) { createTrainingModule(input: $i) { code } }', { i: { code: moduleCode, title: { th: 'โมดูลทดสอบ' }, hours: 4 } }, 'trainer');
  const curriculum = await make<{ createCurriculum: { id: string } }>(
    'mutation($i: CreateCurriculumInput!) { createCurriculum(input: $i) { id } }',
    { i: { title: 'Pattani curriculum', campaignId, moduleCodes: [moduleCode], provinceCodes: ['94'] } },
    'admin',
  );
  const board = await make<{ createHopesFearsBoard: { id: string } }>(
    'mutation($i: CreateHopesFearsBoardInput!) { createHopesFearsBoard(input: $i) { id } }',
    { i: { title: 'Pattani board', provinceCode: '94', campaignId } },
    'coordinator',
  );
  const persona = await make<{ createPersona: { id: string } }>(
    'mutation($i: CreatePersonaInput!) { createPersona(input: $i) { id } }',
    { i: { name: 'Women rice farmers', description: 'Pattani smallholders', group: 'WOMEN_FARMERS', provinceCode: '94', campaignId } },
    'coordinator',
  );
  const iceberg = await make<{ createIceberg: { id: string } }>(
    'mutation($i: CreateIcebergInput!) { createIceberg(input: $i) { id } }',
    { i: { title: 'Low prices', event: 'e', patterns: 'p', structures: 's', mentalModels: 'm', provinceCode: '94', campaignId } },
    'coordinator',
  );
  // Attendance: a curriculum of its own, a Pattani cohort, a session held yesterday and today taught
  // by `trainer` (a persisted factory: the scheduler only plans ahead), the practitioner seated and
  // marked present on both days, so the completion rule issues their certificate.
  const today = bangkokDateOf(new Date());
  const pastDate = addDays(today, -1);
  const attendanceCurriculum = await make<{ createCurriculum: { id: string } }>(
    'mutation($i: CreateCurriculumInput!) { createCurriculum(input: $i) { id } }',
    { i: { title: 'Pattani attendance curriculum', campaignId, moduleCodes: [moduleCode], provinceCodes: ['94'] } },
    'admin',
  );
  const attendanceCohort = await make<{ saveCohort: { id: string } }>(
    'mutation($i: SaveCohortInput!) { saveCohort(input: $i) { id } }',
    { i: { name: 'Matrix attendance cohort', curriculumId: attendanceCurriculum.createCurriculum.id, provinceCode: '94', teachingLanguage: 'THAI', capacity: 20 } },
    'admin',
  );
  const db = t.ruamsang.dataSource;
  const [venue] = await db.query<{ id: string }[]>(`INSERT INTO venue (province_code, name, capacity) VALUES ('94', 'Matrix attendance hall', 30) RETURNING id`);
  const [session] = await db.query<{ id: string }[]>(
    `INSERT INTO training_session (cohort_id, module_id, venue_id, trainer_ids, dates, start_time, end_time, status)
     SELECT $1, m.id, $2, ARRAY[$3]::uuid[], ARRAY[$4, $5]::text[], '09:00', '12:00', 'PUBLISHED' FROM training_module m WHERE m.code = $6 RETURNING id`,
    [attendanceCohort.saveCohort.id, venue!.id, people.trainer.id, pastDate, today, moduleCode],
  );
  await make('mutation($i: EnrolInput!) { enrol(input: $i) { id } }', { i: { cohortId: attendanceCohort.saveCohort.id, practitionerId: people.practitioner.id } }, 'admin');
  for (const sessionDate of [pastDate, today]) {
    await make(
      'mutation($i: MarkAttendanceInput!) { markAttendance(input: $i) { sessionId } }',
      { i: { clientBatchId: randomUUID(), sessionId: session!.id, sessionDate, marks: [{ practitionerId: people.practitioner.id, status: 'PRESENT' }] } },
      'admin',
    );
  }
  const certificates = await make<{ myCertificates: { code: string }[] }>('{ myCertificates { code } }', {}, 'practitioner');
  const certificateCode = certificates.myCertificates[0]?.code;
  if (!certificateCode) throw new Error('the attendance fixture issued no certificate');

  fixture = {
    attendance: { curriculumId: attendanceCurriculum.createCurriculum.id, cohortId: attendanceCohort.saveCohort.id, sessionId: session!.id, pastDate, today, certificateCode },
    tokens,
    userIds,
    frameworkId: framework.id,
    competencyCodes: framework.codes,
    campaignId,
    moduleCode,
    curriculumId: curriculum.createCurriculum.id,
    boardId: board.createHopesFearsBoard.id,
    personaId: persona.createPersona.id,
    icebergId: iceberg.createIceberg.id,
    gql,
    make,
  };
}, 120_000);

afterAll(async () => {
  if (gaps.length) console.warn(`Authorisation matrix: ${gaps.length} known gap(s)\n${gaps.join('\n')}`);
  await t?.close();
});

const label = (o: Outcome) => (typeof o === 'string' ? o : 'ALLOW (checked)');

/** Compares what happened with the table; a known gap is reported, and fails once it is gone. */
function verdict(name: string, entry: Pick<MatrixEntry, 'knownGap'>, actor: ActorKey, expected: string, actual: string, detail: string): string | null {
  const known = entry.knownGap?.actors.includes(actor) ?? false;
  if (actual === expected) return known ? `${name} × ${actor}: the known gap is fixed — remove the knownGap note` : null;
  if (known) {
    gaps.push(`KNOWN GAP ${name} × ${actor}: expected ${expected}, got ${actual} — ${entry.knownGap?.reason}`);
    return null;
  }
  return `${name} × ${actor}: expected ${expected}, got ${actual} ${detail}`;
}

describe('every operation × every actor', () => {
  it.each(Object.entries(MATRIX))('%s', async (name, entry) => {
    const problems: string[] = [];
    for (const actor of ACTORS) {
      const outcome = entry.expect[actor];
      const variables = entry.variables ? await entry.variables(fixture, actor) : {};
      const token = actor === 'anonymous' ? undefined : fixture.tokens[actor];
      const result = await t.gql(entry.document, variables, token ? { token } : {});
      const errorCode = result.errors?.[0]?.extensions?.['code'];
      const code = result.errors?.length ? (typeof errorCode === 'string' ? errorCode : 'ERROR') : 'ALLOW';
      const expected = typeof outcome === 'string' ? outcome : 'ALLOW';
      const problem = verdict(name, entry, actor, expected, code, result.errors ? JSON.stringify(result.errors[0]?.message) : '');
      if (problem) problems.push(problem);
      else if (typeof outcome !== 'string' && code === 'ALLOW') {
        try {
          outcome.allow(result.data ?? {}, fixture, actor);
        } catch (error) {
          problems.push(`${name} × ${actor}: ${label(outcome)} failed: ${(error as Error).message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  }, 60_000);
});

describe('plain-HTTP routes × every actor', () => {
  it.each(HTTP_MATRIX.map((e) => [`${e.method} ${e.route}`, e] as const))('%s', async (name, entry) => {
    const problems: string[] = [];
    for (const actor of ACTORS) {
      const outcome = entry.expect[actor];
      const expected = typeof outcome === 'string' ? outcome : 'ALLOW';
      const body = entry.body?.(fixture);
      const response = await fetch(`${t.url}${entry.path(fixture)}`, {
        method: entry.method,
        headers: {
          ...(actor === 'anonymous' ? {} : { authorization: `Bearer ${fixture.tokens[actor]}` }),
          ...(body ? { 'content-type': body.contentType } : {}),
        },
        ...(body ? { body: body.data } : {}),
      });
      const text = /json|text|html/.test(response.headers.get('content-type') ?? '') ? await response.text() : `(${response.headers.get('content-type')})`;
      const actual = (Object.entries(HTTP_STATUS).find(([, statuses]) => statuses.includes(response.status))?.[0] ?? `HTTP ${response.status}`);
      const problem = verdict(name, entry, actor, expected, actual, text.slice(0, 200));
      if (problem) problems.push(problem);
    }
    expect(problems).toEqual([]);
  }, 60_000);
});
