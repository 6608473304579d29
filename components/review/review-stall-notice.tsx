'use client';

import { useState } from 'react';
import { useReviewStall } from './review-store';

/**
 * Says so when a change to the review queue could not be applied (part of the app failed to load,
 * usually a dropped connection): the change is kept in this browser and applied on "Try again", on the
 * next change, or the next time a page reads the queue; a stored queue that could not be read is read
 * again on "Try again", and nothing overwrites it meanwhile. Fixed in the window, so it shows wherever the
 * learner is on the page; renders nothing while all is well.
 */
export function ReviewStallNotice() {
  const { stalled, waiting, retry } = useReviewStall();
  const [trying, setTrying] = useState(false);
  if (!stalled) return null;
  async function onRetry() {
    setTrying(true);
    try {
      await retry();
    } finally {
      setTrying(false);
    }
  }
  return (
    <p className="notice notice-warn limit-toast" role="alert">
      {waiting === 0 ? (
        <>Your review queue could not be read: part of this page did not load (check your connection). It is kept in this browser as it was.{' '}</>
      ) : (
        <>
          Your review queue was not updated yet: part of this page did not load (check your connection).{' '}
          {waiting === 1 ? 'The change is' : `${waiting} changes are`} kept in this browser and will be applied once it loads.{' '}
        </>
      )}
      <button type="button" className="button" onClick={() => void onRetry()} disabled={trying} aria-busy={trying}>
        Try again
      </button>
    </p>
  );
}
