import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';
import { pointsOf as points } from './fixtures';

/*
 * Inputs written for this test, points decided before running. Round 24's blind grade (IoT, 55): one figure
 * mistyped (5e3 readings/s for 5e4) and every row built on it 10x low, including a total summed from working
 * rows (raw_tier + minute_tier + hour_tier) that answer no quantity. An interviewer marks the slip once and
 * gives each row that only carries it half, whether it uses the off answer row directly or through worked
 * steps in between; a total off by another factor than the row it is built on has an error of its own.
 */
function grade(slug: string, rows: [string, string][]) {
  return gradeEstimate({ rows: rows.map(([name, expr]) => ({ name, expr })) }, loadCase(slug).rubric);
}
const carried = (result: ReturnType<typeof grade>) => result.findings.filter((item) => item.code === 'estimate.error-carried').map((item) => item.message);

describe('an error carried forward through working rows', () => {
  it('ride-hailing: 20 B a ping for 200, the 90-day total built on a monthly working row keeps half (interviewer: 5 of 10)', () => {
    const result = grade('ride-hailing', [
      ['location_data_per_day', '90000 * 0.25 events/s * 20 B/event to GB/day'],
      ['location_per_month', 'location_data_per_day * 30 day'],
      ['location_storage_retained', 'location_per_month * 3 to TB'],
    ]);
    expect(points(result, 'location_storage_retained')).toBe(5);
    expect(carried(result).some((message) => message.startsWith('location_storage_retained'))).toBe(true);
  });

  it('IoT: 2 sensors a machine for 20, the tiers summed from working rows keep half (interviewer: 10 of 20)', () => {
    const result = grade('iot-telemetry', [
      ['readings_per_second', '2500 * 2 * 1 events/s'],
      ['raw_storage_per_day', 'readings_per_second * 100 B/event to GB/day'],
      ['raw_tier', 'raw_storage_per_day * 30 day to TB'],
      ['minute_tier', 'raw_storage_per_day / 100 B/event / 60 * 200 B/event * 730 day to TB'],
      ['hour_tier', 'raw_storage_per_day / 100 B/event / 3600 * 200 B/event * 3650 day to TB'],
      ['tiered_storage', 'raw_tier + minute_tier + hour_tier'],
    ]);
    expect(points(result, 'tiered_storage')).toBe(10);
    expect(carried(result).some((message) => message.startsWith('tiered_storage'))).toBe(true);
  });

  it('a total off by another factor than the row its working rows use keeps its band, not the carried half', () => {
    const result = grade('ride-hailing', [
      ['location_data_per_day', '90000 * 0.25 events/s * 20 B/event to GB/day'],
      ['location_per_month', 'location_data_per_day * 30 day'],
      ['location_storage_retained', 'location_per_month * 30 to TB'],
    ]);
    expect(carried(result).some((message) => message.startsWith('location_storage_retained'))).toBe(false);
  });
});
