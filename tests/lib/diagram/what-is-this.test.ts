import { describe, expect, it } from 'vitest';
import { readScene } from '../../../lib/canvas/read-scene';
import { KIND_CHOICES, unrecognisedBoxes } from '../../../lib/diagram/what-is-this';
import { boundText, rect, scene } from '../canvas/scene-builders';

function drawn(customData?: Record<string, unknown>) {
  const a = rect('a', 0, 0, 160, 80, customData ? { customData } : {});
  const b = rect('b', 300, 0);
  const c = rect('c', 600, 0);
  return readScene(scene([a, boundText('a-t', a, 'Monthly email'), b, boundText('b-t', b, 'Kafka'), c, boundText('c-t', c, 'Wibble')]));
}

describe('"What is this?" for unrecognised boxes', () => {
  it('lists the unknown boxes with their element ids, labels and palette kind', () => {
    expect(unrecognisedBoxes(drawn({ kind: 'bi_dashboard' }))).toEqual([
      { componentId: 'a', elementIds: ['a', 'a-t'], label: 'Monthly email', paletteKind: 'bi_dashboard' },
      { componentId: 'c', elementIds: ['c', 'c-t'], label: 'Wibble' },
    ]);
  });

  it("drops a box once the learner's answer is stored on it", () => {
    const boxes = unrecognisedBoxes(drawn({ kind: 'bi_dashboard', kindSource: 'learner' }));
    expect(boxes.map((box) => box.componentId)).toEqual(['c']);
  });

  it('offers every kind but unknown, with a human title and a category', () => {
    expect(KIND_CHOICES.some((choice) => choice.kind === 'unknown')).toBe(false);
    expect(KIND_CHOICES.find((choice) => choice.kind === 'realtime_olap')).toMatchObject({ title: expect.stringContaining('Druid'), category: 'storage' });
    expect(KIND_CHOICES.find((choice) => choice.kind === 'data_catalog')?.category).toBe('control');
    expect(new Set(KIND_CHOICES.map((choice) => choice.kind)).size).toBe(KIND_CHOICES.length);
  });
});
