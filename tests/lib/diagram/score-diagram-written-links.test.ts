import { describe, expect, it } from 'vitest';
import type { SceneSpec } from '../../golden/diagram/draw-lib';
import { codes, grade } from './fixtures';

// A design written as lines of text with arrows is graded on its content, a little below the same design
// drawn as boxes and arrows. Each scene here is this file's own (IoT telemetry, e-commerce).

const IOT_LINES = [
  'line PLCs (OPC UA) -> edge gateway with local buffer -> Kafka (sensor_id key)',
  'Kafka => Flink anomaly job (10 s) => PagerDuty alerts to technicians',
  'Flink anomaly job => TimescaleDB (1-min rollups) => Grafana',
  'Kafka → S3 Parquet archive → Spark hourly OEE (Airflow) → Grafana',
  'MES orders → Spark hourly OEE',
];

const written: SceneSpec = { boxes: [], notes: IOT_LINES.map((text, row) => ({ text, col: 1, row })) };

const drawn: SceneSpec = {
  boxes: [
    { id: 'plc', label: 'line PLCs (OPC UA)', col: 0, row: 0 },
    { id: 'gw', label: 'edge gateway with local buffer', col: 1, row: 0 },
    { id: 'k', label: 'Kafka (sensor_id key)', col: 2, row: 0 },
    { id: 'fl', label: 'Flink anomaly job (10 s)', col: 3, row: 0 },
    { id: 'pd', label: 'PagerDuty alerts to technicians', col: 4, row: 0 },
    { id: 'ts', label: 'TimescaleDB (1-min rollups)', col: 3, row: 1 },
    { id: 'gr', label: 'Grafana', col: 4, row: 1 },
    { id: 's3', label: 'S3 Parquet archive', col: 2, row: 2 },
    { id: 'oee', label: 'Spark hourly OEE (Airflow)', col: 3, row: 2 },
    { id: 'mes', label: 'MES orders', col: 2, row: 3 },
  ],
  arrows: [
    { from: 'plc', to: 'gw' }, { from: 'gw', to: 'k' }, { from: 'k', to: 'fl' }, { from: 'fl', to: 'pd' }, { from: 'fl', to: 'ts' },
    { from: 'ts', to: 'gr' }, { from: 'k', to: 's3' }, { from: 's3', to: 'oee' }, { from: 'oee', to: 'gr' }, { from: 'mes', to: 'oee' },
  ],
};

describe('scoreDiagram: links written as text', () => {
  it('grades a design written with arrows in text a little below the same design drawn', () => {
    const text = grade('iot-telemetry', written);
    const boxes = grade('iot-telemetry', drawn);
    expect(boxes.score).toBeGreaterThan(60);
    expect(text.score).toBeLessThan(boxes.score);
    expect(text.score).toBeGreaterThanOrEqual(Math.round(boxes.score * 0.75));
    expect(codes(text)).toContain('diagram.written-links');
    expect(codes(boxes)).not.toContain('diagram.written-links');
  });

  it('gives keyword chains written with arrows nothing', () => {
    const keywords: SceneSpec = {
      boxes: [],
      notes: [
        { text: 'CDC -> exactly once -> SCD2 -> star schema', col: 1, row: 0 },
        { text: 'GDPR -> erasure -> 30 days -> audit', col: 1, row: 1 },
      ],
    };
    expect(grade('ecommerce-data-platform', keywords).score).toBeLessThanOrEqual(10);
  });
});
