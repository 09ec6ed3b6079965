// Jest set-up shared by the browser journeys (kept apart from server.ts, which the bench uses outside Jest).
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { launchBrowser, SCREENSHOTS, startProduct, type RunningProduct } from './server.js';

/**
 * Starts the product (demo programme, embedded database) and Debian's Chromium before a file's
 * tests, and stops whichever of them started afterwards. Read `product` and `browser` inside tests.
 * `env` adds environment variables for the product (worked out when the file starts).
 */
export function productAndBrowser(env: () => Promise<Record<string, string>> = () => Promise.resolve({})): { readonly product: RunningProduct; readonly browser: Browser } {
  const running: { product?: RunningProduct; browser?: Browser } = {};
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const [started, launched] = await Promise.allSettled([env().then((vars) => startProduct(vars)), launchBrowser()]);
    if (started.status === 'fulfilled') running.product = started.value;
    if (launched.status === 'fulfilled') running.browser = launched.value;
    if (started.status === 'rejected') throw started.reason;
    if (launched.status === 'rejected') throw launched.reason;
  }, 90_000);
  afterAll(async () => {
    await running.browser?.close();
    await running.product?.stop();
  });
  return {
    get product() {
      if (!running.product) throw new Error('the product is not running (see beforeAll)');
      return running.product;
    },
    get browser() {
      if (!running.browser) throw new Error('the browser is not running (see beforeAll)');
      return running.browser;
    },
  };
}
