import { describe, expect, it } from 'vitest';
import type { SceneSpec } from '../../golden/diagram/draw-lib';
import { namesPeople } from '@/lib/text/people-label';
import { peopleReaders } from '@/lib/diagram/people-readers';
import { edge, flowFinding, grade, graph, kindsBox } from './fixtures';

// Kind: a box naming the people or team who read an output ("bed managers", "ops team", "(finance, audit)") was an
// unknown box, so a serving flow drawn to it ended nowhere. A person or team a store or a dashboard delivers to ends
// the flow like a consumer; those who send data at the source (drivers, patients, users) never do. Drawings and
// wording of their own (not the golden scenes); the interviewer's score is in each title.

describe('labels that name people or teams', () => {
  it('reads teams, offices and staff as people', () => {
    expect(namesPeople('night shift supervisors')).toBe(true);
    expect(namesPeople('revenue assurance team (daily)')).toBe(true);
    expect(namesPeople('(risk, compliance)')).toBe(true);
    expect(namesPeople('plant managers')).toBe(true);
  });

  it('does not read senders or systems as people', () => {
    expect(namesPeople('drivers')).toBe(false);
    expect(namesPeople('rider app users')).toBe(false);
    expect(namesPeople('patients')).toBe(false);
    expect(namesPeople('trip store')).toBe(false);
    expect(namesPeople('Kafka')).toBe(false);
  });
});

describe('people reached from a store', () => {
  it('a team an arrow from a store reaches, sending nothing, is a reader', () => {
    const g = graph([kindsBox('wh', 'warehouse', 'BigQuery marts'), kindsBox('fin', 'unknown', 'revenue assurance team')], [edge('wh', 'fin')]);
    expect([...peopleReaders(g).keys()]).toEqual(['fin']);
  });

  it('a team that sends data on, or one reached only from a job, is not', () => {
    const sends = graph([kindsBox('wh', 'warehouse', 'BigQuery marts'), kindsBox('ops', 'unknown', 'ops team'), kindsBox('k', 'kafka', 'Kafka')], [edge('wh', 'ops'), edge('ops', 'k')]);
    expect(peopleReaders(sends).size).toBe(0);
    const fromJob = graph([kindsBox('job', 'spark_batch', 'Spark job'), kindsBox('ops', 'unknown', 'ops team')], [edge('job', 'ops')]);
    expect(peopleReaders(fromJob).size).toBe(0);
  });
});

/** IoT, right and complete, with the dashboards' readers drawn as people instead of a BI box. */
function iot(reader: string): SceneSpec {
  return {
    boxes: [
      { id: 'gw', label: 'plant gateways (MQTT)', col: 0, row: 0 },
      { id: 'k', label: 'Kafka, keyed by machine', col: 1, row: 0 },
      { id: 'fl', label: 'Flink anomaly rules (event time)', col: 2, row: 0 },
      { id: 'notify', label: 'alert notifier service', col: 3, row: 0 },
      { id: 'ts', label: 'TimescaleDB minute rollups', col: 3, row: 1 },
      { id: 'people', label: reader, col: 4, row: 1 },
      { id: 'lake', label: 'S3 raw Parquet', col: 2, row: 2 },
      { id: 'mes', label: 'MES SQL Server', col: 0, row: 3 },
      { id: 'job', label: 'Spark nightly OEE job', col: 1, row: 3 },
      { id: 'wh', label: 'Snowflake OEE marts', col: 2, row: 3 },
      { id: 'air', label: 'Airflow', col: 1, row: 4 },
      { id: 'mon', label: 'Prometheus + Grafana alerts on lag', col: 3, row: 3 },
      { id: 'dlq', label: 'DLQ topic (bad readings)', col: 2, row: 1 },
    ],
    arrows: [
      { from: 'gw', to: 'k' },
      { from: 'k', to: 'fl' },
      { from: 'fl', to: 'notify' },
      { from: 'fl', to: 'ts' },
      { from: 'ts', to: 'people' },
      { from: 'k', to: 'lake' },
      { from: 'mes', to: 'job' },
      { from: 'lake', to: 'job' },
      { from: 'job', to: 'wh' },
      { from: 'air', to: 'job', dashed: true },
      { from: 'fl', to: 'dlq', dashed: true },
      { from: 'mon', to: 'k', dashed: true },
    ],
  };
}

describe('a serving flow drawn to the people who read it', () => {
  it('"TimescaleDB -> reliability engineers" draws the serving path (interviewer: 82)', () => {
    const result = grade('iot-telemetry', iot('reliability engineers'));
    expect(flowFinding(result, 'serving-path').severity).toBe('good');
  });

  it('a bracketed list of teams reads the same (interviewer: 82)', () => {
    const result = grade('iot-telemetry', iot('(maintenance, plant managers)'));
    expect(flowFinding(result, 'serving-path').severity).toBe('good');
  });

  it('a sender noun at the end ("machines") serves no one (interviewer: 65)', () => {
    const result = grade('iot-telemetry', iot('machines'));
    expect(flowFinding(result, 'serving-path').severity).not.toBe('good');
  });
});
