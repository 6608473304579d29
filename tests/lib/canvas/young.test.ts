import { describe, expect, it } from 'vitest';
import { toCanvasElement } from '@/lib/canvas/canvas-element';
import { boxFromPoints, toBounds } from '@/lib/canvas/geometry';
import { pieceFromElement } from '@/lib/canvas/text-piece';
import { emptyList, listOf } from '@/lib/canvas/young';

describe('records made by new instead of literals', () => {
  it('lists are plain arrays', () => {
    expect(emptyList<number>()).toEqual([]);
    expect(listOf('a')).toEqual(['a']);
    expect(Array.isArray(listOf(1))).toBe(true);
  });

  it('an element reads with the same fields, in the same order, as the literal it replaced', () => {
    const element = toCanvasElement({ id: 'k', type: 'rectangle', x: 10, y: 20, width: 100, height: 50, label: { text: 'Kafka' } }, 3);
    if (typeof element === 'string') throw new Error(element);
    expect(Object.keys(element)).toEqual(['id', 'index', 'type', 'role', 'box', 'points', 'closed', 'text', 'fontSize', 'containerId', 'groupIds', 'frameId', 'startBindingId', 'endBindingId', 'startArrowhead', 'endArrowhead', 'customData', 'name']);
    expect(JSON.parse(JSON.stringify(element))).toEqual(element);
    expect(element.box).toEqual({ minX: 10, minY: 20, maxX: 110, maxY: 70 });
    expect(Object.keys(pieceFromElement(element))).toEqual(['id', 'text', 'norm', 'box', 'fontSize', 'elementIds']);
  });

  it('boxes and bounds keep their plain shapes', () => {
    expect(boxFromPoints([{ x: 1, y: 2 }, { x: 3, y: -4 }])).toEqual({ minX: 1, minY: -4, maxX: 3, maxY: 2 });
    expect(boxFromPoints([{ x: Number.NaN, y: 0 }])).toBeNull();
    expect(Object.keys(toBounds({ minX: 0, minY: 0, maxX: 2, maxY: 3 }))).toEqual(['x', 'y', 'width', 'height']);
  });
});
