import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CommonMessages, DomainError } from '../../common/errors.js';

/** Failed sign-ins allowed per account (whatever the address) in one window. */
export const FAILURES_PER_ACCOUNT = 10;
/**
 * Failed sign-ins allowed per client address, to slow password spraying across accounts. Only
 * failures count: a whole workshop signing in from behind one village router is not an attack.
 */
export const FAILURES_PER_ADDRESS = 100;
export const THROTTLE_WINDOW_SECONDS = 15 * 60;

/**
 * Brute-force protection for `login` (OWASP ASVS 2.2.1): fixed-window failure counters in
 * PostgreSQL, so every API instance behind a load balancer shares them. (rate-limiter-flexible's
 * PostgreSQL store was tried: its named prepared statements collide on the embedded database,
 * whose socket server shares one session between connections.)
 */
@Injectable()
export class LoginThrottle {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Refuses, before the password is even checked, when the account or the address is held back. */
  async beforeAttempt(email: string, address: string): Promise<void> {
    const rows: { key: string; points: number; expire: string }[] = await this.dataSource.query(
      `SELECT key, points, expire FROM login_throttle WHERE key = ANY($1) AND expire > $2`,
      [[accountKey(email), addressKey(address)], Date.now()],
    );
    for (const row of rows) {
      const limit = row.key.startsWith('account:') ? FAILURES_PER_ACCOUNT : FAILURES_PER_ADDRESS;
      if (row.points >= limit) {
        throw DomainError.tooManyRequests(CommonMessages['common.tooManyRequests'], { retryAfterSeconds: Math.ceil((Number(row.expire) - Date.now()) / 1000) });
      }
    }
  }

  async failed(email: string, address: string): Promise<void> {
    const now = Date.now();
    const expire = now + THROTTLE_WINDOW_SECONDS * 1000;
    // One statement per key: an expired window restarts at 1, a live one counts up atomically.
    for (const key of [accountKey(email), addressKey(address)]) {
      await this.dataSource.query(
        `INSERT INTO login_throttle (key, points, expire) VALUES ($1, 1, $2)
         ON CONFLICT (key) DO UPDATE SET
           points = CASE WHEN login_throttle.expire <= $3 THEN 1 ELSE login_throttle.points + 1 END,
           expire = CASE WHEN login_throttle.expire <= $3 THEN $2 ELSE login_throttle.expire END`,
        [key, expire, now],
      );
    }
  }

  async succeeded(email: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_throttle WHERE key = $1`, [accountKey(email)]);
  }
}

function accountKey(email: string): string {
  return `account:${email.trim().toLowerCase()}`;
}

function addressKey(address: string): string {
  return `address:${address}`;
}
