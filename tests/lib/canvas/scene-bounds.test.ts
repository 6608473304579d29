import { describe, expect, it } from 'vitest';
import { parseSceneFile } from '../../../lib/canvas/parse-scene-file';
import { checkSceneBounds, MAX_FILE_DATA_URL_LENGTH, measureValue } from '../../../lib/canvas/scene-bounds';
import { createSession } from '../../../lib/session/create-session';
import { exportSession, importSession } from '../../../lib/session/session-export';
import { rect } from './scene-builders';

const slug = 'ecommerce-data-platform';
const t0 = new Date('2026-03-01T10:00:00.000Z');

function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: true };
  for (let level = 0; level < depth; level += 1) value = { child: value };
  return value;
}

const png = (id: string, dataURL = 'data:image/png;base64,iVBORw0KGgo=') => ({ id, mimeType: 'image/png', dataURL, created: 1 });

/** The same scene as a scene file and inside a session export: both imports must give the same verdict. */
function bothImports(elements: unknown[], files: Record<string, unknown> = {}) {
  const sceneText = JSON.stringify({ type: 'excalidraw', version: 2, elements, files });
  const session = createSession(slug, 'ecommerce-data-platform-bounds', t0);
  const exported = JSON.parse(exportSession(session, t0)) as { session: { answers: { diagram: unknown } } };
  exported.session.answers.diagram = { scene: { elements, files } };
  return { scene: parseSceneFile(sceneText), session: importSession(JSON.stringify(exported)) };
}

describe('one set of bounds for scene import and session import', () => {
  it('accepts an ordinary scene with an image in both', () => {
    const { scene, session } = bothImports([rect('a', 0, 0, 160, 80, { customData: { tag: 'kafka' } })], { f1: png('f1') });
    expect(scene.ok).toBe(true);
    expect(session.ok).toBe(true);
  });

  it.each([
    ['a nested value in any other field', [rect('a', 0, 0, 160, 80, { extra: [[[[nested(40)]]]] })], 'nested more than 32 levels'],
    ['customData of 100 K characters', [rect('a', 0, 0, 160, 80, { customData: { note: 'x'.repeat(100_000) } })], 'customData is over 64 K'],
    ['customData that is not an object', [rect('a', 0, 0, 160, 80, { customData: 'tag' })], 'customData is not an object'],
    ['a width given as text', [rect('a', 0, 0, 160, 80, { width: '160' })], 'width is not a finite number'],
  ])('refuses %s in both, with one sentence', (_name, elements, phrase) => {
    const { scene, session } = bothImports(elements);
    expect(scene).toEqual({ ok: false, error: expect.stringContaining(phrase) });
    expect(session).toEqual({ ok: false, error: expect.stringContaining(phrase) });
  });

  it('refuses customData nested 5,000 levels deep (a 10 KB file) in both', () => {
    const deep = `${'{"child":'.repeat(5_000)}{"leaf":true}${'}'.repeat(5_000)}`;
    const element = `{"id":"a","type":"rectangle","x":0,"y":0,"width":10,"height":10,"customData":${deep}}`;
    expect(parseSceneFile(`{"type":"excalidraw","elements":[${element}],"files":{}}`)).toEqual({ ok: false, error: expect.stringContaining('nested more than 32 levels') });
    const exported = exportSession(createSession(slug, 'ecommerce-data-platform-deep', t0), t0).replace('"elements": []', `"elements": [${element}]`);
    expect(importSession(exported)).toEqual({ ok: false, error: expect.stringContaining('nested more than 32 levels') });
  });

  it('refuses non-finite coordinates written as 1e999 in the file text', () => {
    const text = '{"type":"excalidraw","elements":[{"id":"a","type":"rectangle","x":1e999,"y":0,"width":10,"height":10}],"files":{}}';
    expect(parseSceneFile(text)).toEqual({ ok: false, error: expect.stringContaining('its x is not a finite number') });
    const points = '{"elements":[{"id":"l","type":"line","x":0,"y":0,"points":[[0,0],[-1e999,3]]}]}';
    expect(parseSceneFile(points)).toEqual({ ok: false, error: expect.stringContaining('not finite') });
    const session = JSON.parse(exportSession(createSession(slug, 'ecommerce-data-platform-inf', t0), t0).replace('"elements": []', '"elements": [{"id":"a","type":"rectangle","x":0,"y":-1e999}]')) as unknown;
    expect(importSession(JSON.stringify(session).replace('"y":null', '"y":-1e999'))).toEqual({ ok: false, error: expect.stringContaining('its y is not a finite number') });
  });

  it.each([
    ['data:text/html', { id: 'f', mimeType: 'text/html', dataURL: 'data:text/html,<script>alert(1)</script>' }],
    ['javascript:', { id: 'f', mimeType: 'image/png', dataURL: 'javascript:alert(1)' }],
    ['an http link', { id: 'f', mimeType: 'image/png', dataURL: 'http://example.org/pixel.png' }],
    ['an image type with an html payload', { id: 'f', mimeType: 'text/html', dataURL: 'data:image/png;base64,AAAA' }],
  ])('refuses a %s file entry in both', (_name, file) => {
    const { scene, session } = bothImports([rect('a', 0, 0)], { f: file });
    expect(scene).toEqual({ ok: false, error: 'The scene embeds a file that is not an image.' });
    expect(session).toEqual({ ok: false, error: expect.stringContaining('not an image') });
  });

  it('refuses too many files and an image over 4 MiB in both', () => {
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, index) => [`f${index}`, png(`f${index}`)]));
    expect(bothImports([rect('a', 0, 0)], many).scene).toEqual({ ok: false, error: expect.stringContaining('51 images') });
    expect(bothImports([rect('a', 0, 0)], many).session.ok).toBe(false);
    const huge = { big: png('big', `data:image/png;base64,${'A'.repeat(MAX_FILE_DATA_URL_LENGTH)}`) };
    expect(bothImports([rect('a', 0, 0)], huge).scene).toEqual({ ok: false, error: expect.stringContaining('over 4 MB') });
    expect(bothImports([rect('a', 0, 0)], huge).session.ok).toBe(false);
  });

  it('refuses a scene past 5,000 elements in both, and takes one at the limit', () => {
    const elements = (n: number) => Array.from({ length: n }, (_, index) => rect(`r${index}`, index * 10, 0));
    expect(bothImports(elements(5_001)).scene).toEqual({ ok: false, error: 'The scene has 5,001 elements; up to 5,000 can be imported.' });
    expect(bothImports(elements(5_001)).session).toEqual({ ok: false, error: expect.stringContaining('answers.diagram.scene.elements') });
    expect(bothImports(elements(5_000)).scene.ok).toBe(true);
    expect(bothImports(elements(5_000)).session.ok).toBe(true);
  });

  it('accepts an image of 3.8 MB, which Excalidraw takes (its limit is 4 MiB)', () => {
    const bytes = 3.8 * 1024 * 1024;
    const dataURL = `data:image/png;base64,${'A'.repeat(Math.ceil(bytes / 3) * 4)}`;
    expect(checkSceneBounds([rect('a', 0, 0)], { f: png('f', dataURL) })).toEqual({ ok: true });
  });

  it('measures a value 100,000 levels deep without overflowing the stack, stopping early', () => {
    const deep = nested(100_000);
    const measured = measureValue(deep);
    expect(measured.depth).toBe(33);
    expect(measured.values).toBeLessThan(100);
  });
});
