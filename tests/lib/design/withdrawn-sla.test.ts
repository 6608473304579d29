import { describe, expect, it } from 'vitest';
import { codesOf as codes, gradeSla as grade } from './fixtures';

describe('design: an SLA the learner withdrew is not their SLA', () => {
  it.each([
    'Stock within 5 minutes - actually, scratch that, hourly is enough. Sales daily.',
    'Stock within 5 minutes; on second thought hourly is fine. Sales daily.',
    'Inventory under 5 min, no wait, twice a day is plenty; revenue by 06:00.',
  ])('"%s" is the replacement, too loose for stock', (sla) => {
    const result = grade(sla);
    expect(codes(result)).toContain('design.sla-withdrawn');
    expect(codes(result)).not.toContain('design.sla-met');
    expect(codes(result)).toContain('design.sla-too-loose');
  });

  it('quotes what was withdrawn and the words that withdrew it', () => {
    const finding = grade('Stock within 5 minutes - actually, scratch that, hourly is enough. Sales daily.').findings.find((item) => item.code === 'design.sla-withdrawn');
    expect(finding?.message).toContain('"Stock within 5 minutes"');
    expect(finding?.message).toContain('"actually, scratch that"');
  });

  it('the last word wins: a freshness restated after the take-back counts', () => {
    const result = grade('Stock hourly - no wait, stock within 5 minutes. Sales daily.');
    expect(codes(result)).toContain('design.sla-met');
    expect(codes(result)).not.toContain('design.sla-too-loose');
  });

  it('a contrast is not a withdrawal', () => {
    const result = grade('Instead of a nightly batch, stock within 5 minutes; sales daily.');
    expect(codes(result)).not.toContain('design.sla-withdrawn');
    expect(codes(result)).toContain('design.sla-met');
  });
});
