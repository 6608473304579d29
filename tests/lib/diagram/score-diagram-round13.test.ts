import { describe, expect, it } from 'vitest';
import { readScene } from '@/lib/canvas/read-scene';
import { kindsFromLabel } from '@/lib/canvas/classify-kind';
import { buildScene } from '../../golden/diagram/draw-lib';
import type { ArrowSpec, SceneSpec } from '../../golden/diagram/draw-lib';
import { chain, grade } from './fixtures';

// Kinds of fault from the round-13 blind diagrams, each with drawings of its own; `expected` is the
// interviewer's score, written before the engine graded them: a box named by a bare word of the case's
// own source ("Switch"), connectors without heads numbered in the order the data moves, whiteboard
// words cut short with a dot ("Spark Str.", "schema reg."), a slow cadence on the path that needs
// fresh data, and the way people draw (frames as layers, "[Kafka]" and "(S3)" as icons).

const numbered = (pairs: [string, string, string][]): ArrowSpec[] => pairs.map(([from, to, label]) => ({ from, to, label, line: true }));

const CARD_BOXES = [
  { id: 'sw', label: 'Authorisation switch', col: 0, row: 0 }, { id: 'k', label: 'Kafka (3 brokers)', col: 1, row: 0 },
  { id: 'f', label: 'Flink velocity features', col: 2, row: 0 }, { id: 'r', label: 'Redis online features', col: 3, row: 0 },
  { id: 'api', label: 'Fraud scoring API', col: 4, row: 0 }, { id: 'sr', label: 'Schema registry', col: 1, row: 1 },
  { id: 'ledger', label: 'Ledger Postgres', col: 0, row: 2 }, { id: 'dbz', label: 'Debezium CDC', col: 1, row: 2 },
  { id: 's3', label: 'S3 records (Object Lock)', col: 2, row: 2 }, { id: 'clr', label: 'Clearing files (SFTP)', col: 0, row: 3 },
  { id: 'sp', label: 'Spark batch reconciliation', col: 3, row: 3 }, { id: 'sf', label: 'Snowflake finance marts', col: 4, row: 3 },
  { id: 'bi', label: 'Tableau reports', col: 5, row: 3 }, { id: 'af', label: 'Airflow', col: 3, row: 4 },
  { id: 'mon', label: 'Datadog monitoring', col: 4, row: 4 }, { id: 'dlq', label: 'DLQ topic', col: 2, row: 1 },
];

