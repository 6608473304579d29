import type { SyncStore } from './pending-backup';

/** A backup's key in the sync store for a session record: pending-backup.ts's prefix + sessionKey(id). */
const BACKUP_SESSION_PREFIX = 'sdt:backup:sdt:session:';

/** localStorage, or a test double: the backups are read by walking its keys. */
export type ListableSyncStore = SyncStore & Pick<Storage, 'length' | 'key'>;

/**
 * The session id of the newest backup of a case's session, for when the database came back empty
 * (deleted while the app was open): the backup is then restored with `recoverBackup`. Undefined when
 * there is none. Reads only; never throws.
 */
export function findCaseBackup(backups: ListableSyncStore | undefined, caseSlug: string): string | undefined {
  if (!backups) return undefined;
  let best: { id: string; updatedAt: string } | undefined;
  let count = 0;
  try {
    count = backups.length;
  } catch {
    return undefined;
  }
  for (let index = 0; index < count; index += 1) {
    try {
      const name = backups.key(index);
      if (!name?.startsWith(`${BACKUP_SESSION_PREFIX}${caseSlug}-`)) continue;
      const session = (JSON.parse(backups.getItem(name) ?? 'null') as { state?: { session?: { caseSlug?: unknown; updatedAt?: unknown } } } | null)?.state?.session;
      if (session?.caseSlug !== caseSlug || typeof session.updatedAt !== 'string') continue;
      if (!best || session.updatedAt > best.updatedAt) best = { id: name.slice(BACKUP_SESSION_PREFIX.length), updatedAt: session.updatedAt };
    } catch {
      // A damaged backup is skipped here; recoverBackup sets it aside if it is ever the one read.
    }
  }
  return best?.id;
}
