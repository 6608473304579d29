import { describe, expect, it } from 'vitest';
import { storedCardSchema } from '../../../lib/review/review-item-schema';
import { isDue, newCard, reviewCard } from '../../../lib/review/scheduler';

const DAY = 86_400_000;
const start = new Date('2030-03-01T09:00:00Z');
const daysOut = (due: string, from: Date) => (Date.parse(due) - from.getTime()) / DAY;

/** Reviews each card at the moment it falls due, as a diligent learner would. */
function replay(answers: readonly boolean[]) {
  let card = newCard(start);
  let now = start;
  const gaps: number[] = [];
  for (const correct of answers) {
    card = reviewCard(card, correct, now);
    gaps.push(daysOut(card.due, now));
    now = new Date(card.due);
  }
  return { card, gaps };
}

describe('review scheduler', () => {
  it('makes a new card due at once, as plain JSON the schema accepts', () => {
    const card = newCard(start);
    expect(isDue(card, start)).toBe(true);
    expect(storedCardSchema.parse(JSON.parse(JSON.stringify(card)))).toEqual(card);
  });

  it('gives the same due dates for the same history', () => {
    const answers = [true, true, false, true, true, false, true];
    expect(replay(answers)).toEqual(replay(answers));
  });

  it('pushes a correct review days out and a wrong one to tomorrow', () => {
    const right = reviewCard(newCard(start), true, start);
    const wrong = reviewCard(newCard(start), false, start);
    expect(daysOut(right.due, start)).toBeGreaterThanOrEqual(2);
    expect(daysOut(wrong.due, start)).toBe(1);
    expect(isDue(right, start)).toBe(false);
  });

  it('grows the interval with each correct review and brings a lapse back the next day', () => {
    const { gaps } = replay([true, true, true, false, true]);
    expect(gaps[1]).toBeGreaterThan(gaps[0] ?? Infinity);
    expect(gaps[2]).toBeGreaterThan(gaps[1] ?? Infinity);
    expect(gaps[3]).toBe(1);
    expect(gaps[4]).toBeGreaterThan(1);
  });

  it('never schedules much more than a year out', () => {
    const { gaps } = replay(Array.from({ length: 20 }, () => true));
    // ts-fsrs keeps Good one day past Hard, so Good can land a day beyond the cap.
    expect(Math.max(...gaps)).toBeLessThanOrEqual(366);
  });
});
