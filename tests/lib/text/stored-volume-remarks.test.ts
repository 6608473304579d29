import { describe, expect, it } from 'vitest';
import { quotesStoredVolume, remarksOnStoredVolume } from '@/lib/text/sizing-remarks';

describe('remarksOnStoredVolume: notes that say what a stored volume becomes on disk', () => {
  it.each([
    'about 40 TB before compression',
    'we would compress it with zstd, ~4x',
    'ORC files, so a fraction of that',
    'keep 30 days hot, then move it to Glacier',
    'raw tier 13 TB plus the minute rollups',
    'columnar storage shrinks it a lot',
    'an S3 lifecycle rule moves old partitions to the archive class',
  ])('reads %j', (text) => {
    expect(remarksOnStoredVolume(text)).toBe(true);
  });

  it.each([
    '',
    '77 TB over 7 years on write-once storage',
    '219 TB of hot storage for three years',
    'about 5,800 events a second at the peak',
    'the storage grows 50% a year',
  ])('does not read %j', (text) => {
    expect(remarksOnStoredVolume(text)).toBe(false);
  });
});

describe('quotesStoredVolume: notes that give an amount of data', () => {
  it.each(['about 41 TB after two years', '~600 GiB for the quarter', 'roughly 2.5 PB in total'])('reads %j', (text) => {
    expect(quotesStoredVolume(text)).toBe(true);
  });

  it.each(['', '~3,200 orders a second at the peak', 'three replicas, 99.95%'])('does not read %j', (text) => {
    expect(quotesStoredVolume(text)).toBe(false);
  });
});
