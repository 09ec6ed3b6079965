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
//
// All client connections share PGlite's one backend, so they must take turns. pglite-socket's own
// queue switches connection between any two protocol messages unless a transaction is open: an
// extended-protocol query (Parse, Bind, Describe, Execute … Sync) of one connection could then run
// with another's unnamed statement or portal, or wait for ever; and one failed message stopped
// its queue for good. ConnectionTurns keeps the backend for one connection from the first message
// of a query until its Sync (or a simple Query), and for as long as that connection's transaction
// is open; a connection that goes away gives its turn back (rolling back its transaction).
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');

class ConnectionTurns {
  constructor(db) {
    this.db = db;
    this.queue = [];
    this.running = false;
    this.owner = null;
  }
  enqueue(handlerId, message, onData) {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.run();
    });
  }
  take() {
    if (this.owner === null) return this.queue.shift() || null;
    const i = this.queue.findIndex((item) => item.handlerId === this.owner);
    return i === -1 ? null : this.queue.splice(i, 1)[0];
  }
  async run() {
    if (this.running) return;
    this.running = true;
    try {
      for (let item = this.take(); item; item = this.take()) {
        // A startup message has no type byte (it begins with its length, whose first byte is 0).
        const type = item.message.length > 0 ? String.fromCharCode(item.message[0]) : '';
        let bytes = 0;
        try {
          await this.db.runExclusive(() => this.db.execProtocolRawStream(item.message, { onRawData: (data) => { bytes += data.length; item.onData(data); } }));
          item.resolve(bytes);
        } catch (error) {
          item.reject(error);
        }
        const midQuery = type !== '' && 'PBDECH'.includes(type);
        this.owner = midQuery || this.db.isInTransaction() ? item.handlerId : null;
      }
    } finally {
      this.running = false;
    }
  }
  getQueueLength() {
    return this.queue.length;
  }
  clearQueueForHandler(handlerId) {
    this.queue = this.queue.filter((item) => {
      if (item.handlerId !== handlerId) return true;
      item.reject(new Error('Handler disconnected'));
      return false;
    });
  }
  async clearTransactionIfNeeded(handlerId) {
    if (this.owner !== handlerId) return;
    this.owner = null;
    if (this.db.isInTransaction()) await this.db.runExclusive(() => this.db.exec('ROLLBACK'));
    void this.run();
  }
}

(async () => {
  const { PGlite } = require(workerData.pglite);
  const { PGLiteSocketServer } = require(workerData.socket);
  const db = workerData.dataDir ? new PGlite(workerData.dataDir) : new PGlite();
  await db.waitReady;
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: workerData.port, maxConnections: workerData.maxConnections });
  server.queryQueue = new ConnectionTurns(db);
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
