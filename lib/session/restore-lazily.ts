import type { RestoreResult } from './restore-session';

/**
 * restoreStoredSession (restore-session.ts), loaded on first use. It carries the session schema
 * (zod, about 45 KB gzip in the browser), which a page needs only when a record is actually stored:
 * a first visit, with nothing saved, opens its new attempt without downloading it.
 */
export async function restoreStoredSessionLazily(raw: unknown, expectedCaseSlug: string): Promise<RestoreResult> {
  const { restoreStoredSession } = await import('./restore-session');
  return restoreStoredSession(raw, expectedCaseSlug);
}
