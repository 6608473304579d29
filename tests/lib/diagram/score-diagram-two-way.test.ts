import { describe, expect, it } from 'vitest';
import type { ArrowSpec, BoxSpec, SceneSpec } from '../../golden/diagram/draw-lib';
import { grade } from './fixtures';

// An arrow with heads at both ends shows a link, not a flow: like a line without heads it says nothing
// about which way data goes. A hub joined to every box by such arrows is a hairball. Scores an
// interviewer would give, written before grading.

/** Every box joined to `hub` by a double-headed arrow. */
function hubScene(hub: BoxSpec, others: BoxSpec[]): SceneSpec {
  return { boxes: [hub, ...others], arrows: others.map((box): ArrowSpec => ({ from: box.id, to: hub.id, heads: 'both' })) };
}

/** The same chain drawn with single arrows, or with heads at both ends. */
function chain(boxes: BoxSpec[], links: [string, string][], heads: ArrowSpec['heads']): SceneSpec {
  return { boxes, arrows: links.map(([from, to]): ArrowSpec => ({ from, to, heads })) };
}

const healthBoxes: BoxSpec[] = [
  { id: 'eng', label: 'Interface engine (HL7 feed)', col: 0, row: 0 },
  { id: 'k', label: 'Kafka', col: 1, row: 0 },
  { id: 'ss', label: 'Spark Structured Streaming', col: 2, row: 0 },
  { id: 'census', label: 'Census table (DynamoDB)', col: 3, row: 0 },
  { id: 'board', label: 'Bed board dashboard', col: 4, row: 0 },
  { id: 'fhir', label: 'FHIR bulk export API', col: 0, row: 2 },
  { id: 'bronze', label: 'Bronze (raw HL7)', col: 2, row: 1 },
  { id: 'batch', label: 'Spark batch MERGE', col: 2, row: 2 },
  { id: 'silver', label: 'Silver (Delta)', col: 3, row: 2 },
  { id: 'gold', label: 'Gold marts', col: 4, row: 2 },
  { id: 'qd', label: 'Quality dashboards', col: 5, row: 2 },
  { id: 'af', label: 'Airflow', col: 3, row: 3 },
  { id: 'mon', label: 'CloudWatch alarms', col: 3, row: 1 },
];
const healthLinks: [string, string][] = [
  ['eng', 'k'], ['k', 'ss'], ['ss', 'census'], ['census', 'board'], ['k', 'bronze'], ['fhir', 'bronze'],
  ['bronze', 'batch'], ['batch', 'silver'], ['silver', 'gold'], ['gold', 'qd'], ['af', 'batch'], ['ss', 'mon'],
];

