import { restoreStoredSessionLazily } from '../session/restore-lazily';
import { SESSION_VERSION } from '../session/session-bounds';
import { describeStorageError } from './describe-storage-error';
import type { KeyValueStore } from './key-value-store';
import { clearBackup, readBackupText } from './pending-backup';
import type { SyncStore } from './pending-backup';

const ASIDE_PREFIX = 'sdt:backup-aside:';

export type BackupRecovery =
  | { status: 'none' }
  /** `trimmed`: the backup was over a limit and loaded within it; the backup as it was is kept aside too. */
  | { status: 'restored'; trimmed?: { notes: string[]; text: string; asideKey?: string } }
  /** The backup could not be read or written: it no longer blocks the case; `text` is what it held, for download. */
  | { status: 'set-aside'; reason: string; text: string; asideKey?: string };

async function restoreInto(store: KeyValueStore, text: string, key: string, caseSlug: string): Promise<string[] | string> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return 'it is not valid JSON';
  }
  const restored = await restoreStoredSessionLazily(raw, caseSlug);
  if (restored.status !== 'ok') return restored.reason;
  try {
    await store.set(key, { version: SESSION_VERSION, state: { session: restored.session } });
  } catch (error) {
    return `it could not be written (${describeStorageError(error)})`;
  }
  return restored.trimmed ?? [];
}

/** Renames a backup aside so it is not replayed; undefined when there is no room for the copy. */
function keepAside(backups: SyncStore | undefined, key: string, text: string, now: Date): string | undefined {
  const asideKey = `${ASIDE_PREFIX}${key}:${now.toISOString()}`;
  try {
    backups?.setItem(asideKey, text);
    return backups ? asideKey : undefined;
  } catch {
    // No room to keep a second copy: the text still goes to the notice for a download in this tab.
    return undefined;
  }
}

/**
 * Moves a value a closing tab backed up synchronously (pending-backup.ts) into the key-value store,
 * where it is then read as usual. A backup that is not a readable session of this case, or that the
 * store refuses (full, a value it cannot clone), is renamed aside in the sync store so it is not
 * replayed on every open, and comes back as `set-aside` with its text for a download. Never throws.
 */
export async function recoverBackup(store: KeyValueStore, backups: SyncStore | undefined, key: string, caseSlug: string, now: Date = new Date()): Promise<BackupRecovery> {
  const text = readBackupText(backups, key);
  if (text === undefined) return { status: 'none' };
  const outcome = await restoreInto(store, text, key, caseSlug);
  const asideKey = typeof outcome === 'string' || outcome.length > 0 ? keepAside(backups, key, text, now) : undefined;
  clearBackup(backups, key);
  const kept = asideKey ? { asideKey } : {};
  if (typeof outcome === 'string') return { status: 'set-aside', reason: outcome, text, ...kept };
  return outcome.length > 0 ? { status: 'restored', trimmed: { notes: outcome, text, ...kept } } : { status: 'restored' };
}
