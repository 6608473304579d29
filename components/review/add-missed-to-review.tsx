'use client';

import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useState } from 'react';
import { loadWithRetry } from '@/lib/util/load-with-retry';

// The queue's store and its notice load on the first click: the report rarely adds to review.
const ReviewStallNotice = dynamic(() => import('./review-stall-notice').then((module) => module.ReviewStallNotice));

export type MissedPrompt = { caseSlug: string; promptId: string; topic: string; title: string };

/**
 * Puts a case's missed deep-dive prompts into the review queue, on request (the report offers it). The
 * queue's code loads on the click (retried); when it cannot load, nothing claims the prompts were added
 * and the button stays, with the reason.
 */
export function AddMissedToReview({ items }: { items: readonly MissedPrompt[] }) {
  const [added, setAdded] = useState<number | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  if (items.length === 0) return null;

  async function add() {
    setBusy(true);
    try {
      const { addToReview } = await loadWithRetry(() => import('./review-store'));
      addToReview(items.map((item) => ({ kind: 'prompt' as const, ...item })));
      setAdded(items.length);
      setFailed(false);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="review-add">
      {added === undefined ? (
        <button type="button" className="button" onClick={() => void add()} disabled={busy} aria-busy={busy}>
          Add {items.length === 1 ? 'the missed deep-dive question' : `the ${items.length} missed deep-dive questions`} to review
        </button>
      ) : null}
      {/* Present before the click, so screen readers announce the change. */}
      <p role="status" className="review-add-status">
        {added === undefined ? null : (
          <>
            Added {added} to your review queue. <Link href="/review">Review now</Link>
          </>
        )}
        {failed ? 'The review queue could not load (check your connection), so nothing was added yet: try again.' : null}
      </p>
      {added === undefined ? null : <ReviewStallNotice />}
    </div>
  );
}
