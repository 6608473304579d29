import { describe, expect, it } from 'vitest';
import { remarksOnRoundingUp } from '@/lib/text/sizing-remarks';

describe('remarksOnRoundingUp: notes that say the figures were rounded up on purpose', () => {
  it.each([
    'All inputs rounded up so the sums stay easy: 20M auths, 2.5 KB each.',
    'I round each figure up, never down, to stay on the safe side.',
    'Everything is rounding up - 100k drivers, 0.3 pings a second.',
    'Numbers were rounded generously upward for a margin.',
  ])('reads %s', (notes) => {
    expect(remarksOnRoundingUp(notes)).toBe(true);
  });

  it.each([
    'Rounded down to 800/s to keep it simple.',
    'Round to the nearest thousand.',
    'A round trip up to the gateway costs 40 ms.',
    'Round-robin up to eight consumers.',
    '',
  ])('does not read %s', (notes) => {
    expect(remarksOnRoundingUp(notes)).toBe(false);
  });
});
