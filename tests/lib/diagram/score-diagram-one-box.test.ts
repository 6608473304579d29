import { describe, expect, it } from 'vitest';
import { readScene } from '@/lib/canvas/read-scene';
import { kitchenSinks } from '@/lib/diagram/kitchen-sink';
import { buildScene } from '../../golden/diagram/draw-lib';
import type { SceneSpec } from '../../golden/diagram/draw-lib';
import { flowFinding, grade } from './fixtures';

// A box is one component. Two related tools in one box keep both kinds; a box listing tools of three
// or more stages, or one box that is three consecutive steps of a flow, is a list, not a design: what
// only it names earns a small share, with a finding naming the box.

describe('one box labelled with the tools of every stage', () => {
  // Scores an interviewer would give, written before grading: a source, a list, a consumer is about 10.
  it.each<[string, string, number, SceneSpec]>([
    [
      'iot-telemetry',
      'machines into one box of MQTT, Kafka, Flink and TimescaleDB, then Grafana',
      25,
      {
        boxes: [
          { id: 'm', label: 'Machine sensors', col: 0, row: 1 },
          { id: 'all', label: 'MQTT + Kafka + Flink\n+ TimescaleDB + S3 + Airflow', col: 1, row: 1, width: 320 },
          { id: 'g', label: 'Grafana boards', col: 3, row: 1 },
          { id: 'a', label: 'Alert service', col: 3, row: 2 },
        ],
        arrows: [
          { from: 'm', to: 'all' },
          { from: 'all', to: 'g' },
          { from: 'all', to: 'a' },
        ],
      },
    ],
    [
      'card-payments',
      'the switch into one box of Kafka, Flink, Redis and Snowflake, then the scoring API',
      25,
      {
        boxes: [
          { id: 'sw', label: 'Auth switch', col: 0, row: 1 },
          { id: 'all', label: 'Kafka / Flink / Redis features\n/ Snowflake / Tableau', col: 1, row: 1, width: 300 },
          { id: 'api', label: 'Fraud scoring API', col: 3, row: 1 },
        ],
        arrows: [
          { from: 'sw', to: 'all' },
          { from: 'all', to: 'api' },
        ],
      },
    ],
    [
      'ride-hailing',
      'driver pings into one comma list of AWS services, then QuickSight',
      25,
      {
        boxes: [
          { id: 'd', label: 'Driver app', col: 0, row: 1 },
          { id: 'all', label: 'Kinesis, Lambda, DynamoDB,\nS3, Athena, Step Functions', col: 1, row: 1, width: 300 },
          { id: 'q', label: 'QuickSight', col: 3, row: 1 },
        ],
        arrows: [
          { from: 'd', to: 'all' },
          { from: 'all', to: 'q' },
        ],
      },
    ],
    [
      'ecommerce-data-platform',
      'one lonely box listing the whole stack',
      10,
      { boxes: [{ id: 'all', label: 'Debezium Kafka Flink Delta dbt Looker Airflow', col: 1, row: 1, width: 420 }] },
    ],
  ])('%s: %s scores at most %i', (slug, _what, most, spec) => {
    const result = grade(slug, spec);
    expect(result.score).toBeLessThanOrEqual(most);
    const hint = result.findings.find((f) => f.code === 'diagram.one-box');
    expect(hint?.message).toMatch(/one box/);
    expect(result.findings.some((f) => f.code.endsWith('.one-box') && f.severity === 'missing')).toBe(true);
  });

  it('names the box and its stages in the flow it stands in for', () => {
    const result = grade('healthcare-records', {
      boxes: [
        { id: 'e', label: 'Epic ADT feed', col: 0, row: 1 },
        { id: 'all', label: 'Event Hubs + Databricks streaming\n+ ADLS bronze + Power BI', col: 1, row: 1, width: 320 },
      ],
      arrows: [{ from: 'e', to: 'all' }],
    });
    const landing = flowFinding(result, 'hl7-landing');
    expect(landing.severity).toBe('missing');
    expect(landing.message).toContain('"Event Hubs + Databricks streaming + ADLS bronze + Power BI"');
    expect(landing.message).toMatch(/ingestion, processing, storage and serving/);
  });
});

