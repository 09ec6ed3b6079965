import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { Role } from '@ruamsang/shared';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';

/**
 * `issuedAtMs`: when the token was signed, to the millisecond (a revocation compares with it);
 * `sessionId`: a random id per sign-in, so one session can outlive a revocation (the one that
 * changed the password).
 */
export type TokenCheck = { valid: true; userId: string; issuedAtMs: number; sessionId: string | null } | { valid: false; expired: boolean };

/** Signs and checks the bearer tokens returned by `login` (HS256, with an expiry). */
@Injectable()
export class TokenService {
  private readonly key: Uint8Array;
  readonly ttlSeconds: number;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = new TextEncoder().encode(config.jwtSecret);
    this.ttlSeconds = config.tokenTtlSeconds;
  }

  sign(userId: string, role: Role): Promise<string> {
    // `ims`: the issue time in milliseconds; `iat` has whole seconds only, too coarse to tell a
    // token signed just before a password change from one signed just after it.
    return new SignJWT({ role, ims: Date.now(), sid: randomBytes(12).toString('base64url') })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuedAt()
      .setIssuer('ruamsang')
      .setExpirationTime(`${this.config.tokenTtlSeconds}s`)
      .sign(this.key);
  }

  async check(token: string): Promise<TokenCheck> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: 'ruamsang', algorithms: ['HS256'] });
      if (!payload.sub) return { valid: false, expired: false };
      const issuedAtMs = typeof payload['ims'] === 'number' ? payload['ims'] : (payload.iat ?? 0) * 1000;
      const sessionId = typeof payload['sid'] === 'string' ? payload['sid'] : null;
      return { valid: true, userId: payload.sub, issuedAtMs, sessionId };
    } catch (error) {
      return { valid: false, expired: error instanceof errors.JWTExpired };
    }
  }
}
