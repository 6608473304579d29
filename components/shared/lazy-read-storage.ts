import type { PersistStorage, StateStorage, StorageValue } from 'zustand/middleware';
import { loadWithRetry } from '@/lib/util/load-with-retry';
import type { RetryOptions } from '@/lib/util/load-with-retry';

/** Turns a stored record's `state` (unknown: it may be damaged or from another version) into a valid state. */
export type ReadState<S> = (stored: unknown) => S;

/**
 * zustand `persist` storage for a small JSON record kept in `storage` (localStorage in the app), whose
 * reader (the record's zod schema, about 27 KB gzip with zod) is loaded by `loadRead` only when a record
 * is stored: a first visit, with nothing stored, never downloads it. Damaged JSON is read as an absent
 * state, so `read` decides what it becomes (usually a fresh start).
 *
 * Nothing is written before the stored record has been read: a change made that early would overwrite
 * it. When the reader cannot load after retries (offline, a redeploy), reading rejects (persist passes
 * the error to `onRehydrateStorage`) and writes stay refused on this page, so the stored record is kept
 * as it was rather than replaced by a fresh state; a later visit reads it again.
 */
export function lazyReadStorage<S>(storage: () => StateStorage, loadRead: () => Promise<ReadState<S>>, retry?: RetryOptions): PersistStorage<S> {
  let read = false;
  return {
    getItem: async (name): Promise<StorageValue<S> | null> => {
      const raw = await storage().getItem(name);
      if (raw === null) {
        read = true;
        return null;
      }
      let stored: { state?: unknown; version?: unknown } | undefined;
      try {
        const parsed: unknown = JSON.parse(raw);
        stored = typeof parsed === 'object' && parsed !== null ? parsed : undefined;
      } catch {
        stored = undefined;
      }
      const readState = await loadWithRetry(loadRead, retry);
      const value: StorageValue<S> = { state: readState(stored?.state), ...(typeof stored?.version === 'number' ? { version: stored.version } : {}) };
      read = true;
      return value;
    },
    setItem: async (name, value) => {
      if (read) await storage().setItem(name, JSON.stringify(value));
    },
    removeItem: async (name) => {
      await storage().removeItem(name);
    },
  };
}
