import { createEmptyCard, fsrs, Rating, State } from 'ts-fsrs';
import type { Card, Grade } from 'ts-fsrs';
import type { StoredCard } from './review-item-schema';
import { dueDate, isDue } from './queue-reading';

// Reading a card's due date needs no scheduler: those two live in queue-reading.ts (no ts-fsrs, no zod).
export { dueDate, isDue };

/**
 * The one door to ts-fsrs: the rest of the app sees only StoredCard, plain JSON.
 *
 * - No fuzz, so the same history always gives the same due date (tests and learners can rely on it).
 * - No minute-long learning steps: a review here is a daily habit, not a flashcard sitting, so a new
 *   card's first success goes straight to FSRS's day intervals, and a lapse comes back the next day.
 * - At most a year: content changes, and an item not seen for longer is as good as gone.
 */
const scheduler = fsrs({
  enable_fuzz: false,
  enable_short_term: true,
  learning_steps: [],
  relearning_steps: ['1d'],
  maximum_interval: 365,
});

const STATES: readonly State[] = [State.New, State.Learning, State.Review, State.Relearning];

function toCard(stored: StoredCard): Card {
  const { due, last_review: lastReview, state, ...numbers } = stored;
  return { ...numbers, due: new Date(due), state: STATES[state] ?? State.New, ...(lastReview ? { last_review: new Date(lastReview) } : {}) };
}

function toStored(card: Card): StoredCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { last_review: card.last_review.toISOString() } : {}),
  };
}

/** A card never reviewed: due at once. */
export function newCard(now: Date): StoredCard {
  return toStored(createEmptyCard(now));
}

/** One review: a right answer rates the card Good, a wrong one Again. Pure: returns a new card. */
export function reviewCard(card: StoredCard, correct: boolean, now: Date): StoredCard {
  const grade: Grade = correct ? Rating.Good : Rating.Again;
  return toStored(scheduler.next(toCard(card), now, grade).card);
}

