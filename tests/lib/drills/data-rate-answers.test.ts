import { describe, expect, it } from 'vitest';
import { matchAnswer } from '@/lib/drills/check-drill';
import { isDataRate, readDataSize } from '@/lib/drills/read-answer';
import type { AnswerKey } from '@/lib/drills/types';

const disk: AnswerKey = { kind: 'quantity', dimension: 'data_size', value: 129.6e9, tolerance: 0.03 };

describe('a size question answered with a rate', () => {
  it.each(['130 GB/day', '130 GB a day', '1.5 MB/s', '5 MB per second', '4 TB per month', '~130 GB each day'])('%s is a rate, not a size, and says so', (answer) => {
    expect(isDataRate(answer)).toBe(true);
    expect(readDataSize(answer)).toBeUndefined();
    const match = matchAnswer(disk, answer);
    expect(match.status).toBe('unreadable');
    expect(match.status === 'unreadable' ? match.problem : '').toMatch(/rate \(a size per unit of time\), not a size/);
  });

  it.each([
    ['130 GB', 130e9],
    ['130 gigs', 130e9],
    ['~35 MB per file', 35e6],
    ['130GB (43.2 GB/day x 3)', 130e9],
    ['0.13 TB', 130e9],
  ])('%s is a size', (answer, bytes) => {
    expect(isDataRate(answer)).toBe(false);
    expect(Math.abs((readDataSize(answer) ?? 0) / bytes - 1)).toBeLessThan(0.05);
  });

  it('still grades a right size within the drill tolerance and a rounding beyond it as a mismatch', () => {
    expect(matchAnswer(disk, '129.6 GB').status).toBe('match');
    expect(matchAnswer(disk, '130 gigabytes').status).toBe('match');
    expect(matchAnswer(disk, '~100 GB').status).toBe('mismatch');
  });
});
