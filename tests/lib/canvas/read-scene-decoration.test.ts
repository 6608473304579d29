import { describe, expect, it } from 'vitest';
import { readScene } from '../../../lib/canvas/read-scene';
import { arrow, bind, boundText, image, rect, scene, text } from './scene-builders';

type Json = Record<string, unknown>;

function box(id: string, x: number, y: number, label: string, w = 160, h = 60, extra: Json = {}): Json[] {
  const r = rect(id, x, y, w, h, extra);
  // Excalidraw puts a bound text in its container's groups.
  return [r, boundText(`${id}-t`, r, label, extra.groupIds ? { groupIds: extra.groupIds } : {})];
}

/** Three named boxes in a row, joined left to right: the connected drawing every case below decorates. */
const pipeline = (): Json[] => [
  ...box('src', 100, 100, 'Orders service'),
  ...box('bus', 400, 100, 'Kafka'),
  ...box('lake', 700, 100, 'S3 data lake'),
  arrow('a1', [260, 130], [400, 130], { startBinding: bind('src'), endBinding: bind('bus') }),
  arrow('a2', [560, 130], [700, 130], { startBinding: bind('bus'), endBinding: bind('lake') }),
];
const labels = (g: ReturnType<typeof readScene>) => g.components.map((c) => c.label || c.id).sort();
const named = ['Kafka', 'Orders service', 'S3 data lake'];

describe('unlabelled pieces no arrow reaches are decoration, not components', () => {
  it.each([
    ['a grid of empty cells drawn under a box (a table icon)', [rect('c1', 110, 200, 20, 20), rect('c2', 135, 200, 20, 20), rect('c3', 110, 225, 20, 20), rect('c4', 135, 225, 20, 20)]],
    ['an empty rectangle far from everything', [rect('empty', 1200, 600, 140, 70)]],
    ['a drawn icon (grouped ellipses) with no caption and no arrow', [rect('i1', 420, 300, 60, 40, { groupIds: ['icon'] }), rect('i2', 430, 310, 30, 20, { groupIds: ['icon'] })]],
    ['an image across the corner of the frame around the drawing', [rect('frame', 60, 60, 860, 160), image('logo', 890, 40, 60, 60)]],
    ['a legend of logos under the frame that holds the drawing', [rect('frame', 60, 60, 860, 160), image('l1', 100, 300), image('l2', 200, 300), image('l3', 300, 300)]],
  ])('%s', (_name, extra) => {
    const g = readScene(scene([...pipeline(), ...extra]));
    expect(labels(g)).toEqual(named);
    expect(g.edges).toHaveLength(2);
    expect(g.notes?.some((n) => /unlabelled shapes? with no arrows read as decoration/.test(n))).toBe(true);
  });

  it('keeps an unlabelled image an arrow reaches as an unnamed component with its arrow', () => {
    const g = readScene(scene([...pipeline(), image('logo', 1000, 100, 60, 60), arrow('a3', [860, 130], [1000, 130], { startBinding: bind('lake'), endBinding: bind('logo') })]));
    expect(labels(g)).toEqual([...named, 'logo']);
    expect(g.components.find((c) => c.id === 'logo')!.label).toBe('');
    expect(g.edges.map((e) => `${e.from}>${e.to}`)).toContain('lake>logo');
  });

  it('keeps a lone unlabelled image with no arrow (outside any frame) so the checklist can ask what it is', () => {
    const g = readScene(scene([...pipeline(), image('logo', 1000, 400, 60, 60)]));
    expect(labels(g)).toEqual([...named, 'logo']);
    expect(g.components.find((c) => c.id === 'logo')!.kind).toBe('unknown');
  });

  it('keeps an unlabelled palette box and one the learner named through "What is this?"', () => {
    const g = readScene(
      scene([...pipeline(), rect('pal', 1000, 400, 140, 70, { customData: { kind: 'airflow' } }), rect('ans', 1200, 400, 140, 70, { customData: { kind: 'warehouse', kindSource: 'learner' } })]),
    );
    expect(labels(g)).toEqual([...named, 'ans', 'pal']);
    expect(g.components.find((c) => c.id === 'pal')!.kind).toBe('airflow');
    expect(g.components.find((c) => c.id === 'ans')!.kind).toBe('warehouse');
  });

  it('keeps an unlabelled shape an arrow reaches, and a labelled box with no arrows', () => {
    const g = readScene(scene([...pipeline(), rect('blank', 1000, 100, 140, 70), arrow('a3', [860, 130], [1000, 130], { startBinding: bind('lake'), endBinding: bind('blank') }), ...box('solo', 1000, 400, 'Airflow')]));
    expect(labels(g)).toEqual(['Airflow', ...named, 'blank']);
  });
});

