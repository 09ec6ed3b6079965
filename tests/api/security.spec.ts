import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { SignJWT } from 'jose';
import { APP_CONFIG, type AppConfig } from '../../apps/api/src/config/config.js';
import { operationArmor, OPERATION_LIMITS } from '../../apps/api/src/graphql/graphql.options.js';
import { FAILURES_PER_ACCOUNT } from '../../apps/api/src/modules/accounts/login-throttle.js';
import { VERIFICATIONS_PER_MINUTE } from '../../apps/api/src/modules/attendance/verify-rate-limit.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, errorCode, startTestApp, TEST_PASSWORD, type TestApp } from '../support/test-app.js';

// The product as it runs in production: introspection off, a real secret.
let t: TestApp;
let adminToken: string;
beforeAll(async () => {
  t = await startTestApp({ NODE_ENV: 'production', JWT_SECRET: 'a-test-secret-that-is-long-enough-for-production' });
  adminToken = await t.login(ADMIN_EMAIL, ADMIN_PASSWORD);
}, 60_000);
afterAll(async () => {
  await t?.close();
});

interface RawAnswer {
  status: number;
  body: { errors?: { message: string; extensions?: Record<string, unknown> }[]; data?: unknown } | null;
}

async function post(body: unknown, headers: Record<string, string> = {}): Promise<RawAnswer> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: RawAnswer['body'] = null;
  try {
    parsed = JSON.parse(text) as RawAnswer['body'];
  } catch {
    parsed = null;
  }
  return { status: response.status, body: parsed };
}

function messages(answer: RawAnswer): string {
  return (answer.body?.errors ?? []).map((e) => e.message).join(' | ');
}

/** Each malicious class is refused in validation, before any resolver runs: `data` is absent. */
function expectRefusedBeforeExecution(answer: RawAnswer, pattern: RegExp): void {
  expect(answer.status).toBe(400);
  expect(answer.body?.data).toBeUndefined();
  expect(messages(answer)).toMatch(pattern);
}

