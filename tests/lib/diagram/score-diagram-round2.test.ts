import { describe, expect, it } from 'vitest';
import { kindsFromLabel } from '../../../lib/canvas/classify-kind';
import type { DiagramComponent, DiagramGraph } from '../../../lib/canvas/diagram-graph';
import { loadCase } from '../../../lib/content/load-cases';
import { acceptedHopKinds } from '../../../lib/diagram/kind-equivalence';
import { scoreDiagram } from '../../../lib/diagram/score-diagram';
import { component, edge, graph } from './fixtures';

const finding = (g: DiagramGraph, slug: string, code: string) => scoreDiagram(g, loadCase(slug).rubric).findings.find((f) => f.code === code);

describe('a route of headless lines reads as a flow only when it is direct', () => {
  const boxes = [
    component('pg', 'oltp_database', 'Aurora (trips)'),
    component('dms', 'cdc', 'DMS CDC'),
    component('kinesis', 'kafka', 'Kinesis'),
    component('redshift', 'warehouse', 'Redshift'),
    component('druid', 'realtime_olap', 'Druid'),
    component('gw', 'api_gateway', 'API Gateway'),
    component('apps', 'app_service', 'Rider app'),
    component('redis', 'cache', 'Redis'),
    component('s3', 'object_store', 'S3 lake'),
  ];
  const chain = (ids: string[]) => ids.slice(1).map((id, i) => edge(ids[i]!, id, { undirected: true }));

  it('credits part of a flow for a short headless route in the right shape', () => {
    const f = finding(graph(boxes, chain(['pg', 'dms', 'kinesis'])), 'ride-hailing', 'diagram.flow.trips-cdc');
    expect(f?.severity).toBe('missing');
    expect(f?.message).toContain('lines without arrowheads');
    expect(f?.points).toBeGreaterThan(0);
  });

  it.each([
    ['winding through unrelated stores', ['pg', 'druid', 'gw', 'redshift', 'dms', 'kinesis']],
    ['through a source system in the middle', ['kinesis', 'apps', 'redis']],
    ['threaded through every box', ['redis', 'redshift', 'pg', 'apps', 'druid', 'dms', 'gw', 's3', 'kinesis']],
  ])('gives nothing for a headless route %s', (_name, ids) => {
    const g = graph(boxes, chain(ids));
    const trips = finding(g, 'ride-hailing', 'diagram.flow.trips-cdc');
    const pings = finding(g, 'ride-hailing', 'diagram.flow.location-path');
    // Missing outright: "No path", not "connected by lines without arrowheads".
    for (const f of [trips, pings]) expect(f?.message).not.toContain('lines without arrowheads');
  });

  it('keeps a hairball of plain boxes threaded by headless lines at most 25 in another case', () => {
    const plant = [
      component('grafana', 'bi_dashboard', 'Grafana'),
      component('sensors', 'iot_devices', 'Sensors'),
      component('prom', 'monitoring', 'Prometheus'),
      component('tsdb', 'timeseries_database', 'TimescaleDB'),
      component('mes', 'oltp_database', 'MES (SQL Server)'),
      component('kafka', 'kafka', 'Kafka'),
      component('flink', 'flink', 'Flink'),
      component('s3', 'object_store', 'S3'),
      component('spark', 'spark_batch', 'Spark batch'),
      component('alert', 'app_service', 'Alert service'),
    ];
    const g = graph(plant, chain(['grafana', 'sensors', 'prom', 'tsdb', 'mes', 'alert', 'spark', 'kafka', 's3', 'flink']));
    expect(scoreDiagram(g, loadCase('iot-telemetry').rubric).score).toBeLessThanOrEqual(25);
  });
});

describe('a sink connector lands a stream in the lake', () => {
  const boxes = (connector: DiagramComponent) => [
    component('pg', 'oltp_database', 'Aurora'),
    component('dms', 'cdc', 'AWS DMS'),
    component('clicks', 'clickstream', 'Click SDK'),
    component('kinesis', 'kafka', 'Kinesis Data Streams'),
    connector,
    component('s3', 'object_store', 'S3 raw'),
  ];
  const edges = [edge('pg', 'dms'), edge('dms', 'kinesis'), edge('clicks', 'kinesis'), edge('kinesis', 'sink'), edge('sink', 's3')];

  it.each([
    ['Kinesis Data Firehose'],
    ['Kafka Connect S3 sink'],
    ['Event Hubs Capture'],
  ])('meets "through the stream, then a stream job, to the lake" with %s', (label) => {
    const f = finding(graph(boxes(component('sink', 'ingestion_service', label)), edges), 'ecommerce-data-platform', 'diagram.flow.stream-path');
    expect(f?.severity).toBe('good');
    expect(f?.message).toContain(label);
  });

  it('does not let a connector stand in for stream processing itself', () => {
    const g = graph(boxes(component('sink', 'ingestion_service', 'Firehose')), edges);
    expect(finding(g, 'ecommerce-data-platform', 'diagram.component.stream-processing')?.severity).toBe('missing');
  });

  it('accepts a connector only for flows that end in the lake, and not when the case excludes it', () => {
    expect(acceptedHopKinds(['flink'], ['object_store', 'bronze_layer']).has('ingestion_service')).toBe(true);
    expect(acceptedHopKinds(['flink'], ['cache', 'nosql_database']).has('ingestion_service')).toBe(false);
    expect(acceptedHopKinds(['kafka'], ['object_store']).has('ingestion_service')).toBe(false);
    expect(acceptedHopKinds(['flink'], ['object_store'], ['ingestion_service']).has('ingestion_service')).toBe(false);
  });
});

