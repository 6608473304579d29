import { createStore, del, get, keys, set } from 'idb-keyval';
import { createMemoryStore } from './key-value-store';
import type { KeyValueStore } from './key-value-store';
import { describeStorageError } from './describe-storage-error';

const DATABASE = 'system-design-trainer';
const OBJECT_STORE = 'sessions';
const PROBE_PREFIX = 'sdt:probe:';

// Opened once per tab: every card of the catalogue asks at the same time, and one probe is enough.
let opening: Promise<OpenedStore> | undefined;

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
export function openBrowserStore(): Promise<OpenedStore> {
  opening ??= probeBrowserStore();
  return opening;
}

async function probeBrowserStore(): Promise<OpenedStore> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('this browser offers no IndexedDB');
    const store = wrap(createStore(DATABASE, OBJECT_STORE));
    // A key of its own, so another tab probing at the same moment cannot make this one fail.
    const probeKey = `${PROBE_PREFIX}${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    await store.set(probeKey, true);
    const readBack = await store.get(probeKey);
    await store.del(probeKey);
    if (readBack !== true) throw new Error('storage did not return what was written');
    return { store };
  } catch (error) {
    // The same in-memory store for the whole tab, so work typed without storage survives moving between pages.
    return { store: createMemoryStore(), problem: describeStorageError(error) };
  }
}
