import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type LoggerService, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { IN_MEMORY, type AppConfig } from './config/config.js';
import { migrate } from './database/data-source.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './database/embedded-postgres.js';
import { DemoSeeder } from './database/seed/demo.seeder.js';
import type { AuthenticatedRequest } from './graphql/request-context.js';
import { AccountsService } from './modules/accounts/accounts.service.js';
import { GeographyRepository } from './modules/geography/geography.repository.js';
import { verificationRateLimit } from './modules/attendance/verify-rate-limit.js';
import { DeliveryWorker } from './modules/notifications/delivery.worker.js';
import { NotificationQueue } from './modules/notifications/notification-queue.js';

/** Paths the API answers; everything else that looks like a page gets the web app. */
const API_PREFIXES = ['/graphql', '/health', '/calendar', '/verify', '/certificates', '/exports', '/imports', '/unsubscribe'];
/** Web pages at an API prefix itself: `/certificates` is "My certificates"; the API answers only below it (`/certificates/<code>.pdf`). */
const WEB_PAGES_AT_API_PREFIX = new Set(['/certificates']);

export interface RuamsangApp {
  readonly app: NestExpressApplication;
  readonly dataSource: DataSource;
  /** The database URL in use (the embedded server's when DATABASE_URL is unset). */
  readonly databaseUrl: string;
  close(): Promise<void>;
}

function requestIds(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
  (req as AuthenticatedRequest).requestId = id;
  res.setHeader('x-request-id', id);
  next();
}

function serveWeb(app: NestExpressApplication, webDist: string): void {
  const index = join(webDist, 'index.html');
  app.use('/assets', express.static(join(webDist, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }));
  app.use(express.static(webDist, { index: false, maxAge: 0 }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPage = (req.method === 'GET' || req.method === 'HEAD') && (WEB_PAGES_AT_API_PREFIX.has(req.path) || !API_PREFIXES.some((p) => req.path === p || req.path.startsWith(`${p}/`)));
    if (isPage && !req.path.includes('.')) res.sendFile(index);
    else next();
  });
}

/** Security headers (OWASP ASVS 14.4) with a policy that fits the single-page app: nothing from other origins. */
function securityHeaders(): ReturnType<typeof helmet> {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // React and the chart library set style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * Builds the whole product: database (embedded unless DATABASE_URL), migrations, reference data,
 * the first admin, demo data, GraphQL API and web app. `main.ts` and the tests both call it.
 */
export async function createRuamsangApp(config: AppConfig, logger?: LoggerService | LogLevel[] | false): Promise<RuamsangApp> {
  let embedded: EmbeddedPostgres | null = null;
  if (!config.databaseUrl) embedded = await startEmbeddedPostgres(config.dataDir === IN_MEMORY ? null : join(config.dataDir, 'pg'), config.embeddedDatabasePort);
  const databaseUrl = config.databaseUrl ?? embedded!.url;
  try {
    const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, databaseUrl), {
      logger: logger ?? ['log', 'warn', 'error'],
      bodyParser: false,
    });
    app.use(requestIds);
    app.use(securityHeaders());
    app.use(express.json({ limit: '1mb' }));
    // Paper-form imports arrive as the raw CSV or XLSX file.
    app.use('/imports', express.raw({ type: () => true, limit: '50mb' }));
    app.use('/verify', verificationRateLimit());
    app.disable('x-powered-by');
    app.set('trust proxy', 'loopback');
    if (config.webDist && existsSync(join(config.webDist, 'index.html'))) serveWeb(app, config.webDist);
    app.enableShutdownHooks();
    await app.init();

    const dataSource = app.get<DataSource>(getDataSourceToken());
    await migrate(dataSource);
    // The queue's schema before anything can notify; this process delivers unless WORKER=off.
    const worker = app.get(DeliveryWorker);
    await app.get(NotificationQueue).start(databaseUrl, config.notifications.worker === 'inline' ? (id) => worker.deliver(id) : null);
    await app.get(GeographyRepository).ensureLoaded();
    if (config.bootstrapAdmin) await app.get(AccountsService).ensureBootstrapAdmin(config.bootstrapAdmin.email, config.bootstrapAdmin.password);
    if (config.demoData) await app.get(DemoSeeder).seed(config.demoPassword);

    let closed = false;
    return {
      app,
      dataSource,
      databaseUrl,
      async close() {
        if (closed) return;
        closed = true;
        await app.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
