import type { ReviewItem, ReviewQueue } from './review-item-schema';
import { isDue } from './scheduler';

/*
 * The review queue read without its schema: what the review page and the stores need before (or
 * without) validating a stored queue, so pages with nothing stored do not download zod. The schema
 * and the reader of stored queues are in review-item-schema.ts; the actions in review-queue.ts.
 */

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
