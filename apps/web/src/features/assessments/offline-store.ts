import { createStore, del, get, set } from 'idb-keyval';
import { useSyncExternalStore } from 'react';
import type { LocalDraft, QueuedSubmission } from './offline-sync';

/** IndexedDB on this device: drafts and queued submissions, per user and campaign. */
const store = createStore('ruamsang-offline', 'assessments');
const key = (userId: string, campaignId: string, kind: 'draft' | 'queued' | 'form') => `${userId}:${campaignId}:${kind}`;

export const offlineStore = {
  /** The campaign and framework as last loaded, so the form opens without a connection. */
  loadForm: <T>(userId: string, campaignId: string) => get<T>(key(userId, campaignId, 'form'), store),
  saveForm: <T>(userId: string, campaignId: string, form: T) => set(key(userId, campaignId, 'form'), form, store),
  loadDraft: (userId: string, campaignId: string) => get<LocalDraft>(key(userId, campaignId, 'draft'), store),
  saveDraft: (userId: string, draft: LocalDraft) => set(key(userId, draft.campaignId, 'draft'), draft, store),
  clearDraft: (userId: string, campaignId: string) => del(key(userId, campaignId, 'draft'), store),
  loadQueued: (userId: string, campaignId: string) => get<QueuedSubmission>(key(userId, campaignId, 'queued'), store),
  queue: (userId: string, queued: QueuedSubmission) => set(key(userId, queued.draft.campaignId, 'queued'), queued, store),
  dequeue: (userId: string, campaignId: string) => del(key(userId, campaignId, 'queued'), store),
};

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Whether the browser believes it has a connection; re-renders on the online/offline events. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
}
