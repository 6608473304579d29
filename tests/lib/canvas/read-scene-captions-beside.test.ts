import { describe, expect, it } from 'vitest';
import { readScene } from '@/lib/canvas/read-scene';
import type { DiagramGraph } from '@/lib/canvas/diagram-graph';
import { arrow, bind, rect, scene, text } from './scene-builders';

type Json = Record<string, unknown>;
const edgesOf = (g: DiagramGraph) => {
  const label = new Map(g.components.map((c) => [c.id, c.label]));
  return g.edges.map((e) => `${label.get(e.from)} -> ${label.get(e.to)}${e.label ? ` (${e.label})` : ''}`).sort();
};
const bound = (from: string, to: string) => ({ startBinding: bind(from), endBinding: bind(to) });

describe('readScene: captions written beside empty shapes', () => {
  it('reads a row of empty boxes each captioned on its left, long captions nearly touching the box before', () => {
    // Boxes 120 wide, 100 apart; each caption ends 6 px before its own box and starts ~4 px after the previous one.
    const names = ['MySQL orders', 'Maxwell CDC', 'Pulsar topic', 'Spark streaming'];
    const els: Json[] = [];
    names.forEach((name, i) => {
      const x = 200 + i * 220;
      els.push(rect(`b${i}`, x, 100, 120, 60));
      const w = name.length * 10;
      els.push(text(`t${i}`, x - 6 - w, 80, name));
      if (i > 0) els.push(arrow(`a${i}`, [x - 100, 130], [x, 130], bound(`b${i - 1}`, `b${i}`)));
    });
    const g = readScene(scene(els));
    expect(g.components.map((c) => c.label).sort()).toEqual([...names].sort());
    expect(edgesOf(g)).toEqual(['Maxwell CDC -> Pulsar topic', 'MySQL orders -> Maxwell CDC', 'Pulsar topic -> Spark streaming']);
  });

  it('reads captions written under empty boxes in a top-down chain, beside the arrow leaving each box', () => {
    const els: Json[] = [
      rect('s', 0, 0, 140, 70),
      text('ts', 76, 80, 'clinic API'),
      rect('q', 0, 200, 140, 70),
      text('tq', 76, 280, 'Kinesis'),
      rect('w', 0, 400, 140, 70),
      text('tw', 76, 480, 'BigQuery'),
      arrow('a1', [70, 70], [70, 200], bound('s', 'q')),
      arrow('a2', [70, 270], [70, 400], bound('q', 'w')),
    ];
    const g = readScene(scene(els));
    expect(edgesOf(g)).toEqual(['Kinesis -> BigQuery', 'clinic API -> Kinesis']);
  });

  it('leaves a label centred on the arrow between two empty shapes to the arrow', () => {
    const els: Json[] = [
      rect('a', 0, 0, 140, 70),
      rect('b', 400, 0, 140, 70),
      arrow('e', [140, 35], [400, 35], bound('a', 'b')),
      text('lbl', 210, 8, 'nightly'),
    ];
    const g = readScene(scene(els));
    expect(g.edges).toHaveLength(1);
    expect(g.edges[0]!.label).toBe('nightly');
    expect(g.components.every((c) => c.label === '')).toBe(true);
  });
});
