import { describe, expect, it } from 'vitest';
import type { SceneSpec } from '../../golden/diagram/draw-lib';
import { qualifierKinds } from '@/lib/diagram/qualifier-kinds';
import { codes, grade, labelledBox } from './fixtures';

// Kind: a schema registry named beside the broker it serves ("Kafka (Avro, schema registry)") was not read, so the
// diagram was docked for no schema management. Scenes written for this kind with cases and labels of their own;
// the interviewer's reading was written first: the registry is there.

function iot(kafkaLabel: string): SceneSpec {
  return {
    boxes: [
      { id: 'gw', label: 'Edge gateways (OPC UA)', col: 0, row: 0 },
      { id: 'k', label: kafkaLabel, col: 1, row: 0, width: 280 },
      { id: 'f', label: 'Flink (event time, 10 s)', col: 2, row: 0 },
      { id: 'ts', label: 'TimescaleDB', col: 3, row: 0 },
      { id: 'gr', label: 'Grafana live view', col: 4, row: 0 },
    ],
    arrows: [
      { from: 'gw', to: 'k' },
      { from: 'k', to: 'f' },
      { from: 'f', to: 'ts' },
      { from: 'ts', to: 'gr' },
    ],
  };
}

describe('a schema registry named beside its broker counts as schema management', () => {
  it('iot: "Kafka (RF 3; Apicurio schema registry)" is not docked for no schema management (interviewer: registry present)', () => {
    const result = grade('iot-telemetry', iot('Kafka (RF 3; Apicurio schema registry)'));
    expect(codes(result)).not.toContain('diagram.antipattern.no-schema-management');
  });

  it('iot: the same broker without a registry is still docked (interviewer: registry missing)', () => {
    const result = grade('iot-telemetry', iot('Kafka (RF 3, key sensor_id)'));
    expect(codes(result)).toContain('diagram.antipattern.no-schema-management');
  });

  it('a registry in a parenthetical is what the box runs with, not what the box is', () => {
    expect([...qualifierKinds(labelledBox('k', 'Kinesis (Glue schema registry, 7 d)', 'kafka'))]).toContain('schema_registry');
    expect(qualifierKinds(labelledBox('k', 'Kafka topics', 'kafka')).size).toBe(0);
  });
});
