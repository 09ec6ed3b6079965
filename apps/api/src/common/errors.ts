import type { Locale } from '@ruamsang/shared';

/** The codes clients see in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
}

export type Messages = Record<Locale, string>;
export type Catalogue = Record<string, Messages>;

const catalogue = new Map<string, Messages>();

/** Registers a feature's user-facing messages; keys are namespaced by the feature. */
export function defineMessages<const T extends Catalogue>(messages: T): { [K in keyof T]: K } {
  const keys = {} as { [K in keyof T]: K };
  for (const [key, text] of Object.entries(messages)) {
    if (catalogue.has(key) && catalogue.get(key) !== text) throw new Error(`Message key defined twice: ${key}`);
    catalogue.set(key, text);
    (keys as Record<string, string>)[key] = key;
  }
  return keys;
}

export type MessageParams = Record<string, string | number>;

export function translate(key: string, locale: Locale, params: MessageParams = {}): string {
  const text = catalogue.get(key)?.[locale] ?? catalogue.get(key)?.en ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function hasMessage(key: string): boolean {
  return catalogue.has(key);
}

export interface FieldProblem {
  readonly field: string;
  readonly reason: string;
  readonly params?: MessageParams;
}

/**
 * A refusal the user can act on. Services throw these; one filter turns them into GraphQL
 * errors whose message is in the caller's language and whose `extensions.code` is `code`.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    readonly params: MessageParams = {},
    /** Input fields at fault, so a form can point at them. */
    readonly fields: readonly FieldProblem[] = [],
  ) {
    super(reason);
    this.name = 'DomainError';
  }

  static badInput(field: string, reason: string, params: MessageParams = {}): DomainError {
    return new DomainError(ErrorCode.BAD_USER_INPUT, reason, { ...params, field }, [{ field, reason, params }]);
  }
  static forbidden(reason: string, params: MessageParams = {}): DomainError {
    return new DomainError(ErrorCode.FORBIDDEN, reason, params);
  }
  static notFound(reason: string, params: MessageParams = {}): DomainError {
    return new DomainError(ErrorCode.NOT_FOUND, reason, params);
  }
  static conflict(reason: string, params: MessageParams = {}, field?: string): DomainError {
    return new DomainError(ErrorCode.CONFLICT, reason, params, field ? [{ field, reason, params }] : []);
  }
  static unauthenticated(reason: string): DomainError {
    return new DomainError(ErrorCode.UNAUTHENTICATED, reason);
  }
  static tooManyRequests(reason: string, params: MessageParams = {}): DomainError {
    return new DomainError(ErrorCode.TOO_MANY_REQUESTS, reason, params);
  }
}

export const CommonMessages = defineMessages({
  'common.unauthenticated': {
    th: 'กรุณาเข้าสู่ระบบก่อน',
    en: 'Please sign in first.',
    ms: 'Sila log masuk dahulu.',
  },
  'common.sessionExpired': {
    th: 'การเข้าสู่ระบบหมดอายุ กรุณาเข้าสู่ระบบอีกครั้ง',
    en: 'Your session has expired. Please sign in again.',
    ms: 'Sesi anda telah tamat. Sila log masuk semula.',
  },
  'common.forbidden': {
    th: 'คุณไม่มีสิทธิ์ทำรายการนี้',
    en: 'You are not allowed to do this.',
    ms: 'Anda tidak dibenarkan melakukan ini.',
  },
  'common.notFound': {
    th: 'ไม่พบข้อมูลที่ต้องการ',
    en: 'Not found.',
    ms: 'Tidak dijumpai.',
  },
  'common.tooManyRequests': {
    th: 'มีการเรียกใช้บ่อยเกินไป กรุณารอสักครู่แล้วลองใหม่',
    en: 'Too many requests. Please wait a moment and try again.',
    ms: 'Terlalu banyak permintaan. Sila tunggu sebentar dan cuba lagi.',
  },
  'common.conflict': {
    th: 'ข้อมูลขัดแย้งกับที่มีอยู่แล้ว',
    en: 'This conflicts with existing data.',
    ms: 'Ini bercanggah dengan data sedia ada.',
  },
  'common.internal': {
    th: 'เกิดข้อผิดพลาดในระบบ กรุณาลองใหม่ (รหัสอ้างอิง {requestId})',
    en: 'Something went wrong on our side. Please try again (reference {requestId}).',
    ms: 'Berlaku ralat pada sistem. Sila cuba lagi (rujukan {requestId}).',
  },
  'common.invalidInput': {
    th: 'ข้อมูลไม่ถูกต้อง: {field} — {detail}',
    en: 'Invalid input: {field} — {detail}',
    ms: 'Input tidak sah: {field} — {detail}',
  },
});

/** Messages for class-validator constraints, keyed by the constraint's name. */
export const ValidationMessages = defineMessages({
  'validation.isEmail': { th: 'ต้องเป็นอีเมลที่ถูกต้อง', en: 'must be a valid email address', ms: 'mestilah alamat e-mel yang sah' },
  'validation.minLength': {
    th: 'ต้องมีอย่างน้อย {0} ตัวอักษร',
    en: 'must be at least {0} characters long',
    ms: 'mestilah sekurang-kurangnya {0} aksara',
  },
  'validation.maxLength': {
    th: 'ต้องมีไม่เกิน {0} ตัวอักษร',
    en: 'must be at most {0} characters long',
    ms: 'mestilah tidak melebihi {0} aksara',
  },
  'validation.min': { th: 'ต้องไม่น้อยกว่า {0}', en: 'must be at least {0}', ms: 'mestilah sekurang-kurangnya {0}' },
  'validation.max': { th: 'ต้องไม่เกิน {0}', en: 'must be at most {0}', ms: 'mestilah tidak melebihi {0}' },
  'validation.isInt': { th: 'ต้องเป็นจำนวนเต็ม', en: 'must be a whole number', ms: 'mestilah nombor bulat' },
  'validation.isIn': { th: 'ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: {0}', en: 'must be one of: {0}', ms: 'mestilah salah satu daripada: {0}' },
  'validation.isEnum': { th: 'ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: {0}', en: 'must be one of: {0}', ms: 'mestilah salah satu daripada: {0}' },
  'validation.matches': { th: 'มีรูปแบบไม่ถูกต้อง', en: 'has the wrong format', ms: 'formatnya tidak betul' },
  'validation.isNotEmpty': { th: 'ต้องไม่เว้นว่าง', en: 'must not be empty', ms: 'tidak boleh kosong' },
  'validation.arrayMaxSize': {
    th: 'มีได้ไม่เกิน {0} รายการ',
    en: 'may hold at most {0} items',
    ms: 'boleh mengandungi paling banyak {0} item',
  },
  'validation.arrayMinSize': {
    th: 'ต้องมีอย่างน้อย {0} รายการ',
    en: 'must hold at least {0} items',
    ms: 'mesti mengandungi sekurang-kurangnya {0} item',
  },
  'validation.arrayUnique': { th: 'มีค่าซ้ำกัน', en: 'must not repeat a value', ms: 'tidak boleh mengulang nilai' },
  'validation.isUuid': { th: 'ต้องเป็นรหัสที่ถูกต้อง', en: 'must be a valid id', ms: 'mestilah id yang sah' },
  'validation.whitelistValidation': { th: 'ไม่ใช่ช่องข้อมูลที่รับ', en: 'is not an accepted field', ms: 'bukan medan yang diterima' },
  'validation.invalid': { th: 'ไม่ถูกต้อง', en: 'is not valid', ms: 'tidak sah' },
});
