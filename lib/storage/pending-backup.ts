/** The part of the Web Storage API we use; localStorage in the browser, a Map in tests. */
export type SyncStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const BACKUP_PREFIX = 'sdt:backup:';

/**
 * IndexedDB writes are asynchronous, and a tab that reloads or closes may drop one started in
 * `pagehide`. Unsaved values are therefore also written synchronously to localStorage when the page
 * is hidden, and moved into IndexedDB the next time the session opens.
 */
export function writeBackup(store: SyncStore | undefined, key: string, value: unknown): void {
  try {
    store?.setItem(`${BACKUP_PREFIX}${key}`, JSON.stringify(value));
  } catch {
    // Storage full or blocked: nothing more can be done synchronously.
  }
}

export function clearBackup(store: SyncStore | undefined, key: string): void {
  try {
    store?.removeItem(`${BACKUP_PREFIX}${key}`);
  } catch {
    // Ignore: a stale backup is harmless, it holds a value at least as new as the record.
  }
}

/** The raw text of a backup, if any (undefined when none or storage is blocked). */
export function readBackupText(store: SyncStore | undefined, key: string): string | undefined {
  try {
    return store?.getItem(`${BACKUP_PREFIX}${key}`) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The value left behind by a page that closed before its write finished, if any. */
export function readBackup(store: SyncStore | undefined, key: string): { found: true; value: unknown } | { found: false } {
  try {
    const text = store?.getItem(`${BACKUP_PREFIX}${key}`);
    if (text === null || text === undefined) return { found: false };
    return { found: true, value: JSON.parse(text) as unknown };
  } catch {
    return { found: false };
  }
}

export function browserSyncStore(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
