import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { evaluateWorksheet } from '@/lib/estimate/evaluate-worksheet';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';
import { quantityOf as quantity, sheet } from './fixtures';
import { HEADROOM_POINTS } from '@/lib/estimate/sheet-craft';


/*
 * Inputs written for this test, scores decided before running. Rows named in words are what many
 * learners write; an interviewer reads the name for its meaning and grades the figure.
 */
describe('rows named in words', () => {
  it('a card-payments sheet written in words earns full marks (interviewer: 100, all four right)', () => {
    const result = gradeEstimate(
      sheet(
        ['authorisations per second at the Black Friday peak', '15e6 events/day * 5 to events/s'],
        ['ledger entries per year', '15e6 * 4 * 365'],
        ['auth records kept for seven years', '15e6 events/day * 2 KB/event * 7 years to TB'],
        ['availability target', '99.99%'],
      ),
      loadCase('card-payments').rubric,
    );
    expect(result.score).toBe(100 - HEADROOM_POINTS);
    expect(quantity(result, 'peak_auth_rate')?.row).toBe('authorisations per second at the Black Friday peak');
    expect(quantity(result, 'retention_storage')?.row).toBe('auth records kept for seven years');
    const matched = result.findings.filter((finding) => finding.code === 'estimate.row-matched').map((finding) => finding.message);
    expect(matched.some((message) => /"authorisations per second at the Black Friday peak" \(used in formulas as authorisations_per_second_at_the_black_friday_peak\) was taken as peak_auth_rate \(Authorisations per second at the Black Friday peak\) by its meaning \(authorisations/.test(message))).toBe(true);
  });

  it('later rows refer to a row by its words or its identifier (interviewer: 100 for storage and hot storage)', () => {
    const result = gradeEstimate(
      sheet(
        ['raw data per day', '200 GB/day'],
        ['raw storage for a year', 'raw data per day * 365 day to TB'],
        ['kept hot for three years', 'raw_data_per_day * 3 years to TB'],
      ),
      loadCase('ecommerce-data-platform').rubric,
    );
    expect(quantity(result, 'storage_per_year')?.points).toBe(10);
    expect(quantity(result, 'hot_storage')?.points).toBe(10);
    const rows = result.rows;
    expect(rows[1]?.notes?.some((note) => /"raw data per day" was read as the row raw_data_per_day/.test(note))).toBe(true);
    expect(rows[0]?.notes?.some((note) => /named in words: other rows can use it as raw_data_per_day/.test(note))).toBe(true);
  });

  it('a row named for the quantity but far off is graded as that quantity, not missing (interviewer: 0 for it)', () => {
    const result = gradeEstimate(sheet(['trips per second at the peak', '3e6 events/day * 3 / 1000 to events/s']), loadCase('ride-hailing').rubric);
    const trips = quantity(result, 'peak_trip_rate');
    expect(trips?.row).toBe('trips per second at the peak');
    expect(trips?.verdict).toBe('off');
    expect(trips?.points).toBe(0);
  });

  it('an average is never taken for the peak by its name', () => {
    const result = gradeEstimate(sheet(['average pings per second', '90000 * 0.25 events/s']), loadCase('ride-hailing').rubric);
    const meaningful = result.findings.filter((finding) => finding.code === 'estimate.row-matched' && /by its meaning/.test(finding.message));
    expect(meaningful.filter((finding) => finding.refs?.includes('peak_location_updates'))).toEqual([]);
  });

  it('a data rate named per day is not taken for the storage kept, nor an amount kept for a rate', () => {
    const result = gradeEstimate(
      sheet(['location data kept for 90 days', '389 GB/day * 90 day to TB'], ['raw location data per day', '90000 * 0.25 events/s * 200 B/event to GB/day']),
      loadCase('ride-hailing').rubric,
    );
    expect(quantity(result, 'location_storage_retained')?.row).toBe('location data kept for 90 days');
    expect(quantity(result, 'location_data_per_day')?.row).toBe('raw location data per day');
  });

  it('still refuses names that are expressions, units or duplicates', () => {
    const result = evaluateWorksheet([
      { name: 'storage * year', expr: '1' },
      { name: 'min.', expr: '1' },
      { name: 'peak rate', expr: '1' },
      { name: 'peak_rate', expr: '2' },
      { name: '30 day raw tier', expr: '2 TB' },
    ]);
    expect(result[0]?.error).toMatch(/storage_year/);
    expect(result[1]?.error).toMatch(/reads as min/);
    expect(result[2]?.error).toBeUndefined();
    expect(result[3]?.error).toMatch(/already defined in row 3/);
    expect(result[4]?.value?.display).toBe('2 TB');
  });

  it('a name that is all units is never read into another row (400 GB per day stays a figure)', () => {
    const result = evaluateWorksheet([
      { name: 'GB day', expr: '5 TB' },
      { name: 'daily', expr: '400 GB day / day' },
    ]);
    expect(result[1]?.value?.display).toBe('400 GB');
  });
});
