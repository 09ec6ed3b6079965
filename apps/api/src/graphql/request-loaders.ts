import type DataLoader from 'dataloader';

/** A singleton that knows how to batch-load one relation; a fresh DataLoader is made from it per request. */
export interface LoaderFactory<K, V> {
  create(): DataLoader<K, V>;
}

/**
 * Per-request DataLoaders, made on first use. Keyed by the factory, so a feature module adds a
 * relation without touching a central list, and nothing cached outlives the request.
 */
export class RequestLoaders {
  private readonly loaders = new Map<LoaderFactory<unknown, unknown>, DataLoader<unknown, unknown>>();

  get<K, V>(factory: LoaderFactory<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(factory);
    if (!loader) {
      loader = factory.create();
      this.loaders.set(factory, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Orders batch results to match keys, as DataLoader requires; missing keys become null. */
export function byKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] {
  const index = new Map<K, V>();
  for (const row of rows) index.set(keyOf(row), row);
  return keys.map((key) => index.get(key) ?? null);
}

/** Groups batch results per key for one-to-many relations; keys without rows get []. */
export function groupByKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}
