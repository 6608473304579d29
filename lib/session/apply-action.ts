import { fitSession } from './session-limits';
import { runSessionAction } from './run-action';
import type { SessionAction } from './run-action';
import type { Session } from './session-schema';

export type { SessionAction } from './run-action';

/**
 * Applies one action and holds the result to every limit of the session schema, so the state always
 * validates. `notes` says, in sentences for the learner, what a limit cut (empty when nothing was);
 * `session` is the input itself when the action changed nothing.
 */
export function applySessionAction(session: Session, action: SessionAction, now: Date): { session: Session; notes: string[] } {
  const next = runSessionAction(session, action, now);
  if (next === session) return { session, notes: [] };
  const fitted = fitSession(next);
  return { session: fitted.value, notes: fitted.notes };
}
