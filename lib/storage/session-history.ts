import { restoreStoredSession } from '../session/restore-session';
import { createMockSession, newSessionId } from '../session/create-session';
import { SESSION_VERSION } from '../session/session-bounds';
import type { Session } from '../session/session-schema';
import type { KeyValueStore } from './key-value-store';
import { activeSessionKey, sessionKey } from './session-repository';
import { SESSION_PREFIX } from './stored-keys';

export type HistoryEntry = { session: Session; active: boolean };

/** Every readable stored session, newest first, marking the one each case resumes. */
export async function listSessions(store: KeyValueStore): Promise<HistoryEntry[]> {
  const keys = (await store.keys()).filter((key) => key.startsWith(SESSION_PREFIX));
  const entries: HistoryEntry[] = [];
  const activeByCase = new Map<string, unknown>();
  for (const key of keys) {
    const raw = await store.get(key);
    const caseSlug = (raw as { state?: { session?: { caseSlug?: unknown } } } | undefined)?.state?.session?.caseSlug;
    if (typeof caseSlug !== 'string') continue;
    const restored = restoreStoredSession(raw, caseSlug);
    if (restored.status !== 'ok') continue;
    if (!activeByCase.has(caseSlug)) activeByCase.set(caseSlug, await store.get(activeSessionKey(caseSlug)));
    entries.push({ session: restored.session, active: activeByCase.get(caseSlug) === restored.session.id });
  }
  return entries.sort((a, b) => b.session.updatedAt.localeCompare(a.session.updatedAt) || a.session.id.localeCompare(b.session.id));
}

/** Makes a past session the one its case resumes. */
export async function resumeSession(store: KeyValueStore, session: Session): Promise<void> {
  await store.set(activeSessionKey(session.caseSlug), session.id);
}

/** Deletes a session; if it was the active one, the case starts fresh next time. */
export async function deleteSession(store: KeyValueStore, session: Session): Promise<void> {
  await store.del(sessionKey(session.id));
  if ((await store.get(activeSessionKey(session.caseSlug))) === session.id) await store.del(activeSessionKey(session.caseSlug));
}

/** Starts a new attempt at a case; the current one stays in the history. */
export async function startNewSession(store: KeyValueStore, caseSlug: string): Promise<void> {
  await store.del(activeSessionKey(caseSlug));
}

/** Starts a mock interview as a new attempt, its clock running from `now`; the current attempt stays in the history. */
export async function startMockSession(store: KeyValueStore, caseSlug: string, durationMinutes: number, now: Date): Promise<Session> {
  const session = createMockSession(caseSlug, newSessionId(caseSlug, Math.random, now), now, durationMinutes);
  await store.set(sessionKey(session.id), { version: SESSION_VERSION, state: { session } });
  await store.set(activeSessionKey(caseSlug), session.id);
  return session;
}
