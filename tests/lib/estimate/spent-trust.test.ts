import { describe, expect, it } from 'vitest';
import { roundedLiteral } from '@/lib/estimate/quantity-messages';
import { gradeRows as grade, pointsOf as points } from './fixtures';
import { HEADROOM_POINTS } from '@/lib/estimate/sheet-craft';

describe('a sheet whose rows land through errors that cancel, with no bare row', () => {
  it.each<[string, [string, string][], string[], number]>([
    // Honest rows beside tuned ones: an interviewer gives 25-40.
    ['ecommerce-data-platform', [['storage_per_year', '100 GB/day * 730 day to TB'], ['peak_event_rate', 'daily_events * peak_factor to events/s'], ['hot_storage', '400 GB/day * 1.5 yr to TB'], ['availability_target', 'target_availability']], ['peak_event_rate'], 45],
    ['card-payments', [['peak_auth_rate', '30M events/day * 2.5 to events/s'], ['ledger_rows_per_year', '15M events/day * 4 * 365 day'], ['retention_storage', '15M events/day * 4 KB/event * 3.5 yr to TB'], ['availability_target', '99.99%']], ['ledger_rows_per_year'], 45],
    ['ride-hailing', [['peak_location_updates', '400000 * 0.125 events/s'], ['location_data_per_day', '90000 * 0.25 events/s * 200 B/event to GB/day'], ['location_storage_retained', '3.89 TB/day * 9 day'], ['peak_trip_rate', '1M events/day * 9 to events/s']], ['location_data_per_day'], 25],
  ])('%s: the honest rows keep three quarters and say why; the availability fact keeps all', (slug, rows, honest, most) => {
    const result = grade(slug, rows);
    for (const id of honest) expect(points(result, id)).toBeCloseTo(7.5);
    if (rows.some(([id]) => id === 'availability_target')) expect(points(result, 'availability_target')).toBe(10);
    const spent = result.findings.filter((finding) => finding.code === 'estimate.trust-spent');
    expect(spent).toHaveLength(honest.length);
    expect(spent[0]?.message).toMatch(/lands only because its errors cancel/);
    expect(result.score).toBeLessThanOrEqual(most);
  });

  it('leaves an honest sheet alone', () => {
    const result = grade('card-payments', [['peak_auth_rate', '15M events/day * 5 to events/s'], ['ledger_rows_per_year', '15M events/day * 4 * 365 day'], ['retention_storage', '15M events/day * 2 KB/event * 7 yr to TB'], ['availability_target', '99.99%']]);
    expect(result.score).toBe(100 - HEADROOM_POINTS);
    expect(result.findings.map((finding) => finding.code)).not.toContain('estimate.trust-spent');
  });
});

describe('a sizing that leaves out one multiplier', () => {
  it.each<[string, string, string, string]>([
    ['healthcare-records', 'peak_message_rate', 'hl7_daily_messages to events/s', 'peak_factor'],
    ['ride-hailing', 'peak_trip_rate', '3M events/day to events/s', 'peak_factor'],
    ['ecommerce-data-platform', 'peak_event_rate', '50M events/day to events/s', 'peak_factor'],
    ['card-payments', 'ledger_rows_per_year', '15M events/day * 365 day', 'ledger_entries_per_auth'],
  ])('%s: %s = %s names %s and earns part of the row', (slug, id, expr, name) => {
    const result = grade(slug, [[id, expr]]);
    const finding = result.findings.find((item) => item.code === 'estimate.factor-missing');
    expect(finding?.message).toContain(name);
    expect(finding?.message).toContain(id);
    expect(points(result, id)).toBeGreaterThan(0);
    expect(points(result, id)).toBeLessThan(5);
  });

  it('does not blame a multiplier for a row off in another way', () => {
    const result = grade('healthcare-records', [['peak_message_rate', '8M events/day * 2 to events/s']]);
    expect(result.findings.map((item) => item.code)).not.toContain('estimate.factor-missing');
  });
});

describe('roundedLiteral', () => {
  it('names a rounder figure and never a different one', () => {
    expect(roundedLiteral([200, 400], [200, 365], 0.25)).toEqual({ from: 365, to: 400 });
    expect(roundedLiteral([100000, 5], [86400, 5], 0.25)).toEqual({ from: 86400, to: 100000 });
    // 24 (hours in a day) is no rounding of 20 sensors; 2,000 is no rounding of 2,190 written as 2,200.
    expect(roundedLiteral([24, 500], [20, 432], 0.25)).toEqual({ from: 432, to: 500 });
    expect(roundedLiteral([24], [20], 0.25)).toBeUndefined();
  });
});
