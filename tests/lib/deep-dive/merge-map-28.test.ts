import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';

// Own answers for the round-24 kind "a merge map not read as the MRN crosswalk" (golden strong-versions-and-merge-map,
// hand 82). The interviewer's score for each was written before the engine ran.
const grade = (answer: string) => {
  const prompt = loadCase('healthcare-records').rubric.steps['deep-dive'].prompts.find((item) => item.id === 'corrections-and-merges');
  if (!prompt) throw new Error('no corrections-and-merges prompt');
  const result = scoreDeepDivePrompt(prompt, answer);
  return { score: Math.round((100 * result.earned) / result.available), crosswalk: result.points.find((point) => point.id === 'enterprise-patient-key') };
};

describe('a merge map is the MRN crosswalk', () => {
  it('an MRN merge map the marts join through earns the crosswalk point (interviewer: 80)', () => {
    const result = grade('Corrected results are new rows: result_id, version, status, recorded_at; nothing is updated, and current is the latest version. For the A40 we keep an MRN merge map, old MRN to surviving patient id with the time it took effect, and every mart joins facts through it instead of rewriting them. Reports store the as-of time they ran at, so an old report can be rebuilt.');
    expect(result.crosswalk?.status).toBe('stated');
    expect(result.score).toBeGreaterThanOrEqual(75);
  });

  it('a merge mapping in other words ("points each retired MRN at the surviving one") earns it too (interviewer: 75)', () => {
    const result = grade('Results are appended as versions with recorded_at and never overwritten. A40s go into a merge mapping that points each retired MRN at the surviving one; the facts keep the MRN they arrived with and gold resolves it through that mapping at query time. Reports keep the timestamp they were built as of.');
    expect(result.crosswalk?.status).toBe('stated');
    expect(result.score).toBeGreaterThanOrEqual(70);
  });

  it('MERGE-ing the tables on the new MRN is an upsert, not a crosswalk (interviewer: 35)', () => {
    const result = grade('When a result is corrected we MERGE it into the results table on result_id. For the A40 we merge tables: update every row of the old MRN to the new MRN so the patient is one.');
    expect(result.crosswalk?.status ?? 'missing').not.toBe('stated');
    expect(result.score).toBeLessThanOrEqual(50);
  });
});
