import { describe, expect, it } from 'vitest';
import type { DiagramComponent, DiagramEdge, DiagramGraph } from '../../../lib/canvas/diagram-graph';
import { loadCase } from '../../../lib/content/load-cases';
import type { ComponentKind } from '../../../lib/diagram/component-kinds';
import { findPath } from '../../../lib/diagram/find-path';
import { scoreDiagram } from '../../../lib/diagram/score-diagram';
import { edge } from './fixtures';

const { rubric } = loadCase('ecommerce-data-platform');

function component(id: string, kind: ComponentKind, label = id): DiagramComponent {
  return { id, label, kind, elementIds: [id, `${id}-text`], bounds: { x: 0, y: 0, width: 100, height: 50 } };
}
function graph(components: DiagramComponent[], edges: DiagramEdge[] = []): DiagramGraph {
  return { components, edges, groups: [] };
}

const reference = graph(
  [
    component('pg', 'oltp_database', 'Postgres'),
    component('debezium', 'cdc', 'Debezium'),
    component('clicks', 'clickstream', 'Clickstream'),
    component('kafka', 'kafka', 'Kafka'),
    component('registry', 'schema_registry', 'Schema Registry'),
    component('stream', 'spark_streaming', 'Spark Structured Streaming'),
    component('batch', 'spark_batch', 'Spark batch'),
    component('s3', 'object_store', 'S3 bronze/silver/gold'),
    component('snowflake', 'warehouse', 'Snowflake'),
    component('looker', 'bi_dashboard', 'Looker'),
    component('airflow', 'airflow', 'Airflow'),
    component('grafana', 'monitoring', 'Grafana alerts'),
    component('dlq', 'dead_letter_queue', 'DLQ'),
    component('redis', 'cache', 'Redis stock'),
    component('sftp', 'files', 'Partner CSV'),
    // Who reads the live stock: a store nothing reads serves no use case.
    component('ops', 'bi_dashboard', 'Stock ops board'),
  ],
  [
    edge('pg', 'debezium'),
    edge('debezium', 'kafka'),
    edge('clicks', 'kafka'),
    edge('kafka', 'stream'),
    edge('stream', 's3'),
    edge('stream', 'dlq'),
    edge('s3', 'batch'),
    edge('batch', 'snowflake'),
    edge('snowflake', 'looker'),
    edge('airflow', 'batch'),
    edge('stream', 'grafana'),
    edge('stream', 'redis'),
    edge('sftp', 'batch'),
    edge('redis', 'ops'),
  ],
);

describe('diagram scoring', () => {
  it('gives a complete design full marks, with the elements behind each point', () => {
    const result = scoreDiagram(reference, rubric);
    expect(result.score).toBe(100);
    expect(result.findings.every((finding) => finding.severity === 'good')).toBe(true);
    const stream = result.findings.find((finding) => finding.code === 'diagram.flow.stream-path');
    expect(stream?.message).toContain('Debezium → Kafka → Spark Structured Streaming → S3 bronze/silver/gold');
    expect(stream?.refs).toContain('debezium->kafka');
  });

  it('scores an empty scene 0 and says where the missing parts would go', () => {
    const result = scoreDiagram(graph([]), rubric);
    expect(result.score).toBe(0);
    const lake = result.findings.find((finding) => finding.code === 'diagram.component.lake');
    expect(lake?.severity).toBe('missing');
    expect(lake?.message).toContain('after processing, before the consumers');
  });

  it('penalises dashboards on the OLTP database and missing schema management', () => {
    const weak = graph(
      [component('pg', 'oltp_database', 'Postgres'), component('kafka', 'kafka', 'Kafka'), component('tableau', 'bi_dashboard', 'Tableau')],
      // Kafka has a producer, so schema management between producers and consumers is judged.
      [edge('tableau', 'pg'), edge('pg', 'kafka')],
    );
    const result = scoreDiagram(weak, rubric);
    const oltp = result.findings.find((finding) => finding.code === 'diagram.antipattern.dashboards-on-oltp');
    // The rubric's 15-point penalty keeps its weight against the rubric's 96 points.
    expect(oltp).toMatchObject({ severity: 'wrong', points: 15.6 });
    expect(oltp?.refs).toEqual(expect.arrayContaining(['pg', 'tableau', 'tableau->pg']));
    expect(result.findings.some((finding) => finding.code === 'diagram.antipattern.no-schema-management')).toBe(true);
    expect(result.score).toBeLessThan(20);
  });

  it('hints at boxes it cannot recognise and at a diagram with no arrows', () => {
    const result = scoreDiagram(graph([component('a', 'unknown', 'Thing'), component('b', 'kafka', 'Kafka')]), rubric);
    expect(result.findings.find((finding) => finding.code === 'diagram.unrecognised')?.refs).toEqual(['a', 'a-text']);
    expect(result.findings.some((finding) => finding.code === 'diagram.no-arrows')).toBe(true);
  });
});

describe('paths', () => {
  it('follows arrows through any hops, and lines both ways, but never backwards along an arrow', () => {
    const g = graph([component('a', 'clickstream'), component('b', 'kafka'), component('c', 'object_store')], [edge('a', 'b'), edge('c', 'b', { undirected: true })]);
    expect(findPath(g, ['clickstream'], ['object_store'])?.componentIds).toEqual(['a', 'b', 'c']);
    const backwards = graph([component('a', 'clickstream'), component('b', 'kafka')], [edge('b', 'a')]);
    expect(findPath(backwards, ['clickstream'], ['kafka'])).toBeUndefined();
  });
});
