import { describe, expect, it } from 'vitest';
import type { SceneSpec } from '../../golden/diagram/draw-lib';
import { codes, grade } from './fixtures';

// The stream drawn as one broker. Where the case says acknowledged events must not be lost (card
// authorisations, hospital admissions), the rubric caps the design; elsewhere the penalty alone applies.

/** Card payments with every flow right; `stream` is the label of its one Kafka box. */
const cards = (stream: string): SceneSpec => ({
  boxes: [
    { id: 'sw', label: 'card switch', col: 0, row: 0 },
    { id: 'api', label: 'fraud scoring API', col: 1, row: -1 },
    { id: 'feat', label: 'Redis features', col: 3, row: -1 },
    { id: 'k', label: stream, col: 1, row: 0 },
    { id: 'sr', label: 'schema registry', col: 1, row: 1 },
    { id: 'fl', label: 'Flink velocity job', col: 2, row: 0 },
    { id: 'dlq', label: 'dead letter topic', col: 2, row: 1 },
    { id: 'ledger', label: 'ledger Postgres', col: 0, row: 2 },
    { id: 'cdc', label: 'Debezium CDC', col: 1, row: 2 },
    { id: 's3', label: 'S3 Iceberg (Object Lock)', col: 3, row: 2 },
    { id: 'clr', label: 'clearing files (daily)', col: 3, row: 3 },
    { id: 'sp', label: 'Spark reconciliation', col: 4, row: 2 },
    { id: 'wh', label: 'Snowflake', col: 5, row: 2 },
    { id: 'bi', label: 'finance dashboards', col: 6, row: 2 },
    { id: 'af', label: 'Airflow', col: 4, row: 3 },
    { id: 'mon', label: 'Prometheus + Grafana', col: 3, row: 0 },
  ],
  arrows: [
    { from: 'sw', to: 'api', heads: 'both' }, { from: 'api', to: 'feat' }, { from: 'sw', to: 'k' }, { from: 'sr', to: 'k', line: true },
    { from: 'k', to: 'fl' }, { from: 'fl', to: 'feat' }, { from: 'fl', to: 'dlq', dashed: true }, { from: 'sw', to: 'ledger' },
    { from: 'ledger', to: 'cdc' }, { from: 'cdc', to: 'k' }, { from: 'k', to: 's3' }, { from: 'clr', to: 's3' }, { from: 's3', to: 'sp' },
    { from: 'sp', to: 'wh' }, { from: 'wh', to: 'bi' }, { from: 'af', to: 'sp', dashed: true }, { from: 'mon', to: 'fl', line: true, dashed: true },
  ],
});

describe('one broker where acknowledged events must not be lost caps the design', () => {
  it.each(['Kafka (single node)', 'kafka-1', 'broker', 'Kafka broker', 'Kafka, 1 brk'])('card payments with the stream drawn as "%s" (interviewer: about 60)', (label) => {
    const result = grade('card-payments', cards(label));
    expect(codes(result)).toContain('diagram.antipattern.single-broker');
    expect(result.score).toBeLessThanOrEqual(60);
    expect(result.findings.find((f) => f.code === 'diagram.antipattern.single-broker')!.message).toContain('at most 60');
  });

  it.each(['Kafka (3 brokers, RF=3)', 'Kafka x3', 'Kafka cluster', 'Kafka'])('card payments with "%s" keeps its grade', (label) => {
    const result = grade('card-payments', cards(label));
    expect(codes(result)).not.toContain('diagram.antipattern.single-broker');
    expect(result.score).toBeGreaterThanOrEqual(85);
  });

  it('three boxes "broker-1", "broker-2", "broker-3" are a cluster, not one broker', () => {
    const spec = cards('broker-1');
    spec.boxes.push({ id: 'k2', label: 'broker-2', col: 1, row: 0.5 }, { id: 'k3', label: 'broker-3', col: 1, row: -0.5 });
    expect(codes(grade('card-payments', spec))).not.toContain('diagram.antipattern.single-broker');
  });
});

describe('one broker in a case without the must-not-lose cap costs the penalty only', () => {
  it('ride-hailing surge path on "Kafka (1 broker)": penalised, not capped', () => {
    const spec: SceneSpec = {
      boxes: [
        { id: 'app', label: 'driver app', col: 0, row: 0 },
        { id: 'k', label: 'Kafka (1 broker)', col: 1, row: 0 },
        { id: 'fl', label: 'Flink surge', col: 2, row: 0 },
        { id: 'redis', label: 'Redis surge', col: 3, row: 0 },
        { id: 'api', label: 'pricing API', col: 4, row: 0 },
      ],
      arrows: [{ from: 'app', to: 'k' }, { from: 'k', to: 'fl' }, { from: 'fl', to: 'redis' }, { from: 'redis', to: 'api' }],
    };
    const result = grade('ride-hailing', spec);
    const finding = result.findings.find((f) => f.code === 'diagram.antipattern.single-broker');
    expect(finding).toBeDefined();
    expect(finding!.message).not.toContain('at most');
  });
});
