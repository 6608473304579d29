import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { questionOf } from './fixtures';

describe('practice: a claim taken back earns nothing', () => {
  const commit = questionOf('commit-after-processing');
  it.each([
    'Commit only after the rows are saved. Scratch that, auto-commit every five seconds is simpler.',
    'We commit after writing to the table; on second thought, committing on receipt keeps the consumer fast.',
    'Commit offsets after the insert, actually never mind, auto-commit is fine.',
  ])('"%s"', (text) => {
    const result = scoreQuestion(commit, { text });
    const point = result.points?.find((item) => item.id === 'after-processing');
    expect(point?.earned).toBe(0);
    expect(result.findings.some((finding) => finding.message.includes('took it back') || finding.message.includes('You withdrew') || finding.code === 'practice.key-point-contradicted' || finding.code === 'practice.key-point-missing')).toBe(true);
  });

  it('the finding says the claim was taken back', () => {
    const result = scoreQuestion(commit, { text: 'Commit only after the rows are saved. Scratch that, we will decide later.' });
    const finding = result.findings.find((item) => item.refs?.includes('after-processing'));
    expect(finding?.message).toContain('You withdrew "Commit only after the rows are saved." with "Scratch that"');
  });
});

describe("practice: a tool's limitation followed by the fix is not a negation", () => {
  const medallion = questionOf('medallion-layers');
  it.each([
    'Medallion only says how to layer tables; it does not give you governance or monitoring for you.',
    'The layering does not do orchestration and monitoring by itself.',
    'Bronze, silver and gold do not provide governance out of the box.',
  ])('"%s" earns what is left to design', (text) => {
    const point = scoreQuestion(medallion, { text }).points?.find((item) => item.id === 'not-everything');
    expect(point?.status).not.toBe('negated');
    expect(point?.earned).toBeGreaterThan(0);
  });
});
