import { describe, expect, it } from 'vitest';
import { codesOf as codes, findingOf as finding, gradeRows as grade, pointsOf as points } from './fixtures';
import { HEADROOM_POINTS } from '@/lib/estimate/sheet-craft';

// Interviewer scores written before the engine ran: a sheet whose one sizing rate slipped a time unit, with the
// method right everywhere, is "partly there" (about 55): the rate is the figure the system is sized on.
describe('a rate off by exactly the factor between two time units', () => {
  const rideRest: [string, string][] = [
    ['peak_location_updates', 'online_drivers_peak * ping_rate'],
    ['location_data_per_day', 'online_drivers_avg * ping_rate * ping_size to GB/day'],
    ['location_storage_retained', 'location_data_per_day * ping_retention to TB'],
  ];

  it('ride-hailing: trips a day over the minutes in a day, read as per second (interviewer 55)', () => {
    const result = grade('ride-hailing', [...rideRest, ['peak_trip_rate', '3e6 * 3 / 1440']]);
    expect(result.score).toBeGreaterThanOrEqual(45);
    expect(result.score).toBeLessThanOrEqual(59);
    const slip = finding(result, 'estimate.unit-slip');
    expect(slip?.message).toContain('peak_trip_rate');
    expect(slip?.message).toContain('1,440 (the minutes in a day)');
    expect(slip?.message).toContain('86,400 (the seconds in a day)');
    expect(slip?.message).toContain('60x too high');
    expect(finding(result, 'estimate.multiplier-slip')?.refs).toEqual(['peak_trip_rate']);
  });

  it('iot-telemetry: times the seconds in a minute, per second (interviewer 55)', () => {
    const result = grade('iot-telemetry', [
      ['readings_per_second', 'machine_count * sensors_per_machine * sample_rate * 60'],
      ['raw_storage_per_day', 'machine_count * sensors_per_machine * sample_rate * reading_size to GB/day'],
      ['tiered_storage', 'machine_count * sensors_per_machine * (sample_rate * reading_size * raw_retention + minute_rollup_rate * rollup_row_size * minute_retention + hour_rollup_rate * rollup_row_size * hour_retention) to TB'],
      ['availability_target', 'target_availability'],
    ]);
    expect(result.score).toBeGreaterThanOrEqual(45);
    expect(result.score).toBeLessThanOrEqual(59);
    expect(finding(result, 'estimate.unit-slip')?.message).toMatch(/readings_per_second .*60x too high, exactly the factor between a minute and a second/);
    // The slipped row keeps the 'little' share its method earns, like a skipped multiplier.
    expect(points(result, 'readings_per_second')).toBe(2);
  });

  it('names a slip only when the factor is a time unit and the working is the case\'s', () => {
    // 50x off is no conversion between time units.
    const fifty = grade('ride-hailing', [['peak_trip_rate', '3e6 events/day * 3 * 50 to events/s']]);
    expect(codes(fifty)).not.toContain('estimate.unit-slip');
    // The right per-minute route lands.
    const right = grade('ride-hailing', [...rideRest, ['peak_trip_rate', '3e6 * 3 / 86400 * 1 events/s'], ['availability_target', '99.95%']]);
    expect(right.score).toBe(100 - HEADROOM_POINTS);
    expect(codes(right)).not.toContain('estimate.unit-slip');
  });
});

// A retention other than the case's sizes another system: the storage row is wrong and the sheet is "partly there"
// (about 55-60), whatever calendar period the learner chose.
describe('a storage row sized on a retention other than the case\'s', () => {
  it('ride-hailing: 30 days of pings where the case keeps 90 (interviewer 58)', () => {
    const result = grade('ride-hailing', [
      ['peak_location_updates', 'online_drivers_peak * ping_rate'],
      ['location_data_per_day', 'online_drivers_avg * ping_rate * ping_size to GB/day'],
      ['location_storage_retained', 'online_drivers_avg * ping_rate * ping_size * 30 day to TB'],
      ['peak_trip_rate', 'daily_trips * peak_factor to events/s'],
    ]);
    expect(result.score).toBeGreaterThanOrEqual(45);
    expect(result.score).toBeLessThanOrEqual(59);
    expect(finding(result, 'estimate.fact-misread')?.message).toContain('30 day where the case says 90 days (ping_retention)');
    expect(finding(result, 'estimate.contradicts-case')?.refs).toEqual(['location_storage_retained']);
  });

  it('card-payments: one year kept where the case keeps seven (interviewer 55)', () => {
    const result = grade('card-payments', [
      ['peak_auth_rate', '15e6 events/day * 5 to events/s'],
      ['ledger_rows_per_year', '15e6 events/day * 4 * 365 day'],
      ['retention_storage', '15e6 events/day * 2 KB/event * 365 day to TB'],
      ['availability_target', '99.99%'],
    ]);
    expect(result.score).toBeGreaterThanOrEqual(45);
    expect(result.score).toBeLessThanOrEqual(59);
    expect(finding(result, 'estimate.fact-misread')?.message).toContain('7 years (retention_period)');
  });

  it('keeps a retention built from calendar parts, and one spread over growing years', () => {
    const parts = grade('healthcare-records', [
      ['peak_message_rate', 'hl7_daily_messages * peak_factor to events/s'],
      ['storage_per_year', 'daily_ingest * 365 day to TB'],
      ['audit_log_storage', '20e6 events/day * 500 B/event * 30 day * 12 * 6 to TB'],
      ['availability_target', '99.9%'],
    ]);
    expect(parts.score).toBeGreaterThanOrEqual(100 - HEADROOM_POINTS);
    expect(codes(parts)).not.toContain('estimate.fact-misread');
    const years = grade('card-payments', [['retention_storage', '15e6 events/day * 2 KB/event * 365 day * 7 to TB']]);
    expect(codes(years)).not.toContain('estimate.fact-misread');
    expect(points(years, 'retention_storage')).toBe(10);
  });
});

// A row that takes the value of a row whose errors cancel lands by the same luck: an interviewer gives it nothing.
describe('a row built on a row whose errors cancel', () => {
  it('iot-telemetry: tiers added onto a lucky raw day earn nothing (interviewer 35)', () => {
    const result = grade('iot-telemetry', [
      ['readings_per_second', 'machine_count * sensors_per_machine * sample_rate'],
      ['raw_storage_per_day', 'machine_count * sensors_per_machine * minute_rollup_rate * 6 KB/event to GB/day'],
      ['tiered_storage', 'raw_storage_per_day * 30 day + 10 TB + 1 TB to TB'],
      ['availability_target', 'target_availability'],
    ]);
    expect(points(result, 'raw_storage_per_day')).toBe(0);
    expect(points(result, 'tiered_storage')).toBe(0);
    expect(finding(result, 'estimate.carries-cancelled')?.message).toContain('built on raw_storage_per_day');
    expect(result.score).toBeGreaterThanOrEqual(25);
    expect(result.score).toBeLessThanOrEqual(45);
  });
});
