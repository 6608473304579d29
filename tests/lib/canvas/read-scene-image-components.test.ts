import { describe, expect, it } from 'vitest';
import { readScene } from '../../../lib/canvas/read-scene';
import { loadCase } from '@/lib/content/load-cases';
import { gradeScene } from '@/lib/diagram/grade-scene';
import { withLearnerKind } from '@/lib/diagram/unknown-components';
import { arrow, bind, boundText, image, rect, scene, text } from './scene-builders';

type Json = Record<string, unknown>;
type Graph = ReturnType<typeof readScene>;

/** A labelled box (bound text). */
function box(id: string, x: number, y: number, label: string, w = 170, h = 70): Json[] {
  const r = rect(id, x, y, w, h);
  return [r, boundText(`${id}-t`, r, label)];
}
const labelOf = (g: Graph, id: string) => g.components.find((c) => c.id === id)?.label;
const flows = (g: Graph) => {
  const name = new Map(g.components.map((c) => [c.id, c.label === '' ? `#${c.id}` : c.label]));
  return g.edges.map((e) => `${name.get(e.from)} ${e.undirected ? '---' : '->'} ${name.get(e.to)}`).sort();
};

/** Sensor gateway (x 0-170) -> a picture at x 420 (size `side`) -> Fraud scoring (x 420 + side + 250), arrows bound to the picture. */
function throughPicture(side: number, extra: Json[], pictureExtra: Json = {}): Json {
  const out = 420 + side + 250;
  return scene([
    ...box('gw', 0, 0, 'Sensor gateway'),
    image('pic', 420, 35 - side / 2, side, side, pictureExtra),
    ...box('score', out, 0, 'Fraud scoring'),
    arrow('in', [172, 35], [418, 35], { startBinding: bind('gw'), endBinding: bind('pic') }),
    arrow('out', [422 + side, 35], [out - 2, 35], { startBinding: bind('pic'), endBinding: bind('score') }),
    ...extra,
  ]);
}

describe('a picture standing alone is a component named by its caption', () => {
  it.each([
    ['under it', 90, text('cap', 430, 35 + 45 + 12, 'Amazon Kinesis')],
    ['over it', 90, text('cap', 440, 35 - 45 - 34, 'Amazon Kinesis')],
    ['to its right, level with it', 90, text('cap', 420 + 90 + 14, 20, 'Amazon Kinesis')],
    ['under a big logo, further off in proportion to it', 220, text('cap', 470, 35 + 110 + 70, 'Amazon Kinesis')],
  ])('%s', (_where, side, caption) => {
    const g = readScene(throughPicture(side, [caption]));
    expect(g.components.find((c) => c.id === 'pic')).toMatchObject({ label: 'Amazon Kinesis', kind: 'kafka' });
    expect(flows(g)).toEqual(['Amazon Kinesis -> Fraud scoring', 'Sensor gateway -> Amazon Kinesis']);
  });

  it('leaves a text too far under a small logo to the graph, not to the logo', () => {
    const g = readScene(throughPicture(90, [text('cap', 430, 35 + 45 + 70, 'Amazon Kinesis')]));
    expect(labelOf(g, 'pic')).toBe('');
  });

  it("does not take a container's caption for a big logo inside the container", () => {
    const zone = rect('zone', 380, -160, 320, 420);
    const g = readScene(
      scene([
        ...box('gw', 0, 0, 'Sensor gateway'),
        zone,
        image('pic', 420, -60, 200, 200),
        ...box('store', 440, 160, 'Parquet archive', 170, 60),
        text('zone-cap', 420, 290, 'Event backbone'),
        arrow('in', [172, 35], [418, 35], { startBinding: bind('gw'), endBinding: bind('pic') }),
        arrow('down', [520, 142], [520, 158], { startBinding: bind('pic'), endBinding: bind('store') }),
      ]),
    );
    expect(labelOf(g, 'pic')).toBe('');
    expect(g.groups.find((group) => group.id === 'zone')?.label).toBe('Event backbone');
  });
});

