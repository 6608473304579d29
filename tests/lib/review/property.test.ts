import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyReviewQueue, reviewQueueSchema } from '../../../lib/review/review-item-schema';
import type { ReviewSubject } from '../../../lib/review/review-item-schema';
import { addMissed, dueItems, recordReview, removeItem } from '../../../lib/review/review-queue';

const start = Date.parse('2030-03-01T09:00:00Z');
const id = fc.constantFrom('kafka', 'airflow', 'acks-all', 'x1');

const subject: fc.Arbitrary<ReviewSubject> = fc.oneof(
  fc.record({ kind: fc.constant('question' as const), topic: id, questionId: id, title: fc.string({ maxLength: 300 }) }),
  fc.record({ kind: fc.constant('drill' as const), generatorId: id, topic: id, title: fc.string({ maxLength: 300 }), lastSeed: fc.integer({ min: 0, max: 999_999 }) }),
  fc.record({ kind: fc.constant('prompt' as const), caseSlug: id, promptId: id, topic: id, title: fc.string({ maxLength: 300 }) }),
);

const action = fc.oneof(
  fc.record({ type: fc.constant('add' as const), subject }),
  fc.record({ type: fc.constant('review' as const), pick: fc.nat(), correct: fc.boolean() }),
  fc.record({ type: fc.constant('remove' as const), pick: fc.nat() }),
);

describe('review queue properties', () => {
  it('any sequence of adds, reviews and removals keeps the queue valid, with time moving forward', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(action, fc.integer({ min: 0, max: 5 * 86_400_000 })), { maxLength: 40 }), (steps) => {
        let queue = emptyReviewQueue();
        let now = start;
        for (const [step, wait] of steps) {
          now += wait;
          const at = new Date(now);
          const ids = queue.items.map((item) => item.id);
          if (step.type === 'add') queue = addMissed(queue, step.subject, at);
          else if (step.type === 'review') queue = ids.length > 0 ? recordReview(queue, ids[step.pick % ids.length] ?? '', step.correct, at) : queue;
          else queue = ids.length > 0 ? removeItem(queue, ids[step.pick % ids.length] ?? '') : queue;
          expect(reviewQueueSchema.safeParse(JSON.parse(JSON.stringify(queue))).success).toBe(true);
          // A reviewed item is never due again the same instant.
          if (step.type === 'review' && ids.length > 0) expect(dueItems(queue, at).some((item) => item.id === ids[step.pick % ids.length])).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});