describe('a notifier is named by its role as well as its runtime', () => {
  it.each([
    ['Azure Functions alert notifier', 'serverless_function'],
    ['Lambda notifier', 'serverless_function'],
    ['Cloud Run notification service', 'app_service'],
    ['Paging service (on-call)', 'app_service'],
  ] as const)('reads "%s" as an application service too', (label, other) => {
    const kinds = kindsFromLabel(label).kinds;
    expect(kinds).toContain('app_service');
    expect(kinds).toContain(other);
  });

  it('ends an alert flow at a function-based notifier', () => {
    const g = graph(
      [
        component('plc', 'iot_devices', 'PLC sensors'),
        component('hub', 'kafka', 'Event Hubs'),
        component('asa', 'stream_processor', 'Stream Analytics'),
        component('fn', 'serverless_function', 'Azure Functions alert notifier', ['app_service', 'serverless_function']),
      ],
      [edge('plc', 'hub'), edge('hub', 'asa'), edge('asa', 'fn')],
    );
    expect(finding(g, 'iot-telemetry', 'diagram.flow.alert-path')?.severity).toBe('good');
  });
});

describe('a dashboard on a database the pipeline writes is not a dashboard on production', () => {
  const store = (feeder: DiagramComponent) =>
    graph(
      [feeder, component('census', 'oltp_database', 'Census store (Aurora Postgres)'), component('grafana', 'bi_dashboard', 'Grafana')],
      [edge(feeder.id, 'census'), edge('census', 'grafana')],
    );

  it.each([
    [component('flink', 'flink', 'Flink: ADT to census')],
    [component('spark', 'spark_batch', 'Spark batch')],
    [component('fn', 'serverless_function', 'Lambda writer')],
  ])('does not flag Grafana reading a Postgres store written by %o', (feeder) => {
    expect(finding(store(feeder), 'healthcare-records', 'diagram.antipattern.dashboards-on-ehr')).toBeUndefined();
    expect(finding(store(feeder), 'ecommerce-data-platform', 'diagram.antipattern.dashboards-on-oltp')).toBeUndefined();
  });

  it('still flags a dashboard reading the operational database that feeds CDC, or a store written only by an app', () => {
    const shop = graph(
      [component('pg', 'oltp_database', 'Shop Postgres'), component('debezium', 'cdc', 'Debezium'), component('looker', 'bi_dashboard', 'Looker')],
      [edge('pg', 'debezium'), edge('pg', 'looker')],
    );
    expect(finding(shop, 'ecommerce-data-platform', 'diagram.antipattern.dashboards-on-oltp')?.severity).toBe('wrong');
    expect(finding(store(component('app', 'app_service', 'Checkout service')), 'ecommerce-data-platform', 'diagram.antipattern.dashboards-on-oltp')?.severity).toBe('wrong');
  });
});

describe('delivery services are read as such', () => {
  it.each(['Event Hubs Capture', 'Kafka Connect S3 sink', 'Kinesis Data Firehose'])('reads "%s" as an ingestion service, not a stream', (label) => {
    expect(kindsFromLabel(label).kinds).toEqual(['ingestion_service']);
  });
});

describe('a connector or job written on the arrow is that hop', () => {
  const boxes = [
    component('clicks', 'clickstream', 'Click SDK'),
    component('kafka', 'kafka', 'Kafka'),
    component('s3', 'object_store', 'S3 raw'),
  ];
  it.each(['sink', 'S3 sink connector', 'Flink job', 'Firehose'])('meets the stream-to-lake flow with an arrow labelled "%s"', (label) => {
    const g = graph(boxes, [edge('clicks', 'kafka'), edge('kafka', 's3', { label })]);
    expect(finding(g, 'ecommerce-data-platform', 'diagram.flow.stream-path')?.severity).toBe('good');
  });

  it.each(['', 'raw events', 'Snowflake', 'Postgres'])('does not take an arrow labelled "%s" for the missing hop', (label) => {
    const g = graph(boxes, [edge('clicks', 'kafka'), edge('kafka', 's3', { label })]);
    expect(finding(g, 'ecommerce-data-platform', 'diagram.flow.stream-path')?.severity).not.toBe('good');
  });

  it('reads a board as a dashboard', () => {
    expect(kindsFromLabel('Ops stock board').kinds).toEqual(['bi_dashboard']);
    expect(kindsFromLabel('Plant status board').kinds).toEqual(['bi_dashboard']);
  });
});

describe('serving and switch terms of the payments field', () => {
  it.each([
    ['Fraud model serving (REST)', 'serving_api'],
    ['Scoring service', 'serving_api'],
    ['Inference endpoint (SageMaker)', 'serving_api'],
    ['Auth switch', 'app_service'],
  ] as const)('reads "%s" as %s', (label, kind) => {
    expect(kindsFromLabel(label).kinds[0]).toBe(kind);
  });
});
