import { describe, expect, it } from 'vitest';
import type { SceneSpec } from '../../golden/diagram/draw-lib';
import { grade } from './fixtures';

// Monitoring in a case's error handling watches the platform (consumer lag, a silent gateway). A box where a
// data flow delivers its data (an on-call pager for the line crew, a trends board) serves the use case:
// it is not the platform's monitoring, however its product is usually used.

/** Factory telemetry whose only monitoring-kind boxes are the use case's own readers. */
const readersOnly: SceneSpec = {
  boxes: [
    { id: 'dev', label: 'line sensors', col: 0, row: 0 },
    { id: 'k', label: 'Kafka', col: 1, row: 0 },
    { id: 'f', label: 'Flink rules', col: 2, row: 0 },
    { id: 'page', label: 'Opsgenie\n(line crew)', col: 3, row: 0 },
    { id: 'ts', label: 'InfluxDB', col: 3, row: 1 },
    { id: 'board', label: 'Grafana trends', col: 4, row: 1 },
    { id: 's3', label: 'S3 raw', col: 2, row: 2 },
    { id: 'dlq', label: 'dead letter topic', col: 2, row: -1 },
  ],
  arrows: [
    { from: 'dev', to: 'k' },
    { from: 'k', to: 'f' },
    { from: 'f', to: 'page' },
    { from: 'f', to: 'ts' },
    { from: 'ts', to: 'board' },
    { from: 'k', to: 's3' },
    { from: 'f', to: 'dlq', dashed: true },
  ],
};

const monitoringOf = (spec: SceneSpec) => grade('iot-telemetry', spec).findings.find((f) => f.code === 'diagram.error-handling.monitoring')!;

describe('platform monitoring is not a flow end', () => {
  it('a pager and a trends board that end the flows do not meet the monitoring requirement', () => {
    const finding = monitoringOf(readersOnly);
    expect(finding.severity).toBe('missing');
  });

  it('a box watching the pipeline itself does', () => {
    const watched: SceneSpec = {
      boxes: [...readersOnly.boxes, { id: 'prom', label: 'Prometheus (consumer lag, heartbeats)', col: 1, row: -1 }],
      arrows: [...readersOnly.arrows!, { from: 'k', to: 'prom', dashed: true }],
    };
    expect(monitoringOf(watched).severity).toBe('good');
    expect(grade('iot-telemetry', watched).score).toBeGreaterThan(grade('iot-telemetry', readersOnly).score);
  });
});
