import { ValidationPipe } from '@nestjs/common';
import { MODULE_CODE_PATTERN, isClientKey } from '@ruamsang/shared';
import { getMetadataStorage, registerDecorator, type ValidationError, type ValidationOptions } from 'class-validator';
import { DomainError, ErrorCode, hasMessage, type FieldProblem } from './errors.js';

/**
 * What each text format used by the inputs allows, in words, keyed by the pattern's source: a
 * refusal says "must be a 2-digit province code, e.g. 94", never only "has the wrong format".
 * formats.spec.ts fails when an input uses a pattern that is not described here.
 */
const DESCRIBED_FORMATS = new Map<string, string>([
  [MODULE_CODE_PATTERN.source, 'format.moduleCode'],
  ['^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$', 'format.code'],
  ['^[a-z][a-z0-9_]{0,39}$', 'format.questionKey'],
  ['^\\d{2}$', 'format.provinceCode'],
  ['^\\d{4}$', 'format.districtCode'],
  ['^\\d{4}-\\d{2}-\\d{2}$', 'format.date'],
  ['^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$', 'format.date'],
  ['^([01]\\d|2[0-3]):[0-5]\\d$', 'format.time'],
]);

export function describedFormat(pattern: RegExp): string | undefined {
  return DESCRIBED_FORMATS.get(pattern.source);
}

/** An idempotency key chosen by the client: 1–128 printable characters (UUID, "uuid:…", "row-17"). */
export function IsClientKey(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isClientKey',
      target: target.constructor,
      propertyName: String(propertyName),
      options: options ?? {},
      validator: { validate: (value: unknown) => isClientKey(value) },
    });
}

function reasonFor(constraint: string, target: object | undefined, property: string): string {
  if (constraint === 'matches' && target) {
    const pattern = getMetadataStorage()
      .getTargetValidationMetadatas(target.constructor, '', true, false)
      .find((m) => m.propertyName === property && m.name === 'matches')?.constraints?.[0] as unknown;
    const described = pattern instanceof RegExp ? describedFormat(pattern) : undefined;
    if (described) return described;
  }
  const key = `validation.${constraint}`;
  return hasMessage(key) ? key : 'validation.invalid';
}

function constraintParams(target: object | undefined, property: string, constraint: string): Record<string, string | number> {
  if (!target) return {};
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === property && m.name === constraint);
  const params: Record<string, string | number> = {};
  (metadata?.constraints ?? []).forEach((value: unknown, index: number) => {
    params[String(index)] =
      value instanceof RegExp ? value.source : typeof value === 'object' && value !== null ? Object.values(value).join(', ') : String(value);
  });
  return params;
}

function flatten(errors: readonly ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {}).map((constraint) => ({
      field,
      reason: reasonFor(constraint, error.target, error.property),
      params: constraintParams(error.target, error.property, constraint),
    }));
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
