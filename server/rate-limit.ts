/**
 * A token bucket: `perSecond` tokens refill each second up to `burst`; take(cost) spends `cost` (1 by
 * default) and says whether there were that many. One bucket per connection limits its messages per
 * second, another its bytes per second.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.last = now();
  }

  take(cost = 1): boolean {
    const at = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((at - this.last) / 1000) * this.perSecond);
    this.last = at;
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }
}

/**
 * One token bucket per key (a client address), created on first use; keys idle long enough to be full
 * again are forgotten, so the map cannot grow without bound.
 */
export class KeyedTokenBuckets {
  private readonly buckets = new Map<string, { bucket: TokenBucket; last: number }>();

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  take(key: string): boolean {
    const at = this.now();
    if (this.buckets.size > 10_000) {
      const idleMs = (this.burst / this.perSecond) * 1000;
      for (const [known, entry] of this.buckets) if (at - entry.last > idleMs) this.buckets.delete(known);
    }
    let entry = this.buckets.get(key);
    if (!entry) {
      entry = { bucket: new TokenBucket(this.perSecond, this.burst, this.now), last: at };
      this.buckets.set(key, entry);
    }
    entry.last = at;
    return entry.bucket.take();
  }
}
