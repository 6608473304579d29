import { describe, expect, it } from 'vitest';
import { CORE_FRESHNESS_CAP } from '@/lib/diagram/score-diagram';
import type { SceneSpec } from '../../golden/diagram/draw-lib';
import { grade } from './fixtures';

// The case's core freshness need (its flows with the tightest freshnessSeconds: IoT alerts within 10
// seconds, surge within 30) drawn through a batch hop AFTER the stream job that could have met it: the
// streaming boxes are there, the wiring defeats them. An interviewer reads that as the right words for
// the wrong thing and fails the design, whatever presence points the boxes carry. Scores written
// before any engine change: 15-20 for both scenes; the controls (the same boxes with the core path
// kept streaming, and an honest batch design with no stream job) are not capped.

const capFinding = (result: ReturnType<typeof grade>) => result.findings.find((f) => f.code === 'diagram.core-freshness');

/** IoT: gateways, Kafka and Flink, the lake, a nightly Spark job, TimescaleDB and Grafana, Airflow, Prometheus; `alerts` wires the alert service. */
function iot(alerts: SceneSpec): SceneSpec {
  return {
    boxes: [
      { id: 'gw', label: 'Edge gateways (MQTT)', col: 0, row: 1 },
      { id: 'k', label: 'Kafka (3 brokers)', col: 1, row: 1 },
      { id: 'fl', label: 'Flink', col: 2, row: 1 },
      { id: 's3', label: 'S3 raw archive', col: 3, row: 1 },
      { id: 'sb', label: 'Spark batch (nightly)', col: 4, row: 1 },
      { id: 'ts', label: 'TimescaleDB', col: 5, row: 2 },
      { id: 'graf', label: 'Grafana', col: 6, row: 2 },
      { id: 'alert', label: 'Alert service', col: 5, row: 0 },
      { id: 'af', label: 'Airflow', col: 4, row: 3 },
      { id: 'mon', label: 'Prometheus', col: 6, row: 0 },
      ...alerts.boxes,
    ],
    arrows: [
      { from: 'gw', to: 'k' }, { from: 'k', to: 'fl' }, { from: 'fl', to: 's3' }, { from: 's3', to: 'sb' }, { from: 'sb', to: 'ts' },
      { from: 'ts', to: 'graf' }, { from: 'af', to: 'sb', dashed: true }, { from: 'alert', to: 'mon', dashed: true },
      ...(alerts.arrows ?? []),
    ],
  };
}

describe("the case's core freshness need defeated behind its own stream job", () => {
  it('IoT: alerts from the nightly job over the archive, Flink only feeding the archive: capped (about 15-20)', () => {
    const result = grade('iot-telemetry', iot({ boxes: [], arrows: [{ from: 'sb', to: 'alert', label: 'next morning' }] }));
    expect(result.score).toBeLessThanOrEqual(CORE_FRESHNESS_CAP);
    expect(result.score).toBeGreaterThanOrEqual(10);
    const finding = capFinding(result);
    expect(finding?.severity).toBe('wrong');
    expect(finding?.message).toMatch(/Flink/);
    expect(finding?.message).toMatch(/10 seconds/);
  });

  it('IoT control: the same boxes with Flink feeding the alert service directly are not capped (60 or more)', () => {
    const result = grade('iot-telemetry', iot({ boxes: [], arrows: [{ from: 'fl', to: 'alert' }] }));
    expect(capFinding(result)).toBeUndefined();
    expect(result.score).toBeGreaterThanOrEqual(60);
  });

  it('IoT control: an honest batch design with no stream job is judged by its flows, not capped', () => {
    const spec: SceneSpec = {
      boxes: [
        { id: 'gw', label: 'Edge gateways', col: 0, row: 1 },
        { id: 'k', label: 'Kafka', col: 1, row: 1 },
        { id: 's3', label: 'S3 raw archive', col: 2, row: 1 },
        { id: 'sb', label: 'Spark batch (hourly)', col: 3, row: 1 },
        { id: 'alert', label: 'Alert service', col: 4, row: 0 },
        { id: 'wh', label: 'Snowflake', col: 4, row: 2 },
        { id: 'bi', label: 'Dashboards', col: 5, row: 2 },
        { id: 'af', label: 'Airflow', col: 3, row: 3 },
      ],
      arrows: [
        { from: 'gw', to: 'k' }, { from: 'k', to: 's3' }, { from: 's3', to: 'sb' }, { from: 'sb', to: 'alert' }, { from: 'sb', to: 'wh' },
        { from: 'wh', to: 'bi' }, { from: 'af', to: 'sb', dashed: true },
      ],
    };
    expect(capFinding(grade('iot-telemetry', spec))).toBeUndefined();
  });

  it('ride-hailing: Flink enriching pings into the lake and surge from a nightly Spark job over it: capped', () => {
    const spec: SceneSpec = {
      boxes: [
        { id: 'apps', label: 'Driver app', col: 0, row: 0 },
        { id: 'k', label: 'Kafka', col: 1, row: 0 },
        { id: 'fl', label: 'Flink (enrich pings)', col: 2, row: 0 },
        { id: 's3', label: 'S3 lake', col: 3, row: 0 },
        { id: 'sb', label: 'Spark job (nightly surge)', col: 4, row: 0 },
        { id: 'redis', label: 'Redis (surge)', col: 5, row: 0 },
        { id: 'api', label: 'Surge API', col: 6, row: 0 },
        { id: 'wh', label: 'BigQuery', col: 5, row: 1 },
        { id: 'bi', label: 'Looker', col: 6, row: 1 },
        { id: 'af', label: 'Airflow', col: 4, row: 2 },
      ],
      arrows: [
        { from: 'apps', to: 'k' }, { from: 'k', to: 'fl' }, { from: 'fl', to: 's3' }, { from: 's3', to: 'sb' }, { from: 'sb', to: 'redis' },
        { from: 'redis', to: 'api' }, { from: 'sb', to: 'wh' }, { from: 'wh', to: 'bi' }, { from: 'af', to: 'sb', dashed: true },
      ],
    };
    const result = grade('ride-hailing', spec);
    expect(result.score).toBeLessThanOrEqual(CORE_FRESHNESS_CAP);
    expect(capFinding(result)?.message).toMatch(/30 seconds/);
  });
});
