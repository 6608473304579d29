import type { QueueChange } from './queue-change';
import type { ReviewQueue } from './review-item-schema';
import type * as QueueModule from './review-queue';
import { assertNever } from '../util/assert-never';

// Apart from queue-change.ts (the changes' schema), so the review store applies changes without zod.

/** The pure queue actions a change needs (review-queue.ts). */
export type QueueRules = Pick<typeof QueueModule, 'addMissed' | 'recordReview' | 'removeItem'>;

/** Applies `changes` to `queue` in the order given; returns a new queue. */
export function applyQueueChanges(rules: QueueRules, queue: ReviewQueue, changes: readonly QueueChange[]): ReviewQueue {
  return changes.reduce((current, change) => {
    switch (change.kind) {
      case 'add': {
        const at = new Date(change.at);
        return change.subjects.reduce((next, subject) => rules.addMissed(next, subject, at), current);
      }
      case 'review':
        return rules.recordReview(current, change.id, change.correct, new Date(change.at));
      case 'remove':
        return rules.removeItem(current, change.id);
      default:
        return assertNever(change, 'review queue change');
    }
  }, queue);
}
