import { describe, expect, it } from 'vitest';
import { reviewDrillSeed } from '../../../lib/review/drill-seed';
import { emptyReviewQueue, MAX_QUEUE_ITEMS, MAX_TITLE_CHARS, reviewQueueSchema } from '../../../lib/review/review-item-schema';
import type { ReviewItem, ReviewSubject } from '../../../lib/review/review-item-schema';
import { addMissed, dueItems, nextDue, recordReview, removeItem } from '../../../lib/review/review-queue';

const DAY = 86_400_000;
const start = new Date('2030-03-01T09:00:00Z');
const later = (days: number) => new Date(start.getTime() + days * DAY);

const question: ReviewSubject = { kind: 'question', topic: 'kafka', questionId: 'durable-writes', title: 'Orders must never be lost' };
const drill: ReviewSubject = { kind: 'drill', generatorId: 'consumer-idle', topic: 'kafka', title: 'Idle consumers', lastSeed: 1 };
const prompt: ReviewSubject = { kind: 'prompt', caseSlug: 'ride-hailing', promptId: 'exactly-once', topic: 'kafka', title: 'Exactly once' };

const only = (items: ReviewItem[]): ReviewItem => {
  const [item] = items;
  if (!item || items.length !== 1) throw new Error(`expected one item, got ${items.length}`);
  return item;
};

describe('review queue', () => {
  it('adds a missed item due at once, with a stable id per subject', () => {
    const queue = addMissed(emptyReviewQueue(), question, start);
    const item = only(dueItems(queue, start));
    expect(item.id).toBe('question:kafka:durable-writes');
    expect(item.addedAt).toBe(start.toISOString());
    expect(reviewQueueSchema.parse(queue)).toEqual(queue);
  });

  it('pushes an item days out on a correct review and says when it is next due', () => {
    let queue = addMissed(emptyReviewQueue(), question, start);
    queue = recordReview(queue, 'question:kafka:durable-writes', true, start);
    expect(dueItems(queue, start)).toEqual([]);
    const next = nextDue(queue, start);
    expect(next && (next.getTime() - start.getTime()) / DAY).toBeGreaterThanOrEqual(2);
    expect(dueItems(queue, next ?? start)).toHaveLength(1);
  });

  it('counts missing a queued item again as a lapse, but leaves a due one due', () => {
    let queue = addMissed(emptyReviewQueue(), question, start);
    expect(addMissed(queue, question, start)).toEqual(queue);
    queue = recordReview(queue, 'question:kafka:durable-writes', true, start);
    queue = addMissed(queue, question, later(1));
    const item = only(queue.items);
    expect(item.card.lapses).toBe(1);
    expect(Date.parse(item.card.due)).toBe(later(2).getTime());
  });

  it('serves each review of a drill a new seed, never the one just failed', () => {
    let queue = addMissed(emptyReviewQueue(), drill, start);
    const first = only(queue.items);
    if (first.kind !== 'drill') throw new Error('expected a drill');
    const seen = [reviewDrillSeed(first)];
    expect(seen[0]).not.toBe(1);
    expect(reviewDrillSeed(first)).toBe(seen[0]);
    for (let round = 1; round <= 4; round += 1) {
      queue = recordReview(queue, first.id, false, later(round));
      const item = only(queue.items);
      if (item.kind !== 'drill') throw new Error('expected a drill');
      expect(item.lastSeed).toBe(seen.at(-1));
      seen.push(reviewDrillSeed(item));
    }
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('a drill whose derived seed equals the failed one gets the next seed', () => {
    const item = only(addMissed(emptyReviewQueue(), drill, start).items);
    if (item.kind !== 'drill') throw new Error('expected a drill');
    const natural = reviewDrillSeed(item);
    expect(reviewDrillSeed({ ...item, lastSeed: natural })).toBe((natural + 1) % 1_000_000);
  });

  it('lists due items soonest first, removes items and ignores unknown ids', () => {
    let queue = addMissed(emptyReviewQueue(), question, start);
    queue = addMissed(queue, prompt, later(0.5));
    queue = addMissed(queue, drill, later(0.25));
    expect(dueItems(queue, later(1)).map((item) => item.kind)).toEqual(['question', 'drill', 'prompt']);
    expect(dueItems(queue, start).map((item) => item.kind)).toEqual(['question']);
    expect(recordReview(queue, 'question:kafka:nope', true, start)).toEqual(queue);
    expect(removeItem(queue, 'drill:consumer-idle').items.map((item) => item.kind)).toEqual(['question', 'prompt']);
    expect(nextDue(emptyReviewQueue(), start)).toBeUndefined();
  });

  it('clips long titles and ignores subjects the schema would refuse', () => {
    const long = addMissed(emptyReviewQueue(), { ...question, title: 'why '.repeat(200) }, start);
    expect(only(long.items).title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    expect(reviewQueueSchema.safeParse(long).success).toBe(true);
    const bad = addMissed(emptyReviewQueue(), { ...question, topic: '../../etc' }, start);
    expect(bad.items).toEqual([]);
  });

  it('keeps at most the cap, dropping the item due last', () => {
    let queue = emptyReviewQueue();
    for (let index = 0; index < MAX_QUEUE_ITEMS; index += 1) {
      queue = addMissed(queue, { ...question, questionId: `q-${index}` }, start);
    }
    // Reviewed correctly, q-7 is the one due last.
    queue = recordReview(queue, 'question:kafka:q-7', true, start);
    queue = addMissed(queue, { ...question, questionId: 'one-more' }, start);
    expect(queue.items).toHaveLength(MAX_QUEUE_ITEMS);
    expect(queue.items.some((item) => item.id === 'question:kafka:q-7')).toBe(false);
    expect(queue.items.at(-1)?.id).toBe('question:kafka:one-more');
    expect(reviewQueueSchema.safeParse(queue).success).toBe(true);
  });
});
