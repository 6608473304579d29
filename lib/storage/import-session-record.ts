import { newSessionId } from '../session/create-session';
import { SESSION_VERSION } from '../session/session-bounds';
import type { Session } from '../session/session-schema';
import { readImportedCase } from './imported-cases';
import type { KeyValueStore } from './key-value-store';
import { activeSessionKey, loadSessionRecord, sessionKey } from './session-repository';

/**
 * What importing a session would do to the learner's stored work, decided before anything changes:
 * refused (a case this app does not have), stored as a new attempt, or replacing the stored attempt
 * with the same id. `savedIsNewer` means the stored version was worked on after the file's: the
 * learner is asked first.
 */
export type ImportPlan =
  | { ok: false; error: string }
  | { ok: true; replaces?: { saved: Session; savedIsNewer: boolean } };

/**
 * Reads the store to plan an import; `knownCaseSlugs` are the cases this app ships. A case imported
 * in this browser (its pack is in the same store) is known too, from whichever report page.
 */
export async function planSessionImport(store: KeyValueStore, session: Session, knownCaseSlugs: readonly string[]): Promise<ImportPlan> {
  if (!knownCaseSlugs.includes(session.caseSlug) && !(await readImportedCase(store, session.caseSlug))) {
    return { ok: false, error: `The session is for a case this app does not have ("${session.caseSlug.slice(0, 60)}"); if it is an imported case, import its case pack first.` };
  }
  const loaded = await loadSessionRecord(store, session.id, session.caseSlug);
  if (loaded.status !== 'ok') return { ok: true };
  if (JSON.stringify(loaded.session) === JSON.stringify(session)) return { ok: true };
  return { ok: true, replaces: { saved: loaded.session, savedIsNewer: loaded.session.updatedAt > session.updatedAt } };
}

/**
 * Stores an imported session as the active attempt of its case. When it replaces a stored attempt
 * that differs, that attempt is first copied under a new id, so it stays in the history as its own
 * attempt; its new id is returned. Writes go in that order, so a failure leaves the old record intact.
 */
export async function commitSessionImport(store: KeyValueStore, session: Session, plan: Extract<ImportPlan, { ok: true }>, now: Date = new Date()): Promise<{ keptAs?: string }> {
  let keptAs: string | undefined;
  if (plan.replaces) {
    keptAs = newSessionId(session.caseSlug, Math.random, now);
    await store.set(sessionKey(keptAs), { version: SESSION_VERSION, state: { session: { ...plan.replaces.saved, id: keptAs } } });
  }
  await store.set(sessionKey(session.id), { version: SESSION_VERSION, state: { session } });
  await store.set(activeSessionKey(session.caseSlug), session.id);
  return keptAs ? { keptAs } : {};
}
