import { describe, expect, it } from 'vitest';
import { readScene } from '../../../lib/canvas/read-scene';
import { arrow, bind, image, scene, text, labelledBox as box } from './scene-builders';


const edgesOf = (g: ReturnType<typeof readScene>) => {
  const label = new Map(g.components.map((c) => [c.id, c.label || c.id]));
  return g.edges.map((e) => `${label.get(e.from)} > ${label.get(e.to)}`);
};

describe('a small tag beside a box is part of the box, never a component that takes its arrows', () => {
  it.each([
    ['a "PII" tag across the top edge, arrow bound to the tag', [...box('tag', 300, -12, 'PII', 40, 22)], [160, 0], 'tag'],
    ['a "v2" tag on the right edge, arrow bound to the tag', [...box('tag', 450, 10, 'v2', 30, 20)], [160, 20], 'tag'],
    ['an "EU" tag a few px under the bottom edge, arrow bound to the tag', [...box('tag', 360, 63, 'EU', 36, 20)], [160, 50], 'tag'],
  ])('%s', (_name, tag, start, target) => {
    const g = readScene(scene([...box('k', 300, 0, 'Kafka'), ...tag, ...box('s', 0, 0, 'Orders service'), arrow('a1', start as [number, number], [320, 5], { endBinding: bind(target) })]));
    expect(edgesOf(g)).toEqual(['Orders service > Kafka']);
    // The tag keeps the box's name clean and adds no component of its own.
    expect(g.components.map((c) => c.label).sort()).toEqual(['Kafka', 'Orders service']);
    expect(g.components.find((c) => c.label === 'Kafka')!.elementIds).toContain('tag');
  });

  it.each([
    ['bound to a "v3" text just right of the box', text('tag', 462, 20, 'v3'), true],
    ['bound to a "prod" text just above the box', text('tag', 320, -28, 'prod'), true],
    ['ending unbound on a "PII" text under the box', text('tag', 340, 64, 'PII'), false],
  ])('sends an arrow %s to the box', (_name, tag, bound) => {
    const end: [number, number] = bound ? [470, 30] : [350, 72];
    const g = readScene(scene([...box('k', 300, 0, 'Kafka'), tag, ...box('s', 0, 0, 'Orders service'), arrow('a1', [160, 30], end, bound ? { endBinding: bind('tag') } : {})]));
    expect(edgesOf(g)).toEqual(['Orders service > Kafka']);
  });

  it('keeps a text far from any box as a node of its own, and a big box beside another as a component', () => {
    const far = readScene(scene([...box('s', 0, 0, 'Orders service'), text('n', 400, 30, 'Kafka'), arrow('a1', [160, 30], [398, 40], { endBinding: bind('n') })]));
    expect(edgesOf(far)).toEqual(['Orders service > Kafka']);
    const touching = readScene(scene([...box('a', 0, 0, 'Spark job'), ...box('b', 160, 0, 'S3'), ...box('s', 0, 200, 'Kafka'), arrow('a1', [80, 200], [200, 60], { endBinding: bind('b') })]));
    expect(touching.components.map((c) => c.label).sort()).toEqual(['Kafka', 'S3', 'Spark job']);
  });
});

describe('a logo on a box corner is the box badge', () => {
  it.each([
    ['inside the corner', image('logo', 432, 2, 24, 24), [440, 10]],
    ['across the corner', image('logo', 445, -15, 30, 30), [455, -10]],
  ])('folds an image %s into the box, so an arrow bound to it reaches the box', (_name, logo, end) => {
    const g = readScene(scene([...box('k', 300, 0, 'Event bus'), logo, ...box('s', 0, 0, 'Orders service'), arrow('a1', [160, 30], end as [number, number], { endBinding: bind('logo') })]));
    expect(edgesOf(g)).toEqual(['Orders service > Event bus']);
    expect(g.components).toHaveLength(2);
  });
});
