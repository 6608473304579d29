import { z } from 'zod';
import { migrateSession } from './migrate-session';
import { SESSION_VERSION } from './session-bounds';
import type { Session } from './session-schema';

export const EXPORT_FORMAT = 'system-design-trainer/session';
/** Exports carry the session's own version, so an export from an older app is migrated on import. */
export const MAX_EXPORT_BYTES = 20 * 1024 * 1024;

const exportEnvelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  sessionVersion: z.number().int(),
  exportedAt: z.string(),
  session: z.unknown(),
});

export function exportSession(session: Session, now: Date): string {
  return JSON.stringify({ format: EXPORT_FORMAT, sessionVersion: SESSION_VERSION, exportedAt: now.toISOString(), session }, null, 2);
}

export type ImportResult = { ok: true; session: Session } | { ok: false; error: string };

/** Reads an exported session file: too big, truncated, wrong-shaped or newer files get one clear sentence. */
export function importSession(text: string, byteLength = text.length): ImportResult {
  if (byteLength > MAX_EXPORT_BYTES) return { ok: false, error: `The file is ${(byteLength / 1024 / 1024).toFixed(1)} MB; session files up to 20 MB can be imported.` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The file is not valid JSON (it may be truncated).' };
  }
  const envelope = exportEnvelopeSchema.safeParse(data);
  if (!envelope.success) return { ok: false, error: 'This is not a System Design Trainer session export.' };
  if (envelope.data.sessionVersion > SESSION_VERSION) {
    return { ok: false, error: `The session was exported by a newer version of the app (session version ${envelope.data.sessionVersion}); update the app to import it.` };
  }
  const migrated = migrateSession(envelope.data.session, envelope.data.sessionVersion);
  if (!migrated.ok) return { ok: false, error: `The session cannot be read: ${migrated.reason}.` };
  return { ok: true, session: migrated.session };
}
