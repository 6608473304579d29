import { describe, expect, it } from 'vitest';
import { readClaim } from '../../../lib/text/claims';
import type { ClaimSpec } from '../../../lib/text/claims';
import { readText } from '../../../lib/text/read-text';

// Inputs written for these tests, each with what an interviewer reads in it decided before the reader ran: a wrong
// claim's word used as a participle describing a noun ("drop the deduplicated rows", "the compacted-away files") speaks
// of those things; it does not make the wrong claim (lib/text/attributive-participle.ts).

const dedupeDeletes: ClaimSpec = { keywords: ['deduplicated', 'dedupe'], assert: [['deletes', 'delete', 'older than', 'retention']], scope: 'clause' };
const expireMerges: ClaimSpec = { keywords: ['expire snapshots', 'vacuum'], assert: [['compacted', 'merges', 'fewer files']], scope: 'clause' };

describe('a participle describing a noun does not make a wrong claim', () => {
  it.each([
    ['After a week we delete the deduplicated staging rows older than the retention.', dedupeDeletes],
    ['Then vacuum the compacted-away parquet files once nobody needs them.', expireMerges],
    ['Expire snapshots to remove those compacted files after seven days.', expireMerges],
  ])('"%s" is not the claim', (text, spec) => {
    expect(['stated', 'hedged']).not.toContain(readClaim(readText(text), spec).status);
  });

  it.each([
    // The act itself, said of the term: the wrong claim stands.
    ['Dedupe deletes the rows older than the retention.', dedupeDeletes],
    ['Vacuum merges the small files into fewer files.', expireMerges],
  ])('"%s" still makes the claim', (text, spec) => {
    expect(readClaim(readText(text), spec).status).toBe('stated');
  });
});
