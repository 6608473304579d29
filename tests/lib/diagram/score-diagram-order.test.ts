import { describe, expect, it } from 'vitest';
import type { DiagramComponent, DiagramGraph } from '../../../lib/canvas/diagram-graph';
import { loadCase } from '../../../lib/content/load-cases';
import type { ComponentKind } from '../../../lib/diagram/component-kinds';
import { againstTheGrain } from '../../../lib/diagram/flow-order';
import { scoreDiagram } from '../../../lib/diagram/score-diagram';
import { edge, kindsBox as box, pairsGraph as graphOf } from './fixtures';

// Gamed chains and miswired parts: hops in an order no data could follow earn no flow, and a part
// whose only arrows run that way earns a small share of its points, with findings naming the arrows.

/** A directed chain through the boxes in the order given. */
const chain = (components: DiagramComponent[]): DiagramGraph => ({
  components,
  edges: components.slice(1).map((component, i) => edge(components[i]!.id, component.id)),
  groups: [],
});
const rubricOf = (slug: string) => loadCase(slug).rubric;
const flowOf = (graph: DiagramGraph, slug: string, id: string) => scoreDiagram(graph, rubricOf(slug)).findings.find((f) => f.code === `diagram.flow.${id}`)!;
const findingOf = (graph: DiagramGraph, slug: string, code: string) => scoreDiagram(graph, rubricOf(slug)).findings.find((f) => f.code === code);

describe('hops in an order no data could follow', () => {
  it.each<[string, ComponentKind, ComponentKind, string]>([
    ['a dashboard feeding Airflow-scheduled marts', 'bi_dashboard', 'gold_layer', 'dashboard-feeds'],
    ['a dashboard feeding the stream', 'bi_dashboard', 'kafka', 'dashboard-feeds'],
    ['marts writing into Kafka', 'gold_layer', 'kafka', 'store-feeds-stream'],
    ['the warehouse feeding CDC', 'warehouse', 'cdc', 'store-feeds-stream'],
    ['the lake writing into the partner files', 'object_store', 'files', 'pipeline-feeds-source'],
    ['Kafka writing into the sensors', 'kafka', 'iot_devices', 'pipeline-feeds-source'],
    ['a Spark job writing into a third-party API', 'spark_batch', 'third_party_api', 'pipeline-feeds-source'],
    ['Snowflake feeding Flink', 'warehouse', 'flink', 'stream-job-reads-analytics'],
    ['a time-series store feeding a stream job', 'timeseries_database', 'stream_processor', 'stream-job-reads-analytics'],
    ['Kafka feeding Debezium', 'kafka', 'cdc', 'cdc-fed-by-pipeline'],
  ])('%s breaks a rule', (_name, from, to, rule) => {
    expect(againstTheGrain(box('a', from), box('b', to))?.id).toBe(rule);
  });

  it.each<[string, ComponentKind[], ComponentKind[]]>([
    ['a stream job writing an output topic', ['flink'], ['kafka']],
    ['a stream job following a bronze Delta table', ['bronze_layer', 'table_format'], ['spark_streaming']],
    ['Flink reading Iceberg gold tables (a table it can follow)', ['gold_layer', 'table_format'], ['flink']],
    ['a consumer service reading the stream', ['kafka'], ['app_service']],
    ['the application writing its database', ['app_service'], ['oltp_database']],
    ['DynamoDB streams into Kinesis', ['nosql_database'], ['kafka']],
    ['Redis read by the surge API', ['cache'], ['serving_api']],
    ['the scoring API reading the feature store', ['serving_api'], ['feature_store']],
    ['Postgres read by Debezium', ['oltp_database'], ['cdc']],
    ['a box that is both a dashboard and a monitor alerting on Kafka', ['monitoring', 'bi_dashboard'], ['kafka']],
  ])('%s is a hop data can take', (_name, from, to) => {
    expect(againstTheGrain(box('a', from), box('b', to))).toBeUndefined();
  });
});

