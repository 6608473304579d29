'use client';

import { lazyPart } from '@/components/shared/lazy-part';
import type { ReactNode } from 'react';
import { useSession, useSessionContext } from '@/components/session/session-provider';
import { isAttemptLocked } from '@/lib/session/attempt-lock';

// The practice-copy button (with its departure guard) shows on a finished mock only: its own chunk.
const KeepPractising = lazyPart(() => import('@/components/report/keep-practising').then((module) => module.KeepPractising));

/**
 * Wraps a step's work: on a finished mock, or in a tab that only reads because another tab holds the
 * attempt, every field inside is disabled (a `fieldset disabled`) and dimmed; a finished mock's notice
 * offers a practice copy (the other tab's banner is in session-notices.tsx). Otherwise it renders its
 * children as they are.
 */
export function LockedWork({ children }: { children: ReactNode }) {
  const context = useSessionContext();
  const session = useSession((state) => state.session);
  const finished = session !== undefined && isAttemptLocked(session);
  // Another tab holds this attempt (tab-lock.ts): nothing typed here would be kept, so nothing can be typed.
  const otherTab = useSession((state) => state.tab === 'other-tab-open') === true;
  const locked = finished || otherTab;
  return (
    <>
      {finished && session && context.phase === 'ready' ? (
        <div className="notice notice-info" role="status">
          <p>This mock interview is finished, so its work is read-only and its scores are kept as they were. To change it, keep practising on a copy.</p>
          <KeepPractising session={session} store={context.opened.keyValueStore} />
        </div>
      ) : null}
      <fieldset
        className={locked ? 'locked-work locked-work-read-only' : 'locked-work'}
        disabled={locked}
        aria-label={finished ? 'Finished work, read-only' : otherTab ? 'Open in another tab, read-only' : undefined}
      >
        {children}
      </fieldset>
    </>
  );
}
