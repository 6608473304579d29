'use client';

import { useEffect, useState } from 'react';
import type { Session } from '@/lib/session/session-schema';
import { readActiveSessionId } from '@/lib/storage/stored-keys';

export type SavedSession = { state: 'loading' } | { state: 'none' } | { state: 'found'; session: Session };

/** Reads the learner's saved session for a case without opening it for editing. */
export function useSavedSession(caseSlug: string): SavedSession {
  const [saved, setSaved] = useState<SavedSession>({ state: 'loading' });
  useEffect(() => {
    let cancelled = false;
    // Loaded after first paint, and the schemas that validate a stored session (zod, about 27 KB gzip) only
    // when this case has an attempt to read: a first visit never downloads them.
    import('@/lib/storage/idb-store')
      .then(async ({ openBrowserStore }) => {
        const { store } = await openBrowserStore();
        if (!(await readActiveSessionId(store, caseSlug))) return undefined;
        const { readActiveSession } = await import('@/lib/storage/session-repository');
        return readActiveSession(store, caseSlug);
      })
      .then(
        (session) => {
          if (!cancelled) setSaved(session ? { state: 'found', session } : { state: 'none' });
        },
        () => {
          if (!cancelled) setSaved({ state: 'none' });
        },
      );
    return () => {
      cancelled = true;
    };
  }, [caseSlug]);
  return saved;
}
