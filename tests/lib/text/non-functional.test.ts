import { describe, expect, it } from 'vitest';
import { statesNonFunctional } from '@/lib/text/non-functional';

describe('statesNonFunctional', () => {
  it('reads a figure or a non-functional cue word', () => {
    for (const text of ['surge within 30 s', '99.9%', 'kept for years', 'nightly', 'highly available', 'pseudonymised for GDPR', 'by 07:00', 'absorbs the sale-day peak']) {
      expect(statesNonFunctional(text), text).toBe(true);
    }
  });

  it('reads use cases and vague speed as no requirement', () => {
    for (const text of ['as fast as possible', 'Riders see a surge price; ops see supply and demand on a map', 'ASAP', 'real time where needed', '']) {
      expect(statesNonFunctional(text), text).toBe(false);
    }
  });
});
