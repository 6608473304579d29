import { describe, expect, it } from 'vitest';
import { CONTRADICTED_DESIGN_MAX, scoreDesign } from '@/lib/design/score-design';
import { answer } from './fixture-rubric';
import { mixedInputsRubric as rubric } from './fixtures';

const rows = {
  inputs: [
    { name: 'Orders database via CDC', mode: 'stream', format: 'Avro', rate: '10/s' },
    { name: 'Clickstream from the apps', mode: 'stream', format: 'JSON', rate: '500/s' },
    { name: 'Partner CSV on SFTP', mode: 'batch', format: 'CSV', rate: 'nightly' },
  ],
  outputs: [
    { consumer: 'Looker dashboards', store: 'warehouse' },
    { consumer: 'Stock view', store: 'Redis' },
  ],
};

const consistent = answer({
  ...rows,
  useCase: 'Live stock levels for operations and a daily sales dashboard.',
  sla: 'within 5 minutes',
  processingStyle: 'both',
  reason: 'Stream the orders and clicks for fresh stock; batch the partner files.',
});

const cap = (count: number) => CONTRADICTED_DESIGN_MAX[Math.min(count, CONTRADICTED_DESIGN_MAX.length - 1)] ?? 100;

describe('a design that contradicts itself is capped', () => {
  it('leaves a consistent design uncapped', () => {
    const result = scoreDesign(consistent, rubric);
    expect(result.score).toBeGreaterThan(cap(1));
    expect(result.findings.some((item) => item.code === 'design.contradicted-cap')).toBe(false);
  });

  it.each([
    ['streaming for a weekly SLA', { sla: 'Weekly is fine', processingStyle: 'streaming' }],
    ['streaming for a monthly SLA', { sla: 'a monthly refresh', processingStyle: 'streaming' }],
    ['batch for a sub-second SLA', { sla: 'sub-second', processingStyle: 'batch', reason: 'Nightly jobs are cheap.' }],
    ['a use case denying a listed output', { useCase: 'Nobody needs dashboards; only a stock view.' }],
    ['a reason negating the chosen style', { processingStyle: 'streaming', reason: 'We will not stream anything.' }],
  ])('caps %s at the one-contradiction bound, with a finding', (_, fields) => {
    const result = scoreDesign(answer({ ...consistent, ...fields }), rubric);
    expect(result.score).toBeLessThanOrEqual(cap(1));
    const finding = result.findings.find((item) => item.code === 'design.contradicted-cap');
    expect(finding?.severity).toBe('wrong');
    expect(finding?.points).toBeGreaterThan(0);
  });

  it('charges a source row whose own words contradict its mode, without capping the design', () => {
    const slip = answer({ ...consistent, inputs: [{ ...rows.inputs[0]!, mode: 'batch' }, ...rows.inputs.slice(1)], reason: 'Orders database changes stream through Kafka; partner files are batch.' });
    const result = scoreDesign(slip, rubric);
    expect(result.findings.some((item) => item.code === 'design.input-mode-contradicted' && item.severity === 'wrong')).toBe(true);
    expect(result.findings.some((item) => item.code === 'design.contradicted-cap')).toBe(false);
    expect(result.score).toBeGreaterThan(cap(1));
  });

  it('caps lower with two contradictions than with one', () => {
    const one = scoreDesign(answer({ ...consistent, sla: 'weekly', processingStyle: 'streaming' }), rubric);
    const two = scoreDesign(answer({ ...consistent, sla: 'weekly', processingStyle: 'streaming', useCase: 'No dashboards needed; stock view only.' }), rubric);
    expect(one.score).toBeLessThanOrEqual(cap(1));
    expect(two.score).toBeLessThanOrEqual(cap(2));
    expect(cap(2)).toBeLessThan(cap(1));
  });
});

describe('an SLA naming several deadlines for no use case', () => {
  it.each(['real-time 5 minutes 06:00 daily hourly', '100 ms 5 s hourly weekly', 'sub-second, hourly, daily'])('reads %s as a contradiction', (sla) => {
    const result = scoreDesign(answer({ ...consistent, sla }), rubric);
    const finding = result.findings.find((item) => item.code === 'design.sla-contradictory');
    expect(finding?.severity).toBe('wrong');
    expect(finding?.message).toContain(sla.slice(0, 20));
    expect(result.score).toBeLessThanOrEqual(cap(1));
  });

  it.each(['within 5 minutes', 'near real time, at most 5 minutes behind', 'under 5 minutes; no need for sub-second'])('does not flag one asserted deadline: %s', (sla) => {
    const result = scoreDesign(answer({ ...consistent, sla }), rubric);
    expect(result.findings.some((item) => item.code === 'design.sla-contradictory')).toBe(false);
  });
});
