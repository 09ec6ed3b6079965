import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createRuamsangApp } from './bootstrap.js';
import { ConfigError, loadConfig } from './config/config.js';

try {
  const config = loadConfig();
  const ruamsang = await createRuamsangApp(config);
  await ruamsang.app.listen(config.port);
  const where = config.databaseUrl ? 'PostgreSQL from DATABASE_URL' : `embedded PostgreSQL in ${config.dataDir}`;
  Logger.log(`Ruamsang is ready on http://localhost:${config.port} (${where})`, 'Main');
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
