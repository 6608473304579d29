import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';

// Answers written for these tests (not from the golden set), each judged before the engine ran: Object Lock in governance
// mode chosen so administrators keep a way to delete or fix records is not the unaltered store auditors need (governance
// mode is bypassed with s3:BypassGovernanceRetention; compliance mode is not). Naming governance mode only to reject it
// costs nothing.

const prompt = loadCase('card-payments').rubric.steps['deep-dive'].prompts.find((item) => item.id === 'seven-year-records');
if (!prompt) throw new Error('card-payments has no seven-year-records prompt');

const lockPoint = (answer: string) => scoreDeepDivePrompt(prompt, answer).points.find((point) => point.id === 'object-lock');

describe('Object Lock in governance mode, chosen for its bypass', () => {
  it.each([
    'Parquet on S3 partitioned by month, bucket with Object Lock, governance mode, so an administrator can still delete a bad record, and a 7-year retention.',
    'We lock the archive bucket with object lock in governance mode for seven years, so admins can still correct a wrong file.',
  ])('is contradicted: "%s"', (answer) => {
    expect(lockPoint(answer)?.status).toBe('contradicted');
  });

  it.each([
    'Object Lock in compliance mode with 7-year retention, not governance mode, where admins can still delete objects.',
    'S3 Object Lock, compliance mode, seven years of retention: nobody, not even the root account, can delete a record early.',
  ])('is not fired when compliance mode is chosen: "%s"', (answer) => {
    expect(lockPoint(answer)?.status).not.toBe('contradicted');
  });
});
