import { createStore, del, get, keys, set } from 'idb-keyval';
import { useSyncExternalStore } from 'react';
import { saveBlob } from './save-file.js';

/**
 * What the offline-first screens share (the assessment form, the attendance roster): a keyed
 * IndexedDB area on this device, the browser's online state, the retry delay and file export.
 */

/** One IndexedDB database with one object store (idb-keyval keeps one store per database). */
export interface DeviceArea {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  /** The keys that start with `prefix`, sorted. */
  keys(prefix: string): Promise<string[]>;
}

export function deviceArea(database: string, storeName: string): DeviceArea {
  const store = createStore(database, storeName);
  return {
    get: <T>(key: string) => get<T>(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
    keys: async (prefix) =>
      (await keys(store))
        .filter((k): k is string => typeof k === 'string' && k.startsWith(prefix))
        .sort(),
  };
}

/** Retry delay after `attempt` failed sends: 1 s, 2 s, 4 s … capped at one minute. */
export function backoffDelay(attempt: number): number {
  return Math.min(60_000, 1000 * 2 ** Math.max(0, attempt));
}

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

/** Saves text as a file through a temporary download link. */
export function downloadText(fileName: string, text: string, type: string): void {
  saveBlob(new Blob([text], { type }), fileName);
}
