import { Inject, Injectable } from '@nestjs/common';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { Role } from '@ruamsang/shared';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';

export type TokenCheck = { valid: true; userId: string } | { valid: false; expired: boolean };

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
    return new SignJWT({ role })
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
      return payload.sub ? { valid: true, userId: payload.sub } : { valid: false, expired: false };
    } catch (error) {
      return { valid: false, expired: error instanceof errors.JWTExpired };
    }
  }
}
