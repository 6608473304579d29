import { createStore, del, get, keys, set } from 'idb-keyval';
import { createMemoryStore } from './key-value-store';
import type { KeyValueStore } from './key-value-store';
import { describeStorageError } from './describe-storage-error';

const DATABASE = 'system-design-trainer';
const OBJECT_STORE = 'sessions';
const PROBE_KEY = 'sdt:probe';

// One fallback per tab, so work typed without storage survives moving between pages.
let memoryFallback: KeyValueStore | undefined;

export type OpenedStore = { store: KeyValueStore; problem?: string };

function wrap(idb: ReturnType<typeof createStore>): KeyValueStore {
  return {
    persistent: true,
    get: (key) => get(key, idb),
    set: (key, value) => set(key, value, idb),
    del: (key) => del(key, idb),
    keys: async () => (await keys(idb)).map(String),
  };
}

/**
 * Opens IndexedDB and proves it works with a write and a read. When it does not (private modes,
 * blocked storage, no IndexedDB at all) the app keeps working on an in-memory store and says so.
 */
export async function openBrowserStore(): Promise<OpenedStore> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('this browser offers no IndexedDB');
    const store = wrap(createStore(DATABASE, OBJECT_STORE));
    const probe = Date.now();
    await store.set(PROBE_KEY, probe);
    if ((await store.get(PROBE_KEY)) !== probe) throw new Error('storage did not return what was written');
    return { store };
  } catch (error) {
    memoryFallback ??= createMemoryStore();
    return { store: memoryFallback, problem: describeStorageError(error) };
  }
}
