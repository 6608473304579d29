import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';
import { POSED_WORKING_CAP } from '@/lib/estimate/posed-working';

// Kind: final figures copied as constants in the shape of working (step rows that are constants too, nothing
// built from the case's facts). Sheets written for this kind on other cases and figures than the golden set's,
// with the interviewer's grade written before the engine ran.

function grade(slug: string, rows: [string, string][], notes = '') {
  return gradeEstimate({ rows: rows.map(([name, expr]) => ({ name, expr })), notes }, loadCase(slug).rubric);
}

const finding = (result: ReturnType<typeof grade>) => result.findings.find((item) => item.code === 'estimate.constants-as-working');

describe('constants posing as working are held near the template cap', () => {
  it('card: daily rows, next year and totals all typed as constants (interviewer: 15)', () => {
    const result = grade('card-payments', [
      ['auths_per_second_avg', '174 events/s'],
      ['peak_auth_rate', '870 events/s'],
      ['peak_auth_rate_next_year', '1130 events/s'],
      ['ledger_rows_per_day', '60e6'],
      ['ledger_rows_per_year', '22e9'],
      ['retention_storage', '77 TB'],
      ['availability_target', '99.99%'],
    ], 'Peak 870/s, 1,130/s next year, 22 billion ledger rows, 77 TB, four nines.');
    expect(result.score).toBeLessThanOrEqual(Math.round(POSED_WORKING_CAP * 100));
    const found = finding(result);
    expect(found?.severity).toBe('wrong');
    expect(found?.refs).toEqual(['auths_per_second_avg', 'peak_auth_rate_next_year', 'ledger_rows_per_day']);
    expect(found?.message).toMatch(/step rows too \(auths_per_second_avg, peak_auth_rate_next_year, ledger_rows_per_day\)/);
  });

  it('ride-hailing: per-day and grown rows as bare figures (interviewer: 18)', () => {
    const result = grade('ride-hailing', [
      ['pings_per_day', '1.9e9 events/day'],
      ['peak_location_updates', '50000 events/s'],
      ['peak_location_updates_next_year', '70000 events/s'],
      ['location_data_per_day', '390 GB/day'],
      ['peak_trip_rate', '104 events/s'],
      ['location_storage_retained', '35 TB'],
    ]);
    expect(result.score).toBeLessThanOrEqual(Math.round(POSED_WORKING_CAP * 100));
    expect(finding(result)).toBeDefined();
  });
});

describe('bare final figures without step rows keep their half', () => {
  it('card: the four answers alone, no working (interviewer: 45)', () => {
    const result = grade('card-payments', [
      ['peak_auth_rate', '870 events/s'],
      ['ledger_rows_per_year', '22e9'],
      ['retention_storage', '77 TB'],
      ['availability_target', '99.99%'],
    ]);
    expect(finding(result)).toBeUndefined();
    expect(result.score).toBeGreaterThan(Math.round(POSED_WORKING_CAP * 100));
  });

  it('card: step rows built from the facts are working, not posing (interviewer: 95)', () => {
    const result = grade('card-payments', [
      ['auths_per_second_avg', 'daily_auths to events/s'],
      ['peak_auth_rate', 'auths_per_second_avg * peak_factor'],
      ['peak_auth_rate_next_year', 'peak_auth_rate * yearly_growth'],
      ['ledger_rows_per_day', 'daily_auths * ledger_entries_per_auth'],
      ['ledger_rows_per_year', 'ledger_rows_per_day * 365 day'],
      ['retention_storage', 'daily_auths * auth_record_size * retention_period to TB'],
      ['availability_target', 'target_availability'],
    ]);
    expect(finding(result)).toBeUndefined();
    expect(result.score).toBeGreaterThanOrEqual(90);
  });
});
