import { restoreStoredSessionLazily } from '../session/restore-lazily';
import { SESSION_VERSION } from '../session/session-bounds';
import type { Session } from '../session/session-schema';
import type { KeyValueStore } from './key-value-store';
import { activeSessionKey, readActiveSessionId, sessionKey } from './stored-keys';

export { activeSessionKey, readActiveSessionId, sessionKey };

const QUARANTINE_PREFIX = 'sdt:quarantine:';

export type LoadedSession =
  | { status: 'none' }
  | { status: 'ok'; session: Session; migratedFrom?: number; trimmed?: { notes: string[]; quarantineKey?: string } }
  | { status: 'quarantined'; reason: string; quarantineKey: string };

export async function writeActiveSessionId(store: KeyValueStore, caseSlug: string, id: string): Promise<void> {
  await store.set(activeSessionKey(caseSlug), id);
}

export const quarantineKey = (id: string, now: Date) => `${QUARANTINE_PREFIX}${id}:${now.toISOString()}`;

/**
 * Reads a stored record. A record that cannot be read or migrated is copied aside byte for byte
 * under a quarantine key before anything may overwrite it: the learner's work is never lost silently.
 * A record over a limit (too many rows, an image too big) loads within the limits; the whole record
 * as it was is copied aside first (for download) and the fitted one written in its place.
 */
export async function loadSessionRecord(store: KeyValueStore, id: string, caseSlug: string, now: Date = new Date()): Promise<LoadedSession> {
  const raw = await store.get(sessionKey(id));
  if (raw === undefined) return { status: 'none' };
  const restored = await restoreStoredSessionLazily(raw, caseSlug);
  if (restored.status === 'ok') {
    const { trimmed, ...loaded } = restored;
    if (!trimmed) return loaded;
    const keptKey = quarantineKey(id, now);
    try {
      await store.set(keptKey, raw);
    } catch {
      // No room for the copy: the fitted session opens in this tab, and the record stays as it was until the next save.
      return { ...loaded, trimmed: { notes: trimmed } };
    }
    await store.set(sessionKey(id), { version: SESSION_VERSION, state: { session: loaded.session } }).catch(() => undefined);
    return { ...loaded, trimmed: { notes: trimmed, quarantineKey: keptKey } };
  }
  const keptKey = quarantineKey(id, now);
  try {
    await store.set(keptKey, raw);
  } catch {
    // No room for the copy: the record stays under its own key (a fresh attempt gets a new id), so that key is the kept copy.
    return { status: 'quarantined', reason: restored.reason, quarantineKey: sessionKey(id) };
  }
  return { status: 'quarantined', reason: restored.reason, quarantineKey: keptKey };
}

export async function listQuarantinedKeys(store: KeyValueStore): Promise<string[]> {
  return (await store.keys()).filter((key) => key.startsWith(QUARANTINE_PREFIX)).sort();
}

/** The session a case page should show progress for, if it can be read. */
export async function readActiveSession(store: KeyValueStore, caseSlug: string): Promise<Session | undefined> {
  const id = await readActiveSessionId(store, caseSlug);
  if (!id) return undefined;
  const raw = await store.get(sessionKey(id));
  const restored = raw === undefined ? undefined : await restoreStoredSessionLazily(raw, caseSlug);
  return restored?.status === 'ok' ? restored.session : undefined;
}
