import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';

export const DELIVERY_QUEUE = 'notification-delivery';
/** pg-boss retries a job this many times after its first try, waiting retryDelay·2ⁿ seconds (with jitter). */
export const RETRY_LIMIT = 5;
export const MAX_ATTEMPTS = RETRY_LIMIT + 1;

export interface DeliveryJob {
  readonly deliveryId: string;
}

export type DeliveryHandler = (deliveryId: string) => Promise<void>;

/**
 * The background queue: pg-boss on the application's own database (schema `pgboss`, created and
 * migrated by pg-boss at start).
 *
 * Why pg-boss (10.x, the last line that runs on Node 20): it polls with plain SQL
 * (SELECT … FOR UPDATE SKIP LOCKED), which suits the embedded server where connections take
 * turns and LISTEN/NOTIFY is not served; its `insert`/`send` accept the caller's connection (`db`),
 * so a job is written in the same transaction as the event and the notification rows (the
 * outbox); retries with exponential backoff, expiry of jobs whose worker died, and archiving are
 * built in. graphile-worker 0.16+ wants LISTEN/NOTIFY for low latency and Node 22 for its
 * current line.
 */
@Injectable()
export class NotificationQueue implements OnApplicationShutdown {
  private readonly logger = new Logger('NotificationQueue');
  private boss: PgBoss | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Creates or migrates the queue schema; with a handler, this process also delivers. */
  async start(databaseUrl: string, handler: DeliveryHandler | null): Promise<void> {
    if (this.boss) return;
    const boss = new PgBoss({
      connectionString: databaseUrl,
      max: 4,
      application_name: 'ruamsang-queue',
      schedule: false,
      supervise: handler !== null,
      // Maintenance fails expired jobs (a dead worker's) so they are retried: at least once per lease.
      maintenanceIntervalSeconds: Math.max(1, Math.min(30, this.config.notifications.leaseSeconds)),
    });
    boss.on('error', (error: Error) => this.logger.warn(`queue: ${error.message}`));
    await boss.start();
    this.boss = boss;
    // The expiry is the claim lease: a job still active after it belongs to a dead worker and is retried.
    const queue = { name: DELIVERY_QUEUE, retryLimit: RETRY_LIMIT, retryDelay: 5, retryBackoff: true, expireInSeconds: this.config.notifications.leaseSeconds };
    if (await boss.getQueue(DELIVERY_QUEUE)) await boss.updateQueue(DELIVERY_QUEUE, queue);
    else await boss.createQueue(DELIVERY_QUEUE, queue);
    if (handler) {
      // One job per fetch, one at a time: pg-boss stops waiting for a handler after the job's expiry
      // and fetches again, so a batch outliving the lease would run beside the next one. With one
      // job (whose send times out well within the lease) at most one message per worker is ever
      // between "accepted" and "marked sent".
      await boss.work<DeliveryJob>(DELIVERY_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async (jobs) => {
        for (const job of jobs) {
          try {
            await handler(job.data.deliveryId);
          } catch (error) {
            await boss.fail(DELIVERY_QUEUE, job.id, { message: error instanceof Error ? error.message : String(error) });
          }
        }
      });
    }
  }

  /** Enqueues deliveries in the caller's transaction: rolled back with it, committed with it. */
  async enqueue(manager: EntityManager, deliveryIds: readonly string[]): Promise<void> {
    if (deliveryIds.length === 0) return;
    if (!this.boss) throw new Error('the notification queue is not started');
    const db = { executeSql: async (text: string, values: unknown[]) => ({ rows: await manager.query<unknown[]>(text, values) }) };
    for (let i = 0; i < deliveryIds.length; i += 1000) {
      await this.boss.insert(
        deliveryIds.slice(i, i + 1000).map((deliveryId) => ({ name: DELIVERY_QUEUE, data: { deliveryId } })),
        { db },
      );
    }
  }

  async onApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    if (boss) await boss.stop({ graceful: true, wait: true, timeout: 5000 });
  }
}
