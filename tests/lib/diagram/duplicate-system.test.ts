import { describe, expect, it } from 'vitest';
import { readScene } from '@/lib/canvas/read-scene';
import { loadCase } from '@/lib/content/load-cases';
import { duplicateSystems } from '@/lib/diagram/duplicate-system';
import { scoreDiagram } from '@/lib/diagram/score-diagram';
import { buildScene } from '../../golden/diagram/draw-lib';
import type { ArrowSpec, BoxSpec, SceneSpec } from '../../golden/diagram/draw-lib';

const graphOf = (spec: SceneSpec) => readScene((buildScene(spec) as { elements: unknown[] }).elements);

// IoT: two "Kinesis" boxes, one on the alert path and one on the archive path, never joined.
const boxes: BoxSpec[] = [
  { id: 'gw', label: 'edge gateways', col: 0, row: 0 },
  { id: 'k1', label: 'Kinesis', col: 1, row: 0 },
  { id: 'f', label: 'Flink alerts', col: 2, row: 0 },
  { id: 'pd', label: 'PagerDuty', col: 3, row: 0 },
  { id: 'plc', label: 'PLC historian', col: 0, row: 1 },
  { id: 'k2', label: 'kinesis', col: 1, row: 1 },
  { id: 's3', label: 'S3 archive', col: 2, row: 1 },
];
const arrows: ArrowSpec[] = [
  { from: 'gw', to: 'k1' }, { from: 'k1', to: 'f' }, { from: 'f', to: 'pd' },
  { from: 'plc', to: 'k2' }, { from: 'k2', to: 's3' },
];

describe('a system drawn twice whose flows never meet', () => {
  it('finds two same-named streams on separate paths', () => {
    const found = duplicateSystems(graphOf({ boxes, arrows }));
    expect(found).toHaveLength(1);
    expect(found[0]!.copies.map((c) => c.label.toLowerCase())).toEqual(['kinesis', 'kinesis']);
  });

  it('does not report copies a route joins (a stream mirrored into its twin)', () => {
    expect(duplicateSystems(graphOf({ boxes, arrows: [...arrows, { from: 'k1', to: 'k2', label: 'mirror' }] }))).toEqual([]);
  });

  it('does not report two different stores of one kind (raw and archive buckets)', () => {
    const spec: SceneSpec = {
      boxes: [...boxes.filter((b) => b.id !== 'k2'), { id: 'raw', label: 'S3 raw', col: 3, row: 1 }],
      arrows: [{ from: 'gw', to: 'k1' }, { from: 'k1', to: 'f' }, { from: 'f', to: 'pd' }, { from: 'plc', to: 'raw' }, { from: 'k1', to: 's3' }],
    };
    expect(duplicateSystems(graphOf(spec))).toEqual([]);
  });

  it('costs the diagram points with a finding naming both copies', () => {
    const rubric = loadCase('iot-telemetry').rubric;
    const twice = scoreDiagram(graphOf({ boxes, arrows }), rubric);
    const once = scoreDiagram(graphOf({ boxes, arrows: [...arrows, { from: 'k1', to: 'k2', label: 'mirror' }] }), rubric);
    const finding = twice.findings.find((f) => f.code === 'diagram.duplicate-system');
    expect(finding?.refs?.length).toBeGreaterThanOrEqual(2);
    expect(once.findings.some((f) => f.code === 'diagram.duplicate-system')).toBe(false);
    expect(twice.score).toBeLessThan(once.score);
  });
});
