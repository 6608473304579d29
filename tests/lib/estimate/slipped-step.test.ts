import { describe, expect, it } from 'vitest';
import { findingOf, gradeRows, pointsOf } from './fixtures';

// Kind: a right total reached through a wrong intermediate row that uses one calendar period for another
// (a day's events divided by a minute or an hour), undone by a later factor. The interviewer's scores were
// written before the engine ran on these sheets.
describe('a landing total built on a step that slipped a calendar period', () => {
  it('e-commerce: a day of events over a minute, then / 1440 on the peak row (interviewer: 65)', () => {
    const result = gradeRows('ecommerce-data-platform', [
      ['storage_per_year', 'daily_ingest * 365 day to TB'],
      ['avg_event_rate', '50e6 events / 60 s'],
      ['peak_event_rate', 'avg_event_rate * 10 / 1440 to events/s'],
      ['hot_storage', 'storage_per_year * 3'],
      ['availability_target', '99.9%'],
    ]);
    expect(pointsOf(result, 'peak_event_rate')).toBe(0);
    const finding = findingOf(result, 'estimate.total-not-from-working');
    expect(finding?.refs).toContain('avg_event_rate');
    expect(finding?.message).toContain('1,440x');
    expect(result.score).toBeGreaterThanOrEqual(50);
    expect(result.score).toBeLessThanOrEqual(75);
  });

  it('ride-hailing: daily trips over an hour, then / 24 on the peak row (interviewer: 65)', () => {
    const result = gradeRows('ride-hailing', [
      ['trips_per_second', '3e6 events / 1 hour'],
      ['peak_trip_rate', 'trips_per_second * 3 / 24 to events/s'],
      ['peak_location_updates', '200000 * 0.25 events/s'],
      ['location_data_per_day', '90000 * 0.25 events/s * 200 B/event to GB/day'],
      ['availability_target', '99.95%'],
    ]);
    expect(pointsOf(result, 'peak_trip_rate')).toBe(0);
    expect(findingOf(result, 'estimate.total-not-from-working')?.refs).toContain('trips_per_second');
    expect(result.score).toBeLessThanOrEqual(75);
  });

  it('a right step per hour or per second keeps the total its points (interviewer: 85)', () => {
    const perSecond = gradeRows('ecommerce-data-platform', [
      ['avg_event_rate', '50e6 events / 86400 s'],
      ['peak_event_rate', 'avg_event_rate * 10'],
    ]);
    expect(findingOf(perSecond, 'estimate.total-not-from-working')).toBeUndefined();
    const perHour = gradeRows('ride-hailing', [
      ['trips_per_hour', '3e6 events / 24 hour'],
      ['peak_trip_rate', 'trips_per_hour * 3 to events/s'],
    ]);
    expect(findingOf(perHour, 'estimate.total-not-from-working')).toBeUndefined();
    expect(pointsOf(perHour, 'peak_trip_rate')).toBeGreaterThan(5);
  });
});
