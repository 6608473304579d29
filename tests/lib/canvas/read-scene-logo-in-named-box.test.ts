import { describe, expect, it } from 'vitest';
import { readScene } from '../../../lib/canvas/read-scene';
import { arrow, bind, boundText, image, rect, scene, text } from './scene-builders';

type Json = Record<string, unknown>;
type Graph = ReturnType<typeof readScene>;

function box(id: string, x: number, y: number, label: string): Json[] {
  const r = rect(id, x, y, 180, 70);
  return [r, boundText(`${id}-t`, r, label)];
}
const flows = (g: Graph) => {
  const name = new Map(g.components.map((c) => [c.id, c.label === '' ? `#${c.id}` : c.label]));
  return g.edges.map((e) => `${name.get(e.from)} -> ${name.get(e.to)}`).sort();
};

/**
 * Billing API (x 0-180) -> a box at x 440 named by a free text (not bound to it) with a logo on it ->
 * Revenue mart (x 940); the arrows are bound to the box.
 */
function namedByFreeText(service: Json, name: Json, logo: Json): Json {
  const right = (service.x as number) + (service.width as number);
  return scene([
    ...box('api', 0, 0, 'Billing API'),
    service,
    name,
    logo,
    ...box('mart', 940, 0, 'Revenue mart'),
    arrow('in', [182, 35], [438, 35], { startBinding: bind('api'), endBinding: bind('svc') }),
    arrow('out', [right + 2, 35], [938, 35], { startBinding: bind('svc'), endBinding: bind('mart') }),
  ]);
}

describe('a logo on a box named by a free text is that box\'s logo', () => {
  it.each([
    ['a small logo at the left end', rect('svc', 440, 0, 240, 70), text('name', 510, 22, 'Event store'), image('logo', 448, 15, 40, 40)],
    ['a logo above the name in a tall card', rect('svc', 440, -60, 150, 190), text('name', 460, 80, 'Event store'), image('logo', 475, -45, 80, 80)],
    ['a logo across the top-right corner', rect('svc', 440, 0, 240, 70), text('name', 470, 22, 'Event store'), image('logo', 662, -18, 36, 36)],
  ])('%s', (_where, service, name, logo) => {
    const g = readScene(namedByFreeText(service, name, logo));
    const svc = g.components.find((c) => c.id === 'svc');
    expect(svc).toMatchObject({ label: 'Event store' });
    expect(svc?.elementIds).toEqual(expect.arrayContaining(['svc', 'logo', 'name']));
    expect(g.components.some((c) => c.id === 'logo')).toBe(false);
    expect(g.groups).toEqual([]);
    expect(flows(g)).toEqual(['Billing API -> Event store', 'Event store -> Revenue mart']);
  });

  it('a titled zone far bigger than the one logo in it stays a zone', () => {
    const zone = rect('zone', 400, -200, 520, 460);
    const g = readScene(
      scene([
        ...box('api', 0, 0, 'Billing API'),
        zone,
        text('title', 420, -190, 'Streaming tier'),
        image('logo', 620, 0, 60, 60),
        arrow('in', [182, 30], [618, 30], { startBinding: bind('api'), endBinding: bind('logo') }),
      ]),
    );
    expect(g.groups).toEqual([expect.objectContaining({ id: 'zone', label: 'Streaming tier', componentIds: ['logo'] })]);
    expect(flows(g)).toEqual(['Billing API -> #logo']);
  });

  it('a text written on the logo itself does not make the box around it named', () => {
    const g = readScene(
      scene([
        ...box('api', 0, 0, 'Billing API'),
        rect('frame', 430, -40, 200, 160),
        image('logo', 480, 0, 100, 80),
        text('word', 500, 30, 'Kafka'),
        arrow('in', [182, 35], [478, 35], { startBinding: bind('api'), endBinding: bind('logo') }),
      ]),
    );
    const logo = g.components.find((c) => c.elementIds.includes('logo'));
    expect(logo).toMatchObject({ label: 'Kafka', kind: 'kafka' });
    expect(flows(g)).toEqual([`Billing API -> Kafka`]);
  });
});
