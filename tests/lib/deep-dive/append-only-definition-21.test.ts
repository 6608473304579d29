import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';

// Own wording for the round-19 kind "an append-only ledger said by its definition (rows never updated), as in a DDL
// comment, is not read"; the interviewer's score for each was written before running the engine.
const ledger = (answer: string) => {
  const prompt = loadCase('card-payments').rubric.steps['deep-dive'].prompts.find((item) => item.id === 'acid-ledger');
  if (!prompt) throw new Error('no acid-ledger prompt');
  return scoreDeepDivePrompt(prompt, answer).points.find((item) => item.id === 'double-entry');
};

describe('append-only said by what it means', () => {
  it('"ledger rows are never modified; a refund posts a new pair of rows" earns the append-only point (interviewer: point earned)', () => {
    const got = ledger('CREATE TABLE ledger_line (line_id BIGINT, posting_id BIGINT, account_id BIGINT, amount_cents BIGINT); ledger rows are never modified, a refund posts a new pair of rows with opposite signs.');
    expect(got?.earned ?? 0).toBeGreaterThan(0);
  });

  it('"rows are only ever inserted" earns it too (interviewer: point earned)', () => {
    expect(ledger('Each posting writes a debit row and a credit row to the entries table; rows are only ever inserted, corrections are new rows.')?.earned ?? 0).toBeGreaterThan(0);
  });

  it('rows that ARE changed on settlement do not earn it (interviewer: point not earned)', () => {
    expect(ledger('Each posting writes one row per account, and when the hold settles we update that row to the final amount.')?.earned ?? 0).toBe(0);
  });
});
