import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateWorksheet } from '@/lib/estimate/evaluate-worksheet';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';
import { fixtureRubric } from './fixture-rubric';

const rubric = fixtureRubric();
const tokens = ['200', '1e308', 'GB', 'TiB', 'Gb', 'day', 'min', '%', '!', '^', '*', '/', '+', '-', '(', ')', '[', ']', 'to', ' ', 'daily_ingest', 'import', 'ones', 'x', '"', ',', '=', '.', 'storage_per_year'];
const expression = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.array(fc.constantFrom(...tokens), { maxLength: 30 }).map((parts) => parts.join('')),
);
const name = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('x', 'y', 'storage_per_year', 'availability_target', 'day', 'GB', '', ' Peak_Event_Rate '));
const worksheet = fc.array(fc.record({ name, expr: expression }), { maxLength: 12 });

describe('random input', () => {
  it('never throws from evaluateWorksheet and gives each row a value or an error, not both', () => {
    fc.assert(
      fc.property(worksheet, (rows) => {
        const result = evaluateWorksheet(rows, { daily_ingest: '200 GB/day' });
        expect(result).toHaveLength(rows.length);
        for (const row of result) expect(row.value !== undefined && row.error !== undefined).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws from gradeEstimate and keeps the score in range', () => {
    fc.assert(
      fc.property(worksheet, (rows) => {
        const result = gradeEstimate({ rows }, rubric);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
      }),
      { numRuns: 300 },
    );
  });
});
