import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { questionOf } from './fixtures';

const codes = (result: { findings: readonly { code: string }[] }) => result.findings.map((finding) => finding.code);

// Scores are an interviewer's, written before the engine ran: the right mechanism with a wrong number in it (a
// min.insync.replicas as high as the replication factor, so one broker down stops every acks=all write) loses the point
// that number carries (kind: a wrong number inside a right mechanism; shared mechanism claims, lib/text/mechanism-claims.ts).
describe('practice: a wrong number inside the right mechanism', () => {
  const acks = questionOf('acks-explained');

  it('three replicas and all three required in sync, called fault tolerant (interviewer: 50)', () => {
    const result = scoreQuestion(acks, { text: 'The leader answers an acks=all write only when all in-sync replicas have it, and since the ISR can drop to just the leader we also set min.insync.replicas: replication.factor=3 with min.insync.replicas=3 means nothing is lost even when a broker is down.' });
    expect(codes(result)).toContain('practice.wrong-mechanism');
    expect(result.score).toBeLessThanOrEqual(70);
    expect(result.correct).toBe(false);
  });

  it('RF 3 with min ISR 2 keeps its credit (interviewer: 85)', () => {
    const result = scoreQuestion(acks, { text: 'With acks=all the leader acknowledges only once every in-sync replica has the record. The ISR can shrink to the leader alone, so set min.insync.replicas=2 with replication factor 3: the broker refuses writes when fewer than two replicas are in sync, and one broker can fail while writes go on.' });
    expect(codes(result)).not.toContain('practice.wrong-mechanism');
    expect(result.score).toBeGreaterThanOrEqual(75);
  });

  it('min ISR explained right, then set equal to an RF of 2 (interviewer: 50)', () => {
    const result = scoreQuestion(acks, { text: 'acks=all waits for every in-sync replica. min.insync.replicas is how many must be in sync or the broker rejects the write, so with RF=2 we set min ISR to 2 as well and a broker can fail without losing anything.' });
    expect(result.points?.some((point) => point.status === 'contradicted')).toBe(true);
    expect(result.score).toBeLessThanOrEqual(70);
  });
});
