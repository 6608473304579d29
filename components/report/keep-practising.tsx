'use client';

import { useState } from 'react';
import type { Session } from '@/lib/session/session-schema';
import type { KeyValueStore } from '@/lib/storage/key-value-store';
import { startPractiseCopy } from '@/lib/storage/keep-practising';
import { useDepartures } from '@/components/shared/use-departures';

/** On a finished (locked) mock: copies its work into a new practice attempt and opens it. */
export function KeepPractising({ session, store }: { session: Session; store: KeyValueStore }) {
  const [failed, setFailed] = useState(false);
  const depart = useDepartures();
  async function onClick() {
    const departure = depart();
    try {
      const copy = await startPractiseCopy(store, session, new Date());
      // A full load: the open session store of this page holds the locked mock. Once, and only if the
      // learner is still here; the copy is the case's current attempt either way.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      departure.go(() => window.location.assign(`/cases/${copy.caseSlug}/${copy.currentStep}`));
    } catch {
      setFailed(true);
    }
  }
  return (
    <>
      <button type="button" className="button" onClick={() => void onClick()}>
        Keep practising
      </button>
      {failed ? (
        <span className="notice notice-warn" role="alert">
          The practice copy could not be saved in this browser; your finished mock is unchanged.
        </span>
      ) : null}
    </>
  );
}
