import { z } from 'zod';
import { MAX_QUEUE_ITEMS, reviewSubjectSchema } from './review-item-schema';
import { applyQueueChanges } from './apply-queue-changes';
import type { QueueRules } from './apply-queue-changes';
import { MAX_PENDING_CHANGES } from './queue-reading';

export { applyQueueChanges, MAX_PENDING_CHANGES };
export type { QueueRules };

const isoDate = z.iso.datetime();

/**
 * One change the learner asked of the review queue, kept (and stored with the queue) until the queue's
 * rules (review-queue.ts, loaded lazily) have applied it: add missed subjects, record an answer, or
 * remove an item. `at` is when the learner acted, so a change applied later schedules the same.
 */
export const queueChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('add'), subjects: z.array(reviewSubjectSchema).min(1).max(MAX_QUEUE_ITEMS), at: isoDate }),
  z.object({ kind: z.literal('review'), id: z.string().max(200), correct: z.boolean(), at: isoDate }),
  z.object({ kind: z.literal('remove'), id: z.string().max(200) }),
]);
export type QueueChange = z.infer<typeof queueChangeSchema>;

/**
 * Reads stored pending changes, keeping each valid one in order (a damaged entry costs that entry
 * only) and at most the newest MAX_PENDING_CHANGES. Anything but an array reads as none.
 */
export function readPendingChanges(stored: unknown): QueueChange[] {
  if (!Array.isArray(stored)) return [];
  const kept: QueueChange[] = [];
  for (const raw of stored.slice(-MAX_PENDING_CHANGES)) {
    const change = queueChangeSchema.safeParse(raw);
    if (change.success) kept.push(change.data);
  }
  return kept;
}
