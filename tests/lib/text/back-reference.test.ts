import { describe, expect, it } from 'vitest';
import { readClaim } from '../../../lib/text/claims';
import type { ClaimSpec } from '../../../lib/text/claims';
import { readText } from '../../../lib/text/read-text';

// Written before the engine ran: a wrong claim said of "that" / "together" / "both" is said of what it points back at;
// an interviewer hears "acks=all ... Together that gives exactly-once" as claiming acks=all gives exactly-once.
const wrong = (text: string, spec: ClaimSpec) => readClaim(readText(text), { ...spec, scope: 'clause' }).status;
const acksExactlyOnce: ClaimSpec = { keywords: ['acks=all'], assert: [['exactly once', 'exactly-once', 'no duplicates']] };
const checkpointOptional: ClaimSpec = { keywords: ['checkpoint', 'checkpointing'], assert: [['optional', 'not needed', 'unnecessary']] };

describe('back-references: a wrong claim made of "that", "together", "both"', () => {
  it.each([
    ['With acks=all the leader waits for every in-sync replica. That gives exactly-once delivery.', acksExactlyOnce],
    ['acks=all waits for the in-sync replicas. min.insync.replicas=2 keeps two copies. Together that means no duplicates.', acksExactlyOnce],
    ['We set acks=all. Both settings together give exactly-once.', acksExactlyOnce],
  ] as [string, ClaimSpec][])('"%s" makes the wrong claim', (text, spec) => {
    expect(wrong(text, spec)).toBe('stated');
  });

  it.each([
    // The pointer denies it: no wrong claim.
    ['With acks=all the leader waits for every in-sync replica. That does not give exactly-once.', acksExactlyOnce],
    // "that topic" names its own subject; the claim is about something else.
    ['We set acks=all on the producer. That topic is read by a job with exactly-once output.', acksExactlyOnce],
    // Too far back for a singular pointer.
    ['acks=all waits for the replicas. Retries are on. The consumer is idempotent. That gives exactly-once.', acksExactlyOnce],
    // The claim's subject is not in the sentences pointed at.
    ['Spark writes the offsets first. Kafka is replayable. That makes the sink the only optional part.', checkpointOptional],
  ] as [string, ClaimSpec][])('"%s" does not', (text, spec) => {
    expect(wrong(text, spec)).not.toBe('stated');
  });
});
