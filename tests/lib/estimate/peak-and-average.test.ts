import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';
import { codesOf as codes, findingOf as finding, sheet } from './fixtures';
import { HEADROOM_POINTS } from '@/lib/estimate/sheet-craft';

// Interviewer's reading, written before the engine ran. The peak and the average are the two rates a data
// case gives, and mixing them up is the slip every case's anchors put at level 2, "partly there" (40-59):
// "misses the sale-day peak", "gets the yearly storage but not the morning peak", "confuses the average
// (90,000 drivers) with the peak (200,000) when sizing storage". The peak is the figure that sizes the
// ingestion; a day's volume from the peak rate all day over-sizes storage by the same factor. However
// right the other rows, such a sheet is signed about 50-62, not the 75-80 its rows add up to.


describe('the average given as the peak holds the sheet at "partly there"', () => {
  it('healthcare-records: the morning peak left out, the rest right (interviewer: about 58)', () => {
    const result = gradeEstimate(
      sheet(
        ['peak_message_rate', '8e6 events/day to events/s'],
        ['storage_per_year', 'daily_ingest * 365 day to TB'],
        ['audit_log_storage', 'audit_events_daily * audit_event_size * audit_retention to TB'],
        ['availability_target', '99.9%'],
      ),
      loadCase('healthcare-records').rubric,
    );
    expect(result.score).toBeGreaterThanOrEqual(45);
    expect(result.score).toBeLessThanOrEqual(62);
    expect(codes(result)).toContain('estimate.factor-missing');
    const cap = finding(result, 'estimate.multiplier-slip');
    expect(cap?.severity).toBe('wrong');
    expect(cap?.message).toContain('peak_message_rate');
    expect(cap?.message).toContain('peak_factor');
    expect(codes(result)).not.toContain('estimate.contradicts-case');
  });

  it('ride-hailing: the Friday-night trip peak left out, the rest right (interviewer: about 58)', () => {
    const result = gradeEstimate(
      sheet(
        ['peak_location_updates', 'online_drivers_peak * ping_rate'],
        ['location_data_per_day', 'online_drivers_avg * ping_rate * ping_size to GB/day'],
        ['peak_trip_rate', 'daily_trips to events/s'],
        ['location_storage_retained', 'location_data_per_day * ping_retention to TB'],
      ),
      loadCase('ride-hailing').rubric,
    );
    expect(result.score).toBeGreaterThanOrEqual(45);
    expect(result.score).toBeLessThanOrEqual(62);
    expect(finding(result, 'estimate.multiplier-slip')?.refs).toEqual(['peak_trip_rate']);
  });

  it('a sheet already below the cap keeps its own score', () => {
    // Peak forgotten and the ledger without its four entries, storage right: about 40.
    const result = gradeEstimate(
      sheet(['peak_auth_rate', 'daily_auths to events/s'], ['ledger_rows_per_year', 'daily_auths * 365 day'], ['retention_storage', 'daily_auths * auth_record_size * retention_period to TB']),
      loadCase('card-payments').rubric,
    );
    expect(result.score).toBeLessThan(45);
    expect(codes(result)).not.toContain('estimate.multiplier-slip');
  });
});

describe('one figure of a pair (peak and average) used where the other belongs', () => {
  it('ride-hailing: the daily bytes and the 90 days sized on the peak fleet all day (interviewer: about 50)', () => {
    const result = gradeEstimate(
      sheet(
        ['peak_location_updates', 'online_drivers_peak * ping_rate'],
        ['location_data_per_day', 'online_drivers_peak * ping_rate * ping_size to GB/day'],
        ['peak_trip_rate', 'daily_trips * peak_factor to events/s'],
        ['location_storage_retained', 'location_data_per_day * ping_retention to TB'],
      ),
      loadCase('ride-hailing').rubric,
    );
    expect(result.score).toBeGreaterThanOrEqual(40);
    expect(result.score).toBeLessThanOrEqual(59);
    const swapped = finding(result, 'estimate.figure-swapped');
    expect(swapped?.refs).toEqual(['location_data_per_day']);
    expect(swapped?.message).toContain('online_drivers_peak');
    expect(swapped?.message).toContain('online_drivers_avg');
    expect(finding(result, 'estimate.multiplier-slip')?.severity).toBe('wrong');
  });

  it('ride-hailing: the peak ping rate from the average fleet, by number (interviewer: about 60)', () => {
    const result = gradeEstimate(
      sheet(
        ['peak_location_updates', '90k * 0.25 events/s'],
        ['location_data_per_day', '90k * 0.25 events/s * 200 B/event to GB/day'],
        ['peak_trip_rate', '3M events/day * 3 to events/s'],
        ['location_storage_retained', 'location_data_per_day * 90 day to TB'],
      ),
      loadCase('ride-hailing').rubric,
    );
    expect(result.score).toBeGreaterThanOrEqual(45);
    expect(result.score).toBeLessThanOrEqual(62);
    expect(finding(result, 'estimate.figure-swapped')?.refs).toEqual(['peak_location_updates']);
  });

  it('leaves the right pairing alone: the peak for the rate, the average for the volume (interviewer: 100)', () => {
    const result = gradeEstimate(
      sheet(
        ['peak_location_updates', '200000 * 0.25 events/s'],
        ['location_data_per_day', '90000 * 0.25 events/s * 200 B/event to GB/day'],
        ['peak_trip_rate', 'daily_trips * peak_factor to events/s'],
        ['location_storage_retained', 'location_data_per_day * ping_retention to TB'],
      ),
      loadCase('ride-hailing').rubric,
    );
    expect(result.score).toBe(100 - HEADROOM_POINTS);
    expect(codes(result)).not.toContain('estimate.figure-swapped');
    expect(codes(result)).not.toContain('estimate.multiplier-slip');
  });

  it('another stream of the same answer, far from the wanted one, is a substitution, not a swap', () => {
    // Orders (2M a month) for the clickstream's 50M events a day: another stream, held as a contradiction.
    const result = gradeEstimate(
      sheet(['peak_event_rate', 'monthly_orders * peak_factor to events/s'], ['storage_per_year', 'daily_ingest * 365 day to TB'], ['hot_storage', 'daily_ingest * hot_retention to TB'], ['availability_target', '99.9%']),
      loadCase('ecommerce-data-platform').rubric,
    );
    expect(codes(result)).not.toContain('estimate.figure-swapped');
    expect(codes(result)).toContain('estimate.contradicts-case');
  });

  it('does not call a row off in another way a swap (ping every second: 4x, not the fleet)', () => {
    const result = gradeEstimate(
      sheet(['location_data_per_day', 'online_drivers_avg * 1 events/s * ping_size to GB/day']),
      loadCase('ride-hailing').rubric,
    );
    expect(codes(result)).not.toContain('estimate.figure-swapped');
  });
});