const SCENES: { name: string; slug: string; expected: number; spec: SceneSpec }[] = [
  // K1: the fraud path alone, its source a bare word of the case's own source (interviewer: 45 to 50)
  { name: 'card-fraud-only-bare-switch', slug: 'card-payments', expected: 47, spec: {
    boxes: [
      { id: 'sw', label: 'Switch', col: 0, row: 0 }, { id: 'k', label: 'Kafka', col: 1, row: 0 }, { id: 'f', label: 'Flink velocity features', col: 2, row: 0 },
      { id: 'r', label: 'Redis features', col: 3, row: 0 }, { id: 'api', label: 'Scoring API', col: 4, row: 0 },
    ],
    arrows: [...chain('sw', 'k', 'f', 'r', 'api')],
  } },
  { name: 'card-fraud-only-network-switch', slug: 'card-payments', expected: 47, spec: {
    boxes: [
      { id: 'sw', label: 'card network switch', col: 0, row: 0 }, { id: 'k', label: 'Kinesis', col: 1, row: 0 }, { id: 'f', label: 'Flink', col: 2, row: 0 },
      { id: 'r', label: 'DynamoDB card features', col: 3, row: 0 }, { id: 'api', label: 'fraud score svc', col: 4, row: 0 },
      { id: 'dlq', label: 'DLQ', col: 2, row: 1 },
    ],
    arrows: [...chain('sw', 'k', 'f', 'r', 'api'), { from: 'f', to: 'dlq' }],
  } },
  // K2: headless connectors numbered in the order the data moves, with a legend (interviewer: 85)
  { name: 'card-numbered-lines-legend', slug: 'card-payments', expected: 85, spec: {
    boxes: CARD_BOXES,
    arrows: numbered([
      ['sw', 'k', '1'], ['k', 'f', '2'], ['f', 'r', '3'], ['r', 'api', '4'], ['api', 'sw', '5 score <100ms'],
      ['sw', 'ledger', '6 hold'], ['ledger', 'dbz', '7'], ['dbz', 'k', '8'], ['k', 's3', '9'], ['s3', 'sp', '10'],
      ['clr', 'sp', '11'], ['sp', 'sf', '12'], ['sf', 'bi', '13'], ['f', 'dlq', 'bad events'],
    ]),
    notes: [{ text: 'numbers = order the data moves', col: 5, row: 1 }],
  } },
  // K2: the same numbering without the legend still says the order (interviewer: 85)
  { name: 'card-numbered-lines', slug: 'card-payments', expected: 85, spec: {
    boxes: CARD_BOXES,
    arrows: numbered([
      ['sw', 'k', '1.'], ['k', 'f', '2.'], ['f', 'r', '3.'], ['r', 'api', '4.'], ['sw', 'ledger', '(5)'], ['ledger', 'dbz', '6'],
      ['dbz', 'k', '7'], ['k', 's3', '8 raw'], ['s3', 'sp', '9'], ['clr', 'sp', '10'], ['sp', 'sf', '11'], ['sf', 'bi', '12'], ['f', 'dlq', '3b'],
    ]),
  } },
  // K3: words cut short with a dot, and icon-like labels (interviewer: 86)
  { name: 'ecom-truncated-words', slug: 'ecommerce-data-platform', expected: 86, spec: {
    boxes: [
      { id: 'web', label: 'Web clickstream', col: 0, row: 0 }, { id: 'k', label: '[Kafka]', col: 1, row: 0 },
      { id: 'sr', label: 'schema reg.', col: 1, row: 1 }, { id: 'ss', label: 'Spark Str. stock per SKU', col: 2, row: 0 },
      { id: 'r', label: 'Redis live stock', col: 3, row: 0 }, { id: 'pg', label: 'Orders Postgres', col: 0, row: 2 },
      { id: 'dbz', label: 'Debezium', col: 1, row: 2 }, { id: 's3', label: '(S3) lake', col: 2, row: 2 },
      { id: 'files', label: 'Partner CSV files', col: 0, row: 3 }, { id: 'sp', label: 'Spark batch', col: 3, row: 3 },
      { id: 'sf', label: 'Snowflake marts', col: 4, row: 3 }, { id: 'bi', label: 'Looker dash.', col: 5, row: 3 },
      { id: 'af', label: 'Airflow orch.', col: 3, row: 4 }, { id: 'mon', label: 'Monit. + alerting', col: 4, row: 4 }, { id: 'dlq', label: 'DLQ', col: 3, row: 1 },
    ],
    arrows: [...chain('web', 'k', 'ss', 'r'), ...chain('pg', 'dbz', 'k'), { from: 'ss', to: 's3' }, { from: 'ss', to: 'dlq' }, ...chain('s3', 'sp', 'sf', 'bi'), { from: 'files', to: 'sp' }],
  } },
  // K4: everything hourly where the census needs minutes (interviewer: 45)
  { name: 'health-all-hourly', slug: 'healthcare-records', expected: 45, spec: {
    boxes: [
      { id: 'ehr', label: 'Hospital EHR (HL7 feeds)', col: 0, row: 0 }, { id: 'k', label: 'Kafka', col: 1, row: 0 },
      { id: 'sp', label: 'Spark job (hourly)', col: 2, row: 0 }, { id: 'raw', label: 'S3 raw HL7', col: 2, row: 1 },
      { id: 'delta', label: 'Delta tables with history', col: 3, row: 0 }, { id: 'gold', label: 'Gold census tables', col: 4, row: 0 },
      { id: 'bi', label: 'Bed census dashboard', col: 5, row: 0 }, { id: 'af', label: 'Airflow hourly DAG', col: 3, row: 2 },
    ],
    arrows: [...chain('ehr', 'k', 'sp', 'delta', 'gold', 'bi'), { from: 'k', to: 'raw' }],
  } },
  { name: 'health-hourly-arrows', slug: 'healthcare-records', expected: 45, spec: {
    boxes: [
      { id: 'ehr', label: 'Hospital systems', col: 0, row: 0 }, { id: 'k', label: 'Kafka', col: 1, row: 0 },
      { id: 'raw', label: 'S3 bronze', col: 2, row: 0 }, { id: 'sp', label: 'Spark', col: 3, row: 0 },
      { id: 'delta', label: 'Iceberg silver', col: 4, row: 0 }, { id: 'wh', label: 'Snowflake', col: 5, row: 0 },
      { id: 'bi', label: 'Census dashboards', col: 6, row: 0 }, { id: 'af', label: 'Airflow', col: 3, row: 1 },
    ],
    arrows: [{ from: 'ehr', to: 'k' }, { from: 'k', to: 'raw' }, { from: 'raw', to: 'sp', label: 'hourly' }, { from: 'sp', to: 'delta' }, { from: 'delta', to: 'wh', label: 'every hour' }, { from: 'wh', to: 'bi' }],
  } },
  // K4: a stream job set to run hourly is a batch in all but name (interviewer: 45)
  { name: 'health-stream-hourly-trigger', slug: 'healthcare-records', expected: 45, spec: {
    boxes: [
      { id: 'ehr', label: 'Hospital EHRs (HL7)', col: 0, row: 0 }, { id: 'k', label: 'Kafka', col: 1, row: 0 },
      { id: 'raw', label: 'S3 raw messages', col: 2, row: 1 }, { id: 'ss', label: 'Spark Structured Streaming (hourly trigger)', col: 2, row: 0 },
      { id: 'delta', label: 'Delta silver (history)', col: 3, row: 0 }, { id: 'gold', label: 'Gold census', col: 4, row: 0 },
      { id: 'bi', label: 'Bed census dashboard', col: 5, row: 0 }, { id: 'af', label: 'Airflow', col: 3, row: 1 },
    ],
    arrows: [...chain('ehr', 'k', 'ss', 'delta', 'gold', 'bi'), { from: 'k', to: 'raw' }, { from: 'ss', to: 'bi' }],
  } },
  // K4: a frame says everything in it runs hourly (interviewer: 45)
  { name: 'health-hourly-frame', slug: 'healthcare-records', expected: 45, spec: {
    groups: [{ id: 'g-hourly', title: 'Hourly processing', style: 'frame', col: 2, row: 0, cols: 3, rows: 1 }],
    boxes: [
      { id: 'ehr', label: 'Interface engine (HL7)', col: 0, row: 0 }, { id: 'k', label: 'Kafka', col: 1, row: 0 },
      { id: 'raw', label: 'S3 raw messages', col: 1, row: 2 }, { id: 'f', label: 'Flink', col: 2, row: 0, frame: 'g-hourly' },
      { id: 'delta', label: 'Iceberg tables', col: 3, row: 0, frame: 'g-hourly' }, { id: 'r', label: 'Census view', col: 4, row: 0, frame: 'g-hourly' },
      { id: 'bi', label: 'Census dashboard', col: 5, row: 0 }, { id: 'af', label: 'Airflow', col: 3, row: 2 },
    ],
    arrows: [...chain('ehr', 'k', 'f', 'delta', 'r', 'bi'), { from: 'k', to: 'raw' }],
  } },
  // K4: orders pulled nightly by JDBC into the stream that feeds live stock (interviewer: 45)
  { name: 'ecom-jdbc-nightly-into-stream', slug: 'ecommerce-data-platform', expected: 45, spec: {
    boxes: [
      { id: 'web', label: 'Clickstream', col: 0, row: 0 }, { id: 'k', label: 'Kafka', col: 1, row: 0 },
      { id: 'ss', label: 'Spark Structured Streaming', col: 2, row: 0 }, { id: 'r', label: 'Redis stock levels', col: 3, row: 0 },
      { id: 'pg', label: 'Orders Postgres', col: 0, row: 1 }, { id: 'jdbc', label: 'JDBC nightly pull', col: 1, row: 1 },
      { id: 's3', label: 'S3 lake', col: 2, row: 2 }, { id: 'sp', label: 'Spark batch', col: 3, row: 2 },
      { id: 'sf', label: 'Snowflake', col: 4, row: 2 }, { id: 'bi', label: 'Looker', col: 5, row: 2 }, { id: 'af', label: 'Airflow', col: 3, row: 3 },
    ],
    arrows: [...chain('web', 'k', 'ss', 'r'), ...chain('pg', 'jdbc', 'k'), { from: 'ss', to: 's3' }, ...chain('s3', 'sp', 'sf', 'bi')],
  } },
  // K5: frames as layers, "[Kafka]" icons and a two-way arrow between the API and its store (interviewer: 88)
  { name: 'ride-frames-icons', slug: 'ride-hailing', expected: 88, spec: {
    groups: [
      { id: 'g-src', title: 'Sources', style: 'frame', col: 0, row: 0, cols: 1, rows: 3 },
      { id: 'g-ing', title: 'Ingestion', style: 'frame', col: 1, row: 0, cols: 2, rows: 3 },
      { id: 'g-srv', title: 'Serving', style: 'frame', col: 3, row: 0, cols: 3, rows: 4 },
    ],
    boxes: [
      { id: 'app', label: 'Driver app', col: 0, row: 0, frame: 'g-src' }, { id: 'db', label: 'Trips DB (Postgres)', col: 0, row: 2, frame: 'g-src' },
      { id: 'gw', label: 'Ingest API gateway', col: 1, row: 0, frame: 'g-ing' }, { id: 'k', label: '[Kafka]', col: 2, row: 0, frame: 'g-ing' },
      { id: 'dbz', label: '[Debezium]', col: 1, row: 2, frame: 'g-ing' }, { id: 'f', label: '[Flink] surge', col: 3, row: 0, frame: 'g-srv' },
      { id: 'r', label: '(Redis) live zones', col: 4, row: 0, frame: 'g-srv' }, { id: 'api', label: 'Surge API', col: 5, row: 0, frame: 'g-srv' },
      { id: 's3', label: '(S3) lake', col: 3, row: 2, frame: 'g-srv' }, { id: 'sp', label: 'Spark batch', col: 4, row: 2, frame: 'g-srv' },
      { id: 'wh', label: '(BigQuery)', col: 5, row: 2, frame: 'g-srv' }, { id: 'bi', label: 'Ops dashboards', col: 5, row: 3, frame: 'g-srv' },
      { id: 'af', label: 'Airflow', col: 4, row: 3, frame: 'g-srv' }, { id: 'dlq', label: 'DLQ', col: 2, row: 1, frame: 'g-ing' },
    ],
    arrows: [...chain('app', 'gw', 'k', 'f', 'r'), { from: 'r', to: 'api', heads: 'both' }, ...chain('db', 'dbz', 'k'), { from: 'k', to: 's3' }, { from: 'f', to: 'dlq' }, ...chain('s3', 'sp', 'wh', 'bi')],
  } },
];

