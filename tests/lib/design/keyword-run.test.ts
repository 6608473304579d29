import { describe, expect, it } from 'vitest';
import { scoreDesign } from '@/lib/design/score-design';
import { isKeywordRun } from '@/lib/text/keyword-run';
import { answer, fixtureRubric } from './fixture-rubric';

const rubric = fixtureRubric({
  outputs: [
    { id: 'bi', label: 'BI dashboards', synonyms: ['dashboard', 'looker'] },
    { id: 'stock-view', label: 'Stock view', synonyms: ['inventory', 'stock'] },
  ],
});

const sentences = {
  inputs: [
    { name: 'Orders database read with CDC', mode: 'stream', format: 'Avro', rate: '10/s' },
    { name: 'Partner CSV files on SFTP', mode: 'batch', format: 'CSV', rate: 'nightly' },
  ],
  useCase: 'Live stock for operations and a daily sales dashboard.',
  sla: 'within 5 minutes',
  outputs: [
    { consumer: 'Looker dashboards for analysts', store: 'warehouse' },
    { consumer: 'Stock view for operations', store: 'Redis' },
  ],
  processingStyle: 'both',
  reason: 'Stream the orders for fresh stock; batch the partner files.',
};

describe('isKeywordRun', () => {
  it.each(['sales revenue gmv inventory stock sold out dashboard ml', 'fraud real-time scoring velocity reconciliation ledger compliance audit', 'postgres cdc debezium kafka clickstream events'])(
    'reads %s as a run of keywords',
    (text) => expect(isKeywordRun(text)).toBe(true),
  );
  it.each(['Live stock for operations and a daily sales dashboard.', 'Orders database read with CDC', 'Surge pricing.', '', 'GPS pings collected into daily files'])(
    'does not read %s as one',
    (text) => expect(isKeywordRun(text)).toBe(false),
  );
});

describe('a field written as a run of keywords earns a third', () => {
  const whole = scoreDesign(answer(sentences), rubric);

  it('gives the sentence form no keyword-run finding', () => {
    expect(whole.findings.some((item) => item.code === 'design.keyword-run')).toBe(false);
  });

  it.each([
    ['an input row', { inputs: [{ name: 'orders postgres cdc debezium kafka partner csv sftp files', mode: 'stream', format: '', rate: '' }, sentences.inputs[1]] }],
    ['an output row', { outputs: [{ consumer: 'looker dashboard bi analysts stock inventory ops view', store: 'warehouse redis' }] }],
  ])('scores %s stuffed with terms below the same row in words', (_, fields) => {
    const stuffed = scoreDesign(answer({ ...sentences, ...fields }), rubric);
    const finding = stuffed.findings.find((item) => item.code === 'design.keyword-run');
    expect(finding?.severity).toBe('wrong');
    expect(finding?.message).toMatch(/run of keywords/);
    expect(stuffed.score).toBeLessThan(whole.score);
  });
});
