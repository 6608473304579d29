import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { practiceInterview } from '@/lib/interview/interview-bounds';
import { createSession, newSessionId } from '@/lib/session/create-session';
import { SESSION_VERSION } from '@/lib/session/session-bounds';
import type { Session } from '@/lib/session/session-schema';
import { createDebouncedWriter } from '@/lib/storage/debounced-writer';
import type { SaveStatus } from '@/lib/storage/debounced-writer';
import { onDatabaseReset, openBrowserStore } from '@/lib/storage/idb-store';
import type { KeyValueStore } from '@/lib/storage/key-value-store';
import { browserSyncStore, clearBackup, readBackupText, writeBackup } from '@/lib/storage/pending-backup';
import { findCaseBackup } from '@/lib/storage/find-case-backup';
import type { BackupRecovery } from '@/lib/storage/recover-backup';
import { holdTabLock } from '@/lib/storage/tab-lock';
import type { LockApi } from '@/lib/storage/tab-lock';
import { loadSessionRecord, readActiveSessionId, sessionKey, writeActiveSessionId } from '@/lib/storage/session-repository';
import { createSessionStore } from './session-store';
import type { PersistedSession, SessionStore } from './session-store';

/** Where a copy set aside can be downloaded from: a key of the key-value store, or text held in this tab. */
export type KeptCopy = { key: string } | { text: string };

export type SessionNotice =
  /** `loadedSaved`: the saved work could still be read and is open in memory. */
  | { kind: 'not-persistent'; reason: string; loadedSaved: boolean }
  /** The database came back empty and the attempt was restored from a tab's backup. */
  | { kind: 'restored-from-backup' }
  | { kind: 'quarantined'; reason: string; quarantineKey: string }
  | { kind: 'migrated'; fromVersion: number }
  /** The saved work was over a limit of the app; it loaded within it and the whole record is kept aside. */
  | { kind: 'trimmed'; notes: string[]; kept?: KeptCopy }
  /** A closing tab's backup could not be read or written; it no longer blocks the case. */
  | { kind: 'backup-set-aside'; reason: string; kept: KeptCopy }
  /** The report of an attempt other than the current one, opened read-only from history (open-attempt-view.ts). */
  | { kind: 'viewing-attempt'; updatedAt: string };

export type OpenedSession = {
  store: SessionStore;
  keyValueStore: KeyValueStore;
  notices: SessionNotice[];
  flush: () => Promise<void>;
  /** For pagehide: also backs up unsaved changes synchronously. */
  flushOnHide: () => Promise<void>;
  /** Lets go of this tab's hold on the attempt (or stops waiting for it); call when the page closes. */
  release: () => void;
};

/** A hold released this soon after this page asked, by this tab (or, without per-tab storage, by anyone), was the previous page of this tab. */
const HANDOVER_MS = 1_500;

/** The browser's Web Locks, when it has them. */
function browserLocks(): LockApi | undefined {
  return typeof navigator !== 'undefined' && 'locks' in navigator ? (navigator.locks as unknown as LockApi) : undefined;
}

/** This tab's own storage (sessionStorage is per tab), when the browser allows it. */
function tabStorage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * Takes this tab's hold on the attempt before the page shows it: the only tab writes; a second tab
 * on the same attempt is read-only until the first lets go, then loads the latest save and writes.
 * A page of this tab that lets go of its hold marks it in this tab's own storage, so the next page of
 * the same tab knows the hold came from here (no notice), whereas another tab closing leaves no mark.
 */
function holdAttempt(store: SessionStore, keyValueStore: KeyValueStore, id: string, caseSlug: string): Promise<() => void> {
  const lockName = `sdt:lock:${sessionKey(id)}`;
  const markName = `sdt:released:${lockName}`;
  let waitingSince = 0;
  let acquired = false;
  return new Promise((decided) => {
    let releaseLock: () => void = () => undefined;
    // Declared before the lock is asked for: without Web Locks the hold is decided at once, synchronously.
    const release = () => {
      if (acquired) {
        try {
          tabStorage()?.setItem(markName, String(Date.now()));
        } catch {
          // Storage refused: the next page of this tab may show the notice; nothing else depends on it.
        }
      }
      releaseLock();
    };
    releaseLock = holdTabLock(browserLocks(), lockName, {
      onWaiting: () => {
        waitingSince = Date.now();
        store.getState().setTab('other-tab-open');
        decided(release);
      },
      onAcquired: async (afterWaiting) => {
        acquired = true;
        if (afterWaiting) {
          const latest = await loadSessionRecord(keyValueStore, id, caseSlug).catch(() => undefined);
          if (latest?.status === 'ok') store.getState().replaceSession(latest.session);
          // A page of this same tab letting go as the next one opens is not "another tab": no notice then.
          const storage = tabStorage();
          const mark = Number(storage?.getItem(markName) ?? Number.NaN);
          const sameTab = storage ? Number.isFinite(mark) && mark >= waitingSince - HANDOVER_MS : Date.now() - waitingSince < HANDOVER_MS;
          store.getState().setTab(sameTab ? 'only' : 'took-over');
        }
        decided(release);
      },
    });
  });
}

const SAVE_DELAY_MS = 400;
/** Tabs of this site tell each other which record they just saved. */
const SAVES_CHANNEL = 'sdt:saves';
const SAVE_MAX_WAIT_MS = 2_000;

