import type { ApolloClient } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useSyncExternalStore } from 'react';
import { errorsOf } from '../../app/errors';
import { backoffDelay, deviceArea } from '../../app/offline';
import { ATTENDANCE_ROSTER, MARK_ATTENDANCE } from './operations';
import { rosterKey, type Draft, type OutboxBatch } from './roster-state';

/**
 * The attendance outbox: roster batches saved on this device (IndexedDB) and sent in the order
 * they were saved when there is a connection — at once, when the connection returns (the online
 * event) and with a growing delay while the server cannot be reached. A batch keeps its
 * clientBatchId on every retry, so a reply lost on the way back never stores the marks twice.
 */

const area = deviceArea('ruamsang-attendance', 'roster');
const batchPrefix = (userId: string) => `${userId}:batch:`;
const batchKey = (userId: string, batch: OutboxBatch) => `${batchPrefix(userId)}${batch.queuedAt}:${batch.clientBatchId}`;

/** What this device keeps besides the outbox: rosters and session lists as last loaded, unsaved taps. */
export const attendanceDevice = {
  loadRoster: <T>(userId: string, sessionId: string, date: string) => area.get<T>(`${userId}:roster:${rosterKey(sessionId, date)}`),
  saveRoster: (userId: string, sessionId: string, date: string, roster: unknown) => area.set(`${userId}:roster:${rosterKey(sessionId, date)}`, roster),
  loadSessions: <T>(userId: string) => area.get<T>(`${userId}:sessions`),
  saveSessions: (userId: string, sessions: unknown) => area.set(`${userId}:sessions`, sessions),
  loadDraft: (userId: string, sessionId: string, date: string) => area.get<Draft>(`${userId}:draft:${rosterKey(sessionId, date)}`),
  saveDraft: (userId: string, sessionId: string, date: string, draft: Draft) =>
    Object.keys(draft).length === 0 ? area.del(`${userId}:draft:${rosterKey(sessionId, date)}`) : area.set(`${userId}:draft:${rosterKey(sessionId, date)}`, draft),
};

export interface OutboxState {
  readonly userId: string | null;
  /** Loaded from this device (until then the roster does not know what is waiting). */
  readonly ready: boolean;
  readonly batches: readonly OutboxBatch[];
  /** The batch on its way to the server. */
  readonly sending: string | null;
  /** When each roster's last batch was stored by the server (this visit). */
  readonly syncedAt: Readonly<Record<string, string>>;
}

type Client = ApolloClient;

