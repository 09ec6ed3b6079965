import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export interface EmbeddedPostgres {
  /** A postgres:// URL that TypeORM's ordinary driver connects to. */
  readonly url: string;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);

// Runs in its own thread: PGlite executes queries on the thread's event loop, and a large
// aggregate must not stall HTTP handling on the main one.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { PGlite } = require(workerData.pglite);
  const { PGLiteSocketServer } = require(workerData.socket);
  const db = workerData.dataDir ? new PGlite(workerData.dataDir) : new PGlite();
  await db.waitReady;
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: workerData.port, maxConnections: workerData.maxConnections });
  await server.start();
  parentPort.on('message', async (message) => {
    if (message === 'stop') {
      await server.stop();
      await db.close();
      parentPort.postMessage({ stopped: true });
    }
  });
  parentPort.postMessage({ listening: server.getServerConn() });
})().catch((error) => parentPort.postMessage({ error: String(error && error.stack || error) }));
`;

/**
 * Starts PostgreSQL (PGlite, real PostgreSQL compiled to WASM) behind the Postgres wire
 * protocol. `dataDir` null keeps everything in memory (tests).
 */
export async function startEmbeddedPostgres(dataDir: string | null, port = 0, maxConnections = 40): Promise<EmbeddedPostgres> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const worker = new Worker(workerSource, {
    eval: true,
    workerData: {
      dataDir,
      maxConnections,
      port,
      pglite: require.resolve('@electric-sql/pglite'),
      socket: require.resolve('@electric-sql/pglite-socket'),
    },
  });
  const address = await new Promise<string>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (message: { listening?: string; error?: string }) => {
      if (message.listening) resolve(message.listening);
      else reject(new Error(`Embedded PostgreSQL did not start: ${message.error ?? 'unknown error'}`));
    });
  });
  let stopped = false;
  return {
    url: `postgres://postgres@${address}/postgres`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => resolve(), 5000);
        worker.once('message', () => {
          clearTimeout(timer);
          resolve();
        });
        worker.postMessage('stop');
      });
      await worker.terminate();
    },
  };
}
