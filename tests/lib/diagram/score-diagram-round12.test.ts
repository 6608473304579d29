import { describe, expect, it } from 'vitest';
import { kindsFromLabel } from '@/lib/canvas/classify-kind';
import type { SceneSpec } from '../../golden/diagram/draw-lib';
import { grade } from './fixtures';

// Kinds of fault from the round-12 blind diagrams, each with drawings of its own; `expected` is the
// interviewer's score, written before the engine graded them: a diagram pasted from another case, a
// nightly batch under real-time labels, whiteboard shorthand, a partial but correct fraud path, and
// unusual vendors.

const chain = (...ids: string[]) => ids.slice(1).map((to, i) => ({ from: ids[i]!, to }));
const SCENES: { name: string; slug: string; expected: number; spec: SceneSpec }[] = [
  // K1: another case's diagram pasted in (interviewer: 5)
  { name: 'iot-pasted-ride', slug: 'iot-telemetry', expected: 5, spec: {
    boxes: [
      { id: 'app', label: 'Rider + driver apps', col: 0, row: 0 }, { id: 'k', label: 'Kinesis', col: 1, row: 0 },
      { id: 'f', label: 'Flink surge job', col: 2, row: 0 }, { id: 'r', label: 'Redis surge multipliers', col: 3, row: 0 },
      { id: 'api', label: 'Pricing API', col: 4, row: 0 }, { id: 's3', label: 'S3 trip archive', col: 2, row: 1 },
      { id: 'pg', label: 'Trips Postgres', col: 0, row: 2 }, { id: 'sp', label: 'Spark nightly', col: 1, row: 2 },
      { id: 'bq', label: 'BigQuery fares', col: 2, row: 2 }, { id: 'bi', label: 'Looker rider dashboards', col: 3, row: 2 },
    ],
    arrows: [...chain('app', 'k', 'f', 'r', 'api'), { from: 'k', to: 's3' }, ...chain('pg', 'sp', 'bq', 'bi')],
  } },
  { name: 'card-pasted-ecom', slug: 'card-payments', expected: 6, spec: {
    boxes: [
      { id: 'web', label: 'Storefront clickstream', col: 0, row: 0 }, { id: 'pg', label: 'Shop Postgres (carts, checkouts)', col: 0, row: 1 },
      { id: 'dbz', label: 'Debezium', col: 1, row: 1 }, { id: 'k', label: 'Kafka', col: 2, row: 0 },
      { id: 'ss', label: 'Spark Streaming', col: 3, row: 0 }, { id: 'r', label: 'Redis stock levels', col: 4, row: 0 },
      { id: 's3', label: 'S3', col: 3, row: 1 }, { id: 'dbt', label: 'dbt', col: 4, row: 1 }, { id: 'sf', label: 'Snowflake merchandising marts', col: 5, row: 1 },
      { id: 'bi', label: 'Looker basket dashboards', col: 6, row: 1 },
    ],
    arrows: [...chain('web', 'k', 'ss', 'r'), ...chain('pg', 'dbz', 'k', 's3', 'dbt', 'sf', 'bi')],
  } },
  // K1 mixed: own diagram, one source drawn with another case's nouns (interviewer: ~78)
  { name: 'iot-mes-as-shop', slug: 'iot-telemetry', expected: 78, spec: {
    boxes: [
      { id: 'dev', label: 'Machine sensors + edge gateways', col: 0, row: 0 }, { id: 'k', label: 'Kafka (3 brokers)', col: 1, row: 0 },
      { id: 'sr', label: 'Schema registry', col: 1, row: 1 }, { id: 'f', label: 'Flink anomaly job', col: 2, row: 0 },
      { id: 'alert', label: 'Technician alert service', col: 3, row: 0 }, { id: 'ts', label: 'Cassandra recent readings', col: 3, row: 1 },
      { id: 's3', label: 'S3 raw readings (Iceberg)', col: 2, row: 2 }, { id: 'pg', label: 'Shop orders Postgres (carts)', col: 0, row: 3 },
      { id: 'sp', label: 'Spark batch', col: 3, row: 3 }, { id: 'gold', label: 'Gold OEE tables', col: 4, row: 3 },
      { id: 'bi', label: 'Grafana OEE dashboards', col: 5, row: 3 }, { id: 'af', label: 'Airflow', col: 4, row: 4 },
      { id: 'mon', label: 'Prometheus monitoring', col: 5, row: 4 }, { id: 'dlq', label: 'DLQ topic', col: 2, row: 1 },
    ],
    arrows: [...chain('dev', 'k', 'f', 'alert'), { from: 'k', to: 'ts' }, { from: 'k', to: 's3' }, { from: 'f', to: 'dlq' }, ...chain('s3', 'sp', 'gold', 'bi'), { from: 'pg', to: 'sp' }, { from: 'ts', to: 'bi' }],
  } },
  // K1 control: own nouns everywhere, unusual words (interviewer: 92)
  { name: 'iot-own-words', slug: 'iot-telemetry', expected: 92, spec: {
    boxes: [
      { id: 'dev', label: 'Spindle vibration sensors', col: 0, row: 0 }, { id: 'gw', label: 'Plant edge gateways (MQTT)', col: 1, row: 0 },
      { id: 'k', label: 'Kafka (3 brokers)', col: 2, row: 0 }, { id: 'sr', label: 'Schema registry', col: 2, row: 1 },
      { id: 'f', label: 'Flink anomaly detection', col: 3, row: 0 }, { id: 'alert', label: 'Pager for maintenance technicians', col: 4, row: 0 },
      { id: 'ts', label: 'TimescaleDB', col: 4, row: 1 }, { id: 's3', label: 'S3 bronze readings', col: 3, row: 2 },
      { id: 'mes', label: 'MES (SQL Server)', col: 0, row: 3 }, { id: 'sp', label: 'Spark hourly rollups', col: 4, row: 3 },
      { id: 'gold', label: 'Gold OEE per line', col: 5, row: 3 }, { id: 'bi', label: 'Plant manager OEE dashboards', col: 6, row: 3 },
      { id: 'af', label: 'Airflow', col: 5, row: 4 }, { id: 'mon', label: 'Prometheus + Grafana alerts on lag', col: 6, row: 4 },
      { id: 'dlq', label: 'Bad readings DLQ', col: 3, row: 1 },
    ],
    arrows: [...chain('dev', 'gw', 'k', 'f', 'alert'), { from: 'k', to: 'ts' }, { from: 'k', to: 's3' }, { from: 'f', to: 'dlq' }, ...chain('s3', 'sp', 'gold', 'bi'), { from: 'mes', to: 'sp' }, { from: 'ts', to: 'bi' }],
  } },
  // K2: nightly batch feeding a real-time label (interviewer: 12)
  { name: 'card-nightly-as-realtime', slug: 'card-payments', expected: 12, spec: {
    boxes: [
      { id: 'sw', label: 'Authorisation switch', col: 0, row: 0 }, { id: 'ledger', label: 'Ledger Postgres', col: 1, row: 1 },
      { id: 's3', label: 'S3 authorisations', col: 1, row: 0 }, { id: 'sp', label: 'Daily Spark feature job', col: 2, row: 0 },
      { id: 'sf', label: 'Snowflake (online features)', col: 3, row: 0 }, { id: 'api', label: 'Real-time fraud scoring < 100 ms', col: 4, row: 0 },
      { id: 'bi', label: 'Tableau', col: 4, row: 1 }, { id: 'kafka', label: 'Kafka', col: 2, row: 2 }, { id: 'flink', label: 'Flink', col: 3, row: 2 },
    ],
    arrows: [...chain('sw', 's3', 'sp', 'sf', 'api'), { from: 'sw', to: 'ledger' }, { from: 'sf', to: 'bi' }],
  } },
  // K3: whiteboard abbreviations (interviewer: ride ~85, iot ~85)
  { name: 'ride-whiteboard', slug: 'ride-hailing', expected: 85, spec: {
    boxes: [
      { id: 'app', label: 'driver app', col: 0, row: 0 }, { id: 'gw', label: 'ingest gw', col: 1, row: 0 },
      { id: 'k', label: 'Kafka x3', col: 2, row: 0 }, { id: 'ss', label: 'Spark SS', col: 3, row: 0 },
      { id: 'r', label: 'Redis', col: 4, row: 0 }, { id: 'svc', label: 'surge svc', col: 5, row: 0 },
      { id: 'map', label: 'ops map', col: 5, row: 1 }, { id: 'db', label: 'trips DB', col: 0, row: 2 },
      { id: 'dbz', label: 'Debezium', col: 1, row: 2 }, { id: 's3', label: 'S3 lake', col: 3, row: 2 },
      { id: 'trino', label: 'Trino', col: 4, row: 2 }, { id: 'wh', label: 'WH', col: 4, row: 3 }, { id: 'dash', label: 'city dash 07:00', col: 5, row: 3 },
      { id: 'af', label: 'Airflow', col: 3, row: 3 }, { id: 'k8s', label: 'k8s', col: 2, row: 4 }, { id: 'mon', label: 'Prometheus', col: 3, row: 4 },
      { id: 'dlq', label: 'DLQ', col: 3, row: 1 }, { id: 'sp', label: 'Spark batch', col: 3, row: 3.5 },
    ],
    arrows: [...chain('app', 'gw', 'k', 'ss', 'r', 'svc'), { from: 'r', to: 'map' }, ...chain('db', 'dbz', 'k'), { from: 'k', to: 's3' }, { from: 'ss', to: 'dlq' }, ...chain('s3', 'sp', 'wh', 'dash'), { from: 's3', to: 'trino' }],
  } },
  { name: 'iot-whiteboard', slug: 'iot-telemetry', expected: 85, spec: {
    boxes: [
      { id: 'plc', label: 'PLCs', col: 0, row: 0 }, { id: 'gw', label: 'edge gw', col: 1, row: 0 },
      { id: 'k', label: 'Kafka (3 brokers)', col: 2, row: 0 }, { id: 'ss', label: 'Spark SS', col: 3, row: 0 },
      { id: 'svc', label: 'alert svc', col: 4, row: 0 }, { id: 'db', label: 'TS DB', col: 4, row: 1 },
      { id: 's3', label: 'S3', col: 3, row: 2 }, { id: 'mes', label: 'MES', col: 0, row: 3 }, { id: 'sp', label: 'Spark batch', col: 4, row: 3 },
      { id: 'wh', label: 'WH', col: 5, row: 3 }, { id: 'dash', label: 'OEE dash', col: 6, row: 3 }, { id: 'af', label: 'Airflow', col: 5, row: 4 },
      { id: 'mon', label: 'Grafana alerts', col: 6, row: 4 }, { id: 'dlq', label: 'DLQ', col: 3, row: 1 },
    ],
    arrows: [...chain('plc', 'gw', 'k', 'ss', 'svc'), { from: 'k', to: 'db' }, { from: 'k', to: 's3' }, { from: 'ss', to: 'dlq' }, ...chain('s3', 'sp', 'wh', 'dash'), { from: 'mes', to: 'sp' }],
  } },
  // K4: partial but correct: the fraud path alone (interviewer: 45)
  { name: 'card-fraud-only', slug: 'card-payments', expected: 45, spec: {
    boxes: [
      { id: 'sw', label: 'Auth switch', col: 0, row: 0 }, { id: 'k', label: 'Kafka', col: 1, row: 0 }, { id: 'f', label: 'Flink features', col: 2, row: 0 },
      { id: 'r', label: 'Redis feature store', col: 3, row: 0 }, { id: 'api', label: 'Fraud scoring API', col: 4, row: 0 },
    ],
    arrows: [...chain('sw', 'k', 'f', 'r'), { from: 'api', to: 'r' }],
  } },
  // K4: unusual vendors (interviewer: IoT Redpanda + Dagster 85, health Azure 85)
  { name: 'iot-redpanda-dagster', slug: 'iot-telemetry', expected: 85, spec: {
    boxes: [
      { id: 'dev', label: 'Sensors', col: 0, row: 0 }, { id: 'gw', label: 'EMQX edge broker', col: 1, row: 0 },
      { id: 'k', label: 'Redpanda (3 nodes)', col: 2, row: 0 }, { id: 'f', label: 'Bytewax anomaly detector', col: 3, row: 0 },
      { id: 'alert', label: 'PagerDuty to technicians', col: 4, row: 0 }, { id: 'ts', label: 'QuestDB', col: 4, row: 1 },
      { id: 's3', label: 'MinIO raw', col: 3, row: 2 }, { id: 'mes', label: 'MES SQL Server', col: 0, row: 3 },
      { id: 'dbt', label: 'dbt on DuckDB', col: 4, row: 3 }, { id: 'bi', label: 'Superset OEE', col: 5, row: 3 },
      { id: 'dag', label: 'Dagster', col: 5, row: 4 }, { id: 'mon', label: 'Prometheus', col: 6, row: 4 }, { id: 'dlq', label: 'dead-letter topic', col: 3, row: 1 },
    ],
    arrows: [...chain('dev', 'gw', 'k', 'f', 'alert'), { from: 'k', to: 'ts' }, { from: 'k', to: 's3' }, { from: 'f', to: 'dlq' }, ...chain('s3', 'dbt', 'bi'), { from: 'mes', to: 'dbt' }, { from: 'ts', to: 'bi' }],
  } },
];
SCENES.push({ name: 'iot-pasted-short', slug: 'iot-telemetry', expected: 5, spec: {
  boxes: [
    { id: 'pg', label: 'Shop Postgres', col: 0, row: 0 }, { id: 'dbz', label: 'Debezium', col: 1, row: 0 }, { id: 'k', label: 'Kafka', col: 2, row: 0 },
    { id: 's3', label: 'S3', col: 3, row: 0 }, { id: 'dbt', label: 'dbt', col: 4, row: 0 }, { id: 'sf', label: 'Snowflake sales', col: 5, row: 0 },
  ],
  arrows: chain('pg', 'dbz', 'k', 's3', 'dbt', 'sf'),
} });
SCENES.push({ name: 'iot-pasted-full-ecom', slug: 'iot-telemetry', expected: 5, spec: {
  boxes: [
    { id: 'web', label: 'Web clickstream', col: 0, row: 0 }, { id: 'pg', label: 'Shop Postgres', col: 0, row: 1 }, { id: 'dbz', label: 'Debezium', col: 1, row: 1 },
    { id: 'k', label: 'Kafka', col: 2, row: 0 }, { id: 'ss', label: 'Spark Streaming', col: 3, row: 0 }, { id: 'r', label: 'Redis', col: 4, row: 0 },
    { id: 's3', label: 'S3', col: 3, row: 1 }, { id: 'dbt', label: 'dbt', col: 4, row: 1 }, { id: 'sf', label: 'Snowflake sales', col: 5, row: 1 },
    { id: 'bi', label: 'Looker', col: 6, row: 1 }, { id: 'af', label: 'Airflow', col: 4, row: 2 },
  ],
  arrows: [...chain('web', 'k', 'ss', 'r'), ...chain('pg', 'dbz', 'k', 's3', 'dbt', 'sf', 'bi'), { from: 'af', to: 'dbt' }],
} });
const fraudBoxes = [
  { id: 'sw', label: 'Authorisation switch', col: 0, row: 0 }, { id: 'k', label: 'Kafka (auths topic)', col: 1, row: 0 }, { id: 'f', label: 'Flink: velocity features', col: 2, row: 0 },
  { id: 'r', label: 'Redis online features', col: 3, row: 0 }, { id: 'api', label: 'Fraud scoring service', col: 3, row: 1 },
];
SCENES.push({ name: 'card-fraud-only-calls', slug: 'card-payments', expected: 45, spec: { boxes: fraudBoxes, arrows: [...chain('sw', 'k', 'f', 'r', 'api'), { from: 'sw', to: 'api', heads: 'both' }] } });
SCENES.push({ name: 'card-fraud-only-dlq', slug: 'card-payments', expected: 48, spec: { boxes: [...fraudBoxes, { id: 'dlq', label: 'DLQ', col: 2, row: 1 }, { id: 'mon', label: 'Datadog', col: 4, row: 1 }], arrows: [...chain('sw', 'k', 'f', 'r'), { from: 'r', to: 'api' }, { from: 'api', to: 'sw' }, { from: 'f', to: 'dlq' }] } });
for (const [i, flink] of ['Flink (1-min sliding windows)', 'Flink: 5 min velocity windows', 'Spark SS (10 s micro-batch)', 'Flink, 24h spend per card', 'Flink hourly + daily counters'].entries()) {
  SCENES.push({ name: `card-fraud-win-${i}`, slug: 'card-payments', expected: 45, spec: { boxes: fraudBoxes.map((b) => (b.id === 'f' ? { ...b, label: flink } : b)), arrows: [...chain('sw', 'k', 'f', 'r', 'api')] } });
}
for (const [i, store] of ['Feast online store (Redis)', 'Redis (TTL 24h)', 'DynamoDB card features', 'Online features: Redis, refreshed every second'].entries()) {
  SCENES.push({ name: `card-fraud-store-${i}`, slug: 'card-payments', expected: 45, spec: { boxes: fraudBoxes.map((b) => (b.id === 'r' ? { ...b, label: store } : b)), arrows: [...chain('sw', 'k', 'f', 'r', 'api')] } });
}

