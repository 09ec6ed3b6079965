import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createRuamsangApp } from './bootstrap.js';
import { ConfigError, loadConfig } from './config/config.js';

/**
 * `npm run worker`: delivers notifications in a process of its own (scale-out), beside app
 * processes started with WORKER=off. It needs DATABASE_URL: a PostgreSQL server, or the embedded
 * database of a running app process (its EMBEDDED_DATABASE_PORT), which only that process opens.
 */
try {
  const config = loadConfig();
  if (!config.databaseUrl) throw new ConfigError('Invalid configuration:\n- npm run worker needs DATABASE_URL (a PostgreSQL server, or a running app’s embedded database at its EMBEDDED_DATABASE_PORT)');
  const ruamsang = await createRuamsangApp({ ...config, bootstrapAdmin: null, demoData: false, webDist: null, notifications: { ...config.notifications, worker: 'inline' } });
  Logger.log('Ruamsang worker is delivering notifications', 'Worker');
  const stop = () => void ruamsang.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(78);
  }
  throw error;
}
