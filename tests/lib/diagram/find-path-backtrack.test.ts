import { describe, expect, it } from 'vitest';
import { readScene } from '@/lib/canvas/read-scene';
import type { ComponentKind } from '@/lib/diagram/component-kinds';
import { findFlowPath } from '@/lib/diagram/find-path';
import { buildScene } from '../../golden/diagram/draw-lib';
import type { SceneSpec } from '../../golden/diagram/draw-lib';

const graphOf = (spec: SceneSpec) => readScene((buildScene(spec) as { elements: unknown[] }).elements);
const kinds = (...list: ComponentKind[]) => new Set<ComponentKind>(list);

describe('findFlowPath never walks straight back over the line it came by', () => {
  // Pub/Sub joined by lines to a Dataflow job and to a GCS bucket: the job hangs off the bus, nothing runs
  // from the job into the bucket, so "through the bus, then the job, into storage" is not drawn.
  const spec: SceneSpec = {
    boxes: [
      { id: 'web', label: 'click events', col: 0, row: 0 },
      { id: 'bus', label: 'Pub/Sub', col: 1, row: 0 },
      { id: 'job', label: 'Dataflow job', col: 2, row: 0 },
      { id: 'gcs', label: 'GCS bucket', col: 1, row: 1 },
    ],
    arrows: [
      { from: 'web', to: 'bus' },
      { from: 'bus', to: 'job', heads: 'both' },
      { from: 'bus', to: 'gcs', heads: 'none' },
    ],
  };

  it('finds no route through the job when the job is a dead end off the bus', () => {
    const path = findFlowPath(graphOf(spec), { from: kinds('clickstream'), to: kinds('object_store'), through: [kinds('kafka'), kinds('stream_processor')], undirected: true });
    expect(path).toBeUndefined();
  });

  it('still finds the route that does not need the job', () => {
    const path = findFlowPath(graphOf(spec), { from: kinds('clickstream'), to: kinds('object_store'), through: [kinds('kafka')], undirected: true });
    expect(path?.componentIds).toHaveLength(3);
  });
});
