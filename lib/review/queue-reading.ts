import type { ReviewItem, ReviewQueue, StoredCard } from './review-item-schema';

/*
 * The review queue read without its schema or its scheduler: what the review page and the stores
 * need before (or without) validating a stored queue, so pages with nothing stored download neither
 * zod nor ts-fsrs. The schema and the reader of stored queues are in review-item-schema.ts; the
 * actions in review-queue.ts; the scheduler in scheduler.ts.
 */

/** When a card is due. */
export function dueDate(card: StoredCard): Date {
  return new Date(card.due);
}

/** Whether a card is due at `now` (its due time has come). */
export function isDue(card: StoredCard, now: Date): boolean {
  return Date.parse(card.due) <= now.getTime();
}

/** Changes kept while the queue's rules cannot load; beyond this the oldest are dropped first. */
export const MAX_PENDING_CHANGES = 200;

/** A queue with no items. */
export function emptyReviewQueue(): ReviewQueue {
  return { items: [] };
}

const dueTime = (item: ReviewItem) => Date.parse(item.card.due);

/** Soonest due first; ties in the order they were added, then by id, so the order never depends on storage. */
export function bySchedule(a: ReviewItem, b: ReviewItem): number {
  return dueTime(a) - dueTime(b) || Date.parse(a.addedAt) - Date.parse(b.addedAt) || a.id.localeCompare(b.id);
}

/** What to review now, soonest due first. */
export function dueItems(queue: ReviewQueue, now: Date): ReviewItem[] {
  return queue.items.filter((item) => isDue(item.card, now)).sort(bySchedule);
}

/** When the next item not yet due becomes due; undefined when nothing is waiting. */
export function nextDue(queue: ReviewQueue, now: Date): Date | undefined {
  const later = queue.items.filter((item) => !isDue(item.card, now)).map(dueTime);
  return later.length > 0 ? new Date(Math.min(...later)) : undefined;
}
