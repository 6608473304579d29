'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useAddToReview } from './review-store';
import { ReviewStallNotice } from './review-stall-notice';

export type MissedPrompt = { caseSlug: string; promptId: string; topic: string; title: string };

/** Puts a case's missed deep-dive prompts into the review queue, on request (the report offers it). */
export function AddMissedToReview({ items }: { items: readonly MissedPrompt[] }) {
  const addToReview = useAddToReview();
  const [added, setAdded] = useState<number | undefined>(undefined);
  if (items.length === 0) return null;

  function add() {
    addToReview(items.map((item) => ({ kind: 'prompt' as const, ...item })));
    setAdded(items.length);
  }

  return (
    <div className="review-add">
      {added === undefined ? (
        <button type="button" className="button" onClick={add}>
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
      </p>
      <ReviewStallNotice />
    </div>
  );
}
