import { describe, expect, it } from 'vitest';
import { KeyedTokenBuckets, TokenBucket } from '@/server/rate-limit';

describe('TokenBucket', () => {
  it('allows the burst, then the refill rate, never more', () => {
    let now = 0;
    const bucket = new TokenBucket(10, 5, () => now);
    expect(Array.from({ length: 7 }, () => bucket.take())).toEqual([true, true, true, true, true, false, false]);
    now = 100; // 0.1 s at 10/s: one token back
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
    now = 10_000; // a long pause refills up to the burst only
    expect(Array.from({ length: 6 }, () => bucket.take()).filter(Boolean)).toHaveLength(5);
  });
});

describe('KeyedTokenBuckets', () => {
  it('keeps one bucket per key, and a byte-sized cost spends many tokens', () => {
    let now = 0;
    const perAddress = new KeyedTokenBuckets(1, 2, () => now);
    expect([perAddress.take('a'), perAddress.take('a'), perAddress.take('a'), perAddress.take('b')]).toEqual([true, true, false, true]);
    now = 1_000;
    expect(perAddress.take('a')).toBe(true);
    const bytes = new TokenBucket(1_000, 2_000, () => now);
    expect([bytes.take(1_500), bytes.take(600), bytes.take(500)]).toEqual([true, false, true]);
  });
});
