import { describe, expect, it } from 'vitest';
import { drawsSizingConclusion, remarksOnGrowth } from '@/lib/text/sizing-remarks';

describe('remarksOnGrowth', () => {
  it.each([
    'Storage is before the 25% yearly growth.',
    'Devices double by next spring, so plan for that.',
    'Leave headroom on the brokers.',
    'Next year the fleet is bigger.',
    'The catalogue keeps growing.',
  ])('reads growth in %s', (notes) => {
    expect(remarksOnGrowth(notes)).toBe(true);
  });

  it.each(['Two years of minute rollups, ten of hourly.', 'About 40 TB per year.', ''])('reads no growth in %s', (notes) => {
    expect(remarksOnGrowth(notes)).toBe(false);
  });
});

describe('drawsSizingConclusion', () => {
  it.each([
    'A handful of Kafka partitions is plenty.',
    'Most of it goes to Glacier after a year.',
    'Parquet shrinks it several times.',
    'The API needs a fallback when the scorer is slow.',
    'Twelve shards at the peak.',
  ])('reads a conclusion in %s', (notes) => {
    expect(drawsSizingConclusion(notes)).toBe(true);
  });

  it.each(['50k/s. 432 GB/day. ~24 TB tiered. 99.95%.', 'Peak ~370 a second, 18 TB a year.'])('reads none in %s', (notes) => {
    expect(drawsSizingConclusion(notes)).toBe(false);
  });
});
