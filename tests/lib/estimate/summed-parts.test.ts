import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';
import { rows } from './fixture-rubric';
import { quantityOf as quantity } from './fixtures';

type Result = ReturnType<typeof gradeEstimate>;

const codes = (result: Result) => result.findings.map((finding) => finding.code);
const DOUBTS = ['estimate.fact-misread', 'estimate.errors-cancel', 'estimate.trust-spent', 'estimate.working-incomplete', 'estimate.assumption-far'];

/*
 * Inputs written for this test. A breakdown whose parts add up to the case's figure IS the case's figure:
 * an interviewer gives the row full marks (the learner split the total by source, e.g. clickstream and
 * orders, HL7 and FHIR, card-present and online), and the sheet's other rows keep their trust.
 */
describe('parts that sum to a case figure use that figure', () => {
  it.each([
    ['ecommerce-data-platform', 'storage_per_year', '(150 GB/day + 50 GB/day) * 365 day to TB'],
    ['ecommerce-data-platform', 'hot_storage', '(120 GB/day + 60 GB/day + 20 GB/day) * 3 yr to TB'],
    ['card-payments', 'retention_storage', '(9M events/day + 6M events/day) * 2 KB/event * 7 yr to TB'],
    ['card-payments', 'ledger_rows_per_year', '(10M events/day + 5M events/day) * 4 * 365 day'],
    ['healthcare-records', 'storage_per_year', '(30 GB/day + 20 GB/day) * 365 day to TB'],
  ])('%s: %s = %s earns full marks', (slug, id, expr) => {
    const result = gradeEstimate(rows([id, expr], ['availability_target', '99.9%']), loadCase(slug).rubric);
    expect(quantity(result, id)?.points).toBe(10);
    expect(codes(result).filter((code) => DOUBTS.includes(code))).toEqual([]);
  });

  it('parts that do not add up to the figure are still read as a misread (interviewer: no credit)', () => {
    const result = gradeEstimate(rows(['storage_per_year', '(300 GB/day + 100 GB/day) * 182 day to TB']), loadCase('ecommerce-data-platform').rubric);
    expect(quantity(result, 'storage_per_year')?.points).toBe(0);
  });
});

/*
 * One part of the case's total sized as if it were all of it: HL7 alone where the case counts HL7 and
 * FHIR. The row earns what its distance earns (1.56x off: half), and a finding names the source left out.
 */
describe('a part of the case total sized as the whole is named', () => {
  it.each([
    ['healthcare-records', 'storage_per_year', 'hl7_daily_messages * hl7_message_size * 365 day to TB'],
    ['healthcare-records', 'storage_per_year', '8,000,000 events/day * 4 KB/event * 1 yr to TB'],
    ['healthcare-records', 'storage_per_year', '8e6 events/day * 4000 B/event * 365 d to TB'],
  ])('%s: %s = %s', (slug, id, expr) => {
    const result = gradeEstimate(rows([id, expr]), loadCase(slug).rubric);
    expect(quantity(result, id)?.points).toBe(5);
    expect(result.findings.find((finding) => finding.code === 'estimate.part-of-total')?.message).toMatch(/daily_ingest/);
  });

  it('the right total is not read as a part', () => {
    const result = gradeEstimate(rows(['storage_per_year', 'daily_ingest * 365 day to TB']), loadCase('healthcare-records').rubric);
    expect(quantity(result, 'storage_per_year')?.points).toBe(10);
    expect(codes(result)).not.toContain('estimate.part-of-total');
  });

  it('a period that matches a retention fact is no part (card: 365 days is not the 13-month hot tier)', () => {
    const result = gradeEstimate(rows(['ledger_rows_per_year', '15M events/day * 2 rows/event * 365 day']), loadCase('card-payments').rubric);
    expect(codes(result)).not.toContain('estimate.part-of-total');
  });
});
