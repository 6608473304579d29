import { describe, expect, it } from 'vitest';
import type { DiagramComponent, DiagramGraph } from '../../../lib/canvas/diagram-graph';
import { misfedBoxes } from '../../../lib/diagram/flow-provenance';
import { MISFED_FLOW_SHARE, MISORDERED_FLOW_SHARE } from '../../../lib/diagram/score-diagram';
import { kindsBox as box, pairsGraph as graphOf, scoreOn as score } from './fixtures';

// The order of a flow's hops: a route whose first box gets its data only through an arrow no data could
// follow carries nothing, and a route with a job ahead of the stream (or its named hops swapped) is the
// flow in the wrong order. Expected scores were written before running the engine.

const flowOf = (graph: DiagramGraph, slug: string, id: string) => score(graph, slug).findings.find((f) => f.code === `diagram.flow.${id}`)!;
/** The flow's full points: its finding's points when it earns nothing, else earned + shortfall. */
const shareOf = (graph: DiagramGraph, slug: string, id: string) => {
  const findings = score(graph, slug).findings.filter((f) => f.code === `diagram.flow.${id}`);
  const missing = findings.find((f) => f.severity !== 'good')!;
  const full = Number(/of ([\d.]+)\)/.exec(missing.message)![1]);
  return (full - missing.points) / full;
};

describe('a chain in an order no data could follow, with branches', () => {
  // Ride-hailing, interviewer 12: the app feeds the dashboards, the dashboards feed Flink, the lake feeds Kafka.
  const ride = graphOf(
    [
      box('app', 'app_service', 'Driver app'),
      box('dash', 'bi_dashboard', 'Looker'),
      box('flink', 'flink', 'Flink surge'),
      box('s3', 'object_store', 'S3 lake'),
      box('kafka', 'kafka', 'Kafka'),
      box('redis', 'cache', 'Redis surge'),
      box('api', 'serving_api', 'Surge API'),
      box('pg', 'oltp_database', 'Trips DB'),
      box('bq', 'warehouse', 'BigQuery'),
      box('af', 'airflow', 'Airflow'),
    ],
    [
      ['app', 'dash'],
      ['dash', 'flink'],
      ['flink', 's3'],
      ['s3', 'kafka'],
      ['kafka', 'redis'],
      ['redis', 'api'],
      ['af', 'kafka'],
      ['pg', 'bq'],
    ],
  );
  // Healthcare, interviewer 10: the census dashboard feeds Spark, the gold tables feed Kafka.
  const health = graphOf(
    [
      box('ehr', 'app_service', 'Epic HL7 feed'),
      box('pbi', 'bi_dashboard', 'Power BI'),
      box('spark', 'spark_batch', 'Spark'),
      box('gold', 'gold_layer', 'Gold tables'),
      box('kafka', 'kafka', 'Kafka ADT'),
      box('bronze', 'bronze_layer', 'Bronze'),
      box('flink', 'flink', 'Flink'),
      box('silver', ['silver_layer', 'table_format'], 'Silver Delta'),
      box('af', 'airflow', 'Airflow'),
    ],
    [
      ['ehr', 'pbi'],
      ['pbi', 'spark'],
      ['spark', 'gold'],
      ['gold', 'kafka'],
      ['kafka', 'bronze'],
      ['kafka', 'flink'],
      ['flink', 'silver'],
      ['af', 'spark'],
    ],
  );
  // Cards, interviewer 30: the fraud features come out of Snowflake through Kafka; the ledger to the lake is right.
  const cards = graphOf(
    [
      box('sw', 'app_service', 'Auth switch'),
      box('tab', 'bi_dashboard', 'Tableau'),
      box('snow', 'warehouse', 'Snowflake'),
      box('kafka', 'kafka', 'Kafka'),
      box('flink', 'flink', 'Flink features'),
      box('fs', 'feature_store', 'Feature store'),
      box('api', 'serving_api', 'Fraud API'),
      box('pg', 'oltp_database', 'Ledger'),
      box('deb', 'cdc', 'Debezium'),
      box('s3', 'object_store', 'S3 lake'),
    ],
    [
      ['sw', 'tab'],
      ['tab', 'snow'],
      ['snow', 'kafka'],
      ['kafka', 'flink'],
      ['flink', 'fs'],
      ['fs', 'api'],
      ['pg', 'deb'],
      ['deb', 's3'],
      ['kafka', 's3'],
    ],
  );

  // IoT, interviewer 10: the dashboards feed Spark, the gold tables feed Kafka, Kafka feeds the stores.
  const iot = graphOf(
    [
      box('sens', 'iot_devices', 'PLC sensors'),
      box('graf', 'bi_dashboard', 'Grafana'),
      box('spark', 'spark_batch', 'Spark'),
      box('gold', 'gold_layer', 'Gold OEE'),
      box('kafka', 'kafka', 'Kafka'),
      box('ts', 'timeseries_database', 'InfluxDB'),
      box('s3', 'object_store', 'S3 archive'),
      box('flink', 'flink', 'Flink'),
      box('mon', 'monitoring', 'PagerDuty'),
    ],
    [
      ['sens', 'graf'],
      ['graf', 'spark'],
      ['spark', 'gold'],
      ['gold', 'kafka'],
      ['kafka', 'ts'],
      ['kafka', 's3'],
      ['ts', 'flink'],
      ['flink', 'mon'],
    ],
  );

  it.each<[string, DiagramGraph, string, number]>([
    ['IoT', iot, 'iot-telemetry', 25],
    ['ride-hailing', ride, 'ride-hailing', 25],
    ['healthcare', health, 'healthcare-records', 25],
    ['cards', cards, 'card-payments', 45],
  ])('%s: a flow read from a box fed the wrong way earns a small share', (_name, graph, slug, most) => {
    expect(score(graph, slug).score).toBeLessThanOrEqual(most);
  });

  it('names the misplaced arrow the flow’s data comes through', () => {
    const lake = flowOf(ride, 'ride-hailing', 'raw-to-lake');
    expect(lake.severity).not.toBe('good');
    const live = flowOf(ride, 'ride-hailing', 'location-path');
    expect(live.severity).not.toBe('good');
    for (const id of ['hot-path', 'lake-path']) {
      const flow = flowOf(iot, 'iot-telemetry', id);
      expect(flow.message).toContain('"Kafka" gets its data only through "Gold OEE" → "Kafka"');
      expect(flow.refs).toEqual(expect.arrayContaining(['gold->kafka', 'kafka']));
      expect(shareOf(iot, 'iot-telemetry', id)).toBeCloseTo(MISFED_FLOW_SHARE, 1);
    }
    const features = flowOf(cards, 'card-payments', 'feature-path');
    expect(features.severity).not.toBe('good');
    expect(flowOf(cards, 'card-payments', 'ledger-to-lake').severity).toBe('good');
  });

  it('reads the box as fed when any arrow that makes sense also brings it data', () => {
    const fixed = graphOf(health.components, [
      ['ehr', 'kafka'],
      ['gold', 'kafka'],
      ['kafka', 'flink'],
      ['flink', 'pbi'],
    ]);
    expect(misfedBoxes(fixed).size).toBe(0);
    expect(flowOf(fixed, 'healthcare-records', 'census-path').severity).toBe('good');
  });

  it('does not blame a box whose upstream is simply not drawn, or a stream job writing back to its own stream', () => {
    const graph = graphOf(
      [box('kafka', 'kafka', 'Kafka'), box('flink', 'flink', 'Flink'), box('s3', 'object_store', 'S3 raw')],
      [
        ['kafka', 'flink'],
        ['flink', 'kafka'],
        ['kafka', 's3'],
      ],
    );
    expect(misfedBoxes(graph).size).toBe(0);
    expect(flowOf(graph, 'iot-telemetry', 'lake-path').severity).toBe('good');
  });
});

