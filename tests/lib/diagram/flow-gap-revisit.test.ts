import { describe, expect, it } from 'vitest';
import type { ComponentKind } from '@/lib/diagram/component-kinds';
import { findFlowGap } from '@/lib/diagram/flow-gap';
import { component, edge, graph } from './fixtures';

const kinds = (...list: ComponentKind[]) => new Set<ComponentKind>(list);
const anyHop = () => true;

// A flow drawn but for one arrow: the completed route visits each box once. A job that writes back into
// the stream it reads ("Kafka -> Flink -> Kafka") does not make the drawn part longer by walking back.

describe('findFlowGap reads each box once on the completed route', () => {
  it('a stream job writing back into its topic: the gap is after the job, not after a second visit to the topic', () => {
    const g = graph(
      [component('app', 'app_service', 'orders app'), component('k', 'kafka', 'Kafka'), component('f', 'flink', 'Flink'), component('s3', 'object_store', 'S3')],
      [edge('app', 'k'), edge('k', 'f'), edge('f', 'k')],
    );
    const gap = findFlowGap(g, { from: kinds('app_service'), to: kinds('object_store'), through: [kinds('kafka'), kinds('flink')], hopAllowed: anyHop, maxExtraPerLeg: 1 });
    expect(gap).toBeDefined();
    expect(gap!.left.componentIds).toEqual(['app', 'k', 'f']);
    expect(gap!.from.id).toBe('f');
    expect(gap!.to.id).toBe('s3');
    expect(gap!.drawn).toBe(2);
  });

  it('the part after the gap never passes a box twice either: no completion through the topic twice', () => {
    // The app's arrow into Kafka is missing; after it, Kafka -> Flink -> Kafka -> S3 would visit Kafka twice.
    const g = graph(
      [component('app', 'app_service', 'orders app'), component('k', 'kafka', 'Kafka'), component('f', 'flink', 'Flink'), component('s3', 'object_store', 'S3')],
      [edge('k', 'f'), edge('f', 'k'), edge('k', 's3')],
    );
    const gap = findFlowGap(g, { from: kinds('app_service'), to: kinds('object_store'), through: [kinds('kafka'), kinds('flink')], hopAllowed: anyHop, maxExtraPerLeg: 1 });
    if (gap) {
      const route = [...gap.left.componentIds, ...gap.right.componentIds];
      expect(new Set(route).size).toBe(route.length);
    }
  });
});
