import { describe, expect, it } from 'vitest';
import { unknownComponents } from '@/lib/diagram/unknown-components';
import type { SceneSpec } from '../../golden/diagram/draw-lib';
import { grade, graphOf } from './fixtures';

// A box its own label takes out of the design ("Kafka (not needed)", "~~Flink~~", "Warehouse (later)",
// "TBD", "Redis?") is not that part: it earns nothing, carries no flow, and is not asked about.

describe('struck-out and negated boxes are not parts', () => {
  it('ride-hailing: the modern stack drawn only to be crossed out scores like the nightly CSV it really is (about 5)', () => {
    const result = grade('ride-hailing', {
      boxes: [
        { id: 'app', label: 'Driver app', col: 0, row: 1 },
        { id: 'pg', label: 'Trips Postgres', col: 1, row: 1 },
        { id: 'csv', label: 'Nightly CSV', col: 2, row: 1 },
        { id: 'xl', label: 'Ops Excel', col: 3, row: 1 },
        { id: 'k', label: '~~Kinesis~~', col: 0, row: 3 },
        { id: 'f', label: 'Flink (scrapped)', col: 1, row: 3 },
        { id: 'r', label: 'no Redis', col: 2, row: 3 },
        { id: 's3', label: 'S3 lake: phase 2', col: 3, row: 3 },
        { id: 'bq', label: 'Redshift?', col: 4, row: 3 },
        { id: 'qs', label: 'QuickSight (TBD)', col: 5, row: 3 },
      ],
      arrows: [
        { from: 'app', to: 'pg' },
        { from: 'pg', to: 'csv' },
        { from: 'csv', to: 'xl' },
        { from: 'k', to: 'f' },
        { from: 'f', to: 'r' },
        { from: 'f', to: 's3' },
        { from: 's3', to: 'bq' },
        { from: 'bq', to: 'qs' },
      ],
    });
    expect(result.score).toBeLessThanOrEqual(15);
    const reasons = result.findings.filter((f) => f.code.startsWith('diagram.set-aside.')).map((f) => f.code.slice('diagram.set-aside.'.length));
    expect(reasons.sort()).toEqual(['deferred', 'negated', 'placeholder', 'question', 'removed', 'struck']);
    expect(result.findings.find((f) => f.code === 'diagram.set-aside.struck')?.message).toMatch(/"~~Kinesis~~" is struck out, so it is not read as a Kafka/);
  });

  it('healthcare: a flow through a box marked removed is not drawn', () => {
    const spec: SceneSpec = {
      boxes: [
        { id: 'e', label: 'Epic ADT', col: 0, row: 1 },
        { id: 'm', label: 'Mirth Connect', col: 1, row: 1 },
        { id: 'k', label: 'Kafka', col: 2, row: 1 },
        { id: 's3', label: 'S3 raw HL7', col: 3, row: 1 },
      ],
      arrows: [
        { from: 'e', to: 'm' },
        { from: 'm', to: 'k' },
        { from: 'k', to: 's3' },
      ],
    };
    const flow = (result: ReturnType<typeof grade>) => result.findings.find((f) => f.code === 'diagram.flow.hl7-landing')!;
    expect(flow(grade('healthcare-records', spec)).severity).toBe('good');
    const removed = { ...spec, boxes: spec.boxes.map((b) => (b.id === 'k' ? { ...b, label: 'Kafka (removed)' } : b)) };
    expect(flow(grade('healthcare-records', removed)).severity).not.toBe('good');
  });

  it('iot: an extra box said not to be needed costs nothing and earns nothing', () => {
    const spec: SceneSpec = {
      boxes: [
        { id: 's', label: 'Machine sensors', col: 0, row: 1 },
        { id: 'k', label: 'Kafka', col: 1, row: 1 },
        { id: 'f', label: 'Flink', col: 2, row: 1 },
        { id: 'a', label: 'Alert service', col: 3, row: 0 },
        { id: 'ts', label: 'Cassandra readings', col: 3, row: 1 },
        { id: 'g', label: 'Grafana dashboards', col: 4, row: 1 },
      ],
      arrows: [
        { from: 's', to: 'k' },
        { from: 'k', to: 'f' },
        { from: 'f', to: 'a' },
        { from: 'f', to: 'ts' },
        { from: 'ts', to: 'g' },
      ],
    };
    const plain = grade('iot-telemetry', spec);
    const extra = grade('iot-telemetry', { ...spec, boxes: [...spec.boxes, { id: 'x', label: 'Kinesis - not needed', col: 1, row: 3 }] });
    expect(extra.score).toBe(plain.score);
    expect(extra.findings.some((f) => f.code === 'diagram.set-aside.negated')).toBe(true);
  });

  it('does not ask "What is this?" about a placeholder', () => {
    const graph = graphOf({ boxes: [{ id: 't', label: 'TBD', col: 0, row: 0 }, { id: 'u', label: 'Frobnicator', col: 1, row: 0 }] });
    expect(unknownComponents(graph).map((box) => box.label)).toEqual(['Frobnicator']);
  });
});
