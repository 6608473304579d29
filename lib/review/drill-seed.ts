import { hashString } from '../drills/random';
import type { ReviewItem } from './review-item-schema';

type DrillItem = Extract<ReviewItem, { kind: 'drill' }>;

/** Seeds stay in the range the practice page uses, so a review drill reads like any other. */
const SEED_RANGE = 1_000_000;

/**
 * The drill a review serves: a pure function of the item and how often it was reviewed, so a reload
 * shows the same drill, the next review a new one, and never the drill the learner just failed.
 */
export function reviewDrillSeed(item: DrillItem): number {
  const seed = hashString(`${item.id}#${item.card.reps}`) % SEED_RANGE;
  return seed === item.lastSeed ? (seed + 1) % SEED_RANGE : seed;
}
