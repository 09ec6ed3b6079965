import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost } from '@nestjs/common';
import { GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { DEFAULT_LOCALE, pickLocale, type Locale } from '@ruamsang/shared';
import { DomainError, ErrorCode, translate } from '../common/errors.js';
import type { RequestContext } from './request-context.js';

const httpStatusCodes: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: ErrorCode.BAD_USER_INPUT,
  [HttpStatus.UNAUTHORIZED]: ErrorCode.UNAUTHENTICATED,
  [HttpStatus.FORBIDDEN]: ErrorCode.FORBIDDEN,
  [HttpStatus.NOT_FOUND]: ErrorCode.NOT_FOUND,
  [HttpStatus.CONFLICT]: ErrorCode.CONFLICT,
  [HttpStatus.TOO_MANY_REQUESTS]: ErrorCode.TOO_MANY_REQUESTS,
};

const httpStatusOf: Record<ErrorCode, number> = {
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.TOO_MANY_REQUESTS]: HttpStatus.TOO_MANY_REQUESTS,
};

const codeMessages: Record<ErrorCode, string> = {
  [ErrorCode.BAD_USER_INPUT]: 'validation.invalid',
  [ErrorCode.UNAUTHENTICATED]: 'common.unauthenticated',
  [ErrorCode.FORBIDDEN]: 'common.forbidden',
  [ErrorCode.NOT_FOUND]: 'common.notFound',
  [ErrorCode.CONFLICT]: 'common.conflict',
  [ErrorCode.TOO_MANY_REQUESTS]: 'common.tooManyRequests',
};

/** Turns a domain refusal into a GraphQL error in the caller's language. */
export function toGraphQLError(error: DomainError, locale: Locale): GraphQLError {
  const fields = error.fields.map((f) => ({
    field: f.field,
    message: `${f.field}: ${translate(f.reason, locale, f.params ?? {})}`,
  }));
  // A validation failure carries its field's message as detailKey; a domain refusal may pass its own detail.
  const detailKey = error.params['detailKey'];
  const params = typeof detailKey === 'string' ? { ...error.params, detail: translate(detailKey, locale, error.fields[0]?.params ?? {}) } : error.params;
  const message = translate(error.reason, locale, params);
  return new GraphQLError(message, {
    extensions: {
      code: error.code,
      reason: error.reason,
      ...(fields.length > 0 ? { field: fields[0]?.field, fields } : {}),
    },
  });
}

/**
 * The one place errors leave the API. Domain errors keep their code; Nest HTTP errors map by
 * status; anything else is logged with the request id and reported without internals.
 */
@Catch()
export class GraphqlErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<'graphql' | 'http'>() !== 'graphql') return this.catchHttp(exception, host);
    const context = GqlArgumentsHost.create(host).getContext<RequestContext | undefined>();
    const locale = context?.locale ?? DEFAULT_LOCALE;
    const requestId = context?.requestId ?? 'unknown';
    if (exception instanceof DomainError) return toGraphQLError(exception, locale);
    if (exception instanceof GraphQLError) return exception;
    if (exception instanceof HttpException) {
      const code = httpStatusCodes[exception.getStatus()];
      if (code) return toGraphQLError(new DomainError(code, codeMessages[code]), locale);
    }
    this.logger.error(`request ${requestId} failed`, exception instanceof Error ? exception.stack : String(exception));
    return new GraphQLError(translate('common.internal', locale, { requestId }), {
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    });
  }

  private catchHttp(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const req = http.getRequest<{ requestId?: string; headers: Record<string, string | string[] | undefined> }>();
    if (exception instanceof HttpException) {
      res.status(exception.getStatus()).json(exception.getResponse());
      return;
    }
    if (exception instanceof DomainError) {
      const header = req.headers['accept-language'];
      const locale = pickLocale(typeof header === 'string' ? header : undefined);
      res.status(httpStatusOf[exception.code]).json({ code: exception.code, message: translate(exception.reason, locale, exception.params) });
      return;
    }
    this.logger.error(`request ${req.requestId ?? 'unknown'} failed`, exception instanceof Error ? exception.stack : String(exception));
    res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', requestId: req.requestId });
  }
}
