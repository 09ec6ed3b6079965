import { describe, expect, it } from '@jest/globals';
import {
  batchesOf,
  changesOf,
  countMarks,
  dayAsDate,
  inBatches,
  isSynced,
  markAllPresent,
  rosterSync,
  savedStatuses,
  shownStatus,
  todayInBangkok,
  type OutboxBatch,
  type ServerMark,
} from './roster-state.js';

const batch = (id: string, queuedAt: string, marks: OutboxBatch['marks'], extra: Partial<OutboxBatch> = {}): OutboxBatch => ({
  clientBatchId: id,
  sessionId: 's1',
  sessionDate: '2026-11-24',
  marks,
  queuedAt,
  attempts: 0,
  error: null,
  ...extra,
});

const server: ServerMark[] = [
  { practitionerId: 'a', status: 'PRESENT' },
  { practitionerId: 'b', status: null },
  { practitionerId: 'c' },
  { practitionerId: 'd', status: 'ABSENT' },
];
const order = server.map((m) => m.practitionerId);

describe('the attendance roster on this device', () => {
  it('shows the server marks overridden by waiting batches in the order saved, then by unsaved taps', () => {
    const waiting = [batch('2', '2026-11-24T03:00:00.000Z', [{ practitionerId: 'b', status: 'ABSENT' }]), batch('1', '2026-11-24T02:00:00.000Z', [{ practitionerId: 'b', status: 'LATE' }, { practitionerId: 'd', status: 'EXCUSED' }])];
    const ordered = batchesOf([...waiting, batch('x', '2026-11-24T01:00:00.000Z', [], { sessionDate: '2026-11-25' })], 's1', '2026-11-24');
    expect(ordered.map((b) => b.clientBatchId)).toEqual(['1', '2']);
    const saved = savedStatuses(server, ordered);
    expect(Object.fromEntries(saved)).toEqual({ a: 'PRESENT', b: 'ABSENT', c: null, d: 'EXCUSED' });
    expect(order.map((id) => shownStatus(id, { c: 'LATE', a: 'ABSENT' }, saved))).toEqual(['ABSENT', 'ABSENT', 'LATE', 'EXCUSED']);
  });

  it('saves only the taps that change something, in roster order', () => {
    const saved = savedStatuses(server, []);
    expect(changesOf(order, { d: 'ABSENT', c: 'LATE', a: 'EXCUSED' }, saved)).toEqual([
      { practitionerId: 'a', status: 'EXCUSED' },
      { practitionerId: 'c', status: 'LATE' },
    ]);
    expect(changesOf(order, {}, saved)).toEqual([]);
  });

  it('marks present only whoever is not marked anywhere yet', () => {
    const waiting = [batch('1', '2026-11-24T02:00:00.000Z', [{ practitionerId: 'b', status: 'LATE' }])];
    const saved = savedStatuses(server, waiting);
    expect(markAllPresent(order, { d: 'EXCUSED' }, saved)).toEqual({ c: 'PRESENT', d: 'EXCUSED' });
    expect(markAllPresent(order, { c: 'ABSENT' }, saved)).toEqual({ c: 'ABSENT' });
  });

  it('treats a change of a mark already on the server, with nothing pending, as a correction', () => {
    const waiting = [batch('1', '2026-11-24T02:00:00.000Z', [{ practitionerId: 'd', status: 'EXCUSED' }])];
    expect(order.map((id) => isSynced(id, server, waiting, {}))).toEqual([true, false, false, false]);
    expect(isSynced('a', server, [], { a: 'LATE' })).toBe(false);
    expect(isSynced('d', server, [], {})).toBe(true);
  });

  it('counts each status and the people not marked', () => {
    expect(countMarks(['PRESENT', 'LATE', null, 'PRESENT', 'EXCUSED', null, 'ABSENT'])).toEqual({ PRESENT: 2, LATE: 1, ABSENT: 1, EXCUSED: 1, UNMARKED: 2 });
  });

  it('splits a large roster into batches the API accepts (at most 500 marks)', () => {
    const marks = Array.from({ length: 1001 }, (_, i) => ({ practitionerId: String(i), status: 'PRESENT' as const }));
    expect(inBatches(marks).map((b) => b.length)).toEqual([500, 500, 1]);
    expect(inBatches([])).toEqual([]);
  });

  it('reports the worst state first: refused, then sending, then waiting on the device, then synced', () => {
    const ok = batch('1', '2026-11-24T02:00:00.000Z', []);
    const refused = batch('2', '2026-11-24T03:00:00.000Z', [], { error: 'ไม่พบผู้เข้าอบรม' });
    expect(rosterSync([ok, refused], '1', undefined)).toBe('failed');
    expect(rosterSync([ok], '1', undefined)).toBe('syncing');
    expect(rosterSync([ok], 'other-roster-batch', '2026-11-24T01:00:00.000Z')).toBe('savedOnDevice');
    expect(rosterSync([], null, '2026-11-24T01:00:00.000Z')).toBe('synced');
    expect(rosterSync([], null, undefined)).toBe('idle');
  });

  it("knows today's date in Thailand whatever the device's time zone", () => {
    expect(todayInBangkok(new Date('2026-11-24T16:59:00.000Z'))).toBe('2026-11-24');
    expect(todayInBangkok(new Date('2026-11-24T17:00:00.000Z'))).toBe('2026-11-25');
    expect(dayAsDate('2026-11-24').toISOString()).toBe('2026-11-24T05:00:00.000Z');
  });
});
