import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';
import { findingOf as finding, quantityOf as quantity, sheet } from './fixtures';


describe('a row that lands because two figures err in opposite directions earns nothing, and says which', () => {
  it.each([
    ['card-payments', 'retention_storage', [['retention_storage', '150M events/day * 200 B/event * 7 years to TB']]],
    ['iot-telemetry', 'raw_storage_per_day', [['raw_storage_per_day', 'machine_count * sensors_per_machine * 10 events/s * 10 B/event to GB/day']]],
    [
      'healthcare-records',
      'storage_per_year',
      [
        ['msgs_per_day', '80M events/day'],
        ['message_bytes', '625 B/event'],
        ['daily', 'msgs_per_day * message_bytes'],
        ['storage_per_year', 'daily * 365 day to TB'],
      ],
    ],
    [
      'ecommerce-data-platform',
      'storage_per_year',
      [
        ['clicks_per_day', '500M events/day'],
        ['click_size', '400 B/event'],
        ['storage_per_year', 'clicks_per_day * click_size * 365 day to TB'],
      ],
    ],
  ] as [string, string, [string, string][]][])('%s: %s', (slug, id, pairs) => {
    const result = gradeEstimate(sheet(...pairs), loadCase(slug).rubric);
    expect(quantity(result, id)?.verdict).toBe('off');
    expect(quantity(result, id)?.points).toBe(0);
    const named = result.findings.filter((item) => ['estimate.errors-cancel', 'estimate.fact-misread'].includes(item.code) && item.severity === 'wrong');
    expect(named.length).toBeGreaterThan(0);
    expect(named[0]?.message).toContain(id);
  });

  it.each([
    ['ecommerce-data-platform', 'storage_per_year', [['storage_per_year', '50M events/day * 4 KB/event * 365 day to TB']]],
    ['ecommerce-data-platform', 'storage_per_year', [['daily', '50M events/day * 4 KB/event'], ['storage_per_year', 'daily * 365 day to TB']]],
    ['healthcare-records', 'storage_per_year', [['storage_per_year', '50 GB/day * 365 day to TB']]],
    ['iot-telemetry', 'tiered_storage', [['tiered_storage', '432 GB/day * 30 day + 50000 * 1440 events/day * 200 B/event * 730 day + 50000 * 24 events/day * 200 B/event * 3650 day to TB']]],
    ['card-payments', 'retention_storage', [['retention_storage', '15M events/day * 2 KB/event * 7 years to TB']]],
  ] as [string, string, [string, string][]][])('honest working keeps full marks: %s %s', (slug, id, pairs) => {
    const result = gradeEstimate(sheet(...pairs), loadCase(slug).rubric);
    expect(quantity(result, id)?.points).toBe(quantity(result, id)?.maxPoints);
    expect(finding(result, 'estimate.errors-cancel')).toBeUndefined();
  });
});

describe('consistent arithmetic on another subject\'s facts earns nothing', () => {
  it.each([
    ['healthcare-records', 'peak_message_rate', 'audit_events_daily * peak_factor to events/s', 'audit_events_daily'],
    ['healthcare-records', 'audit_log_storage', 'hl7_daily_messages * hl7_message_size * audit_retention to TB', 'hl7_daily_messages'],
    ['healthcare-records', 'storage_per_year', '20M events/day * 500 B/event * 365 day to TB', 'audit_events_daily'],
    ['iot-telemetry', 'readings_per_second', 'machine_count * sensors_per_machine * reconnect_factor * 1 events/s', 'reconnect_factor'],
    ['card-payments', 'ledger_rows_per_year', 'daily_auths * peak_factor * 365 day', 'peak_factor'],
  ])('%s: %s = %s', (slug, id, expr, fact) => {
    const result = gradeEstimate(sheet([id, expr]), loadCase(slug).rubric);
    expect(quantity(result, id)?.points).toBe(0);
    expect(finding(result, 'estimate.wrong-facts')?.message).toContain(fact);
  });

  it.each([
    // The peak drivers for a daily volume is a sizing choice on the same subject: graded on its value.
    ['ride-hailing', 'location_data_per_day', 'online_drivers_peak * ping_rate * ping_size to GB/day'],
    // Sizing with the case's growth fact is welcome, never another subject.
    ['card-payments', 'retention_storage', 'daily_auths * auth_record_size * retention_period * yearly_growth to TB'],
    // 365 days is a calendar year, not the 13-month hot retention.
    ['card-payments', 'ledger_rows_per_year', '15M events/day * 2 * 365 day'],
  ])('%s: %s = %s is not called another subject', (slug, id, expr) => {
    const result = gradeEstimate(sheet([id, expr]), loadCase(slug).rubric);
    expect(finding(result, 'estimate.wrong-facts')).toBeUndefined();
    expect(quantity(result, id)?.points).toBeGreaterThan(0);
  });
});

describe('a bare figure is not taken on trust on a sheet whose errors cancel', () => {
  it.each([
    ['ride-hailing', 'peak_location_updates', '50000 events/s', ['location_data_per_day', '900000 * 0.25 events/s * 20 B/event to GB/day']],
    ['card-payments', 'peak_auth_rate', '870 events/s', ['retention_storage', '150M events/day * 200 B/event * 7 years to TB']],
    ['iot-telemetry', 'tiered_storage', '24 TB', ['readings_per_second', 'machine_count * 2 * 10 events/s']],
  ] as [string, string, string, [string, string]][])('%s: %s = %s earns nothing', (slug, id, expr, cancelling) => {
    const result = gradeEstimate(sheet([id, expr], cancelling), loadCase(slug).rubric);
    expect(quantity(result, id)?.points).toBe(0);
    expect(finding(result, 'estimate.bare-untrusted')?.refs).toEqual([id]);
  });

  it('keeps half for a bare figure beside honest working', () => {
    const result = gradeEstimate(sheet(['peak_auth_rate', '870 events/s'], ['retention_storage', 'daily_auths * auth_record_size * retention_period to TB']), loadCase('card-payments').rubric);
    expect(quantity(result, 'peak_auth_rate')?.points).toBe(5);
    expect(finding(result, 'estimate.bare-untrusted')).toBeUndefined();
  });
});

describe('a tenfold error is called a power of ten, not bits for bytes', () => {
  it.each([
    ['iot-telemetry', 'raw_storage_per_day', 'machine_count * sensors_per_machine * sample_rate * 10 B/event to GB/day'],
    ['ecommerce-data-platform', 'storage_per_year', 'daily_ingest * 3650 day to TB'],
  ])('%s: %s = %s', (slug, id, expr) => {
    const result = gradeEstimate(sheet([id, expr]), loadCase(slug).rubric);
    const off = result.findings.find((item) => item.code === 'estimate.quantity-off');
    expect(off?.message).toContain('10x');
    expect(off?.message).not.toContain('factor of 8');
  });
});