describe('arrows with heads at both ends are links, not flows', () => {
  it.each<[string, string, number, SceneSpec]>([
    [
      'ecommerce-data-platform',
      'every palette part joined to Kafka with double-headed arrows',
      12,
      hubScene({ id: 'k', label: 'Kafka', col: 2, row: 1, kind: 'kafka' }, [
        { id: 'pg', label: 'Orders Postgres', col: 0, row: 0, kind: 'oltp_database' },
        { id: 'dbz', label: 'Debezium', col: 0, row: 1, kind: 'cdc' },
        { id: 'web', label: 'Clickstream', col: 0, row: 2, kind: 'clickstream' },
        { id: 'ss', label: 'Spark Streaming', col: 1, row: 3, kind: 'spark_streaming' },
        { id: 's3', label: 'S3 lake', col: 2, row: 3, kind: 'object_store' },
        { id: 'dbt', label: 'dbt', col: 3, row: 3, kind: 'dbt' },
        { id: 'wh', label: 'Snowflake', col: 4, row: 2, kind: 'warehouse' },
        { id: 'bi', label: 'Looker', col: 4, row: 1, kind: 'bi_dashboard' },
        { id: 'af', label: 'Airflow', col: 4, row: 0, kind: 'airflow' },
        { id: 'mon', label: 'Monitoring', col: 3, row: -1, kind: 'monitoring' },
        { id: 'dlq', label: 'Dead letters', col: 1, row: -1, kind: 'dead_letter_queue' },
      ]),
    ],
    [
      'iot-telemetry',
      'plain boxes all joined to one Flink box with double-headed arrows',
      10,
      hubScene({ id: 'f', label: 'Flink', col: 2, row: 1 }, [
        { id: 'plc', label: 'PLC sensors', col: 0, row: 0 },
        { id: 'mq', label: 'MQTT broker', col: 0, row: 1 },
        { id: 'k', label: 'Kafka', col: 0, row: 2 },
        { id: 'ts', label: 'TimescaleDB', col: 1, row: 3 },
        { id: 's3', label: 'S3 raw', col: 2, row: 3 },
        { id: 'sb', label: 'Spark batch', col: 3, row: 3 },
        { id: 'graf', label: 'Grafana', col: 4, row: 2 },
        { id: 'alert', label: 'Alert service', col: 4, row: 1 },
        { id: 'af', label: 'Airflow', col: 4, row: 0 },
        { id: 'mes', label: 'MES database', col: 2, row: -1 },
      ]),
    ],
    ['healthcare-records', 'the right chain with heads at both ends of every arrow', 40, chain(healthBoxes, healthLinks, 'both')],
  ])('%s: %s, about %i', (slug, _what, interviewer, spec) => {
    const result = grade(slug, spec);
    expect(Math.abs(result.score - interviewer)).toBeLessThanOrEqual(12);
    expect(result.findings.some((f) => /heads at both ends/.test(f.message))).toBe(true);
  });

  it('the same healthcare chain with single arrows scores far higher: direction is what the heads say', () => {
    expect(grade('healthcare-records', chain(healthBoxes, healthLinks, 'end')).score).toBeGreaterThanOrEqual(grade('healthcare-records', chain(healthBoxes, healthLinks, 'both')).score + 30);
  });

  it('a strong ride-hailing diagram keeps its grade with one request/response arrow drawn with two heads', () => {
    const spec: SceneSpec = {
      boxes: [
        { id: 'apps', label: 'Rider + driver apps', col: 0, row: 0 },
        { id: 'gw', label: 'API gateway', col: 1, row: 0 },
        { id: 'k', label: 'Kafka (pings, trips)', col: 2, row: 0 },
        { id: 'reg', label: 'Schema registry', col: 2, row: -1 },
        { id: 'fl', label: 'Flink surge job', col: 3, row: 0 },
        { id: 'redis', label: 'Redis (surge per cell)', col: 4, row: 0 },
        { id: 'api', label: 'Surge API', col: 5, row: 0 },
        { id: 'price', label: 'Pricing service', col: 6, row: 0 },
        { id: 'dlq', label: 'DLQ', col: 3, row: -1 },
        { id: 'pg', label: 'Trips Postgres', col: 0, row: 1 },
        { id: 'dbz', label: 'Debezium', col: 1, row: 1 },
        { id: 's3', label: 'S3 lake', col: 3, row: 2 },
        { id: 'sb', label: 'Spark batch (daily)', col: 4, row: 2 },
        { id: 'wh', label: 'Snowflake', col: 5, row: 2 },
        { id: 'bi', label: 'Tableau', col: 6, row: 2 },
        { id: 'af', label: 'Airflow', col: 4, row: 3 },
        { id: 'mon', label: 'Prometheus alerts', col: 5, row: 1 },
      ],
      arrows: [
        { from: 'apps', to: 'gw' }, { from: 'gw', to: 'k' }, { from: 'reg', to: 'k', line: true }, { from: 'k', to: 'fl' },
        { from: 'fl', to: 'redis' }, { from: 'redis', to: 'api' }, { from: 'api', to: 'price', heads: 'both', label: 'quote?' },
        { from: 'fl', to: 'dlq' }, { from: 'pg', to: 'dbz' }, { from: 'dbz', to: 'k' }, { from: 'k', to: 's3', via: [[2.5, 1.5]] },
        { from: 's3', to: 'sb' }, { from: 'sb', to: 'wh' }, { from: 'wh', to: 'bi' }, { from: 'af', to: 'sb', dashed: true },
        { from: 'fl', to: 'mon', dashed: true },
      ],
    };
    expect(grade('ride-hailing', spec).score).toBeGreaterThanOrEqual(85);
  });
});