/** An SVG data URL of the given markup. */
const svg = (markup: string) => `data:image/svg+xml;base64,${btoa(markup)}`;
/** A base64 data URL of a binary string. */
const dataUrl = (mime: string, bin: string) => `data:${mime};base64,${btoa(bin)}`;
/** An XMP packet with a Dublin Core title. */
const xmp = (title: string) =>
  `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title><rdf:Alt><rdf:li xml:lang="x-default">${title}</rdf:li></rdf:Alt></dc:title></rdf:Description></rdf:RDF></x:xmpmeta>`;
/** A PNG holding one iTXt chunk under `keyword` before its (empty) image data. */
function pngWithItxt(keyword: string, value: string): string {
  const u32 = (n: number) => String.fromCharCode((n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255);
  const chunk = (type: string, data: string) => `${u32(data.length)}${type}${data}\0\0\0\0`;
  const itxt = `${keyword}\0\0\0\0\0${value}`;
  return dataUrl('image/png', `\x89PNG\r\n\x1a\n${chunk('IHDR', '\0\0\0\x10\0\0\0\x10\b\x06\0\0\0')}${chunk('iTXt', itxt)}${chunk('IDAT', 'x')}${chunk('IEND', '')}`);
}
/** A JPEG whose APP1 segment carries an XMP packet. */
const jpegWithXmp = (title: string) => dataUrl('image/jpeg', `\xff\xd8\xff\xe1\x01\x00http://ns.adobe.com/xap/1.0/\0${xmp(title)}\xff\xda\0\x08`);

describe("a picture with no caption is named by its file's own metadata", () => {
  it.each([
    ['an XMP title in a PNG', 'image/png', pngWithItxt('XML:com.adobe.xmp', xmp('Google BigQuery')), 'warehouse'],
    ['an XMP title in a JPEG', 'image/jpeg', jpegWithXmp('Apache Cassandra'), 'nosql_database'],
    ['the wordmark an SVG keeps as text', 'image/svg+xml', svg('<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0h4v4z"/><text x="5" y="20">Redpanda</text></svg>'), 'kafka'],
    ['a wordmark split over tspans', 'image/svg+xml', svg('<svg xmlns="http://www.w3.org/2000/svg"><text><tspan>Apache</tspan> <tspan>Pinot</tspan></text></svg>'), 'realtime_olap'],
    ['the dc:title in an SVG metadata block', 'image/svg+xml', svg(`<svg xmlns="http://www.w3.org/2000/svg"><metadata>${xmp('Amazon DynamoDB')}</metadata><path d="M0 0h4v4z"/></svg>`), 'nosql_database'],
    ['the id of the SVG root', 'image/svg+xml', svg('<svg xmlns="http://www.w3.org/2000/svg" id="timescaledb-logo"><path d="M0 0h4v4z"/></svg>'), 'timeseries_database'],
    ['an AWS Architecture Icon title', 'image/svg+xml', svg('<svg xmlns="http://www.w3.org/2000/svg"><title>Icon-Architecture/64/Arch_Amazon-Simple-Storage-Service_64</title><g/></svg>'), 'object_store'],
    ['an entity in the title', 'image/svg+xml', svg('<svg xmlns="http://www.w3.org/2000/svg"><title>Apache Kafka&#174; mark</title><g/></svg>'), 'kafka'],
  ])('%s', (_name, mimeType, url, kind) => {
    const g = readScene({ ...throughPicture(90, []), files: { 'file-pic': { id: 'file-pic', mimeType, dataURL: url, created: 1 } } });
    expect(g.components.find((c) => c.id === 'pic')?.kind).toBe(kind);
    expect(g.edges).toHaveLength(2);
  });

  it.each([
    ['an SVG drawing with many words (a whole diagram, not a wordmark)', 'image/svg+xml', svg('<svg><text>Kafka</text><text>Spark</text><text>Postgres</text><text>Airflow</text></svg>')],
    ['an XMP title naming no product', 'image/png', pngWithItxt('XML:com.adobe.xmp', xmp('final logo v3'))],
    ['an XMP packet under another iTXt keyword', 'image/png', pngWithItxt('Author', xmp('Snowflake'))],
    ['a JPEG with no XMP', 'image/jpeg', dataUrl('image/jpeg', '\xff\xd8\xff\xe0\0\x10JFIF\0')],
    ['an SVG root id naming nothing', 'image/svg+xml', svg('<svg id="Layer_1"><path d="M0 0h4v4z"/></svg>')],
  ])('invents no name from %s', (_name, mimeType, url) => {
    const g = readScene({ ...throughPicture(90, []), files: { 'file-pic': { id: 'file-pic', mimeType, dataURL: url, created: 1 } } });
    expect(g.components.find((c) => c.id === 'pic')).toMatchObject({ label: '', kind: 'unknown' });
    expect(g.edges).toHaveLength(2);
  });
});

describe('a nameless picture still carries its arrows and is asked about', () => {
  it.each([
    ['bound to it', [] as Json[]],
    [
      'stopping short of it',
      [
        arrow('in', [172, 35], [405, 35], { startBinding: bind('gw') }),
        arrow('out', [525, 40], [758, 35], { endBinding: bind('score') }),
      ],
    ],
  ])('with arrows %s', (_how, replace) => {
    const base = throughPicture(90, []) as { elements: Json[] };
    const ids = new Set(replace.map((r) => r.id));
    const g = readScene({ ...base, elements: [...base.elements.filter((e) => !ids.has(e.id as string)), ...replace] });
    expect(flows(g)).toEqual(['#pic -> Fraud scoring', 'Sensor gateway -> #pic']);
    expect(g.components.find((c) => c.id === 'pic')).toMatchObject({ label: '', kind: 'unknown' });
  });

  it('lists it under "What is this?" and counts it once answered', () => {
    const { rubric } = loadCase('iot-telemetry');
    const drawing = (answer?: Json) =>
      scene([
        ...box('dev', 0, 0, 'IoT devices'),
        image('pic', 420, -10, 90, 90, answer ? { customData: answer } : {}),
        ...box('job', 760, 0, 'Flink'),
        arrow('in', [172, 35], [418, 35], { startBinding: bind('dev'), endBinding: bind('pic') }),
        arrow('out', [512, 35], [758, 35], { startBinding: bind('pic'), endBinding: bind('job') }),
      ]);
    const before = gradeScene(drawing(), rubric);
    expect(before.unknown).toEqual([expect.objectContaining({ id: 'pic', label: '', elementIds: ['pic'] })]);
    expect(before.result.findings.some((f) => f.code === 'diagram.unrecognised' && f.refs?.includes('pic'))).toBe(true);
    const after = gradeScene(drawing(withLearnerKind(null, 'kafka')), rubric);
    expect(after.unknown).toEqual([]);
    expect(after.result.score).toBeGreaterThan(before.result.score);
  });
});

describe('arrows that end on a picture or its caption are edges of that component', () => {
  it('an arrow bound to the caption under a logo reaches the logo', () => {
    const cap = text('cap', 425, 92, 'ClickHouse', { boundElements: [{ id: 'in', type: 'arrow' }] });
    const base = throughPicture(90, [cap]) as { elements: Json[] };
    const g = readScene({ ...base, elements: [...base.elements.filter((e) => e.id !== 'in'), arrow('in', [172, 60], [423, 104], { startBinding: bind('gw'), endBinding: bind('cap') })] });
    expect(flows(g)).toEqual(['ClickHouse -> Fraud scoring', 'Sensor gateway -> ClickHouse']);
  });

  it('an elbow arrow bound to a logo below the row reaches it', () => {
    const g = readScene(
      scene([
        ...box('gw', 0, 0, 'Sensor gateway'),
        image('pic', 420, 220, 80, 80),
        text('cap', 428, 308, 'InfluxDB'),
        { ...arrow('in', [85, 72], [418, 260], { startBinding: bind('gw'), endBinding: bind('pic'), elbowed: true }), points: [[0, 0], [0, 188], [333, 188]] },
      ]),
    );
    expect(flows(g)).toEqual(['Sensor gateway -> InfluxDB']);
    expect(g.components.find((c) => c.id === 'pic')?.kind).toBe('timeseries_database');
  });
});

describe('a caption hugging a nameless logo names it even where an arrow from the logo crosses it', () => {
  it('an arrow leaving the logo downward through its caption', () => {
    const g = readScene(
      scene([
        ...box('gw', 0, 0, 'Sensor gateway'),
        image('pic', 420, -10, 90, 90),
        text('cap', 430, 86, 'RabbitMQ'),
        ...box('sink', 380, 150, 'Alert worker'),
        arrow('in', [172, 35], [418, 35], { startBinding: bind('gw'), endBinding: bind('pic') }),
        arrow('down', [465, 82], [465, 148], { startBinding: bind('pic'), endBinding: bind('sink') }),
      ]),
    );
    expect(labelOf(g, 'pic')).toBe('RabbitMQ');
    expect(flows(g)).toEqual(['RabbitMQ -> Alert worker', 'Sensor gateway -> RabbitMQ']);
    expect(g.edges.every((e) => e.label === '')).toBe(true);
  });

  it('a label halfway between two logos stays the arrow label', () => {
    const g = readScene(
      scene([image('a', 0, 0, 90, 90), image('b', 220, 0, 90, 90), text('lab', 130, 20, 'CDC'), arrow('link', [92, 45], [218, 45], { startBinding: bind('a'), endBinding: bind('b') })]),
    );
    expect(g.components.map((c) => c.label)).toEqual(['', '']);
    expect(g.edges).toEqual([expect.objectContaining({ from: 'a', to: 'b', label: 'CDC' })]);
  });
});

describe('an arrow that starts or stops at the caption beside a logo is an edge of the logo', () => {
  it.each([
    ['leaving from the end of a caption written to the right of the logo', [630, 30], 'start'],
    ['arriving at the end of that caption', [630, 30], 'end'],
  ])('%s', (_how, tip, which) => {
    const far: [number, number] = [900, 30];
    const link = which === 'start' ? arrow('link', tip as [number, number], far) : arrow('link', far, tip as [number, number]);
    const g = readScene(
      scene([
        ...box('gw', 0, 0, 'Sensor gateway'),
        image('pic', 420, 5, 50, 50),
        text('cap', 478, 18, 'Azure Event Hubs'),
        ...box('score', 902, 0, 'Fraud scoring'),
        arrow('in', [172, 30], [418, 30], { startBinding: bind('gw'), endBinding: bind('pic') }),
        link,
      ]),
    );
    expect(flows(g)).toEqual(['Sensor gateway -> Azure Event Hubs', which === 'start' ? 'Azure Event Hubs -> Fraud scoring' : 'Fraud scoring -> Azure Event Hubs'].sort());
  });

  it('a tip further than a touch from the caption is not taken for the logo', () => {
    const g = readScene(
      scene([
        ...box('gw', 0, 0, 'Sensor gateway'),
        image('pic', 420, 5, 50, 50),
        text('cap', 478, 18, 'Azure Event Hubs'),
        arrow('in', [172, 30], [418, 30], { startBinding: bind('gw'), endBinding: bind('pic') }),
        arrow('stray', [700, 200], [900, 200]),
        text('note', 640, 170, 'retries'),
      ]),
    );
    expect(flows(g)).toEqual(['Sensor gateway -> Azure Event Hubs']);
  });
});
