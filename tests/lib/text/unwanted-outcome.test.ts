import { describe, expect, it } from 'vitest';
import type { ClaimSpec } from '../../../lib/text/claims';
import { claimStatus as status } from './fixtures';

// Expected readings decided before running: a point asking that retries write no duplicates, or that an acknowledged
// write is not lost, is said by a learner who denies the duplicate or the loss; denying what the point wants is not.
const idempotence: ClaimSpec = { keywords: ['enable.idempotence', 'idempotent producer', 'idempotence'], assert: [['retries', 'retry', 'duplicates', 'duplicate', 'twice']] };
const durable: ClaimSpec = { keywords: ['acks=all', 'acks'], assert: [['lost', 'loss', 'survives']] };

describe('denying an outcome the design prevents says the point', () => {
  it('reads "never stores a duplicate" and "nothing is written twice" as the idempotence point', () => {
    expect(status('Idempotence means the broker never stores a duplicate.', idempotence)).toBe('stated');
    expect(status('Idempotence is on, so nothing is written twice.', idempotence)).toBe('stated');
    expect(status('Turn on enable.idempotence so the same batch is not written twice.', idempotence)).toBe('stated');
  });

  it('reads "an acknowledged write is never lost" as the durability point', () => {
    expect(status('With acks=all an acknowledged write is never lost.', durable)).toBe('stated');
  });

  it('still reads a denied wanted word as denied, and keeps a wrong claim on its own reading', () => {
    expect(status('Idempotence is on, but we never retry.', idempotence)).toBe('negated');
    expect(status('Idempotence never creates duplicates.', { ...idempotence, scope: 'clause' })).not.toBe('stated');
  });
});
