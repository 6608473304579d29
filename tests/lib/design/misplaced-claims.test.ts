import { describe, expect, it } from 'vitest';
import { getDesignIndex } from '@/lib/design/design-index';
import { readInputRow } from '@/lib/design/read-input-row';
import { scoreDesign } from '@/lib/design/score-design';
import { splitProvenance } from '@/lib/text/provenance';
import { answer, fixtureRubric } from './fixture-rubric';
import { findingOf as finding } from './fixtures';

const rubric = fixtureRubric({
  inputs: [
    { id: 'orders-db', label: 'Orders database', synonyms: ['postgres', 'cdc', 'database', 'orders'], mode: 'stream' },
    { id: 'clicks', label: 'Clickstream', synonyms: ['clickstream', 'clicks'], mode: 'stream' },
    { id: 'partner-files', label: 'Partner files', synonyms: ['sftp', 'csv', 'partner'], mode: 'batch' },
  ],
  outputs: [
    { id: 'bi', label: 'BI dashboards', synonyms: ['dashboard', 'looker', 'analysts'], freshnessSeconds: 86_400 },
    { id: 'stock-view', label: 'Stock view', synonyms: ['inventory', 'stock'], freshnessSeconds: 300 },
  ],
  useCases: [
    { id: 'stock', label: 'Stock during sales', synonyms: ['stock', 'inventory'], freshnessSeconds: 300 },
    { id: 'sales', label: 'Daily sales', synonyms: ['sales', 'revenue'], freshnessSeconds: 86_400 },
  ],
});
const names = getDesignIndex(rubric).inputs;

const good = {
  inputs: [
    { name: 'Orders database via CDC', mode: 'stream', format: 'Avro', rate: '10/s' },
    { name: 'Clickstream from the apps', mode: 'stream', format: 'JSON', rate: '500/s' },
    { name: 'Partner CSV on SFTP', mode: 'batch', format: 'CSV', rate: 'nightly' },
  ],
  useCase: 'Stock levels for operations during sales and a daily revenue dashboard.',
  sla: 'stock within 5 minutes; sales dashboard daily by 06:00',
  outputs: [
    { consumer: 'Looker dashboards', store: 'warehouse' },
    { consumer: 'Stock view', store: 'Redis' },
  ],
  processingStyle: 'both',
  reason: 'Stream the order changes and clicks for fresh stock; batch the partner files and the daily dashboard.',
};

describe('a source said to arrive the way another source does', () => {
  it.each([
    ['Clickstream via CDC from the orders database', 'clicks', 'orders-db'],
    ['Orders from web beacons', 'orders-db', 'clicks'],
    ['Partner files via Debezium from Postgres', 'partner-files', 'orders-db'],
    ['Clicks from the partner SFTP drop', 'clicks', 'partner-files'],
  ])('%s stands for neither source', (name, headId, sourceId) => {
    expect(readInputRow(names, name).misattributed).toMatchObject({ headId, sourceId });
    const result = scoreDesign(answer({ ...good, inputs: [{ name, mode: 'stream', format: 'JSON', rate: '1/s' }] }), rubric);
    const wrong = finding(result, 'design.input-wrong-source');
    expect(wrong?.severity).toBe('wrong');
    expect(wrong?.message).toContain(`"${name}"`);
    expect(result.findings.some((item) => item.code === 'design.input-named')).toBe(false);
  });

  it.each([
    ['Orders database via Debezium', 'orders-db'],
    ['Orders read with logical replication', 'orders-db'],
    ['Partner CSVs from the SFTP server', 'partner-files'],
    ['Clickstream from the web and app beacons', 'clicks'],
    ['Orders DB nightly dump', 'orders-db'],
  ])('%s is its own source', (name, id) => {
    expect(readInputRow(names, name)).toEqual({ id });
  });

  it('splits a name at the word saying where it comes from, in the learner\'s words', () => {
    expect(splitProvenance('Clickstream via CDC from PostgreSQL')).toEqual({ head: 'Clickstream', source: 'CDC from PostgreSQL' });
    expect(splitProvenance('Ledger changes using AWS DMS')).toEqual({ head: 'Ledger changes', source: 'AWS DMS' });
    expect(splitProvenance('Orders DB nightly dump')).toBeUndefined();
    expect(splitProvenance('via Kafka')).toBeUndefined();
  });
});

