import { describe, expect, it } from 'vitest';
import { readBareLists } from '../../../lib/text/bare-list';
import { readText } from '../../../lib/text/read-text';

describe('short fragments among bare terms', () => {
  it('reads "KEY BY DRIVER_ID!!!" among shouted terms as one more term, in capitals or not', () => {
    const text = 'KEY BY DRIVER_ID!!! ORDERING!!! PARTITIONS!!! 50,000 PER SECOND!!! SKEW!!!';
    expect(readBareLists(readText(text)).whole).toBe(true);
    expect(readBareLists(readText(text.toLowerCase())).whole).toBe(true);
  });

  it('leaves a fragment with a verb, and short answers, alone', () => {
    expect(readBareLists(readText('Key by driver_id so pings stay in order. Ordering. Partitions. Skew.')).sentences[0]).toBe(false);
    expect(readBareLists(readText('Key by driver_id. Partitions.')).sentences[0]).toBe(false);
  });
});
