import { describe, expect, it } from 'vitest';
import { offerWeighsTradeOff, readCommitment } from '../../../lib/text/commitment';
import { readText } from '../../../lib/text/read-text';

// Inputs written for these tests: "if ..." branches after "it depends" offer their options; a conditional in an answer
// that chooses is a plain statement.
const verdicts = (text: string) => readCommitment(readText(text)).sentences.map((sentence) => sentence.verdict);

describe('conditional branches of a deferral', () => {
  it('reads each branch after "it depends" as an offer, and the answer as uncommitted', () => {
    const text = 'It depends on the reports. If finance wants daily totals, a daily snapshot table is cheapest. If they want drill-down, one row per invoice line is better but bigger.';
    expect(verdicts(text)).toEqual(['offered', 'offered', 'offered']);
    expect(readCommitment(readText(text)).uncommitted).toBe(true);
  });

  it('keeps a conditional in a committed answer plain', () => {
    const text = 'We key by account id so one account stays in order. If the job crashes, it resumes from the checkpoint. If a broker dies, the replicas take over.';
    expect(verdicts(text)).not.toContain('offered');
    expect(readCommitment(readText(text)).uncommitted).toBe(false);
  });

  it('keeps a choice made inside a branch', () => {
    const text = 'It depends on the load. If it is spiky, I would go with autoscaling consumers.';
    expect(verdicts(text)[1]).toBe('committed');
  });
});

describe('an offer that weighs its trade-off', () => {
  it.each([
    ['Hourly partitions are faster to prune but make more small files; it depends.', true],
    ['Keying by region is convenient because the reports group by region; it depends.', true],
    ['It could be hourly or daily; it depends.', false],
    ['Round-robin or key by user, either works because it is faster.', false],
  ])('"%s" -> %s', (text, expected) => {
    expect(offerWeighsTradeOff(readText(text), 0)).toBe(expected);
  });
});
