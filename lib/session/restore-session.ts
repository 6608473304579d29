import { migrateSession } from './migrate-session';
import { storedSessionSchema } from './session-schema';
import { SESSION_VERSION } from './session-bounds';
import type { Session } from './session-schema';

export type RestoreResult =
  | { status: 'ok'; session: Session; migratedFrom?: number; trimmed?: string[] }
  | { status: 'invalid'; reason: string };

/**
 * Decides what a stored record means: a session (migrated if older, brought within the limits with
 * `trimmed` saying what was cut) or something to keep aside untouched.
 */
export function restoreStoredSession(raw: unknown, expectedCaseSlug: string): RestoreResult {
  const envelope = storedSessionSchema.safeParse(raw);
  if (!envelope.success) return { status: 'invalid', reason: 'the saved record is damaged (not a session record)' };
  const { version, state } = envelope.data;
  const migrated = migrateSession(state.session, version, { fit: true });
  if (!migrated.ok) return { status: 'invalid', reason: migrated.reason };
  if (migrated.session.caseSlug !== expectedCaseSlug) {
    return { status: 'invalid', reason: `it belongs to another case (${migrated.session.caseSlug})` };
  }
  return {
    status: 'ok',
    session: migrated.session,
    ...(version === SESSION_VERSION ? {} : { migratedFrom: version }),
    ...(migrated.trimmed ? { trimmed: migrated.trimmed } : {}),
  };
}
