import { describe, expect, it } from 'vitest';
import { describeDue } from '../../../lib/review/describe-due';

const now = new Date('2030-03-01T09:00:00Z');
const after = (ms: number) => new Date(now.getTime() + ms);

describe('describeDue', () => {
  it.each([
    [-1, 'now'],
    [0, 'now'],
    [30_000, 'in 1 minute'],
    [20 * 60_000, 'in 20 minutes'],
    [3 * 3_600_000, 'in 3 hours'],
    [86_400_000, 'tomorrow'],
    [3 * 86_400_000, 'in 3 days'],
  ])('%i ms ahead reads "%s"', (ms, words) => {
    expect(describeDue(after(ms), now)).toBe(words);
  });
});