describe('one hop swapped: a job ahead of the stream it should read', () => {
  // E-commerce, interviewer 60: clicks go to Spark Streaming, which writes Kafka; the rest is right.
  const ecommerce = graphOf(
    [
      box('clicks', 'clickstream', 'Clickstream'),
      box('sss', 'spark_streaming', 'Spark Streaming'),
      box('kafka', 'kafka', 'MSK'),
      box('delta', 'table_format', 'Delta lake'),
      box('dbt', 'dbt', 'dbt'),
      box('wh', 'warehouse', 'Redshift'),
      box('dash', 'bi_dashboard', 'QuickSight'),
      box('pg', 'oltp_database', 'Orders MySQL'),
      box('deb', 'cdc', 'DMS CDC'),
      box('files', 'files', 'Partner SFTP'),
      box('af', 'airflow', 'MWAA'),
    ],
    [
      ['clicks', 'sss'],
      ['sss', 'kafka'],
      ['kafka', 'delta'],
      ['pg', 'deb'],
      ['deb', 'kafka'],
      ['delta', 'dbt'],
      ['files', 'dbt'],
      ['dbt', 'wh'],
      ['wh', 'dash'],
      ['af', 'dbt'],
    ],
  );
  // Ride-hailing, interviewer 55: the gateway hands pings to Flink, and Flink writes Kafka, which feeds Redis.
  const ride = graphOf(
    [
      box('app', 'app_service', 'Rider app'),
      box('gw', 'api_gateway', 'Gateway'),
      box('flink', 'flink', 'Flink'),
      box('kafka', 'kafka', 'Kafka'),
      box('redis', 'cache', 'Redis'),
      box('api', 'serving_api', 'Surge API'),
      box('s3', 'object_store', 'GCS lake'),
      box('bq', 'warehouse', 'BigQuery'),
      box('dash', 'bi_dashboard', 'Looker'),
    ],
    [
      ['app', 'gw'],
      ['gw', 'flink'],
      ['flink', 'kafka'],
      ['kafka', 'redis'],
      ['redis', 'api'],
      ['kafka', 's3'],
      ['s3', 'bq'],
      ['bq', 'dash'],
    ],
  );

  it('names the hop out of place and gives part of the flow', () => {
    const stream = flowOf(ride, 'ride-hailing', 'location-path');
    expect(stream.message).toContain('in the wrong order: "Flink" comes before "Kafka"');
    expect(stream.refs).toContain('flink');
    expect(shareOf(ride, 'ride-hailing', 'location-path')).toBeCloseTo(MISORDERED_FLOW_SHARE, 1);
    const events = flowOf(ecommerce, 'ecommerce-data-platform', 'stream-path');
    expect(events.severity).not.toBe('good');
  });

  it('scores a one-hop swap between a shuffle and the right order', () => {
    const right = graphOf(ride.components, [
      ['app', 'gw'],
      ['gw', 'kafka'],
      ['kafka', 'flink'],
      ['flink', 'redis'],
      ['redis', 'api'],
      ['kafka', 's3'],
      ['s3', 'bq'],
      ['bq', 'dash'],
    ]);
    const swapped = score(ride, 'ride-hailing').score;
    expect(swapped).toBeLessThan(score(right, 'ride-hailing').score - 10);
    expect(swapped).toBeGreaterThan(25);
  });

  it('gives named hops drawn in the other order part of the flow (Switch -> Flink -> Kafka -> features)', () => {
    const graph = graphOf(
      [box('sw', 'app_service', 'Switch'), box('flink', 'flink', 'Flink'), box('kafka', 'kafka', 'Kafka'), box('redis', 'feature_store', 'Feast')],
      [
        ['sw', 'flink'],
        ['flink', 'kafka'],
        ['kafka', 'redis'],
      ],
    );
    const flow = flowOf(graph, 'card-payments', 'feature-path');
    expect(flow.message).toContain('in the wrong order: "Flink" comes before "Kafka"');
    expect(shareOf(graph, 'card-payments', 'feature-path')).toBeCloseTo(MISORDERED_FLOW_SHARE, 1);
  });

  it.each<[string, string, DiagramComponent[], [string, string][], string]>([
    [
      'a Lambda behind the gateway writing Kinesis',
      'ride-hailing',
      [box('app', 'app_service', 'App'), box('gw', 'api_gateway', 'API Gateway'), box('fn', 'serverless_function', 'Lambda'), box('k', 'kafka', 'Kinesis'), box('r', 'cache', 'ElastiCache'), box('p', 'serving_api', 'Pricing API')],
      [
        ['app', 'gw'],
        ['gw', 'fn'],
        ['fn', 'k'],
        ['k', 'r'],
        // Who reads the live state: a store nothing reads serves no use case.
        ['r', 'p'],
      ],
      'location-path',
    ],
    [
      'an ingest API in front of Kafka',
      'ride-hailing',
      [box('app', 'app_service', 'Driver app'), box('api', 'serving_api', 'Ingest API'), box('k', 'kafka', 'Kafka'), box('r', 'nosql_database', 'Bigtable'), box('p', 'serving_api', 'Pricing API')],
      [
        ['app', 'api'],
        ['api', 'k'],
        ['k', 'r'],
        ['r', 'p'],
      ],
      'location-path',
    ],
    [
      'Kafka landing bronze before a streaming job writes silver',
      'ecommerce-data-platform',
      [box('c', 'clickstream', 'Clicks'), box('k', 'kafka', 'Kafka'), box('b', ['bronze_layer', 'table_format'], 'Bronze Delta'), box('s', 'spark_streaming', 'Structured Streaming'), box('sv', ['silver_layer', 'table_format'], 'Silver Delta')],
      [
        ['c', 'k'],
        ['k', 'b'],
        ['b', 's'],
        ['s', 'sv'],
      ],
      'stream-path',
    ],
  ])('keeps the flow whole for %s', (_name, slug, boxes, edges, flow) => {
    expect(flowOf(graphOf(boxes, edges), slug, flow).severity).toBe('good');
  });
});
