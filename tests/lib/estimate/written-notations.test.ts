import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { evaluateWorksheet } from '@/lib/estimate/evaluate-worksheet';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';

// Sheets written for round 19's kinds (numbers in words, locale separators, a peak as a percentage increase,
// a rate converted to another period, formulas with the figures handed back), other cases and figures than
// round 19's, with the interviewer's grade written before the engine ran.

function grade(slug: string, rows: [string, string][], notes?: string) {
  return gradeEstimate({ rows: rows.map(([name, expr]) => ({ name, expr })), ...(notes === undefined ? {} : { notes }) }, loadCase(slug).rubric);
}

const codes = (result: { findings: { code: string }[] }) => result.findings.map((finding) => finding.code);

describe('a sheet dictated in words is read and graded (interviewer: 76)', () => {
  const rows: [string, string][] = [
    ['peak_location_updates', 'two hundred thousand drivers * zero point two five pings per second'],
    ['location_data_per_day', 'ninety thousand drivers * zero point two five pings per second * two hundred bytes, per day'],
    ['peak_trip_rate', 'three million trips a day * three'],
    ['location_storage_retained', 'location_data_per_day * ninety days'],
  ];
  it('every figure lands, each a little short of full marks for the words', () => {
    const result = grade('ride-hailing', rows);
    expect(result.quantities.every((quantity) => quantity.verdict === 'full')).toBe(true);
    expect(result.score).toBeGreaterThanOrEqual(65);
    expect(result.score).toBeLessThanOrEqual(85);
    expect(result.findings.some((finding) => /written in words/.test(finding.message))).toBe(true);
  });
});

describe('European separators (interviewer: 84)', () => {
  const rows: [string, string][] = [
    ['peak_auth_rate', '15.000.000 events/day * 5 to events/s'],
    ['ledger_rows_per_year', '15.000.000 events/day * 4 * 365 day'],
    ['retention_storage', '15.000.000 events/day * 2.000 B/event * 2.555 day to TB'],
    ['availability_target', '99,99 %'],
  ];
  it('reads 2.000 and 2.555 as thousands because the sheet groups with dots, and says so', () => {
    const result = grade('card-payments', rows);
    expect(result.quantities.every((quantity) => quantity.verdict === 'full')).toBe(true);
    expect(result.score).toBeGreaterThanOrEqual(80);
    const storage = result.rows.find((row) => row.name === 'retention_storage');
    expect(storage?.notes?.join(' ')).toMatch(/2\.555 was read as 2555/);
  });
});

describe('a peak written as a percentage increase (interviewer: 88)', () => {
  it('(1 + 900%) is the case\'s x10, not a figure that contradicts it', () => {
    const result = grade('ecommerce-data-platform', [
      ['storage_per_year', '200 GB/day * 365 day to TB'],
      ['peak_event_rate', '50e6 events/day * (1 + 900%) to events/s'],
      ['hot_storage', '200 GB/day * 3 years to TB'],
      ['availability_target', '99.9%'],
    ]);
    expect(result.quantities.find((quantity) => quantity.id === 'peak_event_rate')?.verdict).toBe('full');
    for (const code of ['estimate.contradicts-case', 'estimate.fact-misread', 'estimate.errors-cancel', 'estimate.trust-spent']) expect(codes(result)).not.toContain(code);
    expect(result.score).toBeGreaterThanOrEqual(80);
  });
});

describe('an event rate converted to another period than asked (interviewer: 60-70 for two such slips)', () => {
  it('keeps the imprecise share and says the interviewer does the last conversion', () => {
    const result = grade('card-payments', [
      ['peak_auth_rate', '15e6 events/day * 5 to events/minute'],
      ['ledger_rows_per_year', '15e6 events/day * 4 * 365 day'],
      ['retention_storage', '15e6 events/day * 2 KB/event * 7 years to TB'],
      ['availability_target', '99.99%'],
    ]);
    const peak = result.quantities.find((quantity) => quantity.id === 'peak_auth_rate');
    expect(peak?.points).toBeLessThan(peak?.maxPoints ?? 0);
    expect(result.findings.some((finding) => /events per minute where the case asks per second/.test(finding.message))).toBe(true);
  });
});

describe('formulas with the figures handed back (interviewer: 10)', () => {
  const rows: [string, string][] = [
    ['peak_location_updates', 'online_drivers_peak * ping_rate'],
    ['location_data_per_day', 'online_drivers_avg * ping_rate * ping_size'],
    ['peak_trip_rate', 'daily_trips * peak_factor'],
    ['location_storage_retained', 'location_data_per_day * ping_retention'],
  ];
  it('is held at the template cap', () => {
    const result = grade('ride-hailing', rows, 'Fill in the real numbers once the interviewer gives them; the formulas carry the reasoning.');
    expect(result.score).toBeLessThanOrEqual(15);
    expect(codes(result)).toContain('estimate.figures-deferred');
  });
  it('the same formulas with the figures said in the notes are an estimate (interviewer: 86)', () => {
    const result = grade('ride-hailing', rows, 'About 50k pings/s at the peak, ~389 GB a day, ~35 TB over 90 days; trips ~104/s at the peak.');
    expect(codes(result)).not.toContain('estimate.figures-deferred');
    expect(result.score).toBeGreaterThanOrEqual(80);
  });
});

describe('conversions that fail only by how the amount was written', () => {
  it.each([
    ['6 MB/s * 1 day to GB/day', 518.4, 'GB/day'],
    ['300 bytes * two million orders a day to GB/day', 0.6, 'GB/day'],
  ])('%s', (expr, number, unit) => {
    const [row] = evaluateWorksheet([{ name: 'x', expr }]);
    expect(row?.error).toBeUndefined();
    expect(row?.value?.unit).toBe(unit);
    expect(row?.value?.number).toBeCloseTo(number, 3);
  });
});
