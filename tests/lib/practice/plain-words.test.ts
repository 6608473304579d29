import { describe, expect, it } from 'vitest';
import { COMPLETE_SCORE, questionOf } from './fixtures';
import { scoreQuestion } from '../../../lib/practice/score-question';

// Plain words that are not negations of the right answer: turning off the wrong thing, a negation
// that ends at "and <verb>", a setting name before a colon, a limitation of the method. Scores
// are an interviewer's, written before the engine ran.
describe('practice: plain words are not negations', () => {
  it.each([
    ['commit-after-processing', 'Switch off enable.auto.commit; the consumer commits with commitSync after the write to Postgres. If it dies in between, the batch is reprocessed, so at-least-once; make the insert an upsert on the order id.', COMPLETE_SCORE],
    ['commit-after-processing', "I'd disable auto commit and commit once the database write is done. A crash in between reads the batch again, at least once, so the write has to be idempotent.", COMPLETE_SCORE],
    ['medallion-layers', 'Bronze: raw, as it landed, append-only so we can replay. Silver: cleaned, deduplicated, typed. Gold: aggregates and star schemas for the business. Medallion does not say how you ingest, schedule or serve the data.', COMPLETE_SCORE],
    ['medallion-layers', 'Bronze is raw as landed, append-only for replay; silver is cleaned and deduplicated; gold holds the business aggregates. Keep in mind the pattern does not specify orchestration or governance.', COMPLETE_SCORE],
  ])('%s: "%s" scores at least %i', (id, text, min) => {
    expect(scoreQuestion(questionOf(id), { text }).score).toBeGreaterThanOrEqual(min);
  });

  it.each([
    ['commit-after-processing', 'Auto-commit stays on, it commits every 5 seconds, and we write to the DB.', 15],
    ['commit-after-processing', 'Commit first, then write; auto commit is fine.', 10],
  ])('%s: "%s" scores at most %i', (id, text, max) => {
    expect(scoreQuestion(questionOf(id), { text }).score).toBeLessThanOrEqual(max);
  });

  it('quotes the turned-off setting as covering the point', () => {
    const result = scoreQuestion(questionOf('commit-after-processing'), { text: 'Turn off auto commit and commit after the insert.' });
    expect(result.points?.find((point) => point.id === 'no-auto-commit')?.status).toBe('stated');
    expect(result.points?.find((point) => point.id === 'after-processing')?.status).toBe('stated');
  });
});

// A vague cause ("too many files makes queries slow") is half of why small files hurt; the per-file cost is the other half.
describe('practice: half a cause earns half its point', () => {
  const small = questionOf('small-files');
  it.each([
    ['Lots of tiny files make the scans slow, so we compact them every night with OPTIMIZE.', 0.5],
    ['Small files add per-file overhead. Compaction fixes it.', 0.5],
    ['Every file is a separate GET plus a metadata read, so with thousands of tiny files the query spends its time opening files.', 1],
  ])('"%s" earns %f of the overhead point', (text, share) => {
    expect(scoreQuestion(small, { text }).points?.find((point) => point.id === 'overhead')?.earned).toBeCloseTo(share, 2);
  });
});
