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
  'validation.matches': {
    th: 'ต้องตรงกับรูปแบบ {0}',
    en: 'must match the pattern {0}',
    ms: 'mesti sepadan dengan corak {0}',
  },
  'validation.isClientKey': {
    th: 'ต้องเป็นข้อความที่พิมพ์ได้ 1–128 ตัวอักษร เช่น UUID, uuid:6f1c… จาก ODK/Kobo หรือ row-17',
    en: 'must be 1–128 printable characters, e.g. a UUID, ODK/Kobo’s uuid:6f1c… or row-17',
    ms: 'mestilah 1–128 aksara boleh cetak, cth. UUID, uuid:6f1c… daripada ODK/Kobo atau row-17',
  },
  'format.moduleCode': {
    th: 'ต้องเป็นอักษรภาษาอังกฤษ ตัวเลข หรือ - . _ จำนวน 2–20 ตัว ขึ้นต้นด้วยอักษรหรือตัวเลข เช่น AGR-101, 460-101, 01999111, FS101',
    en: 'must be 2–20 letters, digits, “-”, “.” or “_”, starting with a letter or digit, e.g. AGR-101, 460-101, 01999111, FS101',
    ms: 'mestilah 2–20 huruf, digit, “-”, “.” atau “_”, bermula dengan huruf atau digit, cth. AGR-101, 460-101, 01999111, FS101',
  },
  'format.code': {
    th: 'ต้องเป็นอักษรภาษาอังกฤษ ตัวเลข หรือ - . _ จำนวน 1–40 ตัว ขึ้นต้นด้วยอักษรหรือตัวเลข เช่น FS-01',
    en: 'must be 1–40 letters, digits, “-”, “.” or “_”, starting with a letter or digit, e.g. FS-01',
    ms: 'mestilah 1–40 huruf, digit, “-”, “.” atau “_”, bermula dengan huruf atau digit, cth. FS-01',
  },
  'format.questionKey': {
    th: 'ต้องเป็นอักษรภาษาอังกฤษตัวเล็ก ตัวเลข หรือ _ ไม่เกิน 40 ตัว ขึ้นต้นด้วยอักษร เช่น hopes',
    en: 'must be up to 40 lower-case letters, digits or “_”, starting with a letter, e.g. hopes',
    ms: 'mestilah sehingga 40 huruf kecil, digit atau “_”, bermula dengan huruf, cth. hopes',
  },
  'format.provinceCode': {
    th: 'ต้องเป็นรหัสจังหวัดตัวเลข 2 หลัก เช่น 94 (ปัตตานี)',
    en: 'must be a 2-digit province code, e.g. 94 (Pattani)',
    ms: 'mestilah kod wilayah 2 digit, cth. 94 (Pattani)',
  },
  'format.districtCode': {
    th: 'ต้องเป็นรหัสอำเภอตัวเลข 4 หลัก เช่น 9401 (เมืองปัตตานี)',
    en: 'must be a 4-digit district code, e.g. 9401 (Mueang Pattani)',
    ms: 'mestilah kod daerah 4 digit, cth. 9401 (Mueang Pattani)',
  },
  'format.date': {
    th: 'ต้องเป็นวันที่แบบ ปปปป-ดด-วว ในปีคริสต์ศักราช เช่น 2026-12-06',
    en: 'must be a date written YYYY-MM-DD (Gregorian year), e.g. 2026-12-06',
    ms: 'mestilah tarikh bertulis YYYY-MM-DD (tahun Masihi), cth. 2026-12-06',
  },
  'format.time': {
    th: 'ต้องเป็นเวลาแบบ ชช:นน (00:00–23:59) เช่น 13:30',
    en: 'must be a time written HH:MM (00:00–23:59), e.g. 13:30',
    ms: 'mestilah masa bertulis HH:MM (00:00–23:59), cth. 13:30',
  },
  'validation.isString': { th: 'ต้องเป็นข้อความ', en: 'must be text', ms: 'mestilah teks' },
  'validation.isBoolean': { th: 'ต้องเป็น true หรือ false', en: 'must be true or false', ms: 'mestilah true atau false' },
  'validation.isNumber': { th: 'ต้องเป็นตัวเลข', en: 'must be a number', ms: 'mestilah nombor' },
  'validation.isPositive': { th: 'ต้องเป็นตัวเลขที่มากกว่า 0', en: 'must be a number above 0', ms: 'mestilah nombor melebihi 0' },
  'validation.isDate': {
    th: 'ต้องเป็นวันเวลาแบบ ISO 8601 เช่น 2026-12-06T09:00:00+07:00',
    en: 'must be a date and time in ISO 8601, e.g. 2026-12-06T09:00:00+07:00',
    ms: 'mestilah tarikh dan masa dalam ISO 8601, cth. 2026-12-06T09:00:00+07:00',
  },
  'validation.isUrl': {
    th: 'ต้องเป็นลิงก์เว็บที่ขึ้นต้นด้วย http:// หรือ https://',
    en: 'must be a web address starting with http:// or https://',
    ms: 'mestilah alamat web bermula dengan http:// atau https://',
  },
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
  'validation.isUuid': {
    th: 'ต้องเป็นรหัสที่ระบบออกให้ (UUID เช่น 3f2b6c1e-8a4d-4c3b-9e2f-1a2b3c4d5e6f)',
    en: 'must be an id issued by Ruamsang (a UUID, e.g. 3f2b6c1e-8a4d-4c3b-9e2f-1a2b3c4d5e6f)',
    ms: 'mestilah id yang dikeluarkan oleh Ruamsang (UUID, cth. 3f2b6c1e-8a4d-4c3b-9e2f-1a2b3c4d5e6f)',
  },
  'validation.whitelistValidation': { th: 'ไม่ใช่ช่องข้อมูลที่รับ', en: 'is not an accepted field', ms: 'bukan medan yang diterima' },
  'validation.invalid': { th: 'ไม่ถูกต้อง', en: 'is not valid', ms: 'tidak sah' },
});
