import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';

// Own wording for the round-20 kind "Object Lock credited as row locks" (a storage product's retention lock is one
// name, not a database lock); the interviewer's score for each was written before running the engine.
const scored = (id: string, answer: string) => {
  const prompt = loadCase('card-payments').rubric.steps['deep-dive'].prompts.find((item) => item.id === id);
  if (!prompt) throw new Error(`no prompt ${id}`);
  const result = scoreDeepDivePrompt(prompt, answer);
  return { score: Math.round((100 * result.earned) / result.available), point: (point: string) => result.points.find((item) => item.id === point) };
};

describe('a retention lock on a bucket is no row lock', () => {
  it('"GCS Bucket Lock with a retention policy" answers nothing about posting a hold (interviewer: 10)', () => {
    const got = scored('acid-ledger', 'Every posting lands in a GCS bucket with Bucket Lock and a 7-year retention policy, so no one can alter a posting afterwards; Coldline after a year.');
    expect(got.point('one-transaction')?.earned ?? 0).toBe(0);
    expect(got.score).toBeLessThanOrEqual(30);
  });

  it('"the Glacier Vault Lock policy" is not a lock on the account either (interviewer: 10)', () => {
    expect(scored('acid-ledger', 'Postings are archived to Glacier under a Vault Lock policy, which makes them tamper-proof for auditors.').point('one-transaction')?.earned ?? 0).toBe(0);
  });

  it('a row lock taken with SELECT FOR UPDATE in the posting transaction still counts (interviewer: 45)', () => {
    const got = scored('acid-ledger', 'In one transaction: SELECT the account balance FOR UPDATE, which takes a row lock so a concurrent hold waits, check the balance, insert the entries, commit.');
    expect(got.point('one-transaction')?.earned ?? 0).toBeGreaterThan(0);
  });

  it('the same Bucket Lock answer still earns the seven-year prompt its retention point (interviewer: 60)', () => {
    const got = scored('seven-year-records', 'Every posting lands in a GCS bucket with Bucket Lock and a locked 7-year retention policy, so no one can alter or delete a posting before seven years; Coldline after a year.');
    expect(got.score).toBeGreaterThanOrEqual(25);
    expect(got.point('object-lock')?.earned ?? 0).toBeGreaterThan(0);
  });
});
