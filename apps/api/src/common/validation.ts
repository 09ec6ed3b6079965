import { ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, type ValidationError } from 'class-validator';
import { DomainError, ErrorCode, hasMessage, type FieldProblem } from './errors.js';

function constraintParams(target: object | undefined, property: string, constraint: string): Record<string, string | number> {
  if (!target) return {};
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === property && m.name === constraint);
  const params: Record<string, string | number> = {};
  (metadata?.constraints ?? []).forEach((value: unknown, index: number) => {
    params[String(index)] =
      typeof value === 'object' && value !== null ? Object.values(value).join(', ') : String(value);
  });
  return params;
}

function flatten(errors: readonly ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {}).map((constraint) => {
      const key = `validation.${constraint}`;
      return {
        field,
        reason: hasMessage(key) ? key : 'validation.invalid',
        params: constraintParams(error.target, error.property, constraint),
      };
    });
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

export function validationErrorFrom(errors: readonly ValidationError[]): DomainError {
  const fields = flatten(errors);
  const first = fields[0];
  return new DomainError(ErrorCode.BAD_USER_INPUT, 'common.invalidInput', { field: first?.field ?? '', detailKey: first?.reason ?? '' }, fields);
}

/** Validates every argument object; unknown properties are refused rather than silently dropped. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    validateCustomDecorators: false,
    // The target lets the factory read each constraint's limits; values (passwords) are never kept.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => validationErrorFrom(errors),
  });
}
