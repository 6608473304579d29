import { describe, expect, it } from 'vitest';
import { readDepth } from '../../../lib/text/depth';
import { weighedClauses } from '../../../lib/text/commitment';
import { readText } from '../../../lib/text/read-text';

// Inputs written for these tests, with what an interviewer reads in them decided before the reader ran.
describe('depth and commitment', () => {
  it('reads options weighed before a choice as an alternative weighed', () => {
    const read = readText("Replication factor 2 or 3? I'd go with 3 because one broker down still leaves two copies.");
    expect(weighedClauses(read)[0]).toBe(true);
    expect(readDepth(read).alternative).toBeGreaterThan(0);
  });

  it('reads "there are trade-offs" in an answer that chooses nothing as no depth', () => {
    const read = readText('Compaction could help, or maybe Z-ordering. There are trade-offs either way, it depends on the queries.');
    expect(readDepth(read).alternative).toBe(0);
  });

  it('keeps a trade-off named in a committed answer', () => {
    const read = readText('We compact small files nightly because scans slow down otherwise. The trade-off is one more job to run.');
    expect(readDepth(read).alternative).toBeGreaterThan(0);
  });

  it('does not read a list without a choice after it as weighed', () => {
    expect(weighedClauses(readText('Late or duplicate events land in the raw table. We merge them hourly.'))).toEqual([false, false]);
  });
});
