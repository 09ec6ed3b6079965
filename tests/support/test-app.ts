import { randomBytes } from 'node:crypto';
import type { LoggerService } from '@nestjs/common';
import pg from 'pg';
import { Role } from '@ruamsang/shared';
import { createRuamsangApp, type RuamsangApp } from '../../apps/api/src/bootstrap.js';
import { loadConfig } from '../../apps/api/src/config/config.js';
import { AccountsRepository } from '../../apps/api/src/modules/accounts/accounts.repository.js';
import type { AppUserEntity } from '../../apps/api/src/modules/accounts/entities/app-user.entity.js';
import { PasswordHasher } from '../../apps/api/src/modules/accounts/password-hasher.js';

export const ADMIN_EMAIL = 'admin@test.ruamsang.org';
export const ADMIN_PASSWORD = 'admin-password-for-tests';
export const TEST_PASSWORD = 'password-for-tests';

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestApp {
  readonly ruamsang: RuamsangApp;
  readonly url: string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: { token?: string; lang?: string }): Promise<GraphQLResult<T>>;
  login(email: string, password?: string): Promise<string>;
  /** Persists a user straight through the repository (a factory, not an API call). */
  createUser(overrides?: Partial<AppUserEntity>): Promise<AppUserEntity & { token: string }>;
  close(): Promise<void>;
}

/** A fresh database per test file: an in-memory embedded one, or a new database on DATABASE_URL's server. */
async function freshDatabase(): Promise<{ url: string | undefined; drop(): Promise<void> }> {
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) return { url: undefined, drop: () => Promise.resolve() };
  const name = `ruamsang_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

let emailCounter = 0;

export async function startTestApp(env: Record<string, string> = {}, options: { logger?: LoggerService } = {}): Promise<TestApp> {
  const database = await freshDatabase();
  const config = loadConfig({
    DATA_DIR: 'memory://',
    WEB_DIST: 'none',
    NODE_ENV: 'test',
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    ...(database.url ? { DATABASE_URL: database.url } : {}),
    ...env,
  });
  const ruamsang = await createRuamsangApp(config, options.logger ?? ['error']);
  await ruamsang.app.listen(0, '127.0.0.1');
  const address = ruamsang.app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const hasher = ruamsang.app.get(PasswordHasher);
  const testPasswordHash = await hasher.hash(TEST_PASSWORD);

  const gql: TestApp['gql'] = async (query, variables, options) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': options?.lang ?? 'en',
        ...(options?.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResult<any>;
  };

  const login = async (email: string, password = TEST_PASSWORD) => {
    const result = await gql<{ login: { token: string } }>('mutation($e:String!,$p:String!){ login(email:$e,password:$p){ token } }', { e: email, p: password });
    if (!result.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(result.errors)}`);
    return result.data.login.token;
  };

  return {
    ruamsang,
    url,
    gql,
    login,
    async createUser(overrides = {}) {
      emailCounter += 1;
      const user = await ruamsang.app.get(AccountsRepository).insert({
        email: `person${emailCounter}.${randomBytes(3).toString('hex')}@test.ruamsang.org`,
        passwordHash: testPasswordHash,
        displayName: `Test person ${emailCounter}`,
        role: Role.PRACTITIONER,
        provinceCode: '94',
        languages: [],
        personaGroups: [],
        managedProvinceCodes: [],
        ...overrides,
      });
      return Object.assign(user, { token: await login(user.email) });
    },
    async close() {
      await ruamsang.close();
      await database.drop();
    },
  };
}

export function errorCode(result: GraphQLResult): unknown {
  return result.errors?.[0]?.extensions?.['code'];
}
