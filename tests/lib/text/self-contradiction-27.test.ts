import { describe, expect, it } from 'vitest';
import { readText } from '../../../lib/text/read-text';
import { deniesUse, unsettledBy } from '../../../lib/text/self-contradiction';

// Whether the word `term` in `text` is denied as something the design has or uses.
const denied = (text: string, term: string) => {
  const read = readText(text);
  const at = read.tokens.findIndex((token) => token.norm === term);
  return deniesUse(read, at, at + 1);
};

describe('deniesUse', () => {
  it('reads a denial of having or using the term', () => {
    expect(denied('No checkpoint is needed for this job.', 'checkpoint')).toBe(true);
    expect(denied('We keep no cache in front of the API.', 'cache')).toBe(true);
    expect(denied("We don't need a watermark here.", 'watermark')).toBe(true);
    expect(denied('A watermark is not required.', 'watermark')).toBe(true);
  });

  it('leaves a condition, a rejected option and a quality alone', () => {
    expect(denied('If the broker is down we send no ack and the engine resends.', 'ack')).toBe(false);
    expect(denied('Key by order id, not by customer.', 'customer')).toBe(false);
    expect(denied('A sink that is not transactional needs a merge.', 'transactional')).toBe(false);
  });
});

describe('unsettledBy', () => {
  it('needs the denial in a sentence that does not also affirm the claim', () => {
    expect(unsettledBy([{ sentence: 2, clause: 'the key expires after 30 s' }], [{ sentence: 0, clause: 'No TTL is needed' }])).toEqual({ denied: 'No TTL is needed' });
    expect(unsettledBy([{ sentence: 0, clause: 'not by zone but by driver' }], [{ sentence: 0, clause: 'not by zone but by driver' }])).toBeUndefined();
    expect(unsettledBy([], [{ sentence: 0, clause: 'No TTL is needed' }])).toBeUndefined();
  });
});
