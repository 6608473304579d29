import { describe, expect, it } from 'vitest';
import { emptyReviewQueue, MAX_QUEUE_ITEMS, readReviewQueue, reviewQueueSchema } from '../../../lib/review/review-item-schema';
import { addMissed } from '../../../lib/review/review-queue';

const start = new Date('2030-03-01T09:00:00Z');
const valid = addMissed(emptyReviewQueue(), { kind: 'question', topic: 'kafka', questionId: 'durable-writes', title: 'Durable writes' }, start);
const [item] = valid.items;
if (!item) throw new Error('no item');

/** A copy of the valid queue with its one item changed. */
const withItem = (change: Record<string, unknown>) => ({ items: [{ ...item, ...change }] });

describe('review queue schema', () => {
  it('round-trips a queue through JSON', () => {
    expect(reviewQueueSchema.parse(JSON.parse(JSON.stringify(valid)))).toEqual(valid);
  });

  it.each([
    ['not an object', 'hello'],
    ['items not a list', { items: {} }],
    ['an unknown kind', withItem({ kind: 'video' })],
    ['an id that does not match the item', withItem({ id: 'question:kafka:other' })],
    ['a date that is not ISO', withItem({ addedAt: 'yesterday' })],
    ['a due date that is not ISO', withItem({ card: { ...item.card, due: 'soon' } })],
    ['a negative count', withItem({ card: { ...item.card, reps: -1 } })],
    ['an unknown card state', withItem({ card: { ...item.card, state: 7 } })],
    ['a missing card', withItem({ card: undefined })],
    ['a huge title', withItem({ title: 'x'.repeat(10_000) })],
    ['a topic that is not an id', withItem({ topic: '<script>' })],
    ['a repeated item', { items: [item, item] }],
    ['too many items', { items: Array.from({ length: MAX_QUEUE_ITEMS + 1 }, () => item) }],
  ])('rejects %s', (_name, value) => {
    expect(reviewQueueSchema.safeParse(value).success).toBe(false);
  });
});

describe('reading a stored queue', () => {
  const two = addMissed(valid, { kind: 'drill', topic: 'kafka', generatorId: 'acks-durability', title: 'Acks and durability' }, start);

  it('keeps a valid queue as it is', () => {
    expect(readReviewQueue(JSON.parse(JSON.stringify(two)))).toEqual(two);
  });

  it('drops only the damaged item and repeats, keeping the rest', () => {
    const [first, second] = two.items;
    const damaged = { items: [first, { ...second, card: { due: 'soon' } }, first, 'junk'] };
    expect(readReviewQueue(damaged)).toEqual({ items: [first] });
  });

  it('starts empty from something that is not a queue', () => {
    expect(readReviewQueue('hello')).toEqual(emptyReviewQueue());
    expect(readReviewQueue(undefined)).toEqual(emptyReviewQueue());
  });
});
