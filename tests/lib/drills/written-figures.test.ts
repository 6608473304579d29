import { describe, expect, it } from 'vitest';
import { readDataSize, readInteger } from '@/lib/drills/read-answer';

// Drill answers read with the worksheet's reading of numbers in words and grouped digits (round 19's kinds),
// figures of my own.
describe('drill answers in words or with locale separators', () => {
  it.each([
    ['one point two terabytes', 1.2e12],
    ['about three hundred and fifty gigabytes', 350e9],
    ['2 500 GB', 2.5e12],
    ['1.250.000 MB', 1.25e12],
    ['7,5 TB', 7.5e12],
  ])('size %s', (text, bytes) => {
    expect(readDataSize(text)).toBeCloseTo(bytes, -3);
  });

  it.each([
    ['twelve million', 12e6],
    ['forty-eight partitions', 48],
    ["1'200", 1200],
    ['3 000 000', 3e6],
  ])('count %s', (text, value) => {
    expect(readInteger(text)).toBe(value);
  });
});
