import { describe, expect, it } from 'vitest';
import { readCurveballClaims } from '../../../lib/interview/curveball-claims';

const claims = [{ id: 'erase', keywords: ['delete', 'erasure', 'erase'] }, { id: 'region', keywords: ['eu region'] }];

// Statuses decided before running: the learner denies the response through its predicate, or keeps it under a condition.
describe('curveball: a response denied through its predicate', () => {
  it('"erasure is not something we support", "an EU region is overkill" earn nothing', () => {
    const readings = readCurveballClaims([{ where: 'the notes', text: 'Erasure is not something we support in the lake. An EU region is overkill.' }], claims);
    expect(readings.map((reading) => reading.status)).toEqual(['negated', 'negated']);
  });

  it('a judgement under a condition keeps the response', () => {
    const readings = readCurveballClaims([{ where: 'the notes', text: 'Deleting rows in the lake is risky without a table format, so the raw zone moves to Delta and the erasure runs as a DELETE.' }], claims);
    expect(readings[0]?.status).toBe('stated');
  });
});
