import { describe, expect, it } from 'vitest';
import type { DiagramComponent, DiagramGraph } from '../../../lib/canvas/diagram-graph';
import type { ComponentKind } from '../../../lib/diagram/component-kinds';
import { againstTheGrain } from '../../../lib/diagram/flow-order';
import { findThreadedChain } from '../../../lib/diagram/threaded-chain';
import { edge, kindsBox as box, pairsGraph as graphOf, scoreOn as score } from './fixtures';

// Boxes threaded in one unbranched line in an order no data could follow: the right parts, no design.

const line = (components: DiagramComponent[]): DiagramGraph => ({ components, edges: components.slice(1).map((c, i) => edge(components[i]!.id, c.id)), groups: [] });

const threads: [string, string, DiagramComponent[]][] = [
  [
    'ride-hailing: the dashboard feeds the warehouse, the surge job writes the trip database, CDC feeds the scheduler',
    'ride-hailing',
    [
      box('looker', 'bi_dashboard', 'Looker'),
      box('bq', 'warehouse', 'BigQuery'),
      box('mem', 'cache', 'Memorystore'),
      box('riders', 'app_service', 'Rider app'),
      box('gw', 'api_gateway', 'API Gateway'),
      box('kafka', 'kafka', 'Pub/Sub'),
      box('gcs', 'object_store', 'GCS raw'),
      box('beam', 'flink', 'Dataflow surge'),
      box('pg', 'oltp_database', 'Cloud SQL trips'),
      box('ds', 'cdc', 'Datastream'),
      box('comp', 'airflow', 'Composer'),
      box('api', 'serving_api', 'Surge API'),
    ],
  ],
  [
    'iot-telemetry: readings land in the dashboard first and the scheduler hands data to the lake',
    'iot-telemetry',
    [
      box('graf', 'bi_dashboard', 'Grafana'),
      box('ts', 'timeseries_database', 'InfluxDB'),
      box('sensors', 'iot_devices', 'Press sensors'),
      box('kafka', 'kafka', 'Kafka readings'),
      box('flink', 'flink', 'Flink rollups'),
      box('af', 'airflow', 'Airflow'),
      box('s3', 'object_store', 'S3 raw'),
      box('spark', 'spark_batch', 'Spark hourly'),
      box('alert', 'serving_api', 'Alert API'),
    ],
  ],
  [
    'card-payments: the scoring API feeds the ledger, the monitor hands on to the archive, the warehouse feeds the stream',
    'card-payments',
    [
      box('api', 'serving_api', 'Scoring API'),
      box('redis', 'cache', 'Redis features'),
      box('wh', 'warehouse', 'Redshift'),
      box('kafka', 'kafka', 'MSK'),
      box('flink', 'flink', 'Flink velocity'),
      box('mon', 'monitoring', 'CloudWatch'),
      box('s3', 'object_store', 'S3 archive'),
      box('dash', 'bi_dashboard', 'QuickSight'),
      box('switch', 'app_service', 'Auth switch'),
      box('pg', 'oltp_database', 'Ledger Aurora'),
    ],
  ],
];

