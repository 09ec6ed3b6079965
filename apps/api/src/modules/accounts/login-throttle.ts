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
/** Refused password-reset tokens allowed per client address in one window (a token is 256 random bits; this only slows noise). */
export const RESET_FAILURES_PER_ADDRESS = 20;

/**
 * Brute-force protection for `login` (OWASP ASVS 2.2.1): fixed-window failure counters in
 * PostgreSQL, so every API instance behind a load balancer shares them. (rate-limiter-flexible's
 * PostgreSQL store was tried: its named prepared statements collide on the embedded database,
 * whose socket server shares one session between connections.)
 */
@Injectable()
export class LoginThrottle {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Refuses, before the password is even checked, when the account or the address is held back.
   * `email` is the account's sign-in key: its e-mail address when the account exists (so sign-in
   * by phone and by e-mail share one counter), otherwise the name as typed.
   */
  async beforeAttempt(email: string, address: string): Promise<void> {
    await this.refuseWhenHeld([
      [accountKey(email), FAILURES_PER_ACCOUNT],
      [addressKey(address), FAILURES_PER_ADDRESS],
    ]);
  }

  async failed(email: string, address: string): Promise<void> {
    await this.count([accountKey(email), addressKey(address)]);
  }

  /** Public password-reset tokens: held back per client address after repeated refusals. */
  async beforeReset(address: string): Promise<void> {
    await this.refuseWhenHeld([[`reset:${address}`, RESET_FAILURES_PER_ADDRESS]]);
  }

  async resetRefused(address: string): Promise<void> {
    await this.count([`reset:${address}`]);
  }

  private async refuseWhenHeld(limits: readonly (readonly [string, number])[]): Promise<void> {
    const rows: { key: string; points: number; expire: string }[] = await this.dataSource.query(
      `SELECT key, points, expire FROM login_throttle WHERE key = ANY($1) AND expire > $2`,
      [limits.map(([key]) => key), Date.now()],
    );
    for (const row of rows) {
      const limit = limits.find(([key]) => key === row.key)?.[1] ?? 0;
      if (row.points >= limit) {
        throw DomainError.tooManyRequests(CommonMessages['common.tooManyRequests'], { retryAfterSeconds: Math.ceil((Number(row.expire) - Date.now()) / 1000) });
      }
    }
  }

  private async count(keys: readonly string[]): Promise<void> {
    const now = Date.now();
    const expire = now + THROTTLE_WINDOW_SECONDS * 1000;
    // One statement per key: an expired window restarts at 1, a live one counts up atomically.
    for (const key of keys) {
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
