'use client';

import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useRef, useState } from 'react';
import { describeDue } from '@/lib/review/describe-due';
import type { ReviewItem } from '@/lib/review/review-item-schema';
import { dueDate, dueItems, nextDue } from '@/lib/review/queue-reading';
import type { ReviewContent } from './review-content';
import { useReviewActions, useReviewQueue } from './review-store';

// A due item's view (question marking, drills and their Markdown, deep-dive follow-ups) is its own
// chunk: the page loads it only when something is due.
const ReviewItemView = dynamic(() => import('./review-item-view').then((module) => module.ReviewItemView), {
  loading: () => <p className="muted">Opening the next item…</p>,
});

const dayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });
const items = (count: number) => `${count} ${count === 1 ? 'item' : 'items'}`;

/** "in 3 days (Wed 4 Mar)": relative first, for the glance; the date for planning. */
function when(due: Date, now: Date): string {
  const words = describeDue(due, now);
  return words === 'now' ? 'now' : `${words} (${dayFormat.format(due)})`;
}

/** /review: the items due now, one at a time; each answer reschedules its item. */
export function ReviewSession({ content }: { content: ReviewContent }) {
  const queue = useReviewQueue();
  const { review, remove } = useReviewActions();
  // "Now" moves only when the learner acts, so the list does not shift under them while they read.
  const [now, setNow] = useState(() => new Date());
  const [answered, setAnswered] = useState<{ item: ReviewItem; correct: boolean } | undefined>(undefined);
  const summary = useRef<HTMLParagraphElement>(null);
  if (!queue) return <p className="muted">Loading your review queue…</p>;

  const due = dueItems(queue, now);
  // While the feedback shows, keep the answered item as it was, though the queue already moved it.
  const current = answered?.item ?? due[0];

  function onAnswered(item: ReviewItem, correct: boolean) {
    if (answered) return;
    const at = new Date();
    review(item.id, correct, at);
    setNow(at);
    setAnswered({ item, correct });
  }
  function onNext() {
    setAnswered(undefined);
    setNow(new Date());
    summary.current?.focus();
  }

  if (!current) {
    const next = nextDue(queue, now);
    return (
      <section className="panel review-done" aria-labelledby="review-done-title">
        <h2 id="review-done-title" ref={summary} tabIndex={-1}>
          Nothing is due for review
        </h2>
        {next ? (
          <p>
            {items(queue.items.length)} in your queue. The next review is {when(next, now)}.
          </p>
        ) : (
          <p>Your review queue is empty. Questions you get wrong and drills you fail in practice come back here when they are due.</p>
        )}
        <p>
          <Link href="/practice">Go to practice</Link>
        </p>
      </section>
    );
  }

  const rescheduled = answered ? queue.items.find((item) => item.id === answered.item.id) : undefined;
  return (
    <>
      <p className="review-summary" ref={summary} tabIndex={-1}>
        {answered ? `${due.length} more due now` : `${items(due.length)} due now`}
      </p>
      <ReviewItemView
        key={`${current.id}@${current.card.reps}`}
        item={current}
        content={content}
        onAnswered={(correct) => onAnswered(current, correct)}
        onRemove={() => {
          remove(current.id);
          onNext();
        }}
      />
      {answered ? (
        <div className="review-next">
          <p role="status">{rescheduled ? `Next review ${when(dueDate(rescheduled.card), now)}.` : 'Removed from your review queue.'}</p>
          <button type="button" className="button button-primary" onClick={onNext}>
            Next
          </button>
        </div>
      ) : null}
    </>
  );
}
