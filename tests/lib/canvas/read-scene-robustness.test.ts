import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readScene } from '@/lib/canvas/read-scene';
import { isWellFormedElement, sceneElementSchema } from '@/lib/canvas/scene-schema';
import { arrow, boundText, rect, scene, text } from './scene-builders';

const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h');
const coord = fc.oneof(fc.double({ min: -2000, max: 2000, noNaN: true }), fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e308, -0));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Loosely Excalidraw-shaped elements: real field names, wrong types, missing fields, bad numbers. */
const element = fc.record(
  {
    id: fc.oneof(ids, fc.string(), fc.constant(7)),
    type: fc.constantFrom('rectangle', 'ellipse', 'diamond', 'text', 'arrow', 'line', 'freedraw', 'image', 'frame', 'magicframe', 'embeddable', 'selection', 'bogus'),
    x: coord,
    y: coord,
    width: coord,
    height: coord,
    angle: maybe(fc.oneof(fc.double({ noNaN: true }), fc.constant(Number.NaN))),
    isDeleted: maybe(fc.oneof(fc.boolean(), fc.constant('yes'))),
    text: maybe(fc.oneof(fc.string(), fc.constantFrom('Kafka', 'S3', 'Spark\nStreaming'), fc.constant(null))),
    containerId: maybe(fc.oneof(ids, fc.constant(null))),
    groupIds: maybe(fc.oneof(fc.array(fc.constantFrom('g1', 'g2', 'g3'), { maxLength: 3 }), fc.constant('g1'))),
    frameId: maybe(fc.oneof(ids, fc.constant(null))),
    points: maybe(
      fc.oneof(
        fc.array(fc.tuple(coord, coord), { maxLength: 6 }),
        fc.constant([[0]]),
        fc.constant('nope'),
      ),
    ),
    startBinding: maybe(fc.oneof(fc.record({ elementId: ids }), fc.constant(null), fc.constant({}))),
    endBinding: maybe(fc.oneof(fc.record({ elementId: ids }), fc.constant(null))),
    startArrowhead: maybe(fc.constantFrom(null, 'arrow', 'triangle')),
    endArrowhead: maybe(fc.constantFrom(null, 'arrow', 'bar')),
    boundElements: maybe(fc.oneof(fc.array(fc.record({ id: ids, type: fc.constantFrom('text', 'arrow') }), { maxLength: 3 }), fc.constant(null))),
    customData: maybe(fc.oneof(fc.record({ kind: fc.constantFrom('kafka', 'nope', 3) }), fc.constant(null))),
    fontSize: maybe(fc.oneof(fc.double({ noNaN: true }), fc.constant(0))),
  },
  { requiredKeys: [] },
);

describe('readScene: robustness', () => {
  it('never throws on random, malformed scenes, and always returns well-formed output', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(element, fc.anything()), { maxLength: 60 }), fc.constantFrom('array', 'file', 'object'), (elements, form) => {
        const input = form === 'array' ? elements : form === 'file' ? scene(elements as Record<string, unknown>[]) : { elements };
        const g = readScene(input);
        const ids = new Set(g.components.map((c) => c.id));
        expect(ids.size).toBe(g.components.length);
        for (const c of g.components) expect(Number.isFinite(c.bounds.x) && Number.isFinite(c.bounds.width)).toBe(true);
        for (const e of g.edges) {
          expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
          expect(e.from).not.toBe(e.to);
        }
        for (const group of g.groups) for (const id of group.componentIds) expect(ids.has(id)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same scene reads the same twice', () => {
    fc.assert(
      fc.property(fc.array(element, { maxLength: 40 }), (elements) => {
        expect(readScene(elements)).toEqual(readScene(structuredClone(elements)));
      }),
      { numRuns: 100 },
    );
  });

  it('agrees with the zod schema on its fast path', () => {
    fc.assert(
      fc.property(fc.oneof(element, fc.anything()), (value) => {
        if (isWellFormedElement(value)) expect(sceneElementSchema.safeParse(value)).toMatchObject({ success: true, data: value });
      }),
      { numRuns: 500 },
    );
  });

  it.each([null, undefined, 42, 'not json', '{"elements": 5}', {}, { elements: null }, [null, 1, 'x']])('returns an empty graph for %j', (input) => {
    const g = readScene(input);
    expect(g.components).toEqual([]);
    expect(g.edges).toEqual([]);
  });

  it('accepts the JSON text of a scene', () => {
    const r = rect('k', 0, 0);
    expect(readScene(JSON.stringify(scene([r, boundText('t', r, 'Kafka')]))).components[0]!.label).toBe('Kafka');
  });

  it('reads a 100,000-element scene without hanging', () => {
    const rnd = mulberry32(7);
    const elements = Array.from({ length: 100_000 }, (_, i) => {
      const x = rnd() * 20_000;
      const y = rnd() * 20_000;
      const r = rnd();
      if (r < 0.5) return rect(`r${i}`, x, y, rnd() * 300, rnd() * 300);
      if (r < 0.8) return text(`t${i}`, x, y, `Kafka ${i}`);
      return arrow(`a${i}`, [x, y], [x + rnd() * 300 - 150, y + rnd() * 300 - 150]);
    });
    // The work budget bounds the read; the test's timeout is the hang guard (speed targets live in `npm run bench`).
    const g = readScene(scene(elements));
    // About half the rectangles carry no text and no arrow: decoration, not components.
    expect(g.components.length).toBeGreaterThan(25_000);
  }, 120_000);

  it('gives up gracefully (partial graph, note) when a pile-up exceeds the work budget', () => {
    const elements = Array.from({ length: 3000 }, (_, i) => rect(`r${i}`, i % 7, i % 5, 1000 + i, 1000 + i));
    const g = readScene(elements, { workBudget: 10_000 });
    expect(g.notes?.[0]).toMatch(/partial/);
  });
});

/** Small seeded PRNG so the big scene is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
