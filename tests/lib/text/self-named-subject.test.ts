import { describe, expect, it } from 'vitest';
import { readClaim } from '../../../lib/text/claims';
import type { ClaimSpec } from '../../../lib/text/claims';
import { readText } from '../../../lib/text/read-text';

// Kind: a term that names its subject in its own words ("DROP PARTITION" for partitioning) given as what an action
// "is" ("deleting a year is DROP PARTITION") explains how that is done; it was read as put on "a year". New inputs,
// readings decided before running.
const cheapDrop: ClaimSpec = { keywords: ['drop partition', 'drop a partition', 'partition pruning'], subject: { of: ['partitioning', 'partition', 'partitions'] } };
const scd: ClaimSpec = { keywords: ['scd type 2', 'type 2'], subject: { of: ['customer dimension', 'dim_customer'] } };

describe('a self-named term after "X is" stays on its subject', () => {
  it.each([
    'Removing last year is a DROP PARTITION instead of a billion-row delete.',
    'Archiving a month is drop partition, a metadata change.',
  ])('"%s" states the cheap-drop point', (text) => {
    const reading = readClaim(readText(text), cheapDrop);
    expect(reading.misplaced).toBeUndefined();
    expect(reading.status).toBe('stated');
  });

  it('a term that does not name its subject is still put on the other subject', () => {
    const reading = readClaim(readText('The date dimension is SCD type 2.'), scd);
    expect(reading.misplaced?.subject).toBe('date dimension');
  });
});
