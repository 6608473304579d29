import { keepPractising } from '../session/attempt-lock';
import { newSessionId } from '../session/create-session';
import { SESSION_VERSION } from '../session/session-bounds';
import type { Session } from '../session/session-schema';
import type { KeyValueStore } from './key-value-store';
import { activeSessionKey, sessionKey } from './session-repository';

/**
 * "Keep practising" on a finished mock: stores a practice copy of its work as a new attempt and makes
 * it the one its case resumes. The locked mock stays in the history as it was. Returns the copy.
 */
export async function startPractiseCopy(store: KeyValueStore, locked: Session, now: Date): Promise<Session> {
  const copy = keepPractising(locked, newSessionId(locked.caseSlug, Math.random, now), now);
  await store.set(sessionKey(copy.id), { version: SESSION_VERSION, state: { session: copy } });
  await store.set(activeSessionKey(copy.caseSlug), copy.id);
  return copy;
}
