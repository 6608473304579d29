import { describe, expect, it } from 'vitest';
import { findingPoints } from '../../../lib/report/report-text';
import type { Finding } from '../../../lib/scoring/finding';

const finding = (severity: Finding['severity'], points: number): Finding => ({ code: 'deep-dive.location-keys.open', severity, points, message: 'Question 2: submit your answer.' });

// Kind: a share of a prompt's points (20 / 3 per unanswered third) was shown to the learner as "−13.333333333333334".
describe('finding points are shown as a learner reads them', () => {
  it('to one decimal, with the sign of the severity', () => {
    expect(findingPoints(finding('missing', 40 / 3))).toBe('−13.3');
    expect(findingPoints(finding('wrong', 6.666666666666667))).toBe('−6.7');
    expect(findingPoints(finding('good', 2.5))).toBe('+2.5');
    expect(findingPoints(finding('good', 5))).toBe('+5');
  });

  it('nothing for no points, or points that round to none', () => {
    expect(findingPoints(finding('hint', 0))).toBe('');
    expect(findingPoints(finding('missing', 0.04))).toBe('');
  });
});
