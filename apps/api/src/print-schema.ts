/** Prints the code-first GraphQL schema (sorted) to apps/api/schema.gql, for review and web codegen. */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRuamsangApp } from './bootstrap.js';
import { loadConfig } from './config/config.js';
import { schemaSdl } from './graphql/schema-sdl.js';

const target = resolve(dirname(fileURLToPath(import.meta.url)), '../schema.gql');
const ruamsang = await createRuamsangApp(loadConfig({ DATA_DIR: 'memory://', WEB_DIST: 'none' }), false);
try {
  writeFileSync(target, schemaSdl(ruamsang.app));
  console.log(`Wrote ${target}`);
} finally {
  await ruamsang.close();
}
