import { describe, expect, it } from 'vitest';
import { CONTRADICTION_POINTS, MAX_CHARGED_CONTRADICTIONS } from '@/lib/design/score-contradictions';
import { scoreDesign } from '@/lib/design/score-design';
import type { StepResult } from '@/lib/scoring/finding';
import { answer } from './fixture-rubric';
import { mixedInputsRubric as rubric } from './fixtures';

const contradictions = (result: StepResult) =>
  result.findings.filter((item) => ['design.style-own-sla', 'design.style-negated', 'design.input-mode-contradicted', 'design.field-contradiction'].includes(item.code));
const charged = (result: StepResult) => contradictions(result).filter((item) => item.severity === 'wrong');

const good = {
  inputs: [
    { name: 'Orders database via CDC', mode: 'stream', format: 'Avro', rate: '10/s' },
    { name: 'Clickstream from the apps', mode: 'stream', format: 'JSON', rate: '500/s' },
    { name: 'Partner CSV on SFTP', mode: 'batch', format: 'CSV', rate: 'nightly' },
  ],
  useCase: 'Live stock levels for operations and a daily sales dashboard.',
  sla: 'stock within 5 minutes; dashboard daily by 06:00',
  outputs: [
    { consumer: 'Looker dashboards', store: 'warehouse' },
    { consumer: 'Stock view', store: 'Redis' },
  ],
  processingStyle: 'both',
  reason: 'Stream the orders and clicks for fresh stock; batch the partner files and the daily dashboard.',
};

describe('contradictions between fields', () => {
  it('finds none in a consistent design', () => {
    expect(contradictions(scoreDesign(answer(good), rubric))).toEqual([]);
  });

  it.each([
    ['streaming', 'weekly'],
    ['streaming', 'D+1'],
    ['both', 'daily by 06:00'],
    ['batch', 'sub-minute'],
    ['batch', 'within 5 minutes'],
    ['batch', 'We do not need weekly; near real time'],
  ])('style %s with the learner\'s own SLA %j costs points and quotes the SLA', (style, sla) => {
    const result = scoreDesign(answer({ ...good, processingStyle: style, sla }), rubric);
    const found = result.findings.find((item) => item.code === 'design.style-own-sla');
    expect(found?.severity).toBe('wrong');
    expect(found?.points).toBe(CONTRADICTION_POINTS);
    expect(found?.message).toContain(`You chose ${style}`);
  });

  it.each([
    ['streaming', "we won't stream anything, nightly loads are simpler"],
    ['streaming', 'Streaming is overkill here'],
    ['batch', 'no batch jobs: everything flows continuously'],
    ['both', 'we avoid Kafka and cron alike'],
  ])('a reason that negates the chosen style %s is a contradiction: %j', (style, reason) => {
    const result = scoreDesign(answer({ ...good, processingStyle: style, reason, sla: 'within 5 minutes' }), rubric);
    const found = result.findings.find((item) => item.code === 'design.style-negated');
    expect(found?.severity).toBe('wrong');
    expect(found?.message).toContain(`You chose ${style}`);
  });

  it('does not flag a reason that rejects one style to argue for the chosen one', () => {
    for (const [style, reason] of [
      ['streaming', 'batch cannot meet five minutes, so we stream'],
      ['both', 'stream the stock, not a nightly batch; batch the partner files'],
      ['batch', 'no need to stream: a nightly batch meets the daily SLA'],
    ] as const) {
      const result = scoreDesign(answer({ ...good, processingStyle: style, reason, sla: style === 'batch' ? 'daily' : 'within 5 minutes' }), rubric);
      expect(result.findings.find((item) => item.code === 'design.style-negated')).toBeUndefined();
    }
  });

  it.each([
    [{ name: 'Clickstream via Kafka', mode: 'batch', format: 'JSON', rate: '' }, ''],
    [{ name: 'Clickstream', mode: 'batch', format: 'JSON', rate: '' }, 'the clickstream is streamed continuously'],
    [{ name: 'Partner CSV files', mode: 'stream', format: 'CSV', rate: 'one nightly batch' }, ''],
    [{ name: 'Orders database', mode: 'batch', format: '', rate: '' }, 'orders database changes stream through Kafka'],
  ])('a source declared one mode while the text says the other: %j', (row, reason) => {
    const result = scoreDesign(answer({ ...good, inputs: [row], reason }), rubric);
    const found = result.findings.find((item) => item.code === 'design.input-mode-contradicted');
    expect(found?.severity).toBe('wrong');
    expect(found?.message).toContain(`"${row.name}"`);
  });

  it.each([
    ['No dashboards needed; stock levels live', 'Looker dashboards'],
    ['Operations want live stock; there is no BI', 'Looker dashboards'],
    ['We will not use CDC', 'Orders database via CDC'],
    ['no inventory view, only reports', 'Stock view'],
  ])('a use case that says the opposite of a row: %j', (useCase, listed) => {
    const result = scoreDesign(answer({ ...good, useCase }), rubric);
    const found = result.findings.find((item) => item.code === 'design.field-contradiction');
    expect(found?.severity).toBe('wrong');
    expect(found?.message).toContain('Your use case says');
    expect(found?.message).toContain(listed);
  });

  it('does not flag a choice between two names of one thing, or a method denied next to its source', () => {
    for (const [useCase, inputs] of [
      ['Dashboards in Looker, no Tableau', good.inputs],
      ['Orders database read from a replica, no CDC', [{ name: 'Orders database', mode: 'stream', format: '', rate: '' }]],
      ['Looker dashboards rather than Tableau', good.inputs],
    ] as const) {
      const result = scoreDesign(answer({ ...good, useCase, inputs }), rubric);
      expect(result.findings.find((item) => item.code === 'design.field-contradiction')).toBeUndefined();
    }
  });

  it('recognises an equivalent name on either side: "no CDC" against "Debezium"', () => {
    const result = scoreDesign(answer({ ...good, inputs: [{ name: 'Orders via Debezium', mode: 'stream', format: '', rate: '' }], reason: 'no CDC, we query the replica' }), rubric);
    expect(result.findings.find((item) => item.code === 'design.field-contradiction')?.message).toContain('"Orders via Debezium"');
  });

  it('charges at most a few contradictions and lists the rest as hints', () => {
    const result = scoreDesign(
      answer({
        ...good,
        inputs: [{ name: 'Clickstream via Kafka', mode: 'batch', format: '', rate: '' }, ...good.inputs],
        useCase: 'No dashboards needed; no stock view either',
        sla: 'weekly',
        processingStyle: 'streaming',
        reason: 'we never stream',
      }),
      rubric,
    );
    expect(charged(result)).toHaveLength(MAX_CHARGED_CONTRADICTIONS);
    expect(contradictions(result).length).toBeGreaterThan(MAX_CHARGED_CONTRADICTIONS);
  });
});
