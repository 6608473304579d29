import { describe, expect, it } from 'vitest';
import { readScene } from '@/lib/canvas/read-scene';
import { loadCase } from '@/lib/content/load-cases';
import { withCaseSources } from '@/lib/diagram/case-sources';
import { qualifierNamesSource, sourceNameStems } from '@/lib/text/source-head';
import { buildScene } from '../../golden/diagram/draw-lib';
import type { SceneSpec } from '../../golden/diagram/draw-lib';

const graphOf = (spec: SceneSpec) => readScene((buildScene(spec) as { elements: unknown[] }).elements);

describe('a box where data starts, named for what a source sends, is that source', () => {
  const stems = sourceNameStems('Sensors and edge gateways as the source');

  it('reads the qualifier, not the head: "sensor readings" names the sensors, "readings" alone does not', () => {
    expect(qualifierNamesSource('Sensor readings (1 Hz)', stems)).toBe(true);
    expect(qualifierNamesSource('readings', stems)).toBe(false);
    expect(qualifierNamesSource('edge gateway', stems)).toBe(false);
    expect(qualifierNamesSource('vibration readings', stems)).toBe(false);
    // A thing, not what the source sends: "Sensor cabinet" is no sensor.
    expect(qualifierNamesSource('Sensor cabinet', stems)).toBe(false);
    expect(qualifierNamesSource('(1 Hz)', stems)).toBe(false);
    expect(qualifierNamesSource('', stems)).toBe(false);
  });

  const rubric = loadCase('ride-hailing').rubric.steps.diagram;
  const spec = (intoIt: boolean): SceneSpec => ({
    boxes: [
      { id: 'rq', label: 'rider trip requests', col: 0, row: 0 },
      { id: 'bus', label: 'Kinesis', col: 1, row: 0 },
      { id: 'job', label: 'Flink surge', col: 2, row: 0 },
      { id: 'mon', label: 'Datadog', col: 0, row: 1 },
    ],
    arrows: [{ from: 'rq', to: 'bus' }, { from: 'bus', to: 'job' }, ...(intoIt ? [{ from: 'mon', to: 'rq' }] : [])],
  });

  it('reads "rider trip requests" feeding the stream as the rider app source', () => {
    const { graph, readings } = withCaseSources(graphOf(spec(false)), rubric);
    expect(readings.map((r) => r.component.label)).toEqual(['rider trip requests']);
    expect(graph.components.find((c) => c.label === 'rider trip requests')!.kind).not.toBe('unknown');
  });

  it('does not read it so when something is drawn into it (it is not where the data starts)', () => {
    expect(withCaseSources(graphOf(spec(true)), rubric).readings).toEqual([]);
  });
});
