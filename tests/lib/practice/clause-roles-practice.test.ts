import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { questionOf } from './fixtures';

// Scores decided before running the engine, as an interviewer would give them.
describe('practice: a worked example that names the wrong order to reject it', () => {
  it('is not marked wrong for the order it rejects', () => {
    // An interviewer gives 75 (3 of 4 points); the engine does not yet read "writes the batch, then commits" as the
    // commit-after point (a vocabulary gap, left for the content), so only the clause role is checked here.
    const text = 'The consumer writes the batch, then commits its offsets. A crash between the two means the batch is read again, so this is at-least-once, and the insert must be an upsert by key. Committing first would be at-most-once: the batch would be skipped.';
    const result = scoreQuestion(questionOf('commit-after-processing'), { text });
    expect(result.findings.filter((finding) => finding.severity === 'wrong')).toEqual([]);
    expect(result.points?.find((point) => point.id === 'after-processing')?.status).not.toBe('contradicted');
  });

  // Three of four points, explained with a why and a crash walked through: the golden round-9 interviewer signed this
  // shape 87, so it earns part of the missing point back (lib/practice/partial-depth.ts), still below a complete answer.
  it('the round-9 shape, commit after the write said plainly, earns 3 of 4 points and part of the fourth for explaining them (75-85)', () => {
    const text = 'Say it reads offsets 0-99, writes them to the table, then commits 100. If it dies after the write but before the commit, it reads 0-99 again, so committing after the write gives at-least-once: nothing lost, maybe repeated. An upsert by id makes the repeat harmless. Committing before the write would be at-most-once: a crash loses 0-99.';
    const result = scoreQuestion(questionOf('commit-after-processing'), { text });
    expect(result.score).toBeGreaterThan(75);
    expect(result.score).toBeLessThan(85);
    expect(result.correct).toBe(true);
  });
});

describe('practice: wrong mechanisms and inverted conclusions fail', () => {
  it('exactly-once "for free" from micro-batches and a replay from earliest earns nothing (<= 10)', () => {
    const text = 'Exactly-once comes for free with Structured Streaming because it runs micro-batches. After a crash, set startingOffsets to earliest and it re-reads the topic.';
    const result = scoreQuestion(questionOf('end-to-end-exactly-once'), { text });
    expect(result.score).toBeLessThanOrEqual(10);
    expect(result.correct).toBe(false);
  });

  it('a right contrast that concludes dashboards can read the primary fails (<= 20)', () => {
    const text = 'OLTP handles many small keyed transactions in row storage; OLAP scans and aggregates history in columns. Still, it is fine to point the dashboards at the Postgres primary as long as you add indexes.';
    const result = scoreQuestion(questionOf('oltp-vs-olap'), { text });
    expect(result.score).toBeLessThanOrEqual(20);
    expect(result.findings.some((finding) => finding.code === 'practice.inverted-conclusion')).toBe(true);
  });

  it('the same contrast ending on a replica keeps its points (>= 75)', () => {
    const text = 'OLTP handles many small keyed transactions in row storage; OLAP scans and aggregates history in columns. So the dashboards read a replica or a warehouse, never the primary that serves checkout.';
    expect(scoreQuestion(questionOf('oltp-vs-olap'), { text }).score).toBeGreaterThanOrEqual(75);
  });
});

describe('practice: an answer that echoes the question earns little', () => {
  it('restating acks=all and min.insync.replicas in the question\'s words stays under 20', () => {
    const text = 'acks=all is about all the acks, and you need min.insync.replicas to be durable, because min.insync.replicas is what makes it durable.';
    expect(scoreQuestion(questionOf('acks-explained'), { text }).score).toBeLessThan(20);
  });
});