describe('a conga line through every box in an impossible order earns no flow', () => {
  const congas: [string, string, DiagramComponent[]][] = [
    [
      'e-commerce, consumers first',
      'ecommerce-data-platform',
      [
        box('dash', 'bi_dashboard', 'Sales dashboard'),
        box('gold', 'gold_layer', 'Gold marts'),
        box('kafka', 'kafka', 'Kafka'),
        box('clicks', 'clickstream', 'Web clicks'),
        box('flink', 'flink', 'Flink job'),
        box('deb', 'cdc', 'Debezium'),
        box('pg', 'oltp_database', 'Orders Postgres'),
        box('spark', 'spark_batch', 'Spark batch'),
        box('af', 'airflow', 'Airflow'),
        box('dlq', 'dead_letter_queue', 'DLQ'),
        box('mon', 'monitoring', 'Grafana alerts'),
      ],
    ],
    [
      'IoT, stores feeding the stream and the stream feeding the sensors',
      'iot-telemetry',
      [
        box('graf', 'bi_dashboard', 'Grafana dashboards'),
        box('af', 'airflow', 'Airflow'),
        box('ts', 'timeseries_database', 'TimescaleDB'),
        box('flink', 'flink', 'Flink anomalies'),
        box('s3', 'object_store', 'S3 raw'),
        box('kafka', 'kafka', 'Kafka readings'),
        box('sensors', 'iot_devices', 'Machine sensors'),
        box('spark', 'spark_batch', 'Spark hourly'),
        box('mes', 'oltp_database', 'MES database'),
        box('alert', 'app_service', 'Alert service'),
      ],
    ],
    [
      'cards, the warehouse feeding the stream job and the ledger at the end',
      'card-payments',
      [
        box('tab', 'bi_dashboard', 'Tableau'),
        box('snow', 'warehouse', 'Snowflake'),
        box('flink', 'flink', 'Flink features'),
        box('redis', 'cache', 'Redis features'),
        box('kafka', 'kafka', 'Kafka'),
        box('deb', 'cdc', 'Debezium'),
        box('files', 'files', 'Clearing files'),
        box('switch', 'app_service', 'Authorisation switch'),
        box('pg', 'oltp_database', 'Ledger Postgres'),
        box('api', 'serving_api', 'Fraud API'),
      ],
    ],
  ];

  it.each(congas)('%s: at most 25, and the arrows no data could follow are named', (_name, slug, boxes) => {
    const graph = chain(boxes);
    const result = scoreDiagram(graph, rubricOf(slug));
    expect(result.score).toBeLessThanOrEqual(25);
    const order = result.findings.filter((f) => f.code.startsWith('diagram.order.'));
    expect(order.length).toBeGreaterThanOrEqual(2);
    for (const finding of order) {
      expect(finding.message).toMatch(/^The arrow ".+" → ".+": /);
      expect(finding.refs!.some((ref) => ref.includes('->'))).toBe(true);
    }
  });

  it('the same boxes in a data order earn their flows (the conga is what costs, not the boxes)', () => {
    const graph = graphOf(congas[0]![2], [
      ['clicks', 'kafka'],
      ['pg', 'deb'],
      ['deb', 'kafka'],
      ['kafka', 'flink'],
      ['flink', 'gold'],
      ['gold', 'dash'],
      ['af', 'spark'],
    ]);
    expect(flowOf(graph, 'ecommerce-data-platform', 'stream-path').severity).toBe('good');
    expect(flowOf(graph, 'ecommerce-data-platform', 'cdc-path').severity).toBe('good');
    expect(flowOf(graph, 'ecommerce-data-platform', 'serving-path').severity).toBe('good');
    expect(scoreDiagram(graph, rubricOf('ecommerce-data-platform')).findings.filter((f) => f.code.startsWith('diagram.order.'))).toEqual([]);
  });

  it('gives no part credit through a source in the middle (Kafka -> EHR -> Spark -> raw is not HL7 landing)', () => {
    const graph = graphOf(
      [box('engine', 'api_gateway', 'Interface engine'), box('kafka', 'kafka', 'Kafka'), box('ehr', 'app_service', 'Epic EHR'), box('spark', 'spark_batch', 'Spark'), box('raw', 'bronze_layer', 'S3 raw')],
      [
        ['kafka', 'ehr'],
        ['ehr', 'spark'],
        ['spark', 'raw'],
      ],
    );
    const finding = flowOf(graph, 'healthcare-records', 'hl7-landing');
    expect(finding.message).not.toContain('is drawn, but');
    expect(finding.message).toMatch(/^No path of arrows/);
  });
});

describe('the right products wired to the wrong jobs', () => {
  it('does not read dashboards on curated data through a stream job that reads the warehouse', () => {
    const boxes = [box('snow', 'warehouse', 'Snowflake (features)'), box('flink', 'flink', 'Flink'), box('tab', 'bi_dashboard', 'Tableau')];
    const wrong = flowOf(graphOf(boxes, [['snow', 'flink'], ['flink', 'tab']]), 'card-payments', 'serving-path');
    expect(wrong.severity).not.toBe('good');
    const right = flowOf(graphOf(boxes, [['snow', 'tab']]), 'card-payments', 'serving-path');
    expect(right.severity).toBe('good');
  });

  it('gives marts whose only arrow feeds Kafka a small share of their points, naming the arrow', () => {
    const graph = graphOf([box('src', 'app_service', 'Shop'), box('gold', 'gold_layer', 'Gold marts'), box('kafka', 'kafka', 'Kafka')], [['src', 'kafka'], ['gold', 'kafka']]);
    const short = findingOf(graph, 'ecommerce-data-platform', 'diagram.component.warehouse-or-serving.role')!;
    expect(short.message).toContain('"Gold marts" → "Kafka"');
    expect(short.refs).toEqual(expect.arrayContaining(['gold', 'gold->kafka']));
    const good = findingOf(graph, 'ecommerce-data-platform', 'diagram.component.warehouse-or-serving')!;
    expect(good.points).toBeLessThan(short.points);
  });

  it('gives clearing files the platform writes into (and nothing reads) a small share', () => {
    const graph = graphOf([box('s3', 'object_store', 'S3 lake'), box('files', 'files', 'Network clearing files')], [['s3', 'files']]);
    expect(findingOf(graph, 'card-payments', 'diagram.component.clearing-files.role')?.message).toContain('the platform does not write into its sources');
  });

  it('gives a dashboard whose only arrow points at Airflow a small share: a scheduler carries no data', () => {
    const graph = graphOf([box('dash', 'bi_dashboard', 'Bed census dashboard'), box('af', 'airflow', 'Airflow')], [['dash', 'af']]);
    const short = findingOf(graph, 'healthcare-records', 'diagram.component.dashboards.role');
    expect(short?.message).toContain('schedulers, monitors or catalogs');
  });

  it('keeps full points for a part with one arrow that makes sense beside a wrong one', () => {
    const graph = graphOf([box('spark', 'spark_batch', 'Spark'), box('gold', 'gold_layer', 'Gold marts'), box('kafka', 'kafka', 'Kafka')], [['spark', 'gold'], ['gold', 'kafka']]);
    expect(findingOf(graph, 'ecommerce-data-platform', 'diagram.component.warehouse-or-serving.role')).toBeUndefined();
    expect(findingOf(graph, 'ecommerce-data-platform', 'diagram.order.store-feeds-stream')).toBeDefined();
  });
});

