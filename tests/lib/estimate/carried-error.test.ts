import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';
import { pointsOf as points } from './fixtures';

/*
 * Inputs written for this test, points decided before running. A row whose own step is right but that
 * uses an earlier answer row which is off (storage = the daily row x 90 days, the daily row 2.2x high) is
 * off by exactly the earlier row's factor: an interviewer marks the first error once and gives the step
 * that carries it half (error carried forward), not a second full penalty. Only an earlier error within
 * 10x carries: a row built on nonsense shows nothing; and a row with a mistake of its own keeps its band.
 */
function grade(slug: string, rows: [string, string][]) {
  return gradeEstimate({ rows: rows.map(([name, expr]) => ({ name, expr })) }, loadCase(slug).rubric);
}

describe('an error carried forward from an earlier answer row', () => {
  it('ride-hailing: 90 days of a daily row sized on 200 ping-bytes at the peak fleet keep half', () => {
    const result = grade('ride-hailing', [
      ['location_data_per_day', '200000 * 0.25 events/s * 200 B/event to GB/day'],
      ['location_storage_retained', 'location_data_per_day * 90 day to TB'],
    ]);
    expect(points(result, 'location_data_per_day')).toBe(2);
    expect(points(result, 'location_storage_retained')).toBe(5);
    const finding = result.findings.find((item) => item.code === 'estimate.error-carried');
    expect(finding?.message).toMatch(/location_data_per_day/);
    expect(finding?.severity).toBe('hint');
  });

  it('ecommerce: three hot years of a yearly row in bits carry the 8x once', () => {
    const result = grade('ecommerce-data-platform', [
      ['storage_per_year', '200 Gb/day * 365 day to TB'],
      ['hot_storage', 'storage_per_year * 3'],
    ]);
    expect(points(result, 'storage_per_year')).toBe(2);
    expect(points(result, 'hot_storage')).toBe(5);
  });

  it('a row with an error of its own on top of the earlier one keeps its band', () => {
    const result = grade('ride-hailing', [
      ['location_data_per_day', '200000 * 0.25 events/s * 200 B/event to GB/day'],
      ['location_storage_retained', 'location_data_per_day * 180 day to TB'],
    ]);
    expect(points(result, 'location_storage_retained')).toBe(2);
    expect(result.findings.some((item) => item.code === 'estimate.error-carried')).toBe(false);
  });

  it('a row built on an earlier row more than 10x off earns nothing for carrying it', () => {
    const result = grade('ride-hailing', [
      ['location_data_per_day', '200000 * 4 events/s * 200 B/event to GB/day'],
      ['location_storage_retained', 'location_data_per_day * 90 day to TB'],
    ]);
    expect(points(result, 'location_storage_retained')).toBe(0);
  });

  it('a row on a right earlier row is graded on its own value', () => {
    const result = grade('ride-hailing', [
      ['location_data_per_day', '90000 * 0.25 events/s * 200 B/event to GB/day'],
      ['location_storage_retained', 'location_data_per_day * 30 day to TB'],
    ]);
    expect(points(result, 'location_data_per_day')).toBe(10);
    expect(points(result, 'location_storage_retained')).toBe(2);
    expect(result.findings.some((item) => item.code === 'estimate.error-carried')).toBe(false);
  });
});
