import { describe, expect, it } from 'vitest';
import { emptyRatings, meanRating, ratingGaps, ratingsComplete, ratingsSchema, unknownDimensions } from '../../../lib/rooms/rating-schema';
import type { Ratings } from '../../../lib/rooms/rating-schema';

const dimensions = ['trade-offs', 'communication'];
const full: Ratings = {
  steps: { clarify: 3, estimate: 2, design: 4, diagram: 3, 'deep-dive': 1 },
  dimensions: { 'trade-offs': 3, communication: 4 },
  decision: 'hire',
  level: 'senior',
  comments: 'Strong on streaming, thin on modelling.',
};

describe('ratings schema', () => {
  it('accepts a full rating and fills defaults for an empty one', () => {
    expect(ratingsSchema.parse(full)).toEqual(full);
    expect(ratingsSchema.parse({})).toEqual(emptyRatings());
  });

  it('refuses levels outside 1-4, including 0, 5, 2.5 and strings', () => {
    for (const bad of [0, 5, 2.5, '3', null]) {
      expect(ratingsSchema.safeParse({ steps: { clarify: bad } }).success).toBe(false);
      expect(ratingsSchema.safeParse({ dimensions: { 'trade-offs': bad } }).success).toBe(false);
    }
  });

  it('refuses unknown steps, badly named dimensions, unknown fields and too many dimensions', () => {
    expect(ratingsSchema.safeParse({ steps: { report: 3 } }).success).toBe(false);
    expect(ratingsSchema.safeParse({ dimensions: { 'Trade Offs': 3 } }).success).toBe(false);
    expect(ratingsSchema.safeParse({ score: 90 }).success).toBe(false);
    const many = Object.fromEntries(Array.from({ length: 13 }, (_, index) => [`dimension-${index}`, 2]));
    expect(ratingsSchema.safeParse({ dimensions: many }).success).toBe(false);
  });

  it('refuses an unknown decision or level and over-long comments', () => {
    expect(ratingsSchema.safeParse({ decision: 'maybe' }).success).toBe(false);
    expect(ratingsSchema.safeParse({ level: 'principal' }).success).toBe(false);
    expect(ratingsSchema.safeParse({ comments: 'x'.repeat(4_001) }).success).toBe(false);
  });
});

describe('rating gaps', () => {
  it('lists every step, dimension, decision and level when nothing is rated', () => {
    expect(ratingGaps(emptyRatings(), dimensions)).toEqual({
      steps: ['clarify', 'estimate', 'design', 'diagram', 'deep-dive'],
      dimensions,
      decision: true,
      level: true,
    });
    expect(ratingsComplete(emptyRatings(), dimensions)).toBe(false);
  });

  it('is complete only when everything is rated', () => {
    expect(ratingsComplete(full, dimensions)).toBe(true);
    const { level: _level, ...withoutLevel } = full;
    expect(ratingsComplete(withoutLevel, dimensions)).toBe(false);
    expect(ratingsComplete({ ...full, steps: { ...full.steps, diagram: undefined } }, dimensions)).toBe(false);
    expect(ratingsComplete(full, [...dimensions, 'data-modelling'])).toBe(false);
  });

  it('names dimensions the case no longer has', () => {
    expect(unknownDimensions(full, ['trade-offs'])).toEqual(['communication']);
    expect(unknownDimensions(full, dimensions)).toEqual([]);
  });
});

describe('mean rating', () => {
  it('averages rated steps and dimensions to one decimal', () => {
    expect(meanRating(full)).toBe(2.9);
    expect(meanRating({ ...emptyRatings(), steps: { clarify: 4 } })).toBe(4);
  });

  it('is undefined when nothing is rated', () => {
    expect(meanRating(emptyRatings())).toBeUndefined();
  });
});
