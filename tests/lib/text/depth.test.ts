import { describe, expect, it } from 'vitest';
import { readDepth } from '../../../lib/text/depth';
import { readText } from '../../../lib/text/read-text';

const depth = (text: string) => readDepth(readText(text));

describe('readDepth: why, a failure walked through, an alternative weighed', () => {
  it('reads nothing from an empty text', () => {
    expect(depth('')).toMatchObject({ why: 0, failure: 0, alternative: 0, exemplary: false, missing: ['why', 'failure', 'alternative'] });
  });

  it('a terse list of settings shows no depth', () => {
    expect(depth('Replication factor 3, min.insync.replicas 2, acks=all, enable.idempotence=true.')).toMatchObject({ why: 0, failure: 0, alternative: 0, exemplary: false });
  });

  it('reads causal clauses, a failure scenario and an alternative', () => {
    const read = depth(
      'Replication factor 3 so each partition has copies on three brokers. acks=all with min.insync.replicas=2, because then a write is only confirmed once two replicas hold it. If the leader crashes right after the ack, a follower in sync takes over and the record survives. acks=1 would be faster rather than safe: it loses what the leader had not replicated.',
    );
    expect(read.why).toBeGreaterThanOrEqual(2);
    expect(read.failure).toBeGreaterThanOrEqual(1);
    expect(read.alternative).toBeGreaterThanOrEqual(1);
    expect(read.exemplary).toBe(true);
    expect(read.missing).toEqual([]);
  });

  it('"so many" and "so far" are not causal; a negated cue shows nothing', () => {
    expect(depth('There are so many partitions. So far it works.').why).toBe(0);
    expect(depth('We do not monitor it.').alternative).toBe(0);
  });

  it('a condition without anything going wrong is not a failure walked through', () => {
    expect(depth('When the job starts it reads the topic.').failure).toBe(0);
    expect(depth('When the job restarts it resumes from the checkpoint.').failure).toBe(1);
  });

  it('a counterfactual walks a failure through', () => {
    expect(depth('If we had acknowledged on receipt and the broker had crashed, the message would be lost.').failure).toBeGreaterThanOrEqual(1);
  });
});