describe('two related tools in one box are both parts', () => {
  it.each<[string, string]>([
    ['Kafka + Debezium', 'ingestion'],
    ['Postgres / S3', 'source and storage'],
    ['Flink -> Redis (live stock)', 'processing and serving'],
    ['Airflow + Datadog', 'scheduling and operations'],
    ['S3 + Delta (bronze / silver / gold)', 'storage'],
    ['MQTT-to-Kafka bridge', 'source and ingestion'],
  ])('"%s" (%s) is not a list', (label) => {
    const graph = readScene((buildScene({ boxes: [{ id: 'b', label, col: 0, row: 0, width: 300 }] }) as { elements: unknown[] }).elements);
    expect(kitchenSinks(graph).size).toBe(0);
  });

  it('a strong card design drawn with paired boxes keeps its flows', () => {
    const result = grade('card-payments', {
      boxes: [
        { id: 'sw', label: 'Auth switch', col: 0, row: 1 },
        { id: 'pg', label: 'Ledger Postgres', col: 1, row: 2 },
        { id: 'cdc', label: 'Debezium + Kafka Connect', col: 2, row: 2, width: 220 },
        { id: 'k', label: 'Kafka + Schema Registry', col: 1, row: 1, width: 220 },
        { id: 'f', label: 'Flink -> Redis features', col: 2, row: 1, width: 220 },
        { id: 'api', label: 'Fraud scoring API', col: 3, row: 1 },
        { id: 's3', label: 'S3 + Iceberg raw', col: 3, row: 2 },
        { id: 'clr', label: 'Clearing files (SFTP)', col: 3, row: 3 },
        { id: 'sp', label: 'Spark + dbt', col: 4, row: 2 },
        { id: 'wh', label: 'Snowflake marts', col: 5, row: 2 },
        { id: 'bi', label: 'Tableau', col: 6, row: 2 },
        { id: 'ops', label: 'Airflow + Datadog', col: 4, row: 3, width: 200 },
        { id: 'dlq', label: 'DLQ topic', col: 2, row: 0 },
      ],
      arrows: [
        { from: 'sw', to: 'pg' },
        { from: 'sw', to: 'k' },
        { from: 'k', to: 'f' },
        { from: 'f', to: 'api' },
        { from: 'f', to: 'dlq' },
        { from: 'pg', to: 'cdc' },
        { from: 'cdc', to: 's3' },
        { from: 's3', to: 'sp' },
        { from: 'clr', to: 'sp' },
        { from: 'sp', to: 'wh' },
        { from: 'wh', to: 'bi' },
        { from: 'ops', to: 'sp', dashed: true },
      ],
    });
    for (const id of ['feature-path', 'ledger-posting', 'ledger-to-lake', 'reconciliation-path', 'serving-path']) expect(flowFinding(result, id).severity, id).toBe('good');
    expect(result.findings.some((f) => f.code === 'diagram.one-box')).toBe(false);
  });
});

describe('one box that is three consecutive steps of a flow', () => {
  it('Debezium + Kafka + Flink in one box names the stream flow instead of drawing it', () => {
    const result = grade('ecommerce-data-platform', {
      boxes: [
        { id: 'pg', label: 'Orders Postgres', col: 0, row: 1 },
        { id: 'mid', label: 'Debezium + Kafka + Flink', col: 1, row: 1, width: 260 },
        { id: 's3', label: 'S3 bronze', col: 3, row: 1 },
      ],
      arrows: [
        { from: 'pg', to: 'mid' },
        { from: 'mid', to: 's3' },
      ],
    });
    const stream = flowFinding(result, 'stream-path');
    expect(stream.severity).toBe('missing');
    expect(stream.message).toMatch(/alone is 3 of its steps/);
    // Two of the flow's steps in one box is a pair, not a list: the CDC flow still reads.
    expect(flowFinding(result, 'cdc-path').severity).toBe('good');
  });

  it('Kafka + Flink in one box (two steps) still carries the card feature flow', () => {
    const result = grade('card-payments', {
      boxes: [
        { id: 'sw', label: 'Card switch', col: 0, row: 1 },
        { id: 'kf', label: 'Kafka + Flink', col: 1, row: 1 },
        { id: 'r', label: 'Redis online features', col: 2, row: 1 },
        { id: 'api', label: 'Fraud scoring API', col: 3, row: 1 },
      ],
      arrows: [
        { from: 'sw', to: 'kf' },
        { from: 'kf', to: 'r' },
        // Who reads the features: a store nothing reads serves no use case.
        { from: 'r', to: 'api' },
      ],
    });
    expect(flowFinding(result, 'feature-path').severity).toBe('good');
  });
});
