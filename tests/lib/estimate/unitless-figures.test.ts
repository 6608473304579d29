import { describe, expect, it } from 'vitest';
import { gradeRows as grade } from './fixtures';

type Sheet = [slug: string, rows: [string, string][], low: number, high: number];

describe('figures without units', () => {
  // Right magnitudes typed as bare plain numbers: an interviewer gives about 20 (some work shows, nothing to check).
  it.each<Sheet>([
    ['ecommerce-data-platform', [['storage_per_year', '73'], ['peak_event_rate', '5800'], ['hot_storage', '219'], ['availability_target', '0.999']], 12, 32],
    ['ride-hailing', [['peak_location_updates', '50000'], ['location_data_per_day', '389'], ['peak_trip_rate', '104'], ['location_storage_retained', '35']], 12, 32],
    ['iot-telemetry', [['readings_per_second', '50k'], ['raw_storage_per_day', '432'], ['tiered_storage', '24'], ['availability_target', '99.95']], 12, 32],
    ['healthcare-records', [['peak_message_rate', '370'], ['storage_per_year', '18'], ['audit_log_storage', '22'], ['availability_target', '99']], 12, 32],
  ])('%s: bare right magnitudes earn a little, never zero and never the half a figure with units earns', (slug, rows, low, high) => {
    const result = grade(slug, rows);
    expect(result.score).toBeGreaterThanOrEqual(low);
    expect(result.score).toBeLessThanOrEqual(high);
    const missing = result.findings.filter((finding) => finding.code === 'estimate.unit-missing');
    expect(missing.length).toBeGreaterThanOrEqual(2);
    // The finding quotes the row as written and names the unit it was read in.
    expect(missing[0]?.message).toMatch(/has no unit; it was read as /);
  });

  it('keeps 40% of a worked row typed without units', () => {
    const result = grade('ecommerce-data-platform', [['storage_per_year', '200 * 365 / 1000'], ['peak_event_rate', '50e6 * 10 / 86400'], ['hot_storage', '200 * 3 * 365 / 1000'], ['availability_target', '99.9%']]);
    for (const id of ['storage_per_year', 'peak_event_rate', 'hot_storage']) expect(result.quantities.find((item) => item.id === id)?.points).toBeCloseTo(4);
    expect(result.score).toBeGreaterThanOrEqual(45);
    expect(result.score).toBeLessThanOrEqual(65);
  });

  it.each([
    ['healthcare-records', 'storage_per_year', '180'],
    ['ride-hailing', 'location_data_per_day', '3890'],
    ['card-payments', 'retention_storage', '7.7'],
  ])('%s: %s = %s, a wrong magnitude without a unit, is a unit error with no credit', (slug, id, expr) => {
    const result = grade(slug, [[id, expr]]);
    expect(result.quantities.find((item) => item.id === id)).toMatchObject({ points: 0, verdict: 'unit-error', value: null });
    expect(result.findings.map((finding) => finding.code)).toContain('estimate.wrong-dimension');
  });

  it('reads a plain count of rows as rows at full worth, as before', () => {
    const result = grade('card-payments', [['ledger_rows_per_year', '15M * 4 * 365']]);
    expect(result.quantities.find((item) => item.id === 'ledger_rows_per_year')?.verdict).not.toBe('unit-error');
    expect(result.findings.map((finding) => finding.code)).not.toContain('estimate.unit-missing');
  });
});