describe('operation limits (OWASP GraphQL Cheat Sheet)', () => {
  it('refuses a query deeper than the limit', async () => {
    let selection = 'code';
    for (let i = 0; i < OPERATION_LIMITS.maxDepth + 2; i += 1) selection = `districts { ${selection} }`;
    expectRefusedBeforeExecution(await post({ query: `{ provinces { ${selection} } }` }), /depth/i);
  });

  it('refuses a query whose cost is over the limit', async () => {
    const spreads = Array.from({ length: 300 }, () => '...P').join(' ');
    const query = `{ provinces { ${spreads} } } fragment P on Province { code nameTh nameEn districts { code nameTh nameEn } }`;
    expectRefusedBeforeExecution(await post({ query }), /cost/i);
  });

  it('refuses alias overload', async () => {
    const aliases = Array.from({ length: OPERATION_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(' ');
    expectRefusedBeforeExecution(await post({ query: `{ ${aliases} }` }), /alias/i);
  });

  it('refuses field duplication past the token limit', async () => {
    const fields = Array.from({ length: OPERATION_LIMITS.maxTokens }, () => 'id').join(' ');
    expectRefusedBeforeExecution(await post({ query: `{ me { ${fields} } }` }), /token/i);
  });

  it('refuses directive overload', async () => {
    const directives = Array.from({ length: OPERATION_LIMITS.maxDirectives + 1 }, () => '@include(if: true)').join(' ');
    expectRefusedBeforeExecution(await post({ query: `{ me ${directives} { id } }` }), /directive/i);
  });

  it('refuses a batched array of operations', async () => {
    const answer = await post([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body ?? '')).not.toContain('"me"');
  });

  it('keeps introspection off in production', async () => {
    const answer = await post({ query: '{ __schema { types { name } } }' });
    expect(answer.status).toBe(400);
    expect(messages(answer)).toMatch(/introspection/i);
  });

  it('gives no "did you mean" suggestions', async () => {
    const answer = await post({ query: '{ provincez { code } }' });
    expect(answer.status).toBe(400);
    expect(messages(answer)).not.toMatch(/did you mean/i);
    expect(messages(answer)).not.toContain('provinces');
  });

  it('never runs a mutation sent with GET', async () => {
    const query = encodeURIComponent(`mutation { login(email: "${ADMIN_EMAIL}", password: "${ADMIN_PASSWORD}") { token } }`);
    const response = await fetch(`${t.url}/graphql?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(405);
    expect(await response.text()).not.toContain('token"');
  });

  it('refuses a url-encoded POST (a cross-site form could send one)', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `query=${encodeURIComponent('{ me { id } }')}`,
    });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain('"data"');
  });

  it('refuses a body over 1 MB', async () => {
    const answer = await post({ query: '{ me { id } }', variables: { padding: 'x'.repeat(1_100_000) } });
    expect(answer.status).toBe(413);
  });

  it('refuses too many list items in input and too large a page', async () => {
    const ratings = Array.from({ length: 201 }, (_, i) => ({ competencyCode: `C${i}`, target: 3, current: 2 }));
    const submitted = await t.gql(
      `mutation($input: SubmitAssessmentInput!) { submitAssessment(input: $input) { id } }`,
      { input: { campaignId: '00000000-0000-4000-8000-000000000000', clientSubmissionId: '00000000-0000-4000-8000-000000000001', ratings } },
      { token: adminToken },
    );
    expect(errorCode(submitted)).toBe('BAD_USER_INPUT');
    expect(submitted.errors?.[0]?.extensions?.['field']).toBe('ratings');

    const page = await t.gql('{ users(limit: 1000) { total } }', {}, { token: adminToken });
    expect(errorCode(page)).toBe('BAD_USER_INPUT');
    expect(page.errors?.[0]?.extensions?.['field']).toBe('limit');
  });

  it('lets every operation the web app sends through the same limits', () => {
    const schema = buildSchema(readFileSync(new URL('../../apps/api/schema.gql', import.meta.url), 'utf8'));
    const source = readFileSync(new URL('../../apps/web/src/gql/gql.ts', import.meta.url), 'utf8');
    const documents = [...source.matchAll(/^\s{4}("(?:[^"\\]|\\.)*"): typeof types\./gm)].map((m) => JSON.parse(m[1] ?? '""') as string);
    // Fragments travel with the operations that spread them (codegen appends them to the document sent).
    const fragments = new Map(documents.flatMap((d) => [...d.matchAll(/^\s*fragment (\w+) on /gm)].map((m) => [m[1]!, d] as const)));
    const withFragments = (document: string): string => {
      const used = new Set<string>();
      const visit = (text: string) => {
        for (const [, name] of text.matchAll(/\.\.\.(\w+)/g)) {
          if (name && fragments.has(name) && !used.has(name)) {
            used.add(name);
            visit(fragments.get(name)!);
          }
        }
      };
      visit(document);
      return [document, ...[...used].map((name) => fragments.get(name)!)].join('\n');
    };
    const operations = documents.filter((d) => !/^\s*fragment /.test(d)).map(withFragments);
    expect(operations.length).toBeGreaterThan(5);
    const rules = [...specifiedRules, ...(operationArmor().validationRules)];
    for (const operation of operations) {
      const problems = validate(schema, parse(operation), rules).map((e) => e.message);
      expect({ operation: operation.slice(0, 60), problems }).toEqual({ operation: operation.slice(0, 60), problems: [] });
    }
  });
});

describe('sign-in and headers', () => {
  it('holds an account back after repeated failures, even with the right password, and spares other accounts', async () => {
    const victim = await t.createUser();
    const bystander = await t.createUser();
    for (let i = 0; i < FAILURES_PER_ACCOUNT; i += 1) {
      const failed = await t.gql('mutation($e:String!){ login(email:$e,password:"wrong-password"){ token } }', { e: victim.email });
      expect(errorCode(failed)).toBe('UNAUTHENTICATED');
    }
    const held = await t.gql('mutation($e:String!,$p:String!){ login(email:$e,password:$p){ token } }', { e: victim.email, p: TEST_PASSWORD }, { lang: 'th' });
    expect(errorCode(held)).toBe('TOO_MANY_REQUESTS');
    expect(held.errors?.[0]?.message).toContain('บ่อยเกินไป');
    await expect(t.login(bystander.email)).resolves.toEqual(expect.any(String));
  });

  it('sends security headers with the web app and the API', async () => {
    const response = await fetch(`${t.url}/health`);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('reports an unknown failure without its stack trace', async () => {
    const answer = await post({ query: '{ me { id } }', variables: 'not-an-object' });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).not.toMatch(/at .*\.(js|ts):\d+/);
  });
});

describe('secrets and sessions', () => {
  it('refuses to start in production without a JWT secret', async () => {
    await expect(startTestApp({ NODE_ENV: 'production' })).rejects.toThrow(/JWT_SECRET/);
  });

  it('lets a token expire', async () => {
    // A token exactly like login's, signed with the app's secret, but two hours past its expiry.
    const { jwtSecret } = t.ruamsang.app.get<AppConfig>(APP_CONFIG);
    const me = await t.gql<{ me: { id: string } }>('{ me { id } }', {}, { token: adminToken });
    const expired = await new SignJWT({ role: 'ADMIN' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(me.data!.me.id)
      .setIssuer('ruamsang')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3 * 3600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 2 * 3600)
      .sign(new TextEncoder().encode(jwtSecret));
    const after = await t.gql('{ users { total } }', {}, { token: expired, lang: 'en' });
    expect(errorCode(after)).toBe('UNAUTHENTICATED');
    expect(after.errors?.[0]?.message).toMatch(/expired/i);
  });
});

describe('certificate verification', () => {
  it(`answers at most ${VERIFICATIONS_PER_MINUTE} code checks a minute from one address, then 429 with the reason in the caller's language`, async () => {
    const statuses: number[] = [];
    let refused: { valid?: boolean; message?: string } | null = null;
    for (let i = 0; i <= VERIFICATIONS_PER_MINUTE; i += 1) {
      const response = await fetch(`${t.url}/verify/RS-ZZZZZZZZ${String(i).padStart(2, '0')}`, { headers: { 'accept-language': 'th' } });
      statuses.push(response.status);
      if (response.status === 429) {
        refused = (await response.json()) as { valid?: boolean; message?: string };
        expect(response.headers.get('ratelimit-policy')).toContain(`${VERIFICATIONS_PER_MINUTE}`);
        break;
      }
      expect(response.status).toBe(404);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.length).toBeLessThanOrEqual(VERIFICATIONS_PER_MINUTE + 1);
    expect(refused).toEqual({ valid: false, message: 'ตรวจสอบเกียรติบัตรถี่เกินไป โปรดลองอีกครั้งในอีกหนึ่งนาที' });
    // the rest of the product is not held back
    expect((await fetch(`${t.url}/health`)).status).toBe(200);
  });
});

describe('logs', () => {
  it('never write a password, whatever happens to the request', async () => {
    const lines: string[] = [];
    const capture = (...parts: unknown[]) => void lines.push(parts.map((p) => (p instanceof Error ? `${p.message} ${p.stack}` : typeof p === 'string' ? p : JSON.stringify(p))).join(' '));
    const logger = { log: capture, error: capture, warn: capture, debug: capture, verbose: capture, fatal: capture };
    const secret = 'Sup3r-secret-passw0rd-for-logs';
    const logged = await startTestApp({}, { logger });
    try {
      await logged.gql('mutation($p:String!){ login(email:"nobody@test.ruamsang.org", password:$p){ token } }', { p: secret });
      const token = await logged.login(ADMIN_EMAIL, ADMIN_PASSWORD);
      await logged.gql('mutation($i: CreateUserInput!){ createUser(input:$i){ id } }', { i: { email: 'not-an-email', password: secret, displayName: 'x', role: 'PRACTITIONER' } }, { token });
      // an unparseable request, which is logged as a failure
      await fetch(`${logged.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"query":"mutation { login(email: \\"a@b.c\\", password: \\"${secret}\\") { token } "` });
    } finally {
      await logged.close();
    }
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain(secret);
    expect(lines.join('\n')).not.toContain(ADMIN_PASSWORD);
  });
});
