import { describe, expect, it } from 'vitest';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { promptOf } from './fixtures';

// Own answers; the interviewer's score for each was written before running the engine. An MRN-to-EMPI identity map is
// the crosswalk that absorbs merges, in the words hospital engineers use for it.
const prompt = promptOf('healthcare-records', 'corrections-and-merges');
const grade = (answer: string) => {
  const result = scoreDeepDivePrompt(prompt, answer);
  return { score: Math.round((100 * result.earned) / result.available), status: Object.fromEntries(result.points.map((point) => [point.id, point.status])) };
};

describe('an identity map from MRN to the EMPI id is the enterprise patient key', () => {
  it('an MRN map table with EMPI ids and dates earns the point (interviewer: 85)', () => {
    const got = grade('Corrected results are merged by result id as a new version with valid_from and valid_to, and the old version is closed, never overwritten. For merges we keep an mrn map (mrn, facility, empi, from_ts, to_ts): facts keep the MRN they arrived with and join through the map, so an A40 only closes one map row and opens another. Reports record the Delta table version they read, so last month can be reproduced with time travel.');
    expect(got.status['enterprise-patient-key']).toBe('stated');
    expect(got.score).toBeGreaterThanOrEqual(75);
  });

  it('the terms in a bare list earn little (interviewer: 10)', () => {
    const got = grade('EMPI, identity map, SCD2, MERGE, time travel.');
    expect(got.score).toBeLessThanOrEqual(30);
  });
});
