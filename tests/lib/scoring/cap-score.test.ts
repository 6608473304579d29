import { describe, expect, it } from 'vitest';
import { capScore } from '../../../lib/scoring/score';
import type { StepResult } from '../../../lib/scoring/finding';

const graded: StepResult = {
  score: 72,
  findings: [
    { code: 'x.good', severity: 'good', points: 30, message: 'Earned.' },
    { code: 'x.missing', severity: 'missing', points: 10, message: 'Missing.' },
  ],
};

describe('a cap withholds the points above it with one finding', () => {
  it('scores at the cap and adds the finding carrying the points withheld, problems first', () => {
    const capped = capScore(graded, 40, () => ({ code: 'x.cap', severity: 'wrong', message: 'Scored at most 40.' }));
    expect(capped.score).toBe(40);
    expect(capped.findings.map((finding) => finding.code)).toEqual(['x.cap', 'x.missing', 'x.good']);
    expect(capped.findings[0]).toEqual({ code: 'x.cap', severity: 'wrong', points: 32, message: 'Scored at most 40.' });
    expect(Object.keys(capped.findings[0] ?? {})).toEqual(['code', 'severity', 'points', 'message']);
  });

  it('leaves a result at or under the cap as it is, without making the finding', () => {
    let made = 0;
    const explain = () => {
      made += 1;
      return { code: 'x.cap', severity: 'wrong' as const, message: 'Scored at most 72.' };
    };
    expect(capScore(graded, 72, explain)).toBe(graded);
    expect(capScore(graded, 90, explain)).toBe(graded);
    expect(made).toBe(0);
  });
});
