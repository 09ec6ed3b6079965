import type { DataSource, Logger } from 'typeorm';

/** Counts the SQL statements a block of work sends, by wrapping the data source's logger. */
export async function countQueries(dataSource: DataSource, work: () => Promise<unknown>): Promise<{ count: number; queries: string[] }> {
  const original = dataSource.logger;
  const queries: string[] = [];
  const counting: Logger = {
    logQuery: (query) => {
      if (!/^(START TRANSACTION|COMMIT|ROLLBACK|BEGIN)/i.test(query.trim())) queries.push(query);
    },
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  Object.defineProperty(dataSource, 'logger', { value: counting, configurable: true, writable: true });
  try {
    await work();
  } finally {
    Object.defineProperty(dataSource, 'logger', { value: original, configurable: true, writable: true });
  }
  return { count: queries.length, queries };
}
