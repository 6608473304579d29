import { describe, expect, it } from 'vitest';
import { imageNames } from '../../../lib/canvas/image-names';
import { readScene } from '../../../lib/canvas/read-scene';
import { arrow, bind, boundText, image, rect, scene } from './scene-builders';

type Json = Record<string, unknown>;

const svg = (inner: string) => `data:image/svg+xml;base64,${btoa(`<svg xmlns="http://www.w3.org/2000/svg">${inner}<path d="M0 0h10v10z"/></svg>`)}`;
const withFiles = (elements: Json[], files: Record<string, Json>) => ({ ...scene(elements), files });
const file = (id: string, extra: Json) => ({ id, mimeType: 'image/png', dataURL: 'data:image/png;base64,iVBORw0KGgo=', created: 1, ...extra });

/** A source box with an arrow into the logo, so the logo is a connected component. */
const intoLogo = (logo: Json): Json[] => {
  const src = rect('src', 0, 0, 160, 60);
  return [src, boundText('src-t', src, 'Orders service'), logo, arrow('a', [160, 30], [400, 30], { startBinding: bind('src'), endBinding: bind(logo.id as string) })];
};
const logoOf = (g: ReturnType<typeof readScene>, id = 'logo') => g.components.find((c) => c.id === id);

describe('a logo with no text is named by its own data', () => {
  it.each([
    ['customData.name', image('logo', 400, 0, 60, 60, { customData: { name: 'Apache Kafka' } }), {}, 'Apache Kafka', 'kafka'],
    ['customData.title', image('logo', 400, 0, 60, 60, { customData: { title: 'Snowflake' } }), {}, 'Snowflake', 'warehouse'],
    ['the file name', image('logo', 400, 0, 60, 60), { 'file-logo': file('file-logo', { name: 'apache-kafka_logo.png' }) }, 'apache kafka logo', 'kafka'],
    ['an SVG title', image('logo', 400, 0, 60, 60), { 'file-logo': file('file-logo', { mimeType: 'image/svg+xml', dataURL: svg('<title>Amazon S3</title>') }) }, 'Amazon S3', 'object_store'],
    ['an SVG aria-label', image('logo', 400, 0, 60, 60), { 'file-logo': file('file-logo', { mimeType: 'image/svg+xml', dataURL: `data:image/svg+xml,${encodeURIComponent('<svg aria-label="PostgreSQL"><g/></svg>')}` }) }, 'PostgreSQL', 'oltp_database'],
  ])('from %s', (_name, logo, files, label, kind) => {
    const g = readScene(withFiles(intoLogo(logo), files));
    expect(logoOf(g)).toMatchObject({ label, kind });
    expect(g.edges).toEqual([expect.objectContaining({ from: 'src', to: 'logo' })]);
  });

  it.each([
    ['an SVG title that names nothing ("logo_horizontal")', { 'file-logo': file('file-logo', { mimeType: 'image/svg+xml', dataURL: svg('<title>logo_horizontal</title>') }) }],
    ['a file name that names nothing', { 'file-logo': file('file-logo', { name: 'IMG_2041.png' }) }],
    ['a PNG with no name at all', { 'file-logo': file('file-logo', {}) }],
    ['a broken SVG data URL', { 'file-logo': file('file-logo', { mimeType: 'image/svg+xml', dataURL: 'data:image/svg+xml;base64,%%%' }) }],
  ])('leaves it unnamed (keeping its arrow) for %s', (_name, files) => {
    const g = readScene(withFiles(intoLogo(image('logo', 400, 0, 60, 60)), files));
    expect(logoOf(g)).toMatchObject({ label: '', kind: 'unknown' });
    expect(g.edges).toHaveLength(1);
  });

  it('names the empty box a named logo sits in, and never renames a box that has text', () => {
    const empty = rect('empty', 400, 0, 160, 100);
    const named = rect('named', 400, 300, 160, 100);
    const g = readScene(
      scene([
        ...intoLogo(empty),
        image('l1', 440, 10, 80, 80, { customData: { name: 'Kafka' } }),
        named,
        boundText('named-t', named, 'Ingestion API'),
        image('l2', 450, 320, 40, 40, { customData: { name: 'Kafka' } }),
      ]),
    );
    expect(logoOf(g, 'empty')).toMatchObject({ label: 'Kafka', kind: 'kafka' });
    expect(logoOf(g, 'named')?.label).toBe('Ingestion API');
  });

  it('keeps a named logo no arrow reaches (it is labelled, not decoration)', () => {
    const g = readScene(scene([...intoLogo(image('logo', 400, 0, 60, 60)), image('lone', 900, 400, 60, 60, { customData: { name: 'Airflow' } })]));
    expect(logoOf(g, 'lone')).toMatchObject({ label: 'Airflow', kind: 'airflow' });
  });
});

describe('imageNames', () => {
  it('reads only images, and ignores files that are not objects', () => {
    const names = imageNames(
      [
        { id: 'r', type: 'rectangle', customData: { name: 'Kafka' } },
        { id: 'i', type: 'image', fileId: 'f' },
      ],
      { f: 'not a file' },
    );
    expect(names.size).toBe(0);
  });
});
