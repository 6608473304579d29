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


/*
 * Inputs written for this test, expectations decided before running. A size worked in binary units and
 * labelled decimal (35.4 TB for 35.4 TiB, 10% under), a size off by exactly a minute, an hour or a day (a
 * per-second rate multiplied by minutes), and bits written as `Tbit` are unit slips too: the feedback names
 * the slip instead of a bare "1.1 times smaller".
 */
describe('binary for decimal units, time units inside a size, and bits spelt out', () => {
  it('a binary figure under a decimal label, or the reverse, is named as KiB against KB', () => {
    expect(detail(size, '35.4 TB')).toMatch(/1\.1 times smaller than/);
    expect(detail(size, '35.4 TB')).toMatch(/binary/);
    expect(detail(size, '35.4 TB')).toMatch(/TiB/);
    expect(detail(size, '38.9 TiB')).toMatch(/binary/);
  });

  it('a size off by 60, 3,600 or 86,400 names the time unit', () => {
    expect(detail(size, '0.648 TB')).toMatch(/60 times smaller than/);
    expect(detail(size, '0.648 TB')).toMatch(/minute/);
    expect(detail(size, '140 PB')).toMatch(/3,600 times the expected/);
    expect(detail(size, '140 PB')).toMatch(/hour/);
  });

  it('leaves other factors plain', () => {
    expect(detail(size, '36.5 TB')).not.toMatch(/binary|minute|hour/);
    expect(detail(size, '13 TB')).not.toMatch(/binary|minute|hour/);
  });

  it('reads bits spelt as a symbol with "bit"', () => {
    expect(matchAnswer(size, '311 Tbit').status).toBe('match');
    expect(matchAnswer(size, '311 Tbits').status).toBe('match');
    expect(detail(size, '38.9 Tbit')).toMatch(/8 times smaller than/);
  });
});
