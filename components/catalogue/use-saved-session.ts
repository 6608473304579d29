'use client';

import { useEffect, useState } from 'react';
import type { Session } from '@/lib/session/session-schema';
import { openBrowserStore } from '@/lib/storage/idb-store';
import { readActiveSession } from '@/lib/storage/session-repository';

export type SavedSession = { state: 'loading' } | { state: 'none' } | { state: 'found'; session: Session };

/** Reads the learner's saved session for a case without opening it for editing. */
export function useSavedSession(caseSlug: string): SavedSession {
  const [saved, setSaved] = useState<SavedSession>({ state: 'loading' });
  useEffect(() => {
    let cancelled = false;
    openBrowserStore()
      .then(({ store }) => readActiveSession(store, caseSlug))
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
