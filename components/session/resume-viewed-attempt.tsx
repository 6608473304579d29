'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useDepartures } from '@/components/shared/use-departures';
import { resumeSession } from '@/lib/storage/session-history';
import { useSessionContext } from './session-provider';

/**
 * On the report of an earlier attempt (opened read-only from history): makes that attempt the case's
 * current one and reopens the report, now editable and saved as usual. Says so if storage refuses.
 */
export function ResumeViewedAttempt() {
  const context = useSessionContext();
  const router = useRouter();
  const [failed, setFailed] = useState<string | undefined>(undefined);
  const depart = useDepartures();
  if (context.phase !== 'ready') return null;
  const { store, keyValueStore } = context.opened;
  async function resume() {
    const departure = depart();
    const session = store.getState().session;
    try {
      await resumeSession(keyValueStore, session);
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
      return;
    }
    // The plain report opens the (now current) attempt the usual way: this tab's hold on it, saves, backups.
    // Once, and only if the learner is still on this report.
    departure.go(() => router.replace(`/cases/${session.caseSlug}/report`));
  }
  return (
    <>
      <button type="button" className="link-button" onClick={() => void resume()}>
        Resume this attempt
      </button>
      {failed ? <span role="alert"> It could not be made current: {failed}.</span> : null}
    </>
  );
}
