import { describe, expect, it } from 'vitest';
import { getDesignIndex, namedIds, rowId } from '@/lib/design/design-index';
import { scoreDesign } from '@/lib/design/score-design';
import { answer, fixtureRubric } from './fixture-rubric';

// Each rubric item lists one common name; lib/text's equivalents supply the rest.
const rubric = fixtureRubric({
  inputs: [
    { id: 'orders-db', label: 'Orders database', synonyms: ['postgres', 'cdc'], mode: 'stream' },
    { id: 'clicks', label: 'Clickstream', synonyms: ['clickstream'], mode: 'stream' },
    { id: 'partner-files', label: 'Partner files', synonyms: ['sftp'], mode: 'batch' },
  ],
  outputs: [
    { id: 'bi', label: 'Sales reporting', synonyms: ['dashboard'] },
    { id: 'features', label: 'Features for models', synonyms: ['feature store'] },
  ],
  useCases: [{ id: 'live-stock', label: 'Live stock', synonyms: ['inventory'] }],
});
const index = getDesignIndex(rubric);

describe('equivalent names of inputs and outputs', () => {
  it.each([
    ['PG WAL via logical replication', 'orders-db'],
    ['MySQL binlog reading', 'orders-db'],
    ['Debezium connector', 'orders-db'],
    ['Google Datastream from Cloud SQL', 'orders-db'],
    ['AWS DMS task', 'orders-db'],
    ['Mongo oplog tailing', 'orders-db'],
    ['Web/app beacons', 'clicks'],
    ['Tracking events from the site', 'clicks'],
    ['Segment', 'clicks'],
    ['Snowplow collector', 'clicks'],
    ['partner file drop over FTPS', 'partner-files'],
  ])('input %j is %s', (name, id) => {
    expect(rowId(index.inputs, name)).toBe(id);
  });

  it.each([
    ['Tableau', 'bi'],
    ['Power BI workspace', 'bi'],
    ['Metabase', 'bi'],
    ['Feast online store', 'features'],
  ])('output %j is %s', (name, id) => {
    expect(rowId(index.outputs, name)).toBe(id);
  });

  it('credits equivalents in the grade and quotes the learner\'s words', () => {
    const result = scoreDesign(answer({ inputs: [{ name: 'PG WAL via logical replication', mode: 'stream' }, { name: 'Web/app beacons', mode: 'stream' }] }), rubric);
    const named = result.findings.filter((item) => item.code === 'design.input-named').map((item) => item.message);
    expect(named).toHaveLength(2);
    expect(named).toEqual(expect.arrayContaining([expect.stringContaining('"PG WAL via logical replication"'), expect.stringContaining('"Web/app beacons"')]));
  });
});

describe('negated names earn nothing', () => {
  it.each([['no CDC'], ['we will not use Debezium'], ['without clickstream'], ['no beacons at all']])('input row %j names no input', (name) => {
    expect(rowId(index.inputs, name)).toBeUndefined();
  });

  it('keeps the affirmed part of a row: "orders DB, no CDC" is still the orders database', () => {
    expect(rowId(index.inputs, 'Orders database without CDC')).toBe('orders-db');
  });

  it.each([['no dashboards'], ["we won't need Tableau"], ['dashboards are overkill'], ['without Metabase']])('output row %j names no output', (consumer) => {
    expect(rowId(index.outputs, consumer)).toBeUndefined();
    const result = scoreDesign(answer({ outputs: [{ consumer, store: '' }] }), rubric);
    expect(result.findings.find((item) => item.code === 'design.output-named')).toBeUndefined();
  });

  it.each([['No inventory tracking needed'], ['inventory tracking is unnecessary'], ['we skip inventory']])('use case %j is not stated', (useCase) => {
    expect(namedIds(index.useCases, useCase)).toEqual([]);
    expect(scoreDesign(answer({ useCase }), rubric).findings.find((item) => item.code === 'design.use-case-named')).toBeUndefined();
  });
});
