import { strToU8, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseSceneFile } from '../../../lib/canvas/parse-scene-file';
import { readScene } from '../../../lib/canvas/read-scene';
import { arrow, bind, boundText, rect, scene } from './scene-builders';

const db = rect('db', 0, 0);
const stream = rect('stream', 400, 0);
const twoBoxes = scene([
  db,
  boundText('db-t', db, 'Orders Postgres'),
  stream,
  boundText('stream-t', stream, 'Kafka topic'),
  arrow('a1', [160, 40], [400, 40], { startBinding: bind('db'), endBinding: bind('stream') }),
]);
const sceneJson = JSON.stringify(twoBoxes);

function byteString(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

/** Excalidraw's `encode`: v1 bstring, zlib-deflated when compressed. */
function encoded(text: string, compress: boolean): string {
  const bytes = strToU8(text);
  return JSON.stringify({ version: '1', encoding: 'bstring', compressed: compress, encoded: byteString(compress ? zlibSync(bytes) : bytes) });
}

function chunk(name: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  new DataView(out.buffer).setUint32(0, data.length);
  out.set(strToU8(name), 4);
  out.set(data, 8);
  return out; // CRC left zero: the reader does not need it
}

function png(...chunks: Uint8Array[]): Uint8Array {
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', new Uint8Array(13)), ...chunks, chunk('IEND', new Uint8Array())];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const tEXt = (keyword: string, text: string) => chunk('tEXt', latin1(`${keyword}\u0000${text}`));

function svg(payload: string | null, version = '2'): string {
  const meta =
    payload === null
      ? ''
      : `<!-- svg-source:excalidraw --><!-- payload-type:application/vnd.excalidraw+json --><!-- payload-version:${version} --><!-- payload-start -->${payload}<!-- payload-end -->`;
  return `<svg version="1.1" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><metadata>${meta}</metadata><rect width="10" height="10"/></svg>`;
}

function expectTwoBoxScene(input: string | Uint8Array) {
  const parsed = parseSceneFile(input);
  expect(parsed.ok, parsed.ok ? '' : parsed.error).toBe(true);
  if (!parsed.ok) return;
  const graph = readScene(parsed.scene);
  expect(graph.components.map((c) => c.label)).toEqual(['Orders Postgres', 'Kafka topic']);
  expect(graph.edges).toHaveLength(1);
}

describe('scene files Excalidraw opens', () => {
  it('reads .excalidraw JSON given as text or as bytes', () => {
    expectTwoBoxScene(sceneJson);
    expectTwoBoxScene(strToU8(sceneJson));
  });

  it('reads a PNG whose tEXt chunk holds the scene compressed, uncompressed or as plain JSON', () => {
    expectTwoBoxScene(png(tEXt('application/vnd.excalidraw+json', encoded(sceneJson, true))));
    expectTwoBoxScene(png(tEXt('application/vnd.excalidraw+json', encoded(sceneJson, false))));
    expectTwoBoxScene(png(tEXt('Software', 'paint'), tEXt('application/vnd.excalidraw+json', sceneJson)));
  });

  it('reads a PNG whose iTXt chunk holds the scene', () => {
    const body = strToU8(encoded(sceneJson, true));
    const head = latin1('application/vnd.excalidraw+json\u0000\u0000\u0000\u0000\u0000');
    const data = new Uint8Array(head.length + body.length);
    data.set(head);
    data.set(body, head.length);
    expectTwoBoxScene(png(chunk('iTXt', data)));
  });

  it('reads an SVG payload in both payload versions', () => {
    expectTwoBoxScene(svg(btoa(encoded(sceneJson, true)), '2'));
    expectTwoBoxScene(strToU8(svg(btoa(encoded(sceneJson, true)), '2')));
    // Version 1: base64 of the UTF-8 text.
    expectTwoBoxScene(svg(btoa(byteString(strToU8(encoded(sceneJson, false)))), '1'));
  });

  it('says plainly when a PNG or SVG has no scene, never "truncated"', () => {
    const plainPng = parseSceneFile(png(tEXt('Software', 'paint')));
    expect(plainPng).toEqual({ ok: false, error: expect.stringContaining('This PNG has no Excalidraw scene embedded') });
    const plainSvg = parseSceneFile(svg(null));
    expect(plainSvg).toEqual({ ok: false, error: expect.stringContaining('This SVG has no Excalidraw scene embedded') });
    const binary = parseSceneFile(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]));
    expect(binary.ok).toBe(false);
    if (!binary.ok) {
      expect(binary.error).toContain('binary');
      expect(binary.error).not.toContain('truncated');
    }
  });

  it('says the embedded scene is damaged when its payload cannot be decoded', () => {
    const damaged = parseSceneFile(png(tEXt('application/vnd.excalidraw+json', '{"encoded":"xx","encoding":"bstring","compressed":true}')));
    expect(damaged).toEqual({ ok: false, error: expect.stringContaining('damaged') });
    const damagedSvg = parseSceneFile(svg('!!!not base64!!!'));
    expect(damagedSvg).toEqual({ ok: false, error: expect.stringContaining('damaged') });
  });
});

describe('legacy element shapes, migrated like Excalidraw restore', () => {
  const boxes = () => [db, boundText('db-t', db, 'Orders Postgres'), stream, boundText('stream-t', stream, 'Kafka topic')];

  it('gives arrows with no points, or one point, the [[0,0],[width,height]] model', () => {
    for (const points of [undefined, [], [[0, 0]]]) {
      const legacy = arrow('a1', [160, 40], [400, 40], { points, startBinding: bind('db'), endBinding: bind('stream') });
      if (points === undefined) delete legacy.points;
      const graph = readScene(scene([...boxes(), legacy]));
      expect(graph.edges, JSON.stringify(points)).toEqual([expect.objectContaining({ from: 'db', to: 'stream' })]);
      expect(graph.edges[0]?.undirected).toBeUndefined();
    }
  });

  it('draws an end arrowhead on arrows saved without arrowhead fields', () => {
    const legacy = arrow('a1', [160, 40], [400, 40], { startBinding: bind('db'), endBinding: bind('stream') });
    delete legacy.startArrowhead;
    delete legacy.endArrowhead;
    const graph = readScene(scene([...boxes(), legacy]));
    expect(graph.edges).toEqual([{ from: 'db', to: 'stream', label: '', elementIds: ['a1'] }]);
  });

  it('keeps explicit null arrowheads as a headless connection', () => {
    const headless = arrow('a1', [160, 40], [400, 40], { startBinding: bind('db'), endBinding: bind('stream'), endArrowhead: null });
    expect(readScene(scene([...boxes(), headless])).edges[0]?.undirected).toBe(true);
  });

  it('reads the old "draw" connector type as a line', () => {
    const drawn = arrow('a1', [160, 40], [400, 40], { type: 'draw', endArrowhead: null, startBinding: bind('db'), endBinding: bind('stream') });
    delete drawn.endArrowhead;
    const graph = readScene(scene([...boxes(), drawn]));
    expect(graph.edges).toEqual([{ from: 'db', to: 'stream', label: '', elementIds: ['a1'], undirected: true }]);
    expect(graph.notes ?? []).not.toContainEqual(expect.stringContaining('unsupported type'));
  });

  it('notes the elements it drops', () => {
    const graph = readScene(scene([...boxes(), { id: 'x1', type: 'hologram', x: 0, y: 0, width: 5, height: 5 }]));
    expect(graph.notes).toContainEqual(expect.stringContaining('x1'));
  });
});
