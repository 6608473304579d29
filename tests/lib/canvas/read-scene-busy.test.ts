import { describe, expect, it } from 'vitest';
import { readScene } from '@/lib/canvas/read-scene';
import { busyScene } from './busy-scene';

// Its speed is measured by `npm run bench` (diagram-score-500); this checks what it reads.
describe('readScene: a busy 500-element board', () => {
  it('reads every component, edge and group', () => {
    const input = busyScene();
    expect((input.elements as unknown[]).length).toBe(500);
    const g = readScene(input);
    expect(g.components.filter((c) => c.label === 'Prometheus')).toHaveLength(36);
    expect(g.components).toHaveLength(136);
    expect(g.edges).toHaveLength(100);
    expect(g.groups).toHaveLength(10);
  });
});
