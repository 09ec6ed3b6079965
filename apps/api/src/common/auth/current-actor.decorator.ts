import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor } from '@ruamsang/domain';
import type { AuthenticatedRequest } from '../../graphql/request-context.js';
import { DomainError } from '../errors.js';

export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req
    : context.switchToHttp().getRequest<AuthenticatedRequest>();
}

/** The signed-in person; on a @Public resolver it is undefined when nobody is signed in. */
export const CurrentActor = createParamDecorator((optional: boolean | undefined, context: ExecutionContext): Actor | undefined => {
  const actor = requestOf(context).actor;
  if (!actor && !optional) throw DomainError.unauthenticated('common.unauthenticated');
  return actor;
});

export const OptionalActor = () => CurrentActor(true);
