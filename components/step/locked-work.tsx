'use client';

import type { ReactNode } from 'react';
import { useSession, useSessionContext } from '@/components/session/session-provider';
import { KeepPractising } from '@/components/report/keep-practising';
import { isAttemptLocked } from '@/lib/session/attempt-lock';

/**
 * Wraps a step's work: on a finished mock every field inside is disabled (a `fieldset disabled`) and a
 * notice offers a practice copy; otherwise it renders its children as they are.
 */
export function LockedWork({ children }: { children: ReactNode }) {
  const context = useSessionContext();
  const session = useSession((state) => state.session);
  const locked = session !== undefined && isAttemptLocked(session);
  return (
    <>
      {locked && session && context.phase === 'ready' ? (
        <div className="notice notice-info" role="status">
          <p>This mock interview is finished, so its work is read-only and its scores are kept as they were. To change it, keep practising on a copy.</p>
          <KeepPractising session={session} store={context.opened.keyValueStore} />
        </div>
      ) : null}
      <fieldset className="locked-work" disabled={locked} aria-label={locked ? 'Finished work, read-only' : undefined}>
        {children}
      </fieldset>
    </>
  );
}