class AttendanceOutbox {
  private state: OutboxState = { userId: null, ready: false, batches: [], sending: null, syncedAt: {} };
  private readonly listeners = new Set<() => void>();
  private client: Client | null = null;
  private running = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private listening = false;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): OutboxState => this.state;

  private update(patch: Partial<OutboxState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Loads the user's waiting batches (once per user) and sends them if there is a connection. */
  async start(userId: string, client: Client): Promise<void> {
    this.client = client;
    if (!this.listening) {
      this.listening = true;
      window.addEventListener('online', () => void this.sync());
    }
    if (this.state.userId !== userId) {
      clearTimeout(this.timer);
      this.update({ userId, ready: false, batches: [], sending: null, syncedAt: {} });
      const keys = await area.keys(batchPrefix(userId)).catch(() => [] as string[]);
      const loaded = await Promise.all(keys.map((key) => area.get<OutboxBatch>(key).catch(() => undefined)));
      if (this.state.userId !== userId) return;
      this.update({ ready: true, batches: loaded.filter((b): b is OutboxBatch => Boolean(b)) });
    }
    await this.sync();
  }

  /** Keeps the batches on this device first, then tries to send them. */
  async enqueue(batches: readonly OutboxBatch[]): Promise<void> {
    const userId = this.state.userId;
    if (!userId || batches.length === 0) return;
    for (const batch of batches) await area.set(batchKey(userId, batch), batch);
    this.update({ batches: [...this.state.batches, ...batches] });
    await this.sync();
  }

  /** A refused batch sent again (after the trainer fixed what the API named), same clientBatchId. */
  async retry(clientBatchId: string): Promise<void> {
    await this.replace(clientBatchId, (b) => ({ ...b, error: null, attempts: 0 }));
    await this.sync();
  }

  /** A refused batch dropped from this device (its marks are not sent). */
  async discard(clientBatchId: string): Promise<void> {
    const userId = this.state.userId;
    const batch = this.state.batches.find((b) => b.clientBatchId === clientBatchId);
    if (!userId || !batch) return;
    await area.del(batchKey(userId, batch));
    this.update({ batches: this.state.batches.filter((b) => b.clientBatchId !== clientBatchId) });
  }

  private async replace(clientBatchId: string, change: (batch: OutboxBatch) => OutboxBatch): Promise<void> {
    const userId = this.state.userId;
    const batch = this.state.batches.find((b) => b.clientBatchId === clientBatchId);
    if (!userId || !batch) return;
    const next = change(batch);
    await area.set(batchKey(userId, next), next).catch(() => undefined);
    this.update({ batches: this.state.batches.map((b) => (b.clientBatchId === clientBatchId ? next : b)) });
  }

  /** Sends the waiting batches one by one, oldest first; stops at the first lost connection. */
  async sync(): Promise<void> {
    const { userId } = this.state;
    const client = this.client;
    if (this.running || !client || !userId || !this.state.ready || !navigator.onLine) return;
    this.running = true;
    clearTimeout(this.timer);
    try {
      for (;;) {
        if (this.state.userId !== userId) return;
        const next = [...this.state.batches].sort((a, b) => (a.queuedAt < b.queuedAt ? -1 : 1)).find((b) => b.error === null);
        if (!next) return;
        this.update({ sending: next.clientBatchId });
        try {
          await this.send(client, next);
          await area.del(batchKey(userId, next)).catch(() => undefined);
          this.update({
            batches: this.state.batches.filter((b) => b.clientBatchId !== next.clientBatchId),
            syncedAt: { ...this.state.syncedAt, [rosterKey(next.sessionId, next.sessionDate)]: new Date().toISOString() },
          });
        } catch (error) {
          if (CombinedGraphQLErrors.is(error)) {
            // The API refused (a person no longer seated, a date not allowed): tell the trainer, keep the batch.
            await this.replace(next.clientBatchId, (b) => ({ ...b, error: errorsOf(error).message ?? 'ERROR' }));
            continue;
          }
          // No connection, or it dropped mid-way (the server may have stored the batch): the
          // same batch, with the same clientBatchId, goes again later.
          await this.replace(next.clientBatchId, (b) => ({ ...b, attempts: b.attempts + 1 }));
          const attempts = this.state.batches.find((b) => b.clientBatchId === next.clientBatchId)?.attempts ?? 1;
          this.timer = setTimeout(() => void this.sync(), backoffDelay(attempts - 1));
          return;
        }
      }
    } finally {
      this.running = false;
      this.update({ sending: null });
    }
  }

  private async send(client: Client, batch: OutboxBatch): Promise<void> {
    const result = await client.mutate({
      mutation: MARK_ATTENDANCE,
      variables: { input: { clientBatchId: batch.clientBatchId, sessionId: batch.sessionId, sessionDate: batch.sessionDate, marks: batch.marks.map((m) => ({ ...m })) } },
    });
    const roster = result.data?.markAttendance;
    if (!roster) return;
    // The roster as the server now holds it, so the screen shows it at once (corrections refresh with it).
    client.cache.updateQuery({ query: ATTENDANCE_ROSTER, variables: { sessionId: batch.sessionId, sessionDate: batch.sessionDate } }, (data) => (data ? { ...data, sessionRoster: roster } : data));
  }
}

export const attendanceOutbox = new AttendanceOutbox();

export function useOutbox(): OutboxState {
  return useSyncExternalStore(attendanceOutbox.subscribe, attendanceOutbox.getSnapshot, attendanceOutbox.getSnapshot);
}
