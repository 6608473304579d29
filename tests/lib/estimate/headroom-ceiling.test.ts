import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';
import { HEADROOM_POINTS } from '@/lib/estimate/sheet-craft';

// Sheets written for this kind (headroom: every figure right, nothing sized for the case's growth), with the
// interviewer's grade written before the engine ran. Interviewers since round 9 sign such a sheet 82-88.
const CEILING = 100 - HEADROOM_POINTS;

function grade(slug: string, rows: [string, string][], notes?: string) {
  return gradeEstimate({ rows: rows.map(([name, expr]) => ({ name, expr })), ...(notes === undefined ? {} : { notes }) }, loadCase(slug).rubric);
}

const codes = (result: { findings: { code: string }[] }) => result.findings.map((finding) => finding.code);

const healthcare: [string, string][] = [
  ['avg_message_rate', '8,000,000 events/day to events/s'],
  ['peak_message_rate', 'avg_message_rate * 4'],
  ['storage_per_year', '50 GB/day * 52 weeks * 7 day/week to TB'],
  ['audit_per_day', '20M events/day * 0.5 KB/event to GB/day'],
  ['audit_log_storage', 'audit_per_day * 2190 day to TB'],
  ['availability_target', '99.9%'],
];

describe('a sheet with every figure right and nothing sized for growth keeps the ceiling', () => {
  it('healthcare by weeks and KB, no growth anywhere (interviewer: 85)', () => {
    const result = grade('healthcare-records', healthcare, 'Peak about 370 messages a second, a small Kafka cluster. Audit outgrows a year of HL7.');
    expect(result.quantities.every((quantity) => quantity.points === quantity.maxPoints)).toBe(true);
    expect(result.score).toBe(CEILING);
    const finding = result.findings.find((item) => item.code === 'estimate.headroom-missing');
    expect(finding?.message).toMatch(/nothing on the sheet looks past today/);
    expect(finding?.message).toMatch(/yearly_growth = 1\.2/);
    expect(finding?.neutral).not.toMatch(/1\.2/);
    expect(finding?.points).toBe(HEADROOM_POINTS);
  });

  it('growth only remarked in the notes is named as such, and keeps the same ceiling (interviewer: 86)', () => {
    const result = grade('healthcare-records', healthcare, 'All at today\'s volume; the 20% growth a year comes on top.');
    expect(result.score).toBe(CEILING);
    const finding = result.findings.find((item) => item.code === 'estimate.headroom-missing');
    expect(finding?.message).toMatch(/notes mention growth, but no figure/);
    // No conclusion in these notes: the finding asks for one.
    expect(finding?.message).toMatch(/what the figures mean for the design/);
  });

  it('a row sizing the peak for next year lifts the ceiling (interviewer: 94)', () => {
    const result = grade('healthcare-records', [...healthcare, ['peak_in_a_year', 'peak_message_rate * 1.2']]);
    expect(result.score).toBe(100);
    expect(codes(result)).not.toContain('estimate.headroom-missing');
  });

  it('the growth fact by name through an earlier row counts as well (interviewer: 94)', () => {
    const result = grade('ride-hailing', [
      ['peak_location_updates', '200k * 1 events/4 s'],
      ['grown_peak', 'peak_location_updates * yearly_growth'],
      ['location_data_per_day', '90k * 0.25 events/s * 0.2 KB/event to GB/day'],
      ['peak_trip_rate', '3M events/day * 3 to events/s'],
      ['location_storage_retained', 'location_data_per_day * 90 day to TB'],
    ]);
    expect(result.score).toBe(100);
  });
});

describe('a whole-number growth factor counts only in a row that says growth', () => {
  const iot: [string, string][] = [
    ['readings_per_second', '2500 * 20 * 1 events/s'],
    ['raw_storage_per_day', 'readings_per_second * 100 B/event to GB/day'],
    ['tiered_storage', 'raw_storage_per_day * 30 day + 50000 * 1 events/minute * 200 B/event * 730 day + 50000 * 1 events/hour * 200 B/event * 3650 day to TB'],
    ['availability_target', '99.95%'],
  ];

  it('x2 for a second copy is a replica, not the sensors doubling (interviewer: 86)', () => {
    const result = grade('iot-telemetry', [...iot, ['two_copies', 'tiered_storage * 2']]);
    expect(result.score).toBe(CEILING);
  });

  it('x2 in a row named for the doubling is headroom (interviewer: 93)', () => {
    const result = grade('iot-telemetry', [...iot, ['readings_after_doubling', 'readings_per_second * 2']]);
    expect(result.score).toBe(100);
  });
});

describe('the ceiling bites only at the top', () => {
  it('a sheet with one answer missing and one off keeps its own score (interviewer: 45)', () => {
    const result = grade('card-payments', [
      ['peak_auth_rate', '15e6 events/day * 5 to events/s'],
      ['retention_storage', '15e6 events/day * 2 KB/event * 365 day to TB'],
    ]);
    expect(result.score).toBeLessThan(CEILING);
    expect(codes(result)).not.toContain('estimate.headroom-missing');
  });
});
