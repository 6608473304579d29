import { describe, expect, it } from 'vitest';
import { imageNames } from '../../../lib/canvas/image-names';
import { readScene } from '../../../lib/canvas/read-scene';
import { parseScene } from '../../../lib/canvas/scene-schema';
import { arrow, bind, boundText, image, rect, scene } from './scene-builders';

type Json = Record<string, unknown>;

/** A PNG data URL holding the given text chunks before its (empty) image data; CRCs are not checked by readers of names. */
function png(chunks: [type: string, data: string][]): string {
  const u32 = (n: number) => String.fromCharCode((n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255);
  const chunk = (type: string, data: string) => `${u32(data.length)}${type}${data}\0\0\0\0`;
  const body = [chunk('IHDR', '\0\0\0\x10\0\0\0\x10\b\x06\0\0\0'), ...chunks.map(([type, data]) => chunk(type, data)), chunk('IDAT', 'x'), chunk('IEND', '')].join('');
  return `data:image/png;base64,${btoa(`\x89PNG\r\n\x1a\n${body}`)}`;
}
const svg = (inner: string, attrs = '') => `data:image/svg+xml;base64,${btoa(`<svg xmlns="http://www.w3.org/2000/svg"${attrs}>${inner}<path d="M0 0h10v10z"/></svg>`)}`;
const file = (extra: Json) => ({ 'file-logo': { id: 'file-logo', mimeType: 'image/png', dataURL: png([]), created: 1, ...extra } });

/** A source box with an arrow into the logo, so the logo is a connected component. */
function intoLogo(logo: Json, files: Record<string, Json>): Json {
  const src = rect('src', 0, 0, 160, 60);
  return { ...scene([src, boundText('src-t', src, 'Orders service'), logo, arrow('a', [160, 30], [400, 30], { startBinding: bind('src'), endBinding: bind('logo') })]), files };
}
const logoOf = (g: ReturnType<typeof readScene>) => g.components.find((c) => c.id === 'logo');

describe('a logo with no text is named by what its file carries', () => {
  it.each([
    ['a PNG Title chunk', file({ dataURL: png([['tEXt', 'Title\0Apache Kafka']]) }), 'kafka'],
    ['a PNG Description chunk after an unrelated one', file({ dataURL: png([['tEXt', 'Software\0Adobe ImageReady'], ['tEXt', 'Description\0PostgreSQL elephant']]) }), 'oltp_database'],
    ['an uncompressed PNG iTXt chunk', file({ dataURL: png([['iTXt', 'Title\0\0\0en\0Titel\0Snowflake logo']]) }), 'warehouse'],
    ['an SVG <desc>', file({ mimeType: 'image/svg+xml', dataURL: svg('<desc>Apache Airflow mark</desc>') }), 'airflow'],
    ['an Inkscape document name', file({ mimeType: 'image/svg+xml', dataURL: svg('<g/>', ' sodipodi:docname="clickhouse-logo.svg"') }), 'realtime_olap'],
  ])('from %s', (_name, files, kind) => {
    const g = readScene(intoLogo(image('logo', 400, 0, 60, 60), files));
    expect(logoOf(g)?.kind).toBe(kind);
    expect(g.edges).toEqual([expect.objectContaining({ from: 'src', to: 'logo' })]);
  });

  it.each([
    ['https://kafka.apache.org/', 'kafka'],
    ['https://www.snowflake.com/en/', 'warehouse'],
    ['https://github.com/apache/airflow', 'airflow'],
  ])('from the link %s', (link, kind) => {
    const g = readScene(intoLogo(image('logo', 400, 0, 60, 60, { link }), file({})));
    expect(logoOf(g)?.kind).toBe(kind);
  });

  it.each([
    ['a PNG whose text chunks name no product', file({ dataURL: png([['tEXt', 'Software\0Adobe ImageReady'], ['tEXt', 'Title\0logo final v2']]) })],
    ['a PNG text chunk under another keyword', file({ dataURL: png([['tEXt', 'Author\0Kafka Franz']]) })],
    ['a truncated PNG', file({ dataURL: png([['tEXt', 'Title\0Apache Kafka']]).slice(0, 40) })],
    ['a PNG data URL that is not base64', file({ dataURL: 'data:image/png;base64,%%%%' })],
    ['an SVG whose desc names nothing', file({ mimeType: 'image/svg+xml', dataURL: svg('<desc>Created with Sketch.</desc>') })],
  ])('invents no name for %s', (_name, files) => {
    const g = readScene(intoLogo(image('logo', 400, 0, 60, 60, { link: 'not a link' }), files));
    expect(logoOf(g)).toMatchObject({ label: '', kind: 'unknown' });
    expect(g.edges).toHaveLength(1);
  });

  it('prefers a name the file gives over its link, and keeps customData first', () => {
    const els = [image('logo', 0, 0, 60, 60, { link: 'https://kafka.apache.org' }), image('own', 100, 0, 60, 60, { customData: { name: 'Redpanda' }, link: 'https://kafka.apache.org' })];
    const files = { 'file-logo': { mimeType: 'image/png', dataURL: png([['tEXt', 'Title\0Amazon Kinesis']]) } };
    const names = imageNames(parseScene(scene(els)).elements, files);
    expect(names.get('logo')).toBe('Amazon Kinesis');
    expect(names.get('own')).toBe('Redpanda');
  });
});
