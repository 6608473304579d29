import { describe, expect, it } from 'vitest';
import { readScene } from '../../../lib/canvas/read-scene';
import { arrow, bind, image, scene, labelledBox as box } from './scene-builders';

type Json = Record<string, unknown>;

/** An order service sending to a box at x 400-580, y 0-60. */
const pipeline = (label: string): Json[] => [...box('src', 0, 0, 'Order service'), ...box('dst', 400, 0, label, 180, 60), arrow('a', [162, 30], [398, 30])];
const ids = (g: ReturnType<typeof readScene>) => g.components.map((c) => c.id).sort();

describe('a logo with no name and no arrows belongs to the box beside it', () => {
  it.each([
    ['right of the box', image('logo', 590, 5, 50, 50)],
    ['above the box', image('logo', 460, -60, 50, 50)],
    ['under the box, 25 px away', image('logo', 470, 85, 40, 40)],
    ['right of the box, touching it', image('logo', 580, 10, 40, 40)],
  ])('%s', (_, logo) => {
    const g = readScene(scene([...pipeline('Kafka'), logo]));
    expect(ids(g)).toEqual(['dst', 'src']);
    expect(g.components.find((c) => c.id === 'dst')?.elementIds).toContain('logo');
    expect(g.edges).toHaveLength(1);
    expect(g.notes).toContain('1 logo with no name read as part of the box beside it');
  });

  it('goes to the nearer of two boxes', () => {
    const g = readScene(scene([...pipeline('Snowflake'), ...box('bi', 800, 0, 'Looker'), image('logo', 600, 5, 50, 50), image('logo2', 740, 5, 45, 45)]));
    expect(g.components.find((c) => c.id === 'dst')?.elementIds).toContain('logo');
    expect(g.components.find((c) => c.id === 'bi')?.elementIds).toContain('logo2');
    expect(g.components.some((c) => c.id === 'logo' || c.id === 'logo2')).toBe(false);
  });
});

describe('a logo stays a component (so the checklist asks what it is) when', () => {
  it('arrows reach it', () => {
    const g = readScene(scene([...pipeline('Kafka'), image('logo', 590, 5, 50, 50), arrow('b', [582, 30], [590, 30], { endBinding: bind('logo') })]));
    expect(ids(g)).toContain('logo');
  });

  it('no labelled box is near it', () => {
    const g = readScene(scene([...pipeline('Kafka'), image('logo', 700, 200, 50, 50)]));
    expect(g.components.find((c) => c.id === 'logo')).toMatchObject({ label: '', kind: 'unknown' });
  });

  it('the learner said what it is', () => {
    const g = readScene(scene([...pipeline('Kafka'), image('logo', 590, 5, 50, 50, { customData: { kind: 'schema_registry', kindSource: 'learner' } })]));
    expect(g.components.find((c) => c.id === 'logo')?.kind).toBe('schema_registry');
  });

  it('it has a name of its own', () => {
    const g = readScene(scene([...pipeline('Kafka'), image('logo', 590, 5, 50, 50, { customData: { name: 'Apicurio' } })]));
    expect(g.components.find((c) => c.id === 'logo')?.kind).toBe('schema_registry');
  });
});