describe('a requirement given to the wrong use case', () => {
  it.each([
    'sales dashboard within 5 minutes; stock by 06:00 the next morning',
    'revenue refreshed every 30 seconds, stock within 5 minutes',
    'Stock: within 5 minutes. Sales: sub-minute',
  ])('%s earns nothing for the daily use case', (sla) => {
    const result = scoreDesign(answer({ ...good, sla }), rubric);
    expect(finding(result, 'design.use-case-sla-misplaced')?.severity).toBe('wrong');
    expect(finding(result, 'design.use-case-sla-met')).toBeUndefined();
  });

  it.each(['within 5 minutes', 'stock within 5 minutes; sales hourly', 'Stock: T+0, under 5 min while a sale runs. Sales: D+1, by 6am'])(
    'is not charged when one freshness covers everything or the looser one is merely strict: %s',
    (sla) => {
      expect(finding(scoreDesign(answer({ ...good, sla }), rubric), 'design.use-case-sla-misplaced')).toBeUndefined();
    },
  );
});

describe('a live output served from a store that cannot be fresh', () => {
  it.each(['S3 Glacier archive', 'nightly CSV export', 'tape backup', 'Coldline bucket'])('stock view from %s earns nothing', (store) => {
    const result = scoreDesign(answer({ ...good, outputs: [good.outputs[0], { consumer: 'Ops inventory team', store }] }), rubric);
    const unfit = finding(result, 'design.output-store-unfit');
    expect(unfit?.severity).toBe('wrong');
    expect(unfit?.message).toContain(store);
    expect(result.findings.some((item) => item.code === 'design.output-named' && item.refs?.includes('stock-view'))).toBe(false);
  });

  it.each([
    [{ consumer: 'Ops inventory team', store: 'Redis updated by the stream job' }],
    [{ consumer: 'Stock view', store: 'Postgres table' }],
    [{ consumer: 'Analysts', store: 'S3 Glacier archive' }],
  ])('keeps its credit when the store can serve it, or the output has no freshness need: %j', (row) => {
    const result = scoreDesign(answer({ ...good, outputs: [row, ...good.outputs] }), rubric);
    expect(finding(result, 'design.output-store-unfit')).toBeUndefined();
  });
});

describe('a report over history read off a raw topic', () => {
  it.each(['Kafka clickstream topic', 'the raw orders topic', 'Kinesis stream', 'Pub/Sub topic'])('analysts reading %s earn nothing for the dashboards', (store) => {
    const result = scoreDesign(answer({ ...good, outputs: [{ consumer: 'Business analysts', store }, good.outputs[1]] }), rubric);
    const unfit = finding(result, 'design.output-store-unfit');
    expect(unfit?.severity).toBe('wrong');
    expect(unfit?.message).toContain(store);
  });

  it.each(['Snowflake fed from a Kafka topic', 'BigQuery tables', 'Redshift marts loaded via Kinesis Firehose'])('a warehouse fed by a stream is fine: %s', (store) => {
    const result = scoreDesign(answer({ ...good, outputs: [{ consumer: 'Business analysts', store }, good.outputs[1]] }), rubric);
    expect(finding(result, 'design.output-store-unfit')).toBeUndefined();
  });

  it('a live output may read a topic', () => {
    const result = scoreDesign(answer({ ...good, outputs: [good.outputs[0], { consumer: 'Stock view', store: 'Kafka topic consumed by the ops screen' }] }), rubric);
    expect(finding(result, 'design.output-store-unfit')).toBeUndefined();
  });
});
