import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Actor } from '@ruamsang/domain';
import { DomainError } from '../errors.js';
import { requestOf } from './current-actor.decorator.js';
import { IS_PUBLIC } from './public.decorator.js';
import { TokenService } from './token.service.js';

/** A token that names a real account and is still refused (deactivated, revoked): the message key says why. */
export interface ActorRefusal {
  readonly refusedBecause: string;
}

/** Finds the current person for a user id; provided by the accounts module. */
export abstract class ActorDirectory {
  /** `token`: when the presented token was signed and its session, so revoked tokens are refused. */
  abstract findActor(userId: string, token: { issuedAtMs: number; sessionId: string | null }): Promise<Actor | ActorRefusal | null>;
}

/**
 * Applied to every resolver and route: a valid bearer token is required unless the handler is
 * marked @Public. On public handlers a valid token still identifies the caller.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly directory: ActorDirectory,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, [context.getHandler(), context.getClass()]) === true;
    const req = requestOf(context);
    if (req.actor) return true;
    const header = req.headers.authorization;
    const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : null;
    if (!token) {
      if (isPublic) return true;
      throw DomainError.unauthenticated('common.unauthenticated');
    }
    const check = await this.tokens.check(token);
    // Looked up on every request (never cached), so a deactivation or revocation counts at once.
    const found = check.valid ? await this.directory.findActor(check.userId, check) : null;
    const actor = found && 'role' in found ? found : null;
    if (!actor) {
      if (isPublic) return true;
      if (found && 'refusedBecause' in found) throw DomainError.unauthenticated(found.refusedBecause);
      throw DomainError.unauthenticated(!check.valid && check.expired ? 'common.sessionExpired' : 'common.unauthenticated');
    }
    req.actor = actor;
    if (check.valid) req.sessionId = check.sessionId;
    return true;
  }
}
