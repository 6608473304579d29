import { describe, expect, it } from 'vitest';
import { scoreDesign } from '@/lib/design/score-design';
import type { StepResult } from '@/lib/scoring/finding';
import { answer, fixtureRubric } from './fixture-rubric';

const rubric = fixtureRubric({
  outputs: [
    { id: 'bi', label: 'BI dashboards', synonyms: ['dashboard', 'dashboards', 'looker'] },
    { id: 'stock-view', label: 'Stock view', synonyms: ['inventory', 'stock'] },
  ],
  useCases: [
    { id: 'stock', label: 'Stock during sales', synonyms: ['stock', 'inventory'], freshnessSeconds: 300 },
    { id: 'sales', label: 'Daily sales', synonyms: ['sales', 'revenue'], freshnessSeconds: 86_400 },
  ],
});

const base = {
  inputs: [
    { name: 'Orders database via CDC', mode: 'stream', format: 'Avro', rate: '10/s' },
    { name: 'Partner CSV on SFTP', mode: 'batch', format: 'CSV', rate: 'nightly' },
  ],
  useCase: 'Stock levels for operations during sales and a daily revenue dashboard.',
  outputs: [
    { consumer: 'Looker dashboards', store: 'warehouse' },
    { consumer: 'Stock view', store: 'Redis' },
  ],
  processingStyle: 'both',
  reason: 'Stream the order changes for fresh stock; batch the partner files for the daily dashboard.',
};

const grade = (sla: string): StepResult => scoreDesign(answer({ ...base, sla }), rubric);
const codes = (result: StepResult) => result.findings.map((finding) => finding.code);

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
