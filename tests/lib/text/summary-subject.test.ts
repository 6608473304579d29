import { describe, expect, it } from 'vitest';
import { readText } from '../../../lib/text/read-text';
import { readClaim } from '../../../lib/text/claims';
import { summarisesPrevious } from '../../../lib/text/summary-subject';

// Whether some clause of the text after the first is read as a summary of the clause before it.
const summaries = (text: string) => {
  const read = readText(text);
  return read.clauses.map((clause, index) => (summarisesPrevious(read, index) ? clause.text : undefined)).filter((text) => text !== undefined);
};

describe('summarisesPrevious: a clause whose subject stands for what was just said', () => {
  it.each([
    ['Keep the files in GCS with a retention policy, which together makes them tamper-proof.', 0],
    ['Retries are on and the sink upserts, that makes it exactly-once.', 1],
    ['Idempotent producer, transactions and read_committed; together these give exactly-once.', 1],
    ['The bucket has versioning. This means nobody can delete a record.', 1],
    ['We checkpoint offsets and state. All of this gives a clean restart.', 1],
  ])('"%s" has %i summary clause(s)', (text, count) => {
    expect(summaries(text)).toHaveLength(count);
  });

  it.each([
    'We write to the table, that table is partitioned by day.',
    'The sink writes the batch and the checkpoint records the offsets.',
  ])('"%s" has none', (text) => {
    expect(summaries(text)).toHaveLength(0);
  });
});

describe('a wrong claim split over a clause and its summary is read as one claim', () => {
  const versioningAsLock = { keywords: ['versioning'], assert: [['worm', 'immutable', 'cannot be deleted']], scope: 'clause' as const };
  it('"versioning on and a deny policy, that makes it WORM" states that versioning is the lock', () => {
    expect(readClaim(readText('Store them in S3 with versioning on and a bucket policy denying deletes, that makes it WORM.'), versioningAsLock).status).toBe('stated');
    expect(readClaim(readText('Versioning is on for the bucket. That makes the records immutable.'), versioningAsLock).status).toBe('stated');
  });
  it('a summary of another clause does not reach back past it', () => {
    expect(readClaim(readText('Versioning is on for the bucket. Object Lock in compliance mode holds each record seven years, and that makes them immutable.'), versioningAsLock).status).not.toBe('stated');
  });
});

describe('a contracted summary', () => {
  it('"..., that\'s exactly-once" sums up the clause before', () => {
    expect(summaries("Offsets are checkpointed and the sink appends, that's exactly-once.")).toHaveLength(1);
  });
});
