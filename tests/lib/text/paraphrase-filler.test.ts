import { describe, expect, it } from 'vitest';
import { deepDiveKeyPointSchema } from '../../../lib/content/rubric-schema';
import { readBareLists } from '../../../lib/text/bare-list';
import { readClaim } from '../../../lib/text/claims';
import type { ClaimSpec } from '../../../lib/text/claims';
import { readText } from '../../../lib/text/read-text';

const minIsr: ClaimSpec = {
  keywords: ['min.insync.replicas', 'min isr'],
  assert: [['acks=all', 'acknowledged']],
  paraphrases: [{ keywords: ['in sync', 'in-sync'], assert: [['refuses', 'rejects', 'rejected', 'refused'], ['fewer than', 'less than']] }],
};

describe('a claim said in plain words through its paraphrases', () => {
  it.each([
    'The broker refuses a write when fewer than two copies are in sync.',
    'Writes are rejected if less than two replicas are in-sync.',
    'min.insync.replicas=2 with acks=all, so a write is acknowledged by two replicas.',
  ])('"%s" states it', (text) => {
    expect(readClaim(readText(text), minIsr).status).toBe('stated');
  });

  it.each(['Replicas are in sync most of the time.', 'We keep things in sync.'])('"%s": a paraphrase only named earns nothing', (text) => {
    expect(readClaim(readText(text), minIsr).status).toBe('missing');
  });

  it('the broker never refusing writes is not the claim', () => {
    expect(readClaim(readText('The broker never refuses a write, even when fewer than two copies are in sync.'), minIsr).status).not.toBe('stated');
  });

  it('content check: a paraphrase whose example does not read as stated is refused', () => {
    const point = { id: 'min-isr', text: 'min.insync.replicas of 2 with acks=all, so a write is acknowledged only when two replicas have it.', keywords: ['min.insync.replicas'], assert: [['acks=all', 'acknowledged']] };
    const good = deepDiveKeyPointSchema.safeParse({ ...point, paraphrases: [{ example: 'A write is refused when fewer than two copies are in sync.', keywords: ['in sync'], assert: [['refused'], ['fewer than']] }] });
    expect(good.success).toBe(true);
    const bad = deepDiveKeyPointSchema.safeParse({ ...point, paraphrases: [{ example: 'Copies stay in sync.', keywords: ['in sync'], assert: [['refused']] }] });
    expect(bad.success).toBe(false);
  });
});

describe('an appeal to authority explains nothing', () => {
  it.each([
    'As per best practice: acks=all, RF=3, idempotence. These are industry standard for exactly-once.',
    'As per best practice, acks=all, RF=3, idempotence.',
    'Checkpointing, replay, idempotent sink. This is the industry standard approach.',
    'Object Lock, lifecycle, KMS. Battle-tested and well known.',
  ])('"%s" is a bare list', (text) => {
    expect(readBareLists(readText(text)).whole).toBe(true);
  });

  it.each([
    'As per best practice, the producer waits for acks=all so a broker failure loses nothing.',
    'It is industry standard to key by account, because an account then stays in one partition.',
  ])('"%s" still explains', (text) => {
    expect(readBareLists(readText(text)).whole).toBe(false);
  });
});
