import { describe, expect, it } from 'vitest';
import { readScene } from '../../../lib/canvas/read-scene';
import { arrow, boundText, ellipse, line, rect, scene } from './scene-builders';

type Json = Record<string, unknown>;
type Graph = ReturnType<typeof readScene>;

function box(id: string, x: number, y: number, label: string): Json[] {
  const r = rect(id, x, y, 170, 60);
  return [r, boundText(`${id}-t`, r, label)];
}
const flows = (g: Graph) => {
  const name = new Map(g.components.map((c) => [c.id, c.label]));
  return g.edges.map((e) => `${name.get(e.from)} ${e.undirected ? '---' : '->'} ${name.get(e.to)}`).sort();
};
/** A junction dot 12 px across centred on (x, y). */
const dot = (id: string, x: number, y: number) => ellipse(id, x - 6, y - 6, 12, 12, { backgroundColor: '#1e1e1e' });

describe('lines through junction dots carry the flow', () => {
  it('a plain line into a dot on its rim, arrows fanning out from the rim', () => {
    const g = readScene(
      scene([
        ...box('pos', 0, 100, 'Till events'),
        ...box('wh', 700, 0, 'Sales warehouse'),
        ...box('fr', 700, 200, 'Fraud rules'),
        dot('j', 420, 130),
        line('leg', [172, 130], [414, 130]),
        arrow('up', [426, 130], [698, 30]),
        arrow('dn', [426, 130], [698, 230]),
      ]),
    );
    expect(flows(g)).toEqual(['Till events -> Fraud rules', 'Till events -> Sales warehouse']);
  });

  it('two plain lines merging on a dot, one arrow on', () => {
    const g = readScene(
      scene([
        ...box('a', 0, 0, 'Web orders'),
        ...box('b', 0, 200, 'Store orders'),
        ...box('lake', 700, 100, 'Orders lake'),
        dot('j', 400, 130),
        line('l1', [172, 30], [395, 126]),
        line('l2', [172, 230], [395, 134]),
        arrow('on', [406, 130], [698, 130]),
      ]),
    );
    expect(flows(g)).toEqual(['Store orders -> Orders lake', 'Web orders -> Orders lake']);
  });

  it('a trunk line between two dots', () => {
    const g = readScene(
      scene([
        ...box('src', 0, 100, 'Meter readings'),
        ...box('hot', 900, 0, 'Live tiles'),
        ...box('cold', 900, 200, 'Billing archive'),
        dot('j1', 300, 130),
        dot('j2', 600, 130),
        line('feed', [172, 130], [294, 130]),
        line('trunk', [306, 130], [594, 130]),
        arrow('o1', [606, 130], [898, 30]),
        arrow('o2', [606, 130], [898, 230]),
      ]),
    );
    expect(flows(g)).toEqual(['Meter readings -> Billing archive', 'Meter readings -> Live tiles']);
  });

  it('a line to a dot no other connector reaches stays decoration', () => {
    const g = readScene(scene([...box('src', 0, 100, 'Meter readings'), dot('j', 400, 130), line('stub', [172, 130], [394, 130])]));
    expect(g.edges).toEqual([]);
  });

  it('a trunk between two dots with nothing beyond them carries nothing', () => {
    const g = readScene(scene([...box('src', 0, 100, 'Meter readings'), dot('j1', 300, 30), dot('j2', 600, 30), line('trunk', [306, 30], [594, 30])]));
    expect(g.edges).toEqual([]);
  });
});
