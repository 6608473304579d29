import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';

// Sheets written for these kinds, with the interviewer's grade written before the engine ran.
function grade(slug: string, rows: [string, string][], notes?: string) {
  return gradeEstimate({ rows: rows.map(([name, expr]) => ({ name, expr })), ...(notes === undefined ? {} : { notes }) }, loadCase(slug).rubric);
}

const codes = (result: { findings: { code: string }[] }) => result.findings.map((finding) => finding.code);

describe('one answer off the case scale by a figure far from the case caps the sheet below half', () => {
  const rest: [string, string][] = [
    ['peak_location_updates', '200000 * 0.25 events/s'],
    ['peak_trip_rate', '3e6 events/day * 3 to events/s'],
  ];

  it('pings of 200 KB (1000x the 200 B): the day and the 90 days are petabyte-scale (interviewer: 35)', () => {
    const result = grade('ride-hailing', [
      ...rest,
      ['location_data_per_day', '90000 * 0.25 events/s * 200 KB/event to TB/day'],
      ['location_storage_retained', '90000 * 0.25 events/s * 200 KB/event * 90 day to PB'],
    ], 'About 35 PB of pings for 90 days: a big HDFS estate.');
    expect(result.score).toBeLessThanOrEqual(40);
    const finding = result.findings.find((item) => item.code === 'estimate.off-scale');
    expect(finding?.message).toMatch(/200 KB\/event/);
    expect(finding?.neutral).not.toMatch(/200 B/);
  });

  it('audit events of 500 KB on an otherwise right healthcare sheet (interviewer: 38)', () => {
    const result = grade('healthcare-records', [
      ['peak_message_rate', '8e6 events/day * 4 to events/s'],
      ['storage_per_year', '50 GB/day * 365 day to TB'],
      ['audit_log_storage', '20e6 events/day * 500 KB/event * 6 years to TB'],
      ['availability_target', '99.9%'],
    ]);
    expect(result.score).toBeLessThanOrEqual(40);
    expect(codes(result)).toContain('estimate.off-scale');
  });

  it('the same figure only 10x off stays "partly there", not below half (interviewer: 55)', () => {
    const result = grade('healthcare-records', [
      ['peak_message_rate', '8e6 events/day * 4 to events/s'],
      ['storage_per_year', '50 GB/day * 365 day to TB'],
      ['audit_log_storage', '20e6 events/day * 5 KB/event * 6 years to TB'],
      ['availability_target', '99.9%'],
    ]);
    expect(codes(result)).not.toContain('estimate.off-scale');
    expect(result.score).toBeGreaterThan(40);
  });
});

describe('a peak of 1 written beside a daily figure that folds the peak in is errors that cancel', () => {
  it('32M messages a day "* 1" for 8M at a fourfold peak earns nothing (interviewer: 0 for the row)', () => {
    const result = grade('healthcare-records', [['peak_message_rate', '32e6 events/day * 1 to events/s']]);
    const row = result.quantities.find((quantity) => quantity.id === 'peak_message_rate');
    expect(row?.points).toBe(0);
  });

  it('the product over the day, without the 1, is the case\'s figure multiplied in the head (interviewer: full)', () => {
    const result = grade('healthcare-records', [['peak_message_rate', '32e6 events / 86400 s']]);
    const row = result.quantities.find((quantity) => quantity.id === 'peak_message_rate');
    expect(row?.points).toBe(row?.maxPoints);
  });
});