describe('round-12 kinds: each drawing within 12 points of the interviewer', () => {
  for (const scene of SCENES) {
    it(`${scene.name} (interviewer ${scene.expected})`, () => {
      expect(Math.abs(grade(scene.slug, scene.spec).score - scene.expected)).toBeLessThanOrEqual(12);
    });
  }
});

describe('whiteboard shorthand is read as what it stands for', () => {
  it.each([
    ['Spark SS', 'spark_streaming'], ['surge svc', 'serving_api'], ['ops map', 'bi_dashboard'], ['city dash 07:00', 'bi_dashboard'],
    ['PLCs', 'iot_devices'], ['edge gw', 'iot_devices'], ['ingest gw', 'api_gateway'], ['WH', 'warehouse'], ['TS DB', 'timeseries_database'], ['k8s', 'kubernetes'],
  ])('%s -> %s', (label, kind) => {
    expect(kindsFromLabel(label).kinds[0]).toBe(kind);
  });
});

describe('boxes named for another business', () => {
  it('a pasted source says which subjects do not belong', () => {
    const result = grade('iot-telemetry', SCENES.find((scene) => scene.name === 'iot-mes-as-shop')!.spec);
    const finding = result.findings.find((f) => f.code === 'diagram.flow.mes-path');
    expect(finding?.severity).toBe('wrong');
    expect(finding?.message).toContain('"Shop"');
  });
});
