/**
 * Writes a migration holding the difference between the entities and the schema the existing
 * migrations build, like `typeorm migration:generate`, on a throwaway embedded database.
 * Usage: npm run migration:generate -- <PascalCaseName>
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from '../embedded-postgres.js';
import { createDataSource, migrate } from '../data-source.js';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: npm run migration:generate -- <PascalCaseName>');
  process.exit(2);
}
const embedded = await startEmbeddedPostgres(null, 0, 4);
const dataSource = createDataSource({ url: embedded.url, poolSize: 2 });
try {
  await dataSource.initialize();
  await migrate(dataSource);
  const sql = await dataSource.driver.createSchemaBuilder().log();
  if (sql.upQueries.length === 0) {
    console.log('The entities and the migrations agree: nothing to generate.');
  } else {
    const timestamp = Date.now();
    const quote = (query: string) => '`' + query.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
    const call = (q: { query: string; parameters?: unknown[] }) =>
      `    await queryRunner.query(${quote(q.query)}${q.parameters && q.parameters.length ? `, ${JSON.stringify(q.parameters)}` : ''});`;
    const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map(call).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${[...sql.downQueries].reverse().map(call).join('\n')}
  }
}
`;
    // Written to the sources, beside index.ts, whether run from src or dist.
    const here = dirname(fileURLToPath(import.meta.url));
    const target = resolve(here, '../../../src/database/migrations', `${timestamp}-${name}.ts`);
    writeFileSync(target, source);
    console.log(`Wrote ${join('apps/api/src/database/migrations', `${timestamp}-${name}.ts`)}; add it to migrations/index.ts.`);
  }
} finally {
  await dataSource.destroy().catch(() => undefined);
  await embedded.stop();
}
