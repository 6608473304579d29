import { describe, expect, it } from 'vitest';
import { readClaim } from '../../../lib/text/claims';
import type { ClaimSpec } from '../../../lib/text/claims';
import { readText } from '../../../lib/text/read-text';
import { claimStatus as status } from './fixtures';

describe('a negation after what is said falls on something else', () => {
  const ackEarly: ClaimSpec = { keywords: ['ack', 'acknowledge'], assert: [['immediately', 'on receipt', 'right away']], scope: 'clause' };
  const commitFirst: ClaimSpec = { keywords: ['offsets', 'commit'], assert: [['before processing', 'first']], scope: 'clause' };
  it.each([
    ['The listener should ACK immediately on receipt so the sender does not wait.', ackEarly],
    ['We acknowledge right away so the engine never blocks.', ackEarly],
    ['Commit the offsets before processing so a slow sink does not stall the poll loop.', commitFirst],
  ])('"%s" states the wrong claim', (text, spec) => {
    expect(status(text, spec)).toBe('stated');
  });

  it.each([
    ['We do not ACK immediately on receipt.', ackEarly],
    ['We never acknowledge right away.', ackEarly],
    ['Offsets are not committed first.', commitFirst],
  ])('"%s" rejects it', (text, spec) => {
    expect(status(text, spec)).toBe('negated');
  });
});

describe('the subject does not assert itself', () => {
  const ackAfter: ClaimSpec = { keywords: ['ack', 'acknowledgement'], assert: [['acknowledged', 'durable', 'only after']] };
  const checkpoint: ClaimSpec = { keywords: ['checkpoint', 'checkpointing'], assert: [['checkpointed', 'offsets', 'resume']] };
  it.each([
    ['The engine deletes acknowledged messages.', ackAfter],
    ['Data is checkpointed.', checkpoint],
  ])('"%s" only names it', (text, spec) => {
    expect(['named', 'missing']).toContain(status(text, spec));
  });

  it.each([
    ['We ACK only after Kafka has acknowledged the write.', ackAfter],
    ['The checkpoint stores the offsets so the job can resume.', checkpoint],
  ])('"%s" states it', (text, spec) => {
    expect(status(text, spec)).toBe('stated');
  });
});

describe('what is said about a term may share a word with it', () => {
  it('"replaces the old value" asserts "old value" of "replace the old"', () => {
    expect(readClaim(readText('The correction replaces the old value.'), { keywords: ['replace the old'], assert: [['old value']], scope: 'clause' }).status).toBe('stated');
  });
  it('an assert inside the term says nothing more', () => {
    expect(readClaim(readText('We use acks.'), { keywords: ['acks'], assert: [['acks']] }).status).toBe('named');
  });
});
