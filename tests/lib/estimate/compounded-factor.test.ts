import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';

// Kind: a multiplier applied again along a chain of rows (a headroom on the peak and again on next year's row,
// a peak factor on a peak, a replication factor twice). Sheets written for this kind on other cases and
// figures than the golden set's, with the interviewer's grade written before the engine ran.

function grade(slug: string, rows: [string, string][], notes = '') {
  return gradeEstimate({ rows: rows.map(([name, expr]) => ({ name, expr })), notes }, loadCase(slug).rubric);
}

const finding = (result: ReturnType<typeof grade>) => result.findings.find((item) => item.code === 'estimate.factor-compounded');

const card: [string, string][] = [
  ['ledger_rows_per_year', '15e6 * 4 * 365'],
  ['retention_storage', '15e6 events/day * 2 KB/event * 7 years to TB'],
  ['availability_target', '99.99%'],
];

describe('a multiplier applied again along a chain of rows costs, with a finding', () => {
  it('card: a 30% headroom in the peak and again with growth on next year (interviewer: 55)', () => {
    const result = grade('card-payments', [
      ['peak_auth_rate', '15e6 events/day * 5 * 1.3 to events/s'],
      ['peak_auth_rate_next_year', 'peak_auth_rate * 1.3 * 1.3'],
      ...card,
    ], 'Peak 5x plus 30% headroom is ~1,130/s; next year growth and headroom again: ~1,900/s. Size Kafka on that.');
    expect(result.score).toBeGreaterThanOrEqual(45);
    expect(result.score).toBeLessThanOrEqual(62);
    const found = finding(result);
    expect(found?.severity).toBe('wrong');
    expect(found?.message).toMatch(/peak_auth_rate_next_year applies x1\.3 3 times/);
    expect(found?.refs).toEqual(['peak_auth_rate_next_year']);
    expect(found?.neutral).not.toMatch(/1\.3/);
  });

  it('ride-hailing: the peak factor applied on a row already at the peak (interviewer: 55)', () => {
    const result = grade('ride-hailing', [
      ['peak_location_updates', '200000 * 0.25 events/s'],
      ['location_data_per_day', '90000 * 0.25 events/s * 200 B/event to GB/day'],
      ['peak_trip_rate', '3e6 events/day * 3 to events/s'],
      ['trips_next_year_peak', 'peak_trip_rate * 3 * 1.4'],
      ['location_storage_retained', 'location_data_per_day * 90 day to TB'],
    ]);
    expect(result.score).toBeGreaterThanOrEqual(45);
    expect(result.score).toBeLessThanOrEqual(62);
    expect(finding(result)?.message).toMatch(/trips_next_year_peak applies x3 twice along its chain from peak_trip_rate/);
  });

  it('iot: the reconnect burst applied twice on the two-year figure (interviewer: 55)', () => {
    const result = grade('iot-telemetry', [
      ['sensors', '2500 * 20'],
      ['readings_per_second', 'sensors * 1 events/s'],
      ['raw_storage_per_day', 'readings_per_second * 100 B/event to GB/day'],
      ['raw_tier', 'raw_storage_per_day * 30 day to TB'],
      ['minute_tier', 'sensors * 1 events/minute * 200 B/event * 2 years to TB'],
      ['hour_tier', 'sensors * 1 events/hour * 200 B/event * 10 years to TB'],
      ['tiered_storage', 'raw_tier + minute_tier + hour_tier'],
      ['availability_target', '99.95%'],
      ['burst', 'readings_per_second * 3'],
      ['burst_in_two_years', 'burst * 3 * 2'],
    ]);
    expect(result.score).toBeGreaterThanOrEqual(45);
    expect(result.score).toBeLessThanOrEqual(62);
    expect(finding(result)?.message).toMatch(/burst_in_two_years applies x3 twice/);
  });
});

describe('each factor once along the chain keeps the sheet whole', () => {
  it('card: peak, then growth on next year, nothing doubled (interviewer: 95)', () => {
    const result = grade('card-payments', [
      ['peak_auth_rate', '15e6 events/day * 5 to events/s'],
      ['peak_auth_rate_next_year', 'peak_auth_rate * 1.3'],
      ...card,
    ], 'Peak ~870/s today, ~1,130/s next year: a few Kafka partitions.');
    expect(finding(result)).toBeUndefined();
    expect(result.score).toBe(100);
  });

  it('iot: a reconnect burst grown over two years, each factor once (interviewer: 95)', () => {
    const result = grade('iot-telemetry', [
      ['sensors', '2500 * 20'],
      ['readings_per_second', 'sensors * 1 events/s'],
      ['raw_storage_per_day', 'readings_per_second * 100 B/event to GB/day'],
      ['raw_tier', 'raw_storage_per_day * 30 day to TB'],
      ['minute_tier', 'sensors * 1 events/minute * 200 B/event * 2 years to TB'],
      ['hour_tier', 'sensors * 1 events/hour * 200 B/event * 10 years to TB'],
      ['tiered_storage', 'raw_tier + minute_tier + hour_tier'],
      ['availability_target', '99.95%'],
      ['burst', 'readings_per_second * 3'],
      ['burst_in_two_years', 'burst * sensor_growth_two_years'],
    ]);
    expect(finding(result)).toBeUndefined();
    expect(result.score).toBe(100);
  });
});
