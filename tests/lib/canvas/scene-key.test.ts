import { describe, expect, it } from 'vitest';
import { sceneKey } from '../../../lib/canvas/scene-key';

describe('sceneKey: tells an edit of the scene from a selection or a scroll', () => {
  const boxes = [
    { id: 'ingest', version: 3 },
    { id: 'lake', version: 7 },
  ];
  it('is the same for the same elements at the same versions, whatever else they carry', () => {
    expect(sceneKey(boxes)).toBe(sceneKey(boxes.map((box) => ({ ...box, selected: true }))));
  });
  it('changes when an element is edited (new version), added, removed or moved in order', () => {
    const key = sceneKey(boxes);
    expect(sceneKey([boxes[0]!, { id: 'lake', version: 8 }])).not.toBe(key);
    expect(sceneKey([...boxes, { id: 'dashboards', version: 1 }])).not.toBe(key);
    expect(sceneKey([boxes[0]!])).not.toBe(key);
    expect(sceneKey([boxes[1]!, boxes[0]!])).not.toBe(key);
  });
  it('reads an empty scene as its own key', () => {
    expect(sceneKey([])).toBe('0');
  });
});
