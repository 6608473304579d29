import { describe, expect, it } from 'vitest';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';
import { fixtureRubric, rows } from './fixture-rubric';

type Result = ReturnType<typeof gradeEstimate>;
const repeated = (result: Result) => result.findings.find((finding) => finding.code === 'estimate.factor-repeated');
const availability: [string, string] = ['availability_target', '99.9%'];

describe('a multiplier applied twice (kind: replication or overhead counted twice)', () => {
  const rubric = fixtureRubric();

  it('names x2 applied twice on the daily figure and the total (4x), and holds the sheet at "partly there"', () => {
    const result = gradeEstimate(rows(['daily_with_copies', '200 GB/day * 2'], ['storage_per_year', 'daily_with_copies * 365 day * 2 to TB'], ['peak_event_rate', '50e6 events/day * 10 to events/s'], availability), rubric);
    expect(repeated(result)?.message).toContain('applies x2 twice (2 x 2 = 4x)');
    expect(repeated(result)?.message).toContain('4x too high');
    expect(result.score).toBeLessThanOrEqual(59);
  });

  it("names the case's own peak factor applied twice (10x too high)", () => {
    const result = gradeEstimate(rows(['storage_per_year', '200 GB/day * 365 day to TB'], ['sale_rate', '50e6 events/day * 10 to events/s'], ['peak_event_rate', 'sale_rate * 10'], availability), rubric);
    expect(repeated(result)?.message).toContain('applies x10 twice');
    expect(repeated(result)?.message).toContain('10x too high');
  });

  it.each([
    ['once', '200 GB/day * 365 day * 3 to TB'],
    ['two different multipliers', '200 GB/day * 365 day * 2 * 3 to TB'],
  ])('says nothing of a multiplier applied %s', (_, expr) => {
    const result = gradeEstimate(rows(['storage_per_year', expr], ['peak_event_rate', '50e6 events/day * 10 to events/s'], availability), rubric);
    expect(repeated(result)).toBeUndefined();
  });
});
