import { describe, expect, it } from 'vitest';
import { readText } from '../../../lib/text/read-text';
import { readNoReplicaHeadroom } from '../../../lib/text/replica-headroom';

// Inputs written for these tests: min.insync.replicas as high as the replication factor leaves no broker to lose.
describe('a min.insync.replicas with no replica to lose', () => {
  it.each([
    ['The orders topic has RF=2 with min.insync.replicas=2 so both brokers confirm each write.', 2],
    ['Replication factor of 3, min ISR 3 and acks=all, so every copy has it before the ack.', 3],
    ['We set replication.factor=3 and min.insync.replicas set to 4 to be extra safe.', 4],
  ])('"%s"', (text, minInsync) => {
    expect(readNoReplicaHeadroom(readText(text))?.minInsync).toBe(minInsync);
  });

  it.each([
    'Replication factor 3 with min.insync.replicas=2: one broker can be down and writes still land on two.',
    'RF=5 and min ISR 3 for the payments topic.',
    // Copies counted, not a replication factor set.
    'min.insync.replicas=2, so an ack means 2 copies.',
    // A counterfactual: what would go wrong.
    'Replication factor 3 and min.insync.replicas=2; if we had set min.insync.replicas=3, one broker down would stop writes.',
  ])('not in "%s"', (text) => {
    expect(readNoReplicaHeadroom(readText(text))).toBeUndefined();
  });
});

describe('options weighed before a choice', () => {
  it('does not read "RF 2 or 3? I\'d go with 3" with min ISR 2 as no headroom', () => {
    const text = "Replication factor 2 or 3? I'd go with 3, because with 2 one broker down leaves a single copy. min.insync.replicas=2 with acks=all.";
    expect(readNoReplicaHeadroom(readText(text))).toBeUndefined();
  });
});
