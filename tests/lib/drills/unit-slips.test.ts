import { describe, expect, it } from 'vitest';
import { matchAnswer } from '@/lib/drills/check-drill';
import type { AnswerKey } from '@/lib/drills/types';

/*
 * Inputs written for this test, expectations decided before running. A drill answer with the right digits in
 * the wrong unit, or off by an exact 1000x, is a unit slip: the feedback names it as such (the step between
 * prefixes, or hours for days), with the round factor rather than 999 or 23.9 from a rounded solution.
 */
const size: AnswerKey = { kind: 'quantity', dimension: 'data_size', value: 38.88e12, tolerance: 0.02 };
const downtime: AnswerKey = { kind: 'quantity', dimension: 'duration', value: 2.02 * 86400, tolerance: 0.02 };
const detail = (key: AnswerKey, answer: string) => {
  const match = matchAnswer(key, answer);
  return match.status === 'mismatch' ? (match.detail ?? '') : `(${match.status})`;
};

describe('a drill answer in the wrong unit or 1000x off says so', () => {
  it('a size one prefix too small or too large', () => {
    expect(detail(size, '38.9 GB')).toMatch(/1,000 times smaller than/);
    expect(detail(size, '38.9 GB')).toMatch(/prefix/);
    expect(detail(size, '38,900 TB')).toMatch(/1,000 times the expected/);
    expect(detail(size, '38.9 MB')).toMatch(/1,000,000 times smaller than/);
  });

  it('a duration with the right number in hours where days are meant', () => {
    expect(detail(downtime, '2.02 hours')).toMatch(/24 times smaller than/);
    expect(detail(downtime, '2.02 hours')).toMatch(/hours where days/);
    expect(detail(downtime, '2.02 min')).toMatch(/minutes where days/);
  });

  it('an answer off by some other factor keeps the plain ratio', () => {
    expect(detail(size, '13 TB')).toMatch(/2\.99 times smaller than/);
    expect(detail(size, '13 TB')).not.toMatch(/prefix|where/);
  });
});

describe('a drill answer of another kind of quantity says which kind it is', () => {
  const problem = (key: AnswerKey, answer: string) => {
    const match = matchAnswer(key, answer);
    return match.status === 'unreadable' ? match.problem : `(${match.status})`;
  };

  it('a duration where a size is asked, and a size where a duration is asked', () => {
    expect(problem(size, '38.9 hours')).toMatch(/a duration, not a size/);
    expect(problem(downtime, '2.02 GB')).toMatch(/a size, not a duration/);
  });

  it('a bare availability where the downtime is asked', () => {
    expect(problem({ ...downtime, periodSeconds: 365 * 86400 }, '99.45%')).toMatch(/availability, not the downtime/);
  });
});

