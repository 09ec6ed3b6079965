/** How a training module is delivered. */
export enum DeliveryMode {
  CLASSROOM = 'CLASSROOM',
  FIELD_VISIT = 'FIELD_VISIT',
  ONLINE = 'ONLINE',
  BLENDED = 'BLENDED',
}
export const DELIVERY_MODES: readonly DeliveryMode[] = Object.values(DeliveryMode);

/** A module's review workflow: DRAFT → REVIEW → APPROVED (REVIEW may go back to DRAFT). */
export enum ModuleStatus {
  DRAFT = 'DRAFT',
  REVIEW = 'REVIEW',
  APPROVED = 'APPROVED',
}
export const MODULE_STATUSES: readonly ModuleStatus[] = Object.values(ModuleStatus);

/**
 * Module codes in the programme's own style: 2–20 letters, digits, '-', '.' or '_', starting with
 * a letter or digit, e.g. "AGR-101", "460-101", "01999111", "FS101". Kept as typed.
 */
export const MODULE_CODE_MIN_LENGTH = 2;
export const MODULE_CODE_MAX_LENGTH = 20;
/** The same rule as an HTML `pattern` (browsers compile it with the v flag, where '-' must be escaped). */
export const MODULE_CODE_HTML_PATTERN = '[A-Za-z0-9][A-Za-z0-9._\\-]{1,19}';
export const MODULE_CODE_PATTERN = new RegExp(`^${MODULE_CODE_HTML_PATTERN}$`);
/** Longest module a curriculum may hold, in hours. */
export const MAX_MODULE_HOURS = 200;
/** Proficiency levels a learning outcome may target (1 aware … 5 can teach others). */
export const MIN_TARGET_LEVEL = 1;
export const MAX_TARGET_LEVEL = 5;