// Controls: the fixes must not credit what they should not.
const CONTROLS: { name: string; slug: string; expected: number; spec: SceneSpec }[] = [
  // Headless lines with no numbers: no order said, the direction read from the layout at a cost (interviewer: 50; the shape with no direction)
  { name: 'card-lines-unnumbered', slug: 'card-payments', expected: 50, spec: {
    boxes: CARD_BOXES,
    arrows: chain('sw', 'k', 'f', 'r', 'api').map((a) => ({ ...a, line: true })).concat(chain('ledger', 'dbz', 'k', 's3', 'sp', 'sf', 'bi').map((a) => ({ ...a, line: true })), [{ from: 'clr', to: 'sp', line: true }]),
  } },
  // A bare word of another case's source stays unknown ("Router" in the card case) (interviewer: 20)
  { name: 'card-fraud-only-router', slug: 'card-payments', expected: 20, spec: {
    boxes: [
      { id: 'sw', label: 'Router', col: 0, row: 0 }, { id: 'k', label: 'Kafka', col: 1, row: 0 }, { id: 'f', label: 'Flink velocity features', col: 2, row: 0 },
      { id: 'r', label: 'Redis features', col: 3, row: 0 }, { id: 'api', label: 'Scoring API', col: 4, row: 0 },
    ],
    arrows: [...chain('sw', 'k', 'f', 'r', 'api')],
  } },
];