/**
 * Finds (or starts) the learner's session for a case, sets aside a record it cannot read, and
 * wires a zustand store whose writes are debounced into IndexedDB.
 */
export async function openSession(caseSlug: string, durationMinutes: number, onStatus: (status: SaveStatus) => void): Promise<OpenedSession> {
  const { store: keyValueStore, problem, loadedSaved } = await openBrowserStore();
  const notices: SessionNotice[] = [];
  if (problem) notices.push({ kind: 'not-persistent', reason: problem, loadedSaved: loadedSaved === true });
  // Backups move into storage only when it persists; in memory they would be lost with the tab.
  const backups = keyValueStore.persistent ? browserSyncStore() : undefined;

  let initial: Session | undefined;
  let activeId = await readActiveSessionId(keyValueStore, caseSlug);
  // No active attempt, yet a backup of one whose record is gone too: the database was emptied (deleted while
  // the app was open). After "Start a new attempt" the previous record is still stored, and its backup waits
  // for that attempt to be resumed.
  const found = activeId ? undefined : findCaseBackup(backups, caseSlug);
  const backupId = found && (await keyValueStore.get(sessionKey(found))) === undefined ? found : undefined;
  if (backupId) activeId = backupId;
  if (activeId) {
    const key = sessionKey(activeId);
    // A closing tab's backup is rare: the code that restores one loads only when there is one.
    const recovered: BackupRecovery =
      readBackupText(backups, key) === undefined ? { status: 'none' } : await (await import('@/lib/storage/recover-backup')).recoverBackup(keyValueStore, backups, key, caseSlug);
    if (backupId && recovered.status === 'restored') notices.push({ kind: 'restored-from-backup' });
    if (recovered.status === 'set-aside') notices.push({ kind: 'backup-set-aside', reason: recovered.reason, kept: { text: recovered.text } });
    if (recovered.status === 'restored' && recovered.trimmed) notices.push({ kind: 'trimmed', notes: recovered.trimmed.notes, kept: { text: recovered.trimmed.text } });
    const loaded = await loadSessionRecord(keyValueStore, activeId, caseSlug);
    if (loaded.status === 'ok') {
      initial = loaded.session;
      if (loaded.migratedFrom !== undefined) notices.push({ kind: 'migrated', fromVersion: loaded.migratedFrom });
      if (loaded.trimmed) notices.push({ kind: 'trimmed', notes: loaded.trimmed.notes, ...(loaded.trimmed.quarantineKey ? { kept: { key: loaded.trimmed.quarantineKey } } : {}) });
    } else if (loaded.status === 'quarantined') {
      notices.push({ kind: 'quarantined', reason: loaded.reason, quarantineKey: loaded.quarantineKey });
    }
  }
  // Practice is untimed, but its budgets on the report come from the case's length.
  initial ??= createSession(caseSlug, newSessionId(caseSlug), new Date(), practiceInterview(durationMinutes));
  await writeActiveSessionId(keyValueStore, caseSlug, initial.id).catch(() => undefined);

  // A read-only tab follows the saves of the tab that holds the attempt, so it shows the latest work.
  const saves = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(SAVES_CHANNEL);
  // After the database was deleted under the open tab, the next write also restores the active attempt.
  let restoreActive = false;
  const writer = createDebouncedWriter(async (key, value) => {
    await keyValueStore.set(key, value);
    if (restoreActive) {
      await writeActiveSessionId(keyValueStore, caseSlug, initial.id);
      restoreActive = false;
    }
  }, {
    delayMs: SAVE_DELAY_MS,
    maxWaitMs: SAVE_MAX_WAIT_MS,
    onStatus,
    backup: (key, value) => writeBackup(backups, key, value),
    onWritten: (key) => {
      clearBackup(backups, key);
      saves?.postMessage({ key });
    },
  });
  const storage: PersistStorage<PersistedSession> = {
    getItem: async (name) => ((await keyValueStore.get(name)) as StorageValue<PersistedSession> | undefined) ?? null,
    setItem: (name, value) => writer.schedule(name, value),
    removeItem: (name) => keyValueStore.del(name),
  };
  const store = createSessionStore(initial, storage);
  await store.persist.rehydrate();
  const releaseAttempt = await holdAttempt(store, keyValueStore, initial.id, caseSlug);
  // The database is being deleted (devtools, clearing site data, another tab): back the attempt up at
  // once, say so, and write it again, which recreates the database with this tab's work in it.
  const stopWatching = onDatabaseReset(() => {
    const { session, tab, markDatabaseReset } = store.getState();
    markDatabaseReset();
    if (tab === 'other-tab-open') return;
    const record = { version: SESSION_VERSION, state: { session } };
    writeBackup(backups, sessionKey(session.id), record);
    restoreActive = true;
    writer.schedule(sessionKey(session.id), record);
  });
  if (saves) {
    saves.onmessage = (event: MessageEvent<{ key?: unknown }>) => {
      if (store.getState().tab !== 'other-tab-open' || event.data.key !== sessionKey(initial.id)) return;
      void loadSessionRecord(keyValueStore, initial.id, caseSlug).then(
        (latest) => {
          if (latest.status === 'ok' && store.getState().tab === 'other-tab-open') store.getState().replaceSession(latest.session);
        },
        () => undefined,
      );
    };
  }
  const release = () => {
    stopWatching();
    releaseAttempt();
    saves?.close();
  };
  return { store, keyValueStore, notices, flush: writer.flush, flushOnHide: writer.flushOnHide, release };
}
