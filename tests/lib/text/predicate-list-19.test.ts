import { describe, expect, it } from 'vitest';
import { readBareLists } from '../../../lib/text/bare-list';
import { readClaim } from '../../../lib/text/claims';
import { readText } from '../../../lib/text/read-text';

// Inputs written for these tests, each with what an interviewer reads in it decided before the reader ran: a subject said
// to be a long string of qualities ("the store is atomic, consistent, durable, idempotent, immutable, ...") names terms
// without saying how any is reached; it is a list, not an explanation (lib/text/bare-list.ts).

const firstIsBare = (text: string) => readBareLists(readText(text)).sentences[0];

describe('a subject said to be a long run of terms is a list', () => {
  it.each([
    ['The pipeline is fully resilient: scalable, fault-tolerant, elastic, observable, idempotent and exactly-once.'],
    ['Our warehouse is governed, secure, compliant, audited, lineage-tracked and cost-optimised.'],
  ])('"%s" lists', (text) => {
    expect(firstIsBare(text)).toBe(true);
  });

  it('gives a term in such a string only the listed share', () => {
    const read = readText('The trip store is strongly consistent: transactional, isolated, durable, idempotent, deduplicated and replayable.');
    expect(readClaim(read, { keywords: ['transactional'], assert: [['trip', 'store']] }).status).toBe('listed');
  });

  it.each([
    // What the subject is, followed by what is done and how: an explanation.
    ['Readings are tiny, so producers batch them (linger.ms, batch.size) and compress (lz4 or zstd).'],
    // Items that relate or act ("keyed by driver") are not bare terms.
    ['The topic is keyed by driver, compacted, replicated three times, read by two jobs and archived to S3.'],
    // Fewer qualities than a string of synonyms.
    ['The sink is idempotent, transactional and fast.'],
  ])('"%s" does not list', (text) => {
    expect(firstIsBare(text)).toBe(false);
  });
});
