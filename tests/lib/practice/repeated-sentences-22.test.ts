import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { questionOf } from './fixtures';

const codes = (result: { findings: { code: string }[] }) => result.findings.map((finding) => finding.code);

// Scores are an interviewer's, written before the engine ran: one sentence pasted again and again earns what the
// sentence earns once, at most, and the copies are named as padding; a point said twice for emphasis is not padding.
describe('practice answers that paste one sentence again and again', () => {
  it('"commit after the write" four times over earns little (interviewer: 12)', () => {
    const sentence = 'The consumer commits its offsets only after the database write has succeeded.';
    const result = scoreQuestion(questionOf('commit-after-processing'), { text: Array.from({ length: 4 }, () => sentence).join(' ') });
    expect(result.score).toBeLessThanOrEqual(22);
    expect(codes(result)).toContain('practice.repeated');
  });

  it('one OLTP line pasted five times, with changed case and spacing, earns little (interviewer: 8)', () => {
    const text = 'OLTP databases serve many small row transactions.  oltp databases serve many small row transactions! OLTP Databases serve many small row transactions. OLTP databases serve many small row transactions. OLTP databases serve many small row transactions.';
    const result = scoreQuestion(questionOf('oltp-vs-olap'), { text });
    expect(result.score).toBeLessThanOrEqual(20);
    expect(codes(result)).toContain('practice.repeated');
  });

  it('a right answer that says its key point twice for emphasis keeps its credit (interviewer: 80)', () => {
    const text = 'Commit offsets after the write to the database succeeds, never before: if the consumer crashes between the write and the commit, the batch is read again, so delivery is at least once. Commit after the write. Make the write idempotent, an upsert on the order id, so a replayed batch does not create duplicates.';
    const result = scoreQuestion(questionOf('commit-after-processing'), { text });
    expect(codes(result)).not.toContain('practice.repeated');
    expect(result.score).toBeGreaterThanOrEqual(65);
  });
});
