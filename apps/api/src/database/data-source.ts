import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

export interface DatabaseOptions {
  readonly url: string;
  readonly poolSize?: number;
  readonly logging?: boolean;
}

/** One definition of the connection, shared by the app, the migration tools and the tests. */
export function dataSourceOptions(options: DatabaseOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension is needed on managed servers.
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    logging: options.logging ?? false,
    extra: { max: options.poolSize ?? 10 },
  };
}

export function createDataSource(options: DatabaseOptions): DataSource {
  return new DataSource(dataSourceOptions(options));
}

// Any fixed number shared by every instance: only one runs migrations at a time.
const MIGRATION_LOCK = 7_201_184;

/** Runs pending migrations under an advisory lock, so several API instances can start together. */
export async function migrate(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
