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

/** Module codes: 2–6 capital letters, a dash, 2–4 digits, e.g. "AGR-101". */
export const MODULE_CODE_PATTERN = /^[A-Z]{2,6}-\d{2,4}$/;
/** Longest module a curriculum may hold, in hours. */
export const MAX_MODULE_HOURS = 200;
/** Proficiency levels a learning outcome may target (1 aware … 5 can teach others). */
export const MIN_TARGET_LEVEL = 1;
export const MAX_TARGET_LEVEL = 5;
