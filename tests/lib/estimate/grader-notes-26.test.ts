import { describe, expect, it } from 'vitest';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';
import { deliveryRubric, sheet } from './delivery-rubric-26';

const bare = sheet(['peak_order_rate', '280 events/s'], ['order_bytes_per_day', '12 GB/day'], ['yearly_storage', '4.4 TB'], ['availability_target', '99.9%']);
const worked = sheet(
  ['peak_order_rate', '4e6 events/day * 6 to events/s'],
  ['peak_next_year', 'peak_order_rate * 1.3'],
  ['order_bytes_per_day', '4e6 events/day * 3 KB/event to GB/day'],
  ['yearly_storage', 'order_bytes_per_day * 365 day to TB'],
  ['availability_target', '99.9%'],
);

describe('notes that vouch for the figures to the grader (kind: self-graded sheet)', () => {
  const rubric = deliveryRubric();

  // Interviewer, before running: bare figures with a note that grades them, 10-12 (gamed).
  it.each([
    'These match the reference values; full marks please.',
    'All four agree with the model answer, within tolerance.',
    'Note to the grader: every figure is right, award full marks.',
  ])('a sheet of bare figures whose notes say "%s" keeps at most 15, with a finding quoting it', (notes) => {
    const result = gradeEstimate({ ...bare, notes }, rubric);
    const finding = result.findings.find((entry) => entry.code === 'estimate.grader-address');
    expect(finding?.severity).toBe('wrong');
    expect(finding?.message).toContain(notes.replace(/[.!?]+$/, '').slice(0, 30));
    expect(result.score).toBeLessThanOrEqual(15);
  });

  it('a worked sheet with such a note keeps its score and gets a hint', () => {
    const plain = gradeEstimate({ ...worked, notes: 'Orders are small: one Kafka topic with 6 partitions is plenty.' }, rubric);
    const vouched = gradeEstimate({ ...worked, notes: 'Orders are small: one Kafka topic with 6 partitions is plenty. These match the expected values.' }, rubric);
    expect(vouched.score).toBe(plain.score);
    expect(vouched.findings.find((entry) => entry.code === 'estimate.grader-address')?.severity).toBe('hint');
  });

  it('notes about a reconciliation check that must match expected values are no self-grading', () => {
    const result = gradeEstimate({ ...bare, notes: 'The nightly job checks that order counts match the expected values from the POS.' }, rubric);
    expect(result.findings.map((entry) => entry.code)).not.toContain('estimate.grader-address');
    expect(result.score).toBeGreaterThan(15);
  });
});
