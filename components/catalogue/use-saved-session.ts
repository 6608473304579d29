'use client';

import { useEffect, useState } from 'react';
import type { Session } from '@/lib/session/session-schema';

export type SavedSession = { state: 'loading' } | { state: 'none' } | { state: 'found'; session: Session };

/** Reads the learner's saved session for a case without opening it for editing. */
export function useSavedSession(caseSlug: string): SavedSession {
  const [saved, setSaved] = useState<SavedSession>({ state: 'loading' });
  useEffect(() => {
    let cancelled = false;
    // Loaded after first paint: validating a stored session needs the schemas, which the page itself does not.
    Promise.all([import('@/lib/storage/idb-store'), import('@/lib/storage/session-repository')])
      .then(async ([{ openBrowserStore }, { readActiveSession }]) => readActiveSession((await openBrowserStore()).store, caseSlug))
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
