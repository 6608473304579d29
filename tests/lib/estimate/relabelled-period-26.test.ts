import { describe, expect, it } from 'vitest';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';
import { relabelledPeriod } from '@/lib/estimate/relabelled-period';
import { safeMath } from '@/lib/estimate/safe-math';
import { deliveryRubric, sheet } from './delivery-rubric-26';

const unit = (text: string) => safeMath().math.Unit.parse(text);

describe('relabelledPeriod: the same number per another time unit', () => {
  it.each([
    ['12 GB/s', '12 GB/day', 'a second', 'a day'],
    ['500 MB/s', '500 MB/hour', 'a second', 'an hour'],
    ['40 events/minute', '40 events/s', 'a minute', 'a second'],
  ])('%s against %s is the figure for %s... written per the other', (written, belongs, writtenPer, belongsPer) => {
    const slip = relabelledPeriod(unit(written), unit(belongs));
    expect(slip?.writtenPer).toBe(writtenPer);
    expect(slip?.belongsPer).toBe(belongsPer);
  });

  it.each([
    ['20 GB/s', '12 GB/day'],
    ['12 GB/day', '12 GB/day'],
    ['12 TB/s', '12 GB/day'],
    ['12 GB', '12 GB/day'],
  ])('%s against %s is no relabelled period', (written, belongs) => {
    expect(relabelledPeriod(unit(written), unit(belongs))).toBeUndefined();
  });
});

describe('a per-day or per-hour figure written per second (kind: period slip named, not only the ratio)', () => {
  const rubric = deliveryRubric();
  const rate: [string, string] = ['peak_order_rate', '4e6 events/day * 6 to events/s'];
  const yearly: [string, string] = ['yearly_storage', '4e6 events/day * 3 KB/event * 365 day to TB'];
  const availability: [string, string] = ['availability_target', '99.9%'];
  const grown: [string, string] = ['peak_next_year', 'peak_order_rate * 1.3'];

  // Interviewer, before running: the day's 12 GB written as 12 GB/s, every other row right: 55.
  it('a bare row with the right number and the wrong period is named as that slip and holds the sheet at "partly there"', () => {
    const result = gradeEstimate(sheet(rate, grown, ['order_bytes_per_day', '12 GB/s'], yearly, availability), rubric);
    const slip = result.findings.find((finding) => finding.code === 'estimate.unit-slip');
    expect(slip?.message).toContain('order_bytes_per_day = 12 GB/s is the figure for a day written per second');
    expect(slip?.message).toContain('86,400x too high');
    expect(result.findings.find((finding) => finding.code === 'estimate.multiplier-slip')?.message).toContain('12 GB/s');
    expect(result.score).toBeGreaterThanOrEqual(45);
    expect(result.score).toBeLessThanOrEqual(62);
  });

  it('a worked row that multiplies the day\'s figure written per second names it in the far-assumption finding', () => {
    const result = gradeEstimate(sheet(rate, grown, ['order_bytes_per_day', '4e6 events/day * 3 KB/event to GB/day'], ['yearly_storage', '12 GB/s * 365 day to TB'], availability), rubric);
    const far = result.findings.find((finding) => finding.code === 'estimate.assumption-far');
    expect(far?.message).toContain('12 GB/s is the figure for a day written per second');
    expect(result.score).toBeLessThanOrEqual(70);
  });

  it('a figure with another number per second is no relabelled period, and a right sheet has no slip', () => {
    const other = gradeEstimate(sheet(rate, grown, ['order_bytes_per_day', '20 GB/s'], yearly, availability), rubric);
    expect(other.findings.find((finding) => finding.code === 'estimate.unit-slip')?.message ?? '').not.toContain('written per');
    const right = gradeEstimate(sheet(rate, grown, ['order_bytes_per_day', '4e6 events/day * 3 KB/event to GB/day'], yearly, availability), rubric);
    expect(right.findings.map((finding) => finding.code)).not.toContain('estimate.unit-slip');
    expect(right.score).toBeGreaterThan(80);
  });
});
