import { describe, expect, it } from 'vitest';
import type { DiagramEdge, DiagramGraph } from '../../../lib/canvas/diagram-graph';
import { readScene } from '../../../lib/canvas/read-scene';
import { loadCase } from '../../../lib/content/load-cases';
import type { ComponentKind } from '../../../lib/diagram/component-kinds';
import { scoreDiagram } from '../../../lib/diagram/score-diagram';
import { arrow, bind, boundText, line, rect, scene } from '../canvas/scene-builders';
import { component, edge } from './fixtures';

const { rubric } = loadCase('ecommerce-data-platform');

const parts = [
  component('pg', 'oltp_database', 'Postgres'),
  component('debezium', 'cdc', 'Debezium'),
  component('clicks', 'clickstream', 'Clickstream'),
  component('kafka', 'kafka', 'Kafka'),
  component('registry', 'schema_registry', 'Schema Registry'),
  component('stream', 'spark_streaming', 'Spark Structured Streaming'),
  component('batch', 'spark_batch', 'Spark batch'),
  component('s3', 'object_store', 'S3'),
  component('snowflake', 'warehouse', 'Snowflake'),
  component('looker', 'bi_dashboard', 'Looker'),
  component('airflow', 'airflow', 'Airflow'),
  component('grafana', 'monitoring', 'Grafana'),
  component('dlq', 'dead_letter_queue', 'DLQ'),
  component('redis', 'cache', 'Redis stock'),
  component('sftp', 'files', 'Partner CSV'),
  // Who reads the live stock: a store nothing reads serves no use case.
  component('ops', 'bi_dashboard', 'Stock ops board'),
];
const strongEdges: [string, string][] = [
  ['pg', 'debezium'],
  ['debezium', 'kafka'],
  ['clicks', 'kafka'],
  ['kafka', 'registry'],
  ['kafka', 'stream'],
  ['stream', 's3'],
  ['stream', 'dlq'],
  ['s3', 'batch'],
  ['batch', 'snowflake'],
  ['snowflake', 'looker'],
  ['airflow', 'batch'],
  ['stream', 'grafana'],
  ['stream', 'redis'],
  ['sftp', 'batch'],
  ['redis', 'ops'],
];
const graph = (edges: DiagramEdge[], components = parts): DiagramGraph => ({ components, edges, groups: [] });
const score = (g: DiagramGraph) => scoreDiagram(g, rubric);

