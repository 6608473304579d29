import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { locateSlip } from '@/lib/drills/locate-slip';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';

/*
 * Inputs written for this test. The same slip says the same thing wherever it is made: a decimal place dropped
 * in a drill's worked answer and in an estimate worksheet row are named in the same words, and so are two
 * places.
 */
const working = 'The sensors send 5,000 x 200 B = 1 MB/s. A day is 86,400 s, so one day holds 86.4 GB.';

const sheetSlip = (expr: string) => {
  const result = gradeEstimate({ rows: [{ name: 'raw_storage_per_day', expr }] }, loadCase('iot-telemetry').rubric);
  return result.findings.find((finding) => finding.code === 'estimate.decimal-slip')?.message ?? '';
};

describe('a slip by a power of ten, in a drill and on a worksheet', () => {
  it('a decimal place dropped', () => {
    const drill = locateSlip('5,000 x 200 B = 0.1 MB/s; x 86,400 s = 8.64 GB', working) ?? '';
    const words = 'a decimal place slipped (a zero added or dropped)';
    expect(drill).toContain('The slip is at 0.1 MB/s');
    expect(drill).toContain(words);
    const sheet = sheetSlip('5000 events/s * reading_size * 1 day / day to GB/day');
    expect(sheet).toContain('uses 5000 events/s where 50,000 events/s');
    expect(sheet).toContain(words);
  });

  it('two decimal places', () => {
    const drill = locateSlip('5,000 x 200 B = 0.01 MB/s; x 86,400 s = 0.864 GB', working) ?? '';
    const sheet = sheetSlip('500 events/s * reading_size * 1 day / day to GB/day');
    expect(drill).toContain('two decimal places slipped');
    expect(sheet).toContain('two decimal places slipped');
  });
});
