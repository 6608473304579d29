import { describe, expect, it } from 'vitest';
import { rubricSchema } from '@/lib/content/rubric-schema';
import type { Rubric } from '@/lib/content/rubric-schema';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';

/** A parcel-tracking case: 6 million scans a day of 1 KB, a 4x pre-holiday peak, 99.9%. */
function parcelRubric(): Rubric {
  return rubricSchema.parse({
    version: 1,
    steps: {
      clarify: {
        facts: [
          { id: 'volume', topic: 'scale_now', answer: 'About 6 million scans a day, 1 KB each.', values: { daily_scans: '6e6 events/day', scan_size: '1 KB/event' } },
          { id: 'peaks', topic: 'scale_growth', answer: 'Four times the average before the holidays.', values: { holiday_peak: '4' } },
          { id: 'availability', topic: 'availability', answer: '99.9%.', values: { target_availability: '99.9%' } },
        ],
      },
      estimate: {
        quantities: [
          { id: 'scans_per_year', title: 'Scans a year', dimension: 'event_count', unit: 'rows', reference: 'daily_scans * 365 day', builtFrom: { facts: ['daily_scans'], factors: [{ label: 'a year', value: '1 year' }] } },
          { id: 'yearly_storage', title: 'Scan storage for a year', dimension: 'data_size', unit: 'TB', reference: 'daily_scans * scan_size * 365 day', builtFrom: { facts: ['daily_scans', 'scan_size'], factors: [{ label: 'a year', value: '1 year' }] } },
          { id: 'peak_scan_rate', title: 'Scans per second at the peak', dimension: 'event_rate', unit: 'events/s', reference: 'daily_scans * holiday_peak', builtFrom: { facts: ['daily_scans', 'holiday_peak'] } },
          { id: 'availability_target', title: 'Availability target', dimension: 'ratio', unit: '%', reference: 'target_availability', builtFrom: { facts: ['target_availability'] } },
        ],
      },
    },
  });
}

const sheet = (...pairs: [string, string][]) => ({ rows: pairs.map(([name, expr]) => ({ name, expr })) });
const right: Record<string, [string, string]> = {
  count: ['scans_per_year', '6e6 events/day * 365 day'],
  storage: ['yearly_storage', '6e6 events/day * 1 KB/event * 365 day to TB'],
  rate: ['peak_scan_rate', '6e6 events/day * 4 to events/s'],
  availability: ['availability_target', '99.9%'],
};

function withRow(row: [string, string]) {
  return sheet(...Object.values(right).map((entry) => (entry[0] === row[0] ? row : entry)));
}

describe('a yearly figure sized over another calendar period (kind: per-period slips)', () => {
  const rubric = parcelRubric();

  it.each([
    ['scans_per_year', '6e6 events/day * 30 day', '30 day', 'a year', '12.2x too low'],
    ['yearly_storage', '6e6 events/day * 1 KB/event * 1 week to TB', '1 week', 'a year', '52.1x too low'],
    ['scans_per_year', '6e6 events/day * 12 day', '12 day', 'a year', '30.4x too low'],
  ])('%s = %s names the period used, the one that belongs and the factor, and holds the sheet at "partly there"', (id, expr, used, wanted, factor) => {
    const result = gradeEstimate(withRow([id, expr]), rubric);
    const slip = result.findings.find((finding) => finding.code === 'estimate.unit-slip');
    expect(slip?.message).toContain(`multiplies by ${used} where ${wanted} belongs`);
    expect(slip?.message).toContain(factor);
    expect(result.score).toBeLessThanOrEqual(59);
    expect(result.score).toBeGreaterThanOrEqual(50);
  });

  it('a year written as 52 weeks or 12 months is no slip', () => {
    const result = gradeEstimate(sheet(['scans_per_year', '6e6 events/day * 52 week'], ['yearly_storage', '6e6 events/day * 1 KB/event * 12 months to TB'], right.rate as [string, string], right.availability as [string, string]), rubric);
    expect(result.findings.map((finding) => finding.code)).not.toContain('estimate.unit-slip');
    expect(result.score).toBeGreaterThanOrEqual(95);
  });
});