describe('a drawing threaded through the boxes in one line, in no data order', () => {
  it.each(threads)('%s: no flow is read and the score stays at most 25', (_name, slug, boxes) => {
    const result = score(line(boxes), slug);
    expect(result.score).toBeLessThanOrEqual(25);
    const flows = result.findings.filter((f) => f.code.startsWith('diagram.flow.'));
    expect(flows.length).toBeGreaterThan(0);
    for (const flow of flows) {
      expect(flow.severity).toBe('missing');
      expect(flow.message).toMatch(/thread \d+ boxes in a line with no branch/);
      expect(flow.refs!.some((ref) => ref.includes('->'))).toBe(true);
    }
  });

  it('names each place the line breaks the order: the arrow and why, or data handed through a box that carries none', () => {
    const chain = findThreadedChain(line(threads[0]![2]))!;
    const drawn = chain.breaks.map((item) => item.drawn);
    expect(drawn).toContain('"Looker" → "BigQuery"');
    expect(drawn).toContain('"Datastream" → "Composer" → "Surge API"');
    expect(chain.breaks.find((item) => item.drawn === '"Looker" → "BigQuery"')!.why).toContain('dashboard');
  });

  it('gives parts on the line a small share, as placed and not designed', () => {
    const result = score(line(threads[2]![2]), 'card-payments');
    const role = result.findings.find((f) => f.code === 'diagram.component.event-stream.role');
    expect(role?.message).toContain('threaded through the boxes');
    expect(role!.points).toBeGreaterThan(0);
  });

  it('judges no schema management on a threaded line (no producers and consumers are read), but does in a design', () => {
    const noSchema = (graph: DiagramGraph, slug: string) => score(graph, slug).findings.some((f) => f.code.endsWith('no-schema-management'));
    for (const [, slug, boxes] of threads) expect(noSchema(line(boxes), slug)).toBe(false);
    const boxes = threads[1]![2];
    expect(noSchema(graphOf(boxes, [['sensors', 'kafka'], ['kafka', 'flink'], ['flink', 'ts'], ['ts', 'graf']]), 'iot-telemetry')).toBe(true);
  });

  it('does not call a straight pipeline that keeps the order threaded (a line is not wrong in itself)', () => {
    const straight = [
      box('app', 'app_service', 'Driver app'),
      box('gw', 'api_gateway', 'Gateway'),
      box('kafka', 'kafka', 'Kafka'),
      box('flink', 'flink', 'Flink surge'),
      box('redis', 'cache', 'Redis'),
      box('api', 'serving_api', 'Surge API'),
    ];
    expect(findThreadedChain(line(straight))).toBeUndefined();
    expect(score(line(straight), 'ride-hailing').findings.find((f) => f.code === 'diagram.flow.location-path')!.severity).toBe('good');
  });

  it('does not call a branching design threaded even with two wrong arrows in it', () => {
    const boxes = threads[1]![2];
    const graph = graphOf(boxes, [
      ['sensors', 'kafka'],
      ['kafka', 'flink'],
      ['kafka', 's3'],
      ['flink', 'ts'],
      ['flink', 'alert'],
      ['ts', 'graf'],
      ['s3', 'spark'],
      ['af', 'spark'],
      ['graf', 'ts'],
      ['spark', 'sensors'],
    ]);
    expect(findThreadedChain(graph)).toBeUndefined();
    expect(score(graph, 'iot-telemetry').findings.find((f) => f.code === 'diagram.flow.hot-path')!.severity).toBe('good');
  });

  it('does not call a line with only one break threaded: one wrong arrow is a slip', () => {
    const boxes = [
      box('clicks', 'clickstream', 'Clicks'),
      box('kafka', 'kafka', 'Kafka'),
      box('flink', 'flink', 'Flink'),
      box('s3', 'object_store', 'S3'),
      box('spark', 'spark_batch', 'Spark'),
      box('wh', 'warehouse', 'Snowflake'),
      box('dash', 'bi_dashboard', 'Looker'),
      box('af', 'airflow', 'Airflow'),
    ];
    expect(findThreadedChain(line(boxes))).toBeUndefined();
  });
});

describe('live feeds do not go straight into batch jobs', () => {
  it.each<[string, ComponentKind, ComponentKind, string]>([
    ['web clicks straight into a nightly Spark job', 'clickstream', 'spark_batch', 'batch-reads-live-feed'],
    ['sensor readings straight into dbt', 'iot_devices', 'dbt', 'batch-reads-live-feed'],
    ['Debezium into a nightly Spark job', 'cdc', 'spark_batch', 'batch-reads-live-feed'],
    ['the API gateway into dbt', 'api_gateway', 'dbt', 'batch-reads-live-feed'],
    ['Kafka into dbt models', 'kafka', 'dbt', 'dbt-reads-stream'],
  ])('%s breaks a rule', (_name, from, to, rule) => {
    expect(againstTheGrain(box('a', from), box('b', to))?.id).toBe(rule);
  });

  it.each<[string, ComponentKind, ComponentKind]>([
    ['partner files read by Spark', 'files', 'spark_batch'],
    ['the lake read by dbt', 'object_store', 'dbt'],
    ['the OLTP replica exported by a nightly job', 'oltp_database', 'spark_batch'],
    ['a third-party API pulled by a batch job', 'third_party_api', 'spark_batch'],
    ['Kafka read by a Spark job', 'kafka', 'spark_batch'],
  ])('%s is a hop data can take', (_name, from, to) => {
    expect(againstTheGrain(box('a', from), box('b', to))).toBeUndefined();
  });
});
