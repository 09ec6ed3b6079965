import type { Request, Response } from 'express';
import type { Locale } from '@ruamsang/shared';
import type { Actor } from '@ruamsang/domain';
import { RequestLoaders } from './request-loaders.js';

export interface AuthenticatedRequest extends Request {
  requestId: string;
  actor?: Actor;
  /** The sign-in session of the bearer token (see TokenService), once the guard has checked it. */
  sessionId?: string | null;
}

/** What every resolver gets as GraphQL context: one per HTTP request. */
export interface RequestContext {
  readonly req: AuthenticatedRequest;
  readonly res: Response;
  readonly locale: Locale;
  readonly requestId: string;
  readonly loaders: RequestLoaders;
}

export function createRequestContext(req: AuthenticatedRequest, res: Response, locale: Locale): RequestContext {
  return { req, res, locale, requestId: req.requestId, loaders: new RequestLoaders() };
}