/**
 * Drawings the engine still grades more than 12 points from the interviewer, each with why (it.fails: a
 * fix makes the test fail until the name is removed here):
 * - the numbered card diagrams score 98: complete diagrams reach the engine's ceiling (95-100) where an
 *   interviewer gives a strong but not exemplary one 85; the numbering itself is read.
 * (The unrecognised "Router" source now earns the rest of its fraud path part credit: a flow whose source is
 * drawn nowhere but for a box the reader cannot place feeding its first hop; see open-end-flow.ts.)
 */
// The nightly JDBC pull into the stream (45) is within 12 since a store nothing reads earns nothing of its flow
// (its "Redis stock levels" has no reader); the live-stock flow still starts at the stream, so the nightly pull
// of the orders it needs is not what is charged.
const KNOWN_GAPS: ReadonlySet<string> = new Set(['card-numbered-lines-legend', 'card-numbered-lines']);

describe('round-13 kinds: each drawing within 12 points of the interviewer', () => {
  for (const scene of [...SCENES, ...CONTROLS]) {
    (KNOWN_GAPS.has(scene.name) ? it.fails : it)(`${scene.name} (interviewer ${scene.expected})`, () => {
      const result = grade(scene.slug, scene.spec);
      expect(Math.abs(result.score - scene.expected)).toBeLessThanOrEqual(12);
    });
  }
});