describe('hubs and meshes: routes that exist because everything is connected', () => {
  const parts = [
    box('clicks', 'clickstream', 'Web clicks'),
    box('pg', 'oltp_database', 'Orders DB'),
    box('deb', 'cdc', 'Debezium'),
    box('kafka', 'kafka', 'Kafka'),
    box('flink', 'flink', 'Flink'),
    box('s3', 'object_store', 'S3 lake'),
    box('spark', 'spark_batch', 'Spark'),
    box('wh', 'warehouse', 'Warehouse'),
    box('dash', 'bi_dashboard', 'Dashboards'),
  ];

  it('reads no flow through a box wired both ways to every other box', () => {
    const hub = box('hub', 'stream_processor', 'Processing');
    const edges: [string, string][] = parts.flatMap((part): [string, string][] => [
      [part.id, 'hub'],
      ['hub', part.id],
    ]);
    const graph = graphOf([...parts, hub], edges);
    const result = scoreDiagram(graph, rubricOf('ecommerce-data-platform'));
    expect(result.findings.find((f) => f.code === 'diagram.flow.stream-path')!.severity).not.toBe('good');
    const hint = result.findings.find((f) => f.code === 'diagram.hub')!;
    expect(hint.message).toContain('"Processing"');
    expect(hint.refs).toEqual(['hub']);
    expect(result.score).toBeLessThanOrEqual(25);
  });

  it('reads no flow from a mesh joining nearly every box to every other', () => {
    const edges: [string, string][] = [];
    parts.forEach((a, i) => parts.slice(i + 1).forEach((b) => edges.push([a.id, b.id])));
    const result = scoreDiagram(graphOf(parts, edges), rubricOf('ecommerce-data-platform'));
    const flows = result.findings.filter((f) => f.code.startsWith('diagram.flow.'));
    expect(flows.length).toBe(5);
    for (const flow of flows) {
      expect(flow.severity).toBe('missing');
      expect(flow.message).toMatch(/36 connections join 9 boxes/);
    }
    expect(result.score).toBeLessThanOrEqual(25);
  });

  it('does not call a busy but real stream a hub (Kafka with its producers and consumers)', () => {
    const more = [
      ...parts,
      box('reg', 'schema_registry', 'Schema registry'),
      box('dlq', 'dead_letter_queue', 'DLQ'),
      box('af', 'airflow', 'Airflow'),
      box('mon', 'monitoring', 'Monitoring'),
      box('app', 'app_service', 'Shop app'),
      box('redis', 'cache', 'Redis stock'),
      box('sftp', 'files', 'Partner CSV'),
      box('ops', 'bi_dashboard', 'Stock board'),
    ];
    const graph = graphOf(more, [
      ['flink', 'redis'],
      // Who reads the live stock: a store nothing reads serves no use case.
      ['redis', 'ops'],
      ['sftp', 'spark'],
      ['clicks', 'kafka'],
      ['app', 'pg'],
      ['pg', 'deb'],
      ['deb', 'kafka'],
      ['kafka', 'reg'],
      ['kafka', 'flink'],
      ['flink', 'dlq'],
      ['flink', 's3'],
      ['kafka', 's3'],
      ['s3', 'spark'],
      ['spark', 'wh'],
      ['wh', 'dash'],
      ['af', 'spark'],
      ['flink', 'mon'],
    ]);
    const result = scoreDiagram(graph, rubricOf('ecommerce-data-platform'));
    expect(result.findings.some((f) => f.code === 'diagram.hub')).toBe(false);
    expect(result.findings.filter((f) => f.code.startsWith('diagram.flow.')).every((f) => f.severity === 'good')).toBe(true);
  });
});
