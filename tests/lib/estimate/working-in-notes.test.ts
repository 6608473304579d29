import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';
import { findingOf } from './fixtures';

// Kind: every row a bare figure, the working written out in the notes. The interviewer's scores were written
// before the engine ran on these sheets.
const bareRows = [
  { name: 'peak_location_updates', expr: '50000 events/s' },
  { name: 'location_data_per_day', expr: '390 GB/day' },
  { name: 'location_storage_retained', expr: '35 TB' },
  { name: 'peak_trip_rate', expr: '104 events/s' },
  { name: 'availability_target', expr: '99.95%' },
];
const grade = (notes: string) => gradeEstimate({ rows: bareRows, notes }, loadCase('ride-hailing').rubric);

describe('bare rows whose working is in the notes', () => {
  it('ride-hailing: the notes work every figure from the case (interviewer: 75)', () => {
    const result = grade(
      '200,000 drivers online at peak x 0.25 pings/s = 50,000 pings/s. On average 90,000 drivers x 0.25/s x 200 B x 86,400 s = ~390 GB a day, and 390 GB x 90 days = ~35 TB kept. ' +
        '3M trips a day / 86,400 = ~35/s, x3 at the evening peak = ~104/s. 99.95% is about 4.4 h a year.',
    );
    expect(result.score).toBeGreaterThanOrEqual(65);
    expect(result.score).toBeLessThanOrEqual(85);
    expect(result.findings.filter((finding) => finding.code === 'estimate.working-in-notes')).toHaveLength(4);
    expect(findingOf(result, 'estimate.working-missing')).toBeUndefined();
  });

  it('notes that restate the figures without the facts earn nothing more (interviewer: 40)', () => {
    const result = grade('Peak = 50,000/s. Daily = 390 GB. Trips = 104/s. Availability = 99.95%.');
    expect(findingOf(result, 'estimate.working-in-notes')).toBeUndefined();
    expect(result.score).toBeLessThanOrEqual(55);
  });

  it('working offered as questions, or built on another figure than the case\'s, is no working (interviewer: 35)', () => {
    const asked = grade('200,000 x 0.25 = 50,000/s? 90,000 x 0.25 x 200 B x 86,400 = 390 GB? 3M / 86,400 x 3 = 104/s?');
    expect(findingOf(asked, 'estimate.working-in-notes')).toBeUndefined();
    const other = grade('100,000 drivers x 0.5 pings/s = 50,000/s. 45,000 x 0.5/s x 200 B x 86,400 s = 390 GB. 1M trips / 86,400 x 9 = 104/s.');
    expect(findingOf(other, 'estimate.working-in-notes')).toBeUndefined();
    expect(other.score).toBeLessThanOrEqual(55);
  });
});
