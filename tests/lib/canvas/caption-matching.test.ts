import { describe, expect, it } from 'vitest';
import { matchCaptions } from '@/lib/canvas/caption-matching';

describe('matchCaptions', () => {
  it('gives way along a row so every caption finds a shape (augmenting path)', () => {
    // Captions 0..2 sit right of shapes 0..2; each is also (slightly nearer) the next shape, the last has only its own.
    const m = matchCaptions([
      { text: 0, shape: 0, gap: 12 },
      { text: 0, shape: 1, gap: 10 },
      { text: 1, shape: 1, gap: 12 },
      { text: 1, shape: 2, gap: 10 },
      { text: 2, shape: 2, gap: 12 },
    ]);
    expect([...m.entries()].sort()).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
  });

  it('matches one to one, nearest first, when there are more captions than shapes', () => {
    const m = matchCaptions([
      { text: 0, shape: 5, gap: 20 },
      { text: 1, shape: 5, gap: 4 },
    ]);
    expect([...m.entries()]).toEqual([[1, 5]]);
  });

  it('matches nothing without candidates', () => {
    expect(matchCaptions([]).size).toBe(0);
  });
});
