import { reviewDrillSeed } from './drill-seed';
import { MAX_QUEUE_ITEMS, MAX_TITLE_CHARS, reviewItemId, reviewSubjectSchema } from './review-item-schema';
import type { ReviewItem, ReviewQueue, ReviewSubject } from './review-item-schema';
import { bySchedule, dueItems, nextDue } from './queue-reading';
import { isDue, newCard, reviewCard } from './scheduler';

export { dueItems, nextDue };

/** Pure actions on the review queue: each returns a new queue and leaves the one given untouched. */

function clipTitle(title: string): string {
  const single = title.replace(/\s+/g, ' ').trim();
  return single.length > MAX_TITLE_CHARS ? `${single.slice(0, MAX_TITLE_CHARS - 1).trimEnd()}…` : single;
}

/** A full queue makes room by dropping the item least in need of review: the one due last. */
function makeRoom(items: readonly ReviewItem[]): ReviewItem[] {
  if (items.length < MAX_QUEUE_ITEMS) return [...items];
  const last = [...items].sort(bySchedule).at(-1);
  return items.filter((item) => item !== last);
}

/**
 * Something was missed or failed. A new subject enters due at once; one already queued counts as a
 * lapse (rated Again), unless it is due anyway, so missing it twice in a row does not push it back.
 * A subject the schema would refuse is ignored, so one bad call can never make the stored queue invalid.
 */
export function addMissed(queue: ReviewQueue, subject: ReviewSubject, now: Date): ReviewQueue {
  const parsed = reviewSubjectSchema.safeParse({ ...subject, title: clipTitle(subject.title) });
  if (!parsed.success) return queue;
  const clean = parsed.data;
  const id = reviewItemId(clean);
  const existing = queue.items.find((item) => item.id === id);
  if (existing) {
    const card = isDue(existing.card, now) ? existing.card : reviewCard(existing.card, false, now);
    const updated = { ...existing, ...clean, ...(existing.kind === 'drill' && clean.kind === 'drill' ? { lastSeed: clean.lastSeed ?? existing.lastSeed } : {}), id, card } as ReviewItem;
    return { items: queue.items.map((item) => (item.id === id ? updated : item)) };
  }
  const item = { ...clean, id, addedAt: now.toISOString(), card: newCard(now) } as ReviewItem;
  return { items: [...makeRoom(queue.items), item] };
}

/** The learner answered a due item: right pushes it out, wrong brings it back tomorrow. Unknown ids change nothing. */
export function recordReview(queue: ReviewQueue, id: string, correct: boolean, now: Date): ReviewQueue {
  return {
    items: queue.items.map((item) => {
      if (item.id !== id) return item;
      const card = reviewCard(item.card, correct, now);
      // The drill just served becomes the one to avoid next time.
      return item.kind === 'drill' ? { ...item, lastSeed: reviewDrillSeed(item), card } : { ...item, card };
    }),
  };
}

export function removeItem(queue: ReviewQueue, id: string): ReviewQueue {
  return { items: queue.items.filter((item) => item.id !== id) };
}
