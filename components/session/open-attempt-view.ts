import type { PersistStorage } from 'zustand/middleware';
import { openBrowserStore } from '@/lib/storage/idb-store';
import type { KeyValueStore } from '@/lib/storage/key-value-store';
import { loadSessionRecord, readActiveSessionId } from '@/lib/storage/session-repository';
import type { OpenedSession } from './open-session';
import { createSessionStore } from './session-store';
import type { PersistedSession } from './session-store';

/** Storage for a store that must never write: nothing is read back and nothing is kept. */
const nowhere: PersistStorage<PersistedSession> = {
  getItem: () => null,
  setItem: () => undefined,
  removeItem: () => undefined,
};

/**
 * Opens an attempt of `caseSlug` other than the current one, read-only, for its report: the case's
 * current attempt stays current, no tab lock is taken and nothing is written (the store's actions
 * change nothing, as in a read-only tab). Resolves undefined when `attemptId` is the current attempt,
 * or is not a readable attempt of this case (the caller then opens the current attempt as usual).
 */
export async function viewAttempt(keyValueStore: KeyValueStore, caseSlug: string, attemptId: string): Promise<OpenedSession | undefined> {
  if ((await readActiveSessionId(keyValueStore, caseSlug)) === attemptId) return undefined;
  const loaded = await loadSessionRecord(keyValueStore, attemptId, caseSlug).catch(() => undefined);
  if (loaded?.status !== 'ok') return undefined;
  const store = createSessionStore(loaded.session, nowhere);
  store.getState().setTab('other-tab-open');
  const done = () => Promise.resolve();
  return {
    store,
    keyValueStore,
    notices: [{ kind: 'viewing-attempt', updatedAt: loaded.session.updatedAt }],
    flush: done,
    flushOnHide: done,
    release: () => undefined,
  };
}

/** viewAttempt on this browser's store (IndexedDB, or memory where it is unavailable). */
export async function openAttemptView(caseSlug: string, attemptId: string): Promise<OpenedSession | undefined> {
  const { store } = await openBrowserStore();
  return viewAttempt(store, caseSlug, attemptId);
}
