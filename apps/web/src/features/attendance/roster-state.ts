/** Pure rules of the attendance roster on this device (no IndexedDB, no React): unit-tested. */

export type MarkStatus = 'PRESENT' | 'LATE' | 'ABSENT' | 'EXCUSED';
export const MARK_STATUSES: readonly MarkStatus[] = ['PRESENT', 'LATE', 'ABSENT', 'EXCUSED'];

/** The API takes at most this many marks in one markAttendance batch. */
export const MAX_MARKS_PER_BATCH = 500;

export interface MarkInput {
  readonly practitionerId: string;
  readonly status: MarkStatus;
}

/** A saved roster change waiting on this device; its clientBatchId is the same on every retry. */
export interface OutboxBatch {
  readonly clientBatchId: string;
  readonly sessionId: string;
  readonly sessionDate: string;
  readonly marks: readonly MarkInput[];
  readonly queuedAt: string;
  /** Failed sends so far (no connection, or the reply was lost). */
  readonly attempts: number;
  /** The API's refusal, in the user's language; a refused batch is not retried on its own. */
  readonly error: string | null;
}

/** Taps not saved yet: practitioner id → status. */
export type Draft = Readonly<Record<string, MarkStatus>>;

export interface ServerMark {
  readonly practitionerId: string;
  readonly status?: MarkStatus | null;
}

export const rosterKey = (sessionId: string, sessionDate: string): string => `${sessionId}/${sessionDate}`;

/** The batches of one roster, in the order they were saved. */
export function batchesOf(batches: readonly OutboxBatch[], sessionId: string, sessionDate: string): OutboxBatch[] {
  return batches.filter((b) => b.sessionId === sessionId && b.sessionDate === sessionDate).sort((a, b) => (a.queuedAt < b.queuedAt ? -1 : a.queuedAt > b.queuedAt ? 1 : 0));
}

/** What is saved for each person: the server's mark, overridden by this device's waiting batches in order. */
export function savedStatuses(server: readonly ServerMark[], waiting: readonly OutboxBatch[]): Map<string, MarkStatus | null> {
  const saved = new Map<string, MarkStatus | null>(server.map((m) => [m.practitionerId, m.status ?? null]));
  for (const batch of waiting) for (const mark of batch.marks) saved.set(mark.practitionerId, mark.status);
  return saved;
}

/** The status shown for a person: this device's unsaved tap, else what is saved. */
export function shownStatus(practitionerId: string, draft: Draft, saved: ReadonlyMap<string, MarkStatus | null>): MarkStatus | null {
  return draft[practitionerId] ?? saved.get(practitionerId) ?? null;
}

/** The taps that change something, in roster order. */
export function changesOf(order: readonly string[], draft: Draft, saved: ReadonlyMap<string, MarkStatus | null>): MarkInput[] {
  return order.flatMap((id) => {
    const status = draft[id];
    return status && status !== saved.get(id) ? [{ practitionerId: id, status }] : [];
  });
}

/** Everyone not marked yet (on the server, on this device or in this draft) becomes PRESENT. */
export function markAllPresent(order: readonly string[], draft: Draft, saved: ReadonlyMap<string, MarkStatus | null>): Draft {
  const next: Record<string, MarkStatus> = { ...draft };
  for (const id of order) if (!next[id] && !saved.get(id)) next[id] = 'PRESENT';
  return next;
}

/**
 * A mark already on the server with nothing of this device's pending for that person: changing
 * it is a correction, which needs a reason.
 */
export function isSynced(practitionerId: string, server: readonly ServerMark[], waiting: readonly OutboxBatch[], draft: Draft): boolean {
  if (draft[practitionerId]) return false;
  if (waiting.some((b) => b.marks.some((m) => m.practitionerId === practitionerId))) return false;
  return Boolean(server.find((m) => m.practitionerId === practitionerId)?.status);
}

export type MarkCounts = Readonly<Record<MarkStatus | 'UNMARKED', number>>;

export function countMarks(statuses: readonly (MarkStatus | null)[]): MarkCounts {
  const counts: Record<MarkStatus | 'UNMARKED', number> = { PRESENT: 0, LATE: 0, ABSENT: 0, EXCUSED: 0, UNMARKED: 0 };
  for (const status of statuses) counts[status ?? 'UNMARKED'] += 1;
  return counts;
}

/** Changes in batches of at most MAX_MARKS_PER_BATCH marks. */
export function inBatches(marks: readonly MarkInput[], size = MAX_MARKS_PER_BATCH): MarkInput[][] {
  const out: MarkInput[][] = [];
  for (let i = 0; i < marks.length; i += size) out.push(marks.slice(i, i + size));
  return out;
}

export type RosterSync = 'failed' | 'syncing' | 'savedOnDevice' | 'synced' | 'idle';

/** Where this roster stands between the device and the server (the worst first). */
export function rosterSync(waiting: readonly OutboxBatch[], sendingBatchId: string | null, syncedAt: string | undefined): RosterSync {
  if (waiting.some((b) => b.error !== null)) return 'failed';
  if (sendingBatchId && waiting.some((b) => b.clientBatchId === sendingBatchId)) return 'syncing';
  if (waiting.length > 0) return 'savedOnDevice';
  return syncedAt ? 'synced' : 'idle';
}

export { todayInBangkok } from '../../app/dates.js';

/** A session day (YYYY-MM-DD) as an instant at noon in Bangkok, for date formatting in any time zone. */
export function dayAsDate(day: string): Date {
  return new Date(`${day}T12:00:00+07:00`);
}

export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