describe('a word grouped with a box and set a little off it is a tag of that box', () => {
  const redis = (extra: Json[]): Json[] => [
    ...box('cache', 400, 100, 'Redis', 120, 90, { groupIds: ['g-cache'] }),
    ...box('svc', 0, 100, 'Redirector service'),
    ...box('db', 400, 400, 'Postgres'),
    ...extra,
  ];
  const edgesOf = (g: ReturnType<typeof readScene>) => {
    const label = new Map(g.components.map((c) => [c.id, c.label || c.id]));
    return g.edges.map((e) => `${label.get(e.from)} > ${label.get(e.to)}`).sort();
  };

  it.each([
    ['"hit" 20 px right of the box', 540, 105, 'hit'],
    ['"miss" 30 px right of the box', 550, 150, 'miss'],
    ['"expired" 25 px above the box', 420, 45, 'expired'],
  ])('%s: its arrows are the box\'s and it adds no component', (_name, x, y, word) => {
    const tag = rect('tag', x, y, 60, 30, { groupIds: ['g-cache'] });
    const g = readScene(scene(redis([tag, boundText('tag-t', tag, word, { groupIds: tag.groupIds }), arrow('a1', [x + 30, y + 30], [470, 400], { startBinding: bind('tag'), endBinding: bind('db') })])));
    expect(edgesOf(g)).toEqual(['Redis > Postgres']);
    expect(g.components.map((c) => c.label).sort()).toEqual(['Postgres', 'Redirector service', 'Redis']);
  });

  it.each([
    ['a grouped "DLQ" box names a part of its own', 'DLQ', ['g-cache']],
    ['an ungrouped "hit" box 20 px off is a component', 'hit', []],
  ])('%s', (_name, word, groupIds) => {
    const tag = rect('tag', 540, 105, 60, 30, { groupIds });
    const g = readScene(scene(redis([tag, boundText('tag-t', tag, word, { groupIds: tag.groupIds }), arrow('a1', [570, 135], [470, 400], { startBinding: bind('tag'), endBinding: bind('db') })])));
    expect(edgesOf(g)).toEqual([`${word} > Postgres`]);
  });

  it('a grouped word far from the box stays a component', () => {
    const tag = rect('tag', 640, 105, 60, 30, { groupIds: ['g-cache'] });
    const g = readScene(scene(redis([tag, boundText('tag-t', tag, 'hit', { groupIds: tag.groupIds }), arrow('a1', [670, 135], [470, 400], { startBinding: bind('tag'), endBinding: bind('db') })])));
    expect(edgesOf(g)).toEqual(['hit > Postgres']);
  });

  it('free text "hit" stays an arrow label, not a tag', () => {
    const g = readScene(scene(redis([arrow('a1', [460, 190], [460, 400], { startBinding: bind('cache'), endBinding: bind('db') }), text('lbl', 470, 280, 'miss')])));
    expect(edgesOf(g)).toEqual(['Redis > Postgres']);
    expect(g.edges[0]!.label).toBe('miss');
  });
});

