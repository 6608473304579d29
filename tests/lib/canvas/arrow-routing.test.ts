import { describe, expect, it } from 'vitest';
import { arrowCrossings, segmentCrossesRect } from '../../../lib/canvas/arrow-crossings';
import { drawLayout } from '../../../lib/canvas/draw-layout';
import { readScene } from '../../../lib/canvas/read-scene';
import type { ReferenceLayout } from '../../../lib/content/reference-layout-schema';

const box = (id: string, kind: ReferenceLayout['extras'][number]['kind'] = 'kafka') => ({ id, kind, label: id.toUpperCase() });

/** Layouts whose straight arrows would cross boxes: skipping columns, inside a column, to the bottom row. */
const LAYOUTS: Record<string, ReferenceLayout> = {
  'skips two columns past tall stacks': {
    columns: [
      { title: 'A', components: [box('a1'), box('a2'), box('a3')] },
      { title: 'B', components: [box('b1'), box('b2'), box('b3')] },
      { title: 'C', components: [box('c1'), box('c2'), box('c3')] },
      { title: 'D', components: [box('d1'), box('d2')] },
    ],
    extras: [],
    arrows: [
      { from: 'a1', to: 'd2', label: 'long way' },
      { from: 'a3', to: 'c1' },
      { from: 'a2', to: 'd1' },
    ],
  },
  'runs inside a column past its middle box': {
    columns: [{ title: 'A', components: [box('top'), box('middle'), box('bottom')] }, { title: 'B', components: [box('side')] }],
    extras: [],
    arrows: [
      { from: 'top', to: 'bottom', label: 'skip' },
      { from: 'bottom', to: 'top' },
      { from: 'middle', to: 'side' },
    ],
  },
  'reaches the bottom row from every column': {
    columns: [
      { title: 'A', components: [box('a1'), box('a2')] },
      { title: 'B', components: [box('b1'), box('b2'), box('b3')] },
      { title: 'C', components: [box('c1')] },
    ],
    extras: [box('orchestrator', 'airflow'), box('watch', 'monitoring'), box('k8s', 'kubernetes')],
    arrows: [
      { from: 'orchestrator', to: 'b1' },
      { from: 'a1', to: 'watch' },
      { from: 'c1', to: 'orchestrator' },
      { from: 'b1', to: 'k8s', label: 'runs on' },
    ],
  },
};

describe('content:draw arrow routing', () => {
  it.each(Object.entries(LAYOUTS))('draws no arrow across a box when it %s', (_name, layout) => {
    expect(arrowCrossings({ elements: drawLayout(layout) })).toEqual([]);
  });

  it.each(Object.entries(LAYOUTS))('keeps every routed arrow attached to its boxes when it %s', (_name, layout) => {
    const graph = readScene({ elements: drawLayout(layout) });
    const edges = graph.edges.map((edge) => `${edge.from}->${edge.to}`).sort();
    expect(edges).toEqual(layout.arrows.map((arrow) => `box-${arrow.from}->box-${arrow.to}`).sort());
  });

  it('routes with right angles only where a straight line would cross', () => {
    const elements = drawLayout(LAYOUTS['runs inside a column past its middle box'] as ReferenceLayout);
    const points = (id: string) => (elements.find((element) => element.id === id)?.points as number[][]).length;
    expect(points('arrow-top-bottom')).toBeGreaterThan(2);
    expect(points('arrow-middle-side')).toBe(2);
  });
});

describe('arrowCrossings', () => {
  const rect = (id: string, x: number, y: number) => ({ id, type: 'rectangle', x, y, width: 100, height: 50, customData: { kind: 'kafka' } });
  const arrow = (from: string, to: string, x: number, y: number, points: number[][]) => ({ id: `arrow-${from}-${to}`, type: 'arrow', x, y, points, startBinding: { elementId: from }, endBinding: { elementId: to } });

  it('names the arrow and the box it passes through, never its own ends', () => {
    const scene = { elements: [rect('box-a', 0, 0), rect('box-b', 200, 0), rect('box-c', 400, 0), arrow('box-a', 'box-c', 104, 25, [[0, 0], [292, 0]])] };
    expect(arrowCrossings(scene)).toEqual([{ arrow: 'arrow-box-a-box-c', from: 'a', to: 'c', box: 'b' }]);
  });

  it('counts a bent arrow by each of its pieces, and an arrow that only grazes an edge as clear', () => {
    const scene = { elements: [rect('box-a', 0, 0), rect('box-b', 200, 0), rect('box-c', 400, 0), arrow('box-a', 'box-c', 104, 25, [[0, 0], [0, 60], [346, 60], [346, -21]])] };
    expect(arrowCrossings(scene)).toEqual([]);
    expect(segmentCrossesRect({ x: 0, y: 50 }, { x: 300, y: 50 }, { x: 100, y: 0, width: 100, height: 50 })).toBe(false);
    expect(segmentCrossesRect({ x: 150, y: -10 }, { x: 150, y: 60 }, { x: 100, y: 0, width: 100, height: 50 })).toBe(true);
  });

  it('gives nothing for something that is not a scene', () => {
    expect(arrowCrossings(undefined)).toEqual([]);
    expect(arrowCrossings({ elements: 'no' })).toEqual([]);
  });
});
