import { describe, expect, it } from 'vitest';
import { readScene } from '../../../lib/canvas/read-scene';
import { arrow, bind, boundText, image, rect, scene } from './scene-builders';

type Json = Record<string, unknown>;
type Graph = ReturnType<typeof readScene>;

function box(id: string, x: number, y: number, label: string, w = 170, h = 60): Json[] {
  const r = rect(id, x, y, w, h);
  return [r, boundText(`${id}-t`, r, label)];
}
const flows = (g: Graph) => {
  const name = new Map(g.components.map((c) => [c.id, c.label === '' ? `#${c.id}` : c.label]));
  return g.edges.map((e) => `${name.get(e.from)} -> ${name.get(e.to)}`).sort();
};

/** Clickstream collector (x 0-170) -> a nameless logo at x 420-500 -> Session marts (x 760), arrows bound to the logo. */
function logoBetween(extra: Json[]): Json {
  return scene([
    ...box('col', 0, 0, 'Clickstream collector'),
    image('logo', 420, -10, 80, 80),
    ...box('marts', 760, 0, 'Session marts'),
    arrow('in', [172, 30], [418, 30], { startBinding: bind('col'), endBinding: bind('logo') }),
    arrow('out', [502, 30], [758, 30], { startBinding: bind('logo'), endBinding: bind('marts') }),
    ...extra,
  ]);
}

describe('a labelled box no arrow reaches, beside a nameless logo the arrows reach, is its name plate', () => {
  it.each([
    ['under the logo', box('plate', 410, 82, 'Redpanda', 100, 34)],
    ['over the logo, touching it', box('plate', 410, -44, 'Redpanda', 100, 34)],
    ['overlapping the bottom of the logo', box('plate', 405, 62, 'Redpanda', 110, 34)],
    ['to the left of the logo, 20 px off', box('plate', 300, 14, 'Redpanda', 100, 34)],
  ])('%s', (_where, plate) => {
    const g = readScene(logoBetween(plate));
    const logo = g.components.find((c) => c.id === 'logo');
    expect(logo).toMatchObject({ label: 'Redpanda', kind: 'kafka' });
    expect(logo?.elementIds).toEqual(expect.arrayContaining(['logo', 'plate', 'plate-t']));
    expect(g.components.some((c) => c.id === 'plate')).toBe(false);
    expect(flows(g)).toEqual(['Clickstream collector -> Redpanda', 'Redpanda -> Session marts']);
  });
});

describe('a labelled box beside a nameless logo stays its own component when', () => {
  it('arrows reach the box too', () => {
    const g = readScene(logoBetween([...box('plate', 410, 110, 'Audit trail', 100, 34), arrow('down', [460, 72], [460, 108], { startBinding: bind('logo'), endBinding: bind('plate') })]));
    expect(g.components.find((c) => c.id === 'logo')?.label).toBe('');
    expect(flows(g)).toContain('#logo -> Audit trail');
  });

  it('it stands further off than a name plate would', () => {
    const g = readScene(logoBetween(box('plate', 410, 140, 'Redpanda', 100, 34)));
    expect(g.components.find((c) => c.id === 'logo')?.label).toBe('');
    expect(g.components.find((c) => c.id === 'plate')?.label).toBe('Redpanda');
  });

  it('the learner already said what the logo is', () => {
    const s = logoBetween(box('plate', 410, 82, 'Redpanda', 100, 34)) as { elements: Json[] };
    const elements = s.elements.map((e) => (e.id === 'logo' ? { ...e, customData: { kind: 'flink', kindSource: 'learner' } } : e));
    const g = readScene({ ...s, elements });
    expect(g.components.find((c) => c.id === 'logo')).toMatchObject({ label: '', kind: 'flink' });
  });

  it('two logos share one plate: the nearer logo takes it', () => {
    const g = readScene(
      scene([
        ...box('col', 0, 0, 'Clickstream collector'),
        image('l1', 420, -10, 80, 80),
        image('l2', 420, 150, 80, 80),
        ...box('plate', 410, 94, 'Redpanda', 100, 34),
        arrow('a', [172, 30], [418, 30], { startBinding: bind('col'), endBinding: bind('l1') }),
        arrow('b', [172, 40], [418, 190], { startBinding: bind('col'), endBinding: bind('l2') }),
      ]),
    );
    // l1 ends 24 px above the plate, l2 starts 22 px under it.
    expect(g.components.filter((c) => c.label === 'Redpanda').map((c) => c.id)).toEqual(['l2']);
    expect(g.components.find((c) => c.id === 'l1')?.label).toBe('');
  });
});
