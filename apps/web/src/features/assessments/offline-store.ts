import { deviceArea } from '../../app/offline';
import type { LocalDraft, QueuedSubmission } from './offline-sync';

/** IndexedDB on this device: drafts and queued submissions, per user and campaign. */
const store = deviceArea('ruamsang-offline', 'assessments');
const key = (userId: string, campaignId: string, kind: 'draft' | 'queued' | 'form') => `${userId}:${campaignId}:${kind}`;

export const offlineStore = {
  /** The campaign and framework as last loaded, so the form opens without a connection. */
  loadForm: <T>(userId: string, campaignId: string) => store.get<T>(key(userId, campaignId, 'form')),
  saveForm: <T>(userId: string, campaignId: string, form: T) => store.set(key(userId, campaignId, 'form'), form),
  loadDraft: (userId: string, campaignId: string) => store.get<LocalDraft>(key(userId, campaignId, 'draft')),
  saveDraft: (userId: string, draft: LocalDraft) => store.set(key(userId, draft.campaignId, 'draft'), draft),
  clearDraft: (userId: string, campaignId: string) => store.del(key(userId, campaignId, 'draft')),
  loadQueued: (userId: string, campaignId: string) => store.get<QueuedSubmission>(key(userId, campaignId, 'queued')),
  queue: (userId: string, queued: QueuedSubmission) => store.set(key(userId, queued.draft.campaignId, 'queued'), queued),
  dequeue: (userId: string, campaignId: string) => store.del(key(userId, campaignId, 'queued')),
};