describe('an untitled panel right under a connected box shows what is inside it', () => {
  /** Source -> Datalake -> Warehouse, with a panel under the lake (or elsewhere) holding its tables. */
  const lake = (panel: Json[]): Json[] => [
    ...box('src', 0, 0, 'Orders DB'),
    ...box('lake', 300, 0, 'Datalake', 160, 100),
    ...box('wh', 900, 0, 'Warehouse'),
    arrow('a1', [160, 30], [300, 30], { startBinding: bind('src'), endBinding: bind('lake') }),
    arrow('a2', [460, 30], [900, 30], { startBinding: bind('lake'), endBinding: bind('wh') }),
    ...panel,
  ];
  const tables = (x: number, y: number): Json[] => [
    rect('panel', x, y, 240, 260),
    ...box('t1', x + 20, y + 20, 'orders table', 120, 50),
    ...box('t2', x + 20, y + 100, 'customers table', 120, 50),
    ...box('t3', x + 20, y + 180, 'payments table', 120, 50),
    rect('f1', x + 170, y + 25, 40, 40),
    arrow('in1', [x + 140, y + 45], [x + 170, y + 45], { startBinding: bind('t1'), endBinding: bind('f1') }),
  ];
  const names = (g: ReturnType<typeof readScene>) => g.components.map((c) => c.label).sort();

  it.each([
    ['under the box', 260, 130],
    ['beside the box, on its right', 480, -60],
  ])('a panel of tables %s is detail, not components', (_name, x, y) => {
    const g = readScene(scene(lake(tables(x, y))));
    expect(names(g)).toEqual(['Datalake', 'Orders DB', 'Warehouse']);
    expect(g.edges).toHaveLength(2);
    expect(g.notes?.some((n) => n.startsWith('detail panel under "Datalake"'))).toBe(true);
  });

  it('a panel of script names with no arrows under a step is detail too', () => {
    const g = readScene(scene(lake([rect('panel', 300, 120, 160, 200), ...box('p1', 320, 140, 'extract.py', 120, 40), ...box('p2', 320, 200, 'load.py', 120, 40)])));
    expect(names(g)).toEqual(['Datalake', 'Orders DB', 'Warehouse']);
  });

  it('keeps a zone whose member has an arrow out of it', () => {
    const g = readScene(scene(lake([...tables(260, 130), arrow('out', [400, 255], [960, 60], { startBinding: bind('t2'), endBinding: bind('wh') })])));
    expect(names(g)).toEqual(expect.arrayContaining(['orders table', 'customers table', 'payments table']));
  });

  it.each([
    ['a titled panel', [text('title', 270, 135, 'Marts')]],
    ['a panel far under the box', []],
  ])('keeps the members of %s', (name, extra) => {
    const y = name === 'a panel far under the box' ? 400 : 130;
    const g = readScene(scene(lake([...tables(260, y), ...extra])));
    expect(names(g)).toEqual(expect.arrayContaining(['orders table', 'customers table', 'payments table']));
  });

  it('keeps a panel when nothing in the drawing is connected', () => {
    const g = readScene(scene([...box('lake', 300, 0, 'Datalake', 160, 100), rect('panel', 260, 130, 240, 200), ...box('t1', 280, 150, 'orders table', 120, 50), ...box('t2', 280, 230, 'customers table', 120, 50)]));
    expect(names(g)).toEqual(['Datalake', 'customers table', 'orders table']);
  });
});

