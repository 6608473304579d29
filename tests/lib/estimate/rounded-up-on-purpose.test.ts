import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';

// Kind: every input rounded up on purpose, said so in the notes, with results past the tolerance but well inside
// the order of magnitude. Sheets written for this kind on other cases and figures than the golden set's, with
// the interviewer's grade written before the engine ran.

function grade(slug: string, rows: [string, string][], notes = '') {
  return gradeEstimate({ rows: rows.map(([name, expr]) => ({ name, expr })), notes }, loadCase(slug).rubric);
}

const codes = (result: ReturnType<typeof grade>) => result.findings.map((item) => item.code);

// Card: 15M auths a day rounded up to 20M on every row: each result 1.33x the exact one.
const cardRounded: [string, string][] = [
  ['peak_auth_rate', '20e6 events/day * 5 to events/s'],
  ['peak_auth_rate_next_year', 'peak_auth_rate * 1.3'],
  ['ledger_rows_per_year', '20e6 * 4 * 365'],
  ['retention_storage', '20e6 events/day * 2 KB/event * 7 years to TB'],
  ['availability_target', '99.99%'],
];

describe('deliberate rounding up within the order of magnitude keeps most of each row', () => {
  it('card: 15M auths a day rounded up to 20M on every row, said so (interviewer: 78)', () => {
    const result = grade('card-payments', cardRounded, 'Rounded the daily auths up to 20M to keep the sums easy: ~1,160/s at peak, ~1,500/s next year, 29 billion ledger rows, ~100 TB. Four nines.');
    expect(result.score).toBeGreaterThanOrEqual(70);
    expect(result.score).toBeLessThanOrEqual(85);
    expect(codes(result)).toContain('estimate.rounded-past-tolerance');
    expect(codes(result)).not.toContain('estimate.off-not-from-case');
  });

  it('card: the same sheet without saying it rounded is off on those rows (interviewer: 60)', () => {
    const result = grade('card-payments', cardRounded, '~1,160/s at peak, ~1,500/s next year, 29 billion ledger rows, ~100 TB. Four nines.');
    expect(codes(result)).not.toContain('estimate.rounded-past-tolerance');
    expect(result.score).toBeLessThan(70);
  });

  it('ride-hailing: rounding up past half again is not a rounding any more (interviewer: 45)', () => {
    const result = grade('ride-hailing', [
      ['peak_location_updates', '400000 * 0.25 events/s'],
      ['location_data_per_day', '200000 * 0.25 events/s * 300 B/event to GB/day'],
      ['peak_trip_rate', '5e6 events/day * 3 to events/s'],
      ['location_storage_retained', 'location_data_per_day * 100 day to TB'],
      ['peak_location_updates_next_year', 'peak_location_updates * 1.4'],
    ], 'I rounded every input up generously: 400k drivers at peak, 200k on average, 300 bytes a ping.');
    expect(codes(result)).not.toContain('estimate.rounded-past-tolerance');
    expect(result.score).toBeLessThan(60);
  });
});
