import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CommonMessages, DomainError } from '../../common/errors.js';
import { THROTTLE_WINDOW_SECONDS } from '../accounts/login-throttle.js';

/**
 * Joins (account creations through an invitation) allowed per client address in one window. A
 * workshop of 60 signing up from one village router passes; a script minting accounts does not.
 */
export const JOINS_PER_ADDRESS = 60;

/** Rate limit of the public join mutation, in the same PostgreSQL table as the sign-in throttle. */
@Injectable()
export class JoinThrottle {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Counts the attempt and refuses it once the address has made too many in this window. */
  async attempt(address: string): Promise<void> {
    const now = Date.now();
    const rows: { points: number; expire: string }[] = await this.dataSource.query(
      `INSERT INTO login_throttle (key, points, expire) VALUES ($1, 1, $2)
       ON CONFLICT (key) DO UPDATE SET
         points = CASE WHEN login_throttle.expire <= $3 THEN 1 ELSE login_throttle.points + 1 END,
         expire = CASE WHEN login_throttle.expire <= $3 THEN $2 ELSE login_throttle.expire END
       RETURNING points, expire`,
      [`join:${address}`, now + THROTTLE_WINDOW_SECONDS * 1000, now],
    );
    const row = rows[0];
    if (row && row.points > JOINS_PER_ADDRESS) {
      throw DomainError.tooManyRequests(CommonMessages['common.tooManyRequests'], { retryAfterSeconds: Math.ceil((Number(row.expire) - now) / 1000) });
    }
  }
}