describe('a legend explains the symbols: its samples are not components', () => {
  const legendZone = (title: string): Json[] => [
    rect('legend', 1200, 300, 300, 260),
    text('legend-title', 1220, 310, title),
    ...box('k1', 1220, 360, 'Service', 120, 40),
    ...box('k2', 1220, 430, 'Database', 120, 40),
    arrow('k3', [1350, 380], [1450, 380]),
    text('k3-t', 1360, 390, 'async'),
  ];
  const names = (g: ReturnType<typeof readScene>) => g.components.map((c) => c.label).sort();

  it.each(['Legend', 'LEGEND:', 'Key', 'Legend: shapes and arrows'])('a container titled "%s"', (title) => {
    const g = readScene(scene([...pipeline(), ...legendZone(title)]));
    expect(names(g)).toEqual(named);
    expect(g.edges).toHaveLength(2);
    expect(g.notes?.some((n) => n.startsWith('legend ignored'))).toBe(true);
  });

  it('a box whose text is the legend, connected to nothing', () => {
    const r = rect('note', 1200, 300, 260, 90);
    const g = readScene(scene([...pipeline(), r, boundText('note-t', r, 'Legend: dashed = async')]));
    expect(names(g)).toEqual(named);
  });

  it.each(['Key Vault', 'Keycloak', 'Legendary service'])('keeps the members of a container titled "%s"', (title) => {
    const g = readScene(scene([...pipeline(), ...legendZone(title)]));
    expect(names(g)).toEqual(expect.arrayContaining(['Service', 'Database']));
  });
});

describe('a swimlane header names its lane; it is not a component', () => {
  /** Two wide lanes, each with a tall header box down its left edge and two connected boxes. */
  const lanes = (headers: [string, string], extra: Json[] = []): Json[] => [
    rect('lane1', 0, 0, 1000, 200),
    ...box('h1', 0, 0, headers[0], 120, 200),
    ...box('a1', 200, 70, 'Debezium'),
    ...box('b1', 600, 70, 'Kafka'),
    rect('lane2', 0, 240, 1000, 200),
    ...box('h2', 0, 240, headers[1], 120, 200),
    ...box('a2', 200, 310, 'Spark job'),
    ...box('b2', 600, 310, 'S3 data lake'),
    arrow('x1', [360, 100], [600, 100], { startBinding: bind('a1'), endBinding: bind('b1') }),
    arrow('x2', [680, 130], [280, 310], { startBinding: bind('b1'), endBinding: bind('a2') }),
    arrow('x3', [360, 340], [600, 340], { startBinding: bind('a2'), endBinding: bind('b2') }),
    ...extra,
  ];

  it('two lanes with headers down their left edges', () => {
    const g = readScene(scene(lanes(['Ingestion', 'Processing'])));
    expect(g.components.map((c) => c.label).sort()).toEqual(['Debezium', 'Kafka', 'S3 data lake', 'Spark job']);
    expect(g.groups.map((x) => x.label).sort()).toEqual(['Ingestion', 'Processing']);
  });

  it('a header across the top of a lane', () => {
    const g = readScene(scene([rect('lane', 0, 0, 600, 300), ...box('h', 0, 0, 'Serving layer', 600, 50), ...box('a', 40, 150, 'API'), ...box('b', 400, 150, 'Redis'), arrow('x', [200, 180], [400, 180], { startBinding: bind('a'), endBinding: bind('b') })]));
    expect(g.components.map((c) => c.label).sort()).toEqual(['API', 'Redis']);
    expect(g.groups.map((x) => x.label)).toEqual(['Serving layer']);
  });

  it.each([
    ['a header an arrow reaches', [arrow('hx', [60, 200], [60, 600], { startBinding: bind('h2') }), ...box('z', 0, 600, 'Airflow')]],
    ['a short box at the left edge', []],
  ])('keeps %s as a component', (name, extra) => {
    const elements = name === 'a short box at the left edge' ? [rect('lane', 0, 0, 1000, 300), ...box('h', 0, 100, 'Airflow', 120, 60), ...box('a', 300, 100, 'Spark')] : lanes(['Ingestion', 'Processing'], extra as Json[]);
    const g = readScene(scene(elements));
    expect(g.components.map((c) => c.label)).toContain(name === 'a short box at the left edge' ? 'Airflow' : 'Processing');
  });
});