describe('whiteboard words cut short with a dot are read as the word they begin', () => {
  it.each([
    ['Spark Str.', 'spark_streaming'], ['Spark Str. stock per SKU', 'spark_streaming'], ['Spark Struct. Streaming', 'spark_streaming'],
    ['schema reg.', 'schema_registry'], ['Schema Reg.', 'schema_registry'], ['Monit.', 'monitoring'], ['Looker dash.', 'bi_dashboard'],
  ])('%s -> %s', (label, kind) => {
    expect(kindsFromLabel(label).kinds[0]).toBe(kind);
  });
  it.each([['e.g. later'], ['St. Mary ward'], ['No.']])('%s names nothing', (label) => {
    expect(kindsFromLabel(label).kinds).toEqual([]);
  });
});

describe('numbered lines without arrowheads say the direction', () => {
  it('a numbered card diagram earns its flows as directed, well above the same lines unnumbered', () => {
    const spec = SCENES.find((scene) => scene.name === 'card-numbered-lines')!.spec;
    const result = grade('card-payments', spec);
    expect(result.findings.find((f) => f.code === 'diagram.flow.feature-path')?.severity).toBe('good');
    const plain = grade('card-payments', CONTROLS.find((scene) => scene.name === 'card-lines-unnumbered')!.spec);
    expect(result.score - plain.score).toBeGreaterThanOrEqual(30);
  });
  it('one number alone says no order: the line stays undirected', () => {
    const spec: SceneSpec = { boxes: CARD_BOXES.slice(0, 4), arrows: numbered([['sw', 'k', '3'], ['k', 'f', ''], ['f', 'r', '']]) };
    const graph = readScene((buildScene(spec) as { elements: unknown[] }).elements);
    expect(graph.edges.every((edge) => edge.undirected === true)).toBe(true);
  });
});

describe('a bare word of the case\'s own source names that source', () => {
  it('"Switch" is read as the card case\'s authorisation switch, with a hint saying so', () => {
    const result = grade('card-payments', SCENES.find((scene) => scene.name === 'card-fraud-only-bare-switch')!.spec);
    expect(result.findings.find((f) => f.code === 'diagram.component.switch-source')?.severity).toBe('good');
    expect(result.findings.some((f) => f.code === 'diagram.read-as-source' && f.message.includes('"Switch"'))).toBe(true);
  });
});
