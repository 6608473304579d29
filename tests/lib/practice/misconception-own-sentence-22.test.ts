import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { fired, questionOf } from './fixtures';

const status = (result: ReturnType<typeof scoreQuestion>, id: string) => result.points?.find((point) => point.id === id)?.status;

// Scores are an interviewer's, written before the engine ran: "acks=1 is as durable" misstates what min ISR is for; a
// right acks=all definition in a sentence of its own keeps its credit beside it.
describe('acks=1 called durable next to a right acks=all sentence', () => {
  const acks = questionOf('acks-explained');

  it('the acks=all definition in its own sentence stands; the acks=1 claim costs the min ISR point (interviewer: 25)', () => {
    const result = scoreQuestion(acks, { text: 'With acks=all the leader only acks when every in-sync replica has written the record. Honestly though, acks=1 is just as safe once the topic has three replicas, and it is quicker.' });
    expect(fired(result)).toContain('acks-one-durable');
    expect(status(result, 'isr-ack')).toBe('stated');
    expect(status(result, 'min-isr')).toBe('contradicted');
    expect(result.score).toBeGreaterThanOrEqual(10);
    expect(result.score).toBeLessThanOrEqual(35);
  });

  it('the acks=1 claim alone earns nothing (interviewer: 5)', () => {
    const result = scoreQuestion(acks, { text: 'acks=1 is durable enough because the followers replicate the record anyway; min.insync.replicas is something for the readers.' });
    expect(fired(result)).toContain('acks-one-durable');
    expect(result.score).toBeLessThanOrEqual(10);
  });
});
