import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { fired, questionOf } from './fixtures';

// Scores are an interviewer's, written before the engine ran: wrong claims stated confidently cost their points;
// the right statements that share their words keep their credit.
describe('confident wrong claims in practice answers', () => {
  const acks = questionOf('acks-explained');
  const watermark = questionOf('watermark-meaning');

  it('acks=1 credited with what only acks=all and min ISR give fails (interviewer: 10)', () => {
    const result = scoreQuestion(acks, { text: 'Use acks=1; with min.insync.replicas=2 the write is on two brokers anyway, so acks=1 is equally durable.' });
    expect(result.score).toBeLessThanOrEqual(20);
    expect(fired(result)).toContain('acks-one-durable');
    expect(result.findings.find((finding) => finding.code === 'practice.misconception')?.message).toContain('acks=1 is equally durable');
  });

  it('acks=all with min.insync.replicas=2 keeps its credit (interviewer: 70)', () => {
    const result = scoreQuestion(acks, { text: 'acks=all with min.insync.replicas=2 is durable: the leader waits for all in-sync replicas before it acks, and the broker rejects writes when fewer than 2 are in sync.' });
    expect(fired(result)).toEqual([]);
    expect(result.score).toBeGreaterThanOrEqual(60);
  });

  it('acks=1 named as the unsafe setting is not a wrong claim', () => {
    const result = scoreQuestion(acks, { text: 'acks=1 is not durable: only the leader has the record when it acks. acks=all makes the leader wait for every in-sync replica, and min.insync.replicas=2 refuses writes when fewer than two are in sync.' });
    expect(fired(result)).toEqual([]);
    expect(result.score).toBeGreaterThanOrEqual(60);
  });

  it('"no late data is ever dropped" and "keeps all state" cost the points they contradict (interviewer: 10)', () => {
    const result = scoreQuestion(watermark, { text: 'The watermark means late events still get counted. No late event is ever dropped, and Spark keeps all window state, so the output is complete.' });
    expect(fired(result)).toEqual(expect.arrayContaining(['late-never-dropped', 'state-kept-forever']));
    expect(result.score).toBeLessThanOrEqual(15);
  });

  it('a bounded "never dropped" and a right state story keep full credit (interviewer: 90)', () => {
    const result = scoreQuestion(watermark, { text: 'The watermark is the max event time seen minus 10 minutes. Events older than it may be dropped; an event less than 10 minutes late is never dropped. Windows that end before the watermark are finalised and their state is cleaned up.' });
    expect(fired(result)).toEqual([]);
    expect(result.score).toBeGreaterThanOrEqual(85);
  });

  it('"without a watermark, state grows forever" is the right contrast, not a wrong claim', () => {
    const result = scoreQuestion(watermark, { text: 'Without a watermark Spark keeps all state forever. With it, the watermark is the latest event time minus 10 minutes, and windows behind it are closed and their state is removed.' });
    expect(fired(result)).toEqual([]);
    expect(result.score).toBeGreaterThanOrEqual(60);
  });
});
