import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { designAnswerSchema } from '@/lib/design/design-answer-schema';
import { OVERWRITTEN_HISTORY_DESIGN_MAX, overwrittenHistory } from '@/lib/design/overwritten-history';
import { scoreDesign } from '@/lib/design/score-design';
import type { StepResult } from '@/lib/scoring/finding';

const rubric = (slug: string) => loadCase(slug).rubric;
const grade = (slug: string, fields: Record<string, unknown>) => scoreDesign(designAnswerSchema.parse(fields), rubric(slug));
const has = (result: StepResult, code: string) => result.findings.some((finding) => finding.code === code);

const hospital = {
  inputs: [
    { name: 'HL7 ADT and ORU messages from the interface engine to Kafka', mode: 'stream', format: 'HL7 v2', rate: '200 a second at peak' },
    { name: 'FHIR bulk exports', mode: 'batch', format: 'NDJSON', rate: 'nightly' },
    { name: 'EHR access logs', mode: 'batch', format: 'CSV', rate: 'hourly files' },
    { name: 'claims files from payers', mode: 'batch', format: 'X12', rate: 'daily' },
  ],
  useCase: 'Live bed census for the emergency department, and monthly quality measures that absorb corrections.',
  sla: 'census within 2 minutes; quality measures restated nightly for 30 days',
  outputs: [
    { consumer: 'bed managers and the ED', store: 'census table in Redis behind the ops board' },
    { consumer: 'quality team and clinicians', store: 'quality dashboards on the warehouse' },
    { consumer: 'privacy office', store: 'access reports on the warehouse' },
    { consumer: 'researchers', store: 'de-identified extracts' },
  ],
  processingStyle: 'both',
  reason: 'Streaming for the census because two minutes rules out a schedule; batch for the exports, claims and measures, re-run each night until the month is final, with a walk-through of a late correction.',
};

describe('a design that updates in place records the case keeps as history is capped', () => {
  it.each([
    ['access logs overwritten', 'The access log table is overwritten by each hourly file, so the privacy office always sees the newest.'],
    ['raw messages changed in place', 'Corrections are applied to the raw HL7 messages, we update them in place so there is one version.'],
  ])('healthcare-records, %s', (_what, extra) => {
    const plain = grade('healthcare-records', hospital);
    const result = grade('healthcare-records', { ...hospital, reason: `${hospital.reason} ${extra}` });
    expect(has(plain, 'design.history-overwritten')).toBe(false);
    expect(has(result, 'design.history-overwritten')).toBe(true);
    expect(result.score).toBeLessThanOrEqual(OVERWRITTEN_HISTORY_DESIGN_MAX);
  });

  it('card-payments: "the account balance is overwritten on each authorisation" in an input row', () => {
    const found = overwrittenHistory(
      designAnswerSchema.parse({ inputs: [{ name: 'account balance, overwritten on each authorisation', mode: 'stream', format: 'rows', rate: '' }] }),
      rubric('card-payments'),
    );
    expect(found?.id).toBe('ledger-history');
  });

  it.each([
    ['a view derived from an append-only ledger', 'Postings are append-only double-entry rows; a balance snapshot per account is updated in place for the switch.'],
    ['the in-place update rejected', 'Instead of updating balances in place, every posting is a new row.'],
    ['something the case keeps no history of', 'The Redis feature vector is overwritten on every authorisation.'],
  ])('card-payments: no cap for %s', (_what, reason) => {
    const found = overwrittenHistory(designAnswerSchema.parse({ reason }), rubric('card-payments'));
    expect(found).toBeUndefined();
  });

  it('a case with no history records never caps', () => {
    const found = overwrittenHistory(designAnswerSchema.parse({ reason: 'Stock counts are updated in place on every order.' }), rubric('ecommerce-data-platform'));
    expect(found).toBeUndefined();
  });
});
