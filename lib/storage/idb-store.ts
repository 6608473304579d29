import { del, entries, get, keys, promisifyRequest, set } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';
import { createMemoryStore } from './key-value-store';
import type { KeyValueStore } from './key-value-store';
import { describeStorageError } from './describe-storage-error';

const DATABASE = 'system-design-trainer';
const OBJECT_STORE = 'sessions';
const PROBE_PREFIX = 'sdt:probe:';

// Opened once per tab: every card of the catalogue asks at the same time, and one probe is enough.
let opening: Promise<OpenedStore> | undefined;
const resetListeners = new Set<() => void>();

/**
 * `problem`: why work is kept in memory only. `loadedSaved`: the saved records could still be read
 * and were loaded into the in-memory store (storage refuses writes, e.g. full), so nothing saved is hidden.
 */
export type OpenedStore = { store: KeyValueStore; problem?: string; loadedSaved?: boolean };

/**
 * Calls `listener` when the site's database is being deleted or upgraded elsewhere (devtools, "clear
 * site data", another tab). The connection is closed at once so the deletion is not blocked; the next
 * read or write reopens it, empty if it was deleted. Returns the function that stops listening.
 */
export function onDatabaseReset(listener: () => void): () => void {
  resetListeners.add(listener);
  return () => resetListeners.delete(listener);
}

/** idb-keyval's store, plus a `versionchange` handler: our open connection must never block a deletion. */
function watchedStore(dbName: string, storeName: string): UseStore {
  let connection: Promise<IDBDatabase> | undefined;
  const open = (): Promise<IDBDatabase> => {
    if (connection) return connection;
    const request = indexedDB.open(dbName);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    const opened = promisifyRequest(request);
    connection = opened;
    opened.then(
      (db) => {
        db.onclose = () => {
          connection = undefined;
        };
        db.onversionchange = () => {
          db.close();
          connection = undefined;
          for (const listener of resetListeners) listener();
        };
      },
      () => {
        connection = undefined;
      },
    );
    return opened;
  };
  return (txMode, callback) => open().then((db) => callback(db.transaction(storeName, txMode).objectStore(storeName)));
}

function wrap(idb: UseStore): KeyValueStore {
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
 * blocked storage, storage full, no IndexedDB at all) the app keeps working on an in-memory store and
 * says so; if the saved records can still be read, they are loaded into it so the learner sees them.
 */
export function openBrowserStore(): Promise<OpenedStore> {
  opening ??= probeBrowserStore();
  return opening;
}

async function probeBrowserStore(): Promise<OpenedStore> {
  let idb: UseStore | undefined;
  try {
    if (typeof indexedDB === 'undefined') throw new Error('this browser offers no IndexedDB');
    idb = watchedStore(DATABASE, OBJECT_STORE);
    const store = wrap(idb);
    // A key of its own, so another tab probing at the same moment cannot make this one fail.
    const probeKey = `${PROBE_PREFIX}${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    await store.set(probeKey, true);
    const readBack = await store.get(probeKey);
    await store.del(probeKey);
    if (readBack !== true) throw new Error('storage did not return what was written');
    return { store };
  } catch (error) {
    // The same in-memory store for the whole tab, so work typed without storage survives moving between pages.
    const saved = idb ? await readAll(idb) : undefined;
    return { store: createMemoryStore(saved ?? []), problem: describeStorageError(error), ...(saved && saved.length > 0 ? { loadedSaved: true } : {}) };
  }
}

/** Every record, when the database can still be read though it refuses writes; undefined when it cannot. */
async function readAll(idb: UseStore): Promise<Array<[string, unknown]> | undefined> {
  try {
    const all = await entries(idb);
    return all.filter(([key]) => !String(key).startsWith(PROBE_PREFIX)).map(([key, value]) => [String(key), value as unknown]);
  } catch {
    return undefined;
  }
}
