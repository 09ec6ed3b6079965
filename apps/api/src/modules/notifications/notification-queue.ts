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
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;

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
      this.running = true;
      this.loop = this.work(boss, handler);
    }
  }

  /**
   * The worker loop: fetch a batch, deliver one job at a time, complete or fail each as soon as it
   * is done, and fetch again at once while there is work (pg-boss's own `work` waits the polling
   * interval after every batch and stops waiting for a handler after the job's expiry, which would
   * run two batches side by side). At most one message per worker is ever between "accepted" and
   * "marked sent"; a job expired and retried while still in a batch finds its delivery claimed.
   */
  private async work(boss: PgBoss, handler: DeliveryHandler): Promise<void> {
    while (this.running) {
      let jobs: PgBoss.Job<DeliveryJob>[] = [];
      try {
        jobs = await boss.fetch<DeliveryJob>(DELIVERY_QUEUE, { batchSize: 50 });
      } catch (error) {
        this.logger.warn(`queue fetch: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (jobs.length === 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 500);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        continue;
      }
      for (const job of jobs) {
        if (!this.running) break;
        try {
          await handler(job.data.deliveryId);
          await boss.complete(DELIVERY_QUEUE, job.id);
        } catch (error) {
          await boss.fail(DELIVERY_QUEUE, job.id, { message: error instanceof Error ? error.message : String(error) }).catch(() => undefined);
        }
      }
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
    this.running = false;
    this.wake?.();
    await this.loop;
    if (boss) await boss.stop({ graceful: true, wait: true, timeout: 5000 });
  }
}