describe('flows carry the grade', () => {
  it('gives every part dropped with no arrow at most a small share, with a finding per part', () => {
    const result = score(graph([]));
    // Every right box and no arrow: the golden set's hand grades for this kind are 12-15 (gamed-no-arrows in
    // ecommerce, iot and ride: 15; card r6: 12, r7: 15), so "a small share" is at most 15, not 10.
    expect(result.score).toBeLessThanOrEqual(15);
    const lake = result.findings.find((f) => f.code === 'diagram.component.lake.unconnected');
    expect(lake).toMatchObject({ severity: 'missing', refs: ['s3'] });
    expect(lake?.message).toContain('nothing connects to "S3"');
  });

  it('scores a strong diagram with every arrow reversed at most 25 and names the backwards flows', () => {
    const result = score(graph(strongEdges.map(([a, b]) => edge(b, a))));
    expect(result.score).toBeLessThanOrEqual(25);
    const cdc = result.findings.find((f) => f.code === 'diagram.flow.cdc-path');
    expect(cdc?.severity).toBe('wrong');
    expect(cdc?.message).toContain('drawn backwards');
    expect(cdc?.message).toContain('Postgres → Debezium → Kafka');
    expect(cdc?.refs).toEqual(expect.arrayContaining(['debezium->pg', 'kafka->debezium']));
  });

  it('gives the strong diagram full marks and the same diagram with headless lines only part', () => {
    expect(score(graph(strongEdges.map(([a, b]) => edge(a, b)))).score).toBe(100);
    const headless = score(graph(strongEdges.map(([a, b]) => edge(a, b, { undirected: true }))));
    expect(headless.score).toBeGreaterThan(25);
    expect(headless.score).toBeLessThan(60);
    expect(headless.findings.find((f) => f.code === 'diagram.flow.stream-path')?.message).toContain('lines without arrowheads');
  });

  it.each([1, 2, 3, 4, 5])('scores a headless chain through every box in a shuffled order at most 25 (seed %i)', (seed) => {
    const ids = parts.map((p) => p.id);
    let state = seed * 7919;
    for (let i = ids.length - 1; i > 0; i--) {
      state = (state * 48271) % 2147483647;
      const j = state % (i + 1);
      [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    }
    const chain = ids.slice(1).map((id, i) => edge(ids[i]!, id, { undirected: true }));
    expect(score(graph(chain)).score).toBeLessThanOrEqual(25);
  });

  it('does not tick a flow "through CDC" when the database feeds the stream directly', () => {
    const noCdc = parts.filter((p) => p.id !== 'debezium');
    const edges = strongEdges.filter(([a, b]) => a !== 'debezium' && b !== 'debezium').map(([a, b]) => edge(a, b));
    const result = score(graph([...edges, edge('pg', 'kafka')], noCdc));
    expect(result.findings.find((f) => f.code === 'diagram.flow.cdc-path')?.severity).toBe('missing');
    expect(result.findings.find((f) => f.code === 'diagram.component.change-data-capture')?.severity).toBe('missing');
  });

  it('lets one box naming two tools stand for both, in requirements and in paths', () => {
    const merged = [...parts.filter((p) => p.id !== 'debezium' && p.id !== 'kafka'), component('kd', 'kafka', 'Kafka + Debezium', ['kafka', 'cdc'])];
    const rename = (id: string) => (id === 'debezium' || id === 'kafka' ? 'kd' : id);
    const edges = strongEdges.map(([a, b]) => [rename(a), rename(b)] as const).filter(([a, b]) => a !== b).map(([a, b]) => edge(a, b));
    const result = score(graph(edges, merged));
    expect(result.score).toBe(100);
    expect(result.findings.find((f) => f.code === 'diagram.flow.cdc-path')?.message).toContain('Postgres → Kafka + Debezium');
  });

  it('does not route a data flow through a scheduler or a monitor', () => {
    const edges = [edge('pg', 'airflow'), edge('airflow', 'debezium'), edge('debezium', 'grafana'), edge('grafana', 'kafka')];
    const result = score(graph(edges));
    expect(result.findings.find((f) => f.code === 'diagram.flow.cdc-path')?.severity).toBe('missing');
  });
});

describe('equivalent kinds', () => {
  it('meets "stream processing" with Flink or a generic stream processor unless the case says why not', () => {
    const withKind = (kind: ComponentKind, label: string) => parts.map((p) => (p.id === 'stream' ? component('stream', kind, label) : p));
    const edges = strongEdges.map(([a, b]) => edge(a, b));
    expect(score(graph(edges, withKind('flink', 'Flink'))).score).toBe(100);
    expect(score(graph(edges, withKind('stream_processor', 'Azure Stream Analytics'))).score).toBe(100);

    const strict = structuredClone(rubric);
    const requirement = strict.steps.diagram.requiredKinds.find((r) => r.id === 'stream-processing')!;
    requirement.anyOf = ['spark_streaming'];
    requirement.notEquivalent = [{ kind: 'flink', why: 'The team runs Spark only and has no Flink operators.' }];
    const result = scoreDiagram(graph(edges, withKind('flink', 'Flink')), strict);
    const finding = result.findings.find((f) => f.code === 'diagram.component.stream-processing');
    expect(finding?.severity).toBe('missing');
    expect(finding?.message).toContain('The team runs Spark only and has no Flink operators.');
  });
});

describe('whole scenes, read then scored', () => {
  type Box = [id: string, label: string, palette?: ComponentKind];
  function drawn(boxes: Box[], arrows: [string, string][], options: { headless?: boolean } = {}) {
    const elements: Record<string, unknown>[] = [];
    const at = new Map<string, [number, number]>();
    boxes.forEach(([id, label, palette], i) => {
      const x = (i % 5) * 300;
      const y = Math.floor(i / 5) * 200;
      at.set(id, [x, y]);
      const r = rect(id, x, y, 160, 80, palette ? { customData: { kind: palette } } : {});
      elements.push(r, boundText(`${id}-t`, r, label));
    });
    arrows.forEach(([a, b], i) => {
      const [ax, ay] = at.get(a)!;
      const [bx, by] = at.get(b)!;
      const make = options.headless ? line : arrow;
      elements.push(make(`arrow-${i}`, [ax + 80, ay + 40], [bx + 80, by + 40], { startBinding: bind(a), endBinding: bind(b) }));
    });
    return readScene(scene(elements));
  }
  const flowsOf: [string, string][] = [
    ['db', 'cdc'],
    ['cdc', 'bus'],
    ['clicks', 'bus'],
    ['bus', 'stream'],
    ['stream', 'lake'],
    ['stream', 'dlq'],
    ['lake', 'batch'],
    ['batch', 'dwh'],
    ['dwh', 'bi'],
    ['orch', 'batch'],
    ['stream', 'mon'],
    ['bus', 'registry'],
    ['stream', 'stock'],
    ['files', 'batch'],
    // Who reads the live stock: a store nothing reads serves no use case.
    ['stock', 'ops'],
  ];

  it.each([
    ['GCP', ['Cloud SQL (Postgres)', 'Datastream', 'Web & app click events', 'Pub/Sub', 'Dataflow', 'GCS', 'Pub/Sub dead letter topic', 'Dataproc', 'BigQuery', 'Looker Studio', 'Composer', 'Cloud Monitoring', 'Schema registry', 'Bigtable stock', 'Partner CSVs', 'Looker Studio stock view']],
    ['Azure', ['Azure SQL Database', 'Kafka Connect (Debezium)', 'Clickstream', 'Event Hubs', 'Azure Stream Analytics', 'ADLS Gen2', 'Dead-letter queue', 'Azure Databricks', 'Synapse', 'Power BI', 'Azure Data Factory', 'Azure Monitor', 'Schema Registry', 'Cosmos DB stock', 'Partner files (SFTP)', 'Power BI stock view']],
    ['AWS', ['Aurora PostgreSQL', 'AWS DMS', 'Clickstream (Snowplow)', 'Kinesis Data Streams', 'Managed Flink', 'S3', 'DLQ (SQS)', 'Glue job', 'Redshift', 'QuickSight', 'MWAA', 'CloudWatch', 'Glue Schema Registry', 'DynamoDB stock', 'Partner SFTP drop', 'QuickSight stock view']],
    ['whiteboard', ['PG', 'Debezium', 'Clicks', 'MQ', 'Streaming job (stock deltas)', 'Data lake', 'DLQ', 'SQL models', 'BQ', 'Dashboard', 'Cron', 'Alerts', 'Schema registry', 'Redis', 'CSV drops', 'Stock board']],
  ] as const)('scores a strong %s diagram at least 85', (_, labels) => {
    const ids = ['db', 'cdc', 'clicks', 'bus', 'stream', 'lake', 'dlq', 'batch', 'dwh', 'bi', 'orch', 'mon', 'registry', 'stock', 'files', 'ops'];
    const g = drawn(ids.map((id, i) => [id, labels[i]!]), flowsOf);
    const result = scoreDiagram(g, rubric);
    const problems = result.findings.filter((f) => f.severity !== 'good' && f.severity !== 'hint').map((f) => f.message);
    expect(result.score, problems.join('\n')).toBeGreaterThanOrEqual(85);
  });

  it('scores relabelled palette boxes at most 25, and lists them as unrecognised', () => {
    const boxes: Box[] = [
      ['db', 'Operator clipboard', 'oltp_database'],
      ['cdc', 'Someone reads the clipboard', 'cdc'],
      ['clicks', 'Inbox', 'clickstream'],
      ['bus', 'Pigeonhole', 'kafka'],
      ['stream', 'Intern', 'spark_streaming'],
      ['lake', 'Filing cabinet', 'object_store'],
      ['dlq', 'Shredder', 'dead_letter_queue'],
      ['batch', 'Weekly tidy-up', 'spark_batch'],
      ['dwh', 'Binder', 'warehouse'],
      ['bi', 'Monthly email', 'bi_dashboard'],
      ['orch', 'Wall calendar', 'airflow'],
      ['mon', 'Manager', 'monitoring'],
      ['registry', 'Sticky notes', 'schema_registry'],
      ['stock', 'Whiteboard tally', 'cache'],
      ['files', 'Post tray', 'files'],
      ['ops', 'Notice board', 'bi_dashboard'],
    ];
    const result = scoreDiagram(drawn(boxes, flowsOf), rubric);
    expect(result.score).toBeLessThanOrEqual(25);
    expect(result.findings.find((f) => f.code === 'diagram.unrecognised')?.refs).toEqual(expect.arrayContaining(['bi', 'db', 'bus']));
  });

  it('scores the palette boxes with their own labels the same as typed labels', () => {
    const boxes: Box[] = [
      ['db', 'Shop DB', 'oltp_database'],
      ['cdc', 'Debezium CDC', 'cdc'],
      ['clicks', 'Clickstream', 'clickstream'],
      ['bus', 'Kafka', 'kafka'],
      ['stream', 'Spark Structured Streaming', 'spark_streaming'],
      ['lake', 'S3', 'object_store'],
      ['dlq', 'Dead letter queue', 'dead_letter_queue'],
      ['batch', 'Spark batch', 'spark_batch'],
      ['dwh', 'Warehouse', 'warehouse'],
      ['bi', 'BI dashboard', 'bi_dashboard'],
      ['orch', 'Airflow', 'airflow'],
      ['mon', 'Monitoring & alerts', 'monitoring'],
      ['registry', 'Schema registry', 'schema_registry'],
      ['stock', 'Cache', 'cache'],
      ['files', 'File drop', 'files'],
      ['ops', 'Stock ops board', 'bi_dashboard'],
    ];
    expect(scoreDiagram(drawn(boxes, flowsOf), rubric).score).toBe(100);
    expect(scoreDiagram(drawn(boxes, flowsOf, { headless: true }), rubric).score).toBeLessThan(60);
  });
});
