import { describe, expect, it } from 'vitest';
import { readScene } from '../../../lib/canvas/read-scene';
import { arrow, bind, boundText, ellipse, rect, scene, text, labelledBox as box } from './scene-builders';

type Json = Record<string, unknown>;

const edgesOf = (g: ReturnType<typeof readScene>) => {
  const label = new Map(g.components.map((c) => [c.id, c.label || c.id]));
  return g.edges.map((e) => `${e.from}:${label.get(e.from)} > ${e.to}:${label.get(e.to)}`).sort();
};

describe('an arrow from a "..." between boxes of one name comes from each of them', () => {
  /** Producers stacked in a column with three dots between the second and third. */
  const stack = (dots: Json[], extra: Json[] = []): Json[] => [
    ...box('p1', 0, 0, 'Producer', 100, 30),
    ...box('p2', 0, 40, 'Producer', 100, 30),
    ...dots,
    ...box('p3', 0, 140, 'Producer', 100, 30),
    ...box('p4', 0, 180, 'Producer', 100, 30),
    ...box('topic', 500, 100, 'readings topic'),
    ...extra,
  ];
  const column = [ellipse('d1', 44, 80, 12, 12), ellipse('d2', 44, 99, 12, 12), ellipse('d3', 44, 118, 12, 12)];

  it('bound to the middle dot of a vertical "..."', () => {
    const g = readScene(scene(stack(column, [arrow('a', [56, 105], [500, 130], { startBinding: bind('d2'), endBinding: bind('topic') })])));
    expect(edgesOf(g)).toEqual(['p1:Producer > topic:readings topic', 'p2:Producer > topic:readings topic', 'p3:Producer > topic:readings topic', 'p4:Producer > topic:readings topic']);
  });

  it('an unbound tip on a dot of the "..."', () => {
    const g = readScene(scene(stack(column, [arrow('a', [50, 124], [500, 130], { endBinding: bind('topic') })])));
    expect(edgesOf(g)).toHaveLength(4);
  });

  it('a horizontal "..." in a row of "Sensor" boxes, arrow into the dots', () => {
    const g = readScene(
      scene([
        ...box('s1', 0, 300, 'Sensor', 80, 40),
        ...box('s2', 100, 300, 'Sensor', 80, 40),
        ellipse('h1', 200, 314, 10, 10),
        ellipse('h2', 220, 314, 10, 10),
        ellipse('h3', 240, 314, 10, 10),
        ...box('s3', 270, 300, 'Sensor', 80, 40),
        ...box('gw', 100, 0, 'IoT gateway'),
        arrow('a', [160, 60], [224, 312], { startBinding: bind('gw'), endBinding: bind('h2'), startArrowhead: 'arrow', endArrowhead: null }),
      ]),
    );
    expect(edgesOf(g)).toEqual(['s1:Sensor > gw:IoT gateway', 's2:Sensor > gw:IoT gateway', 's3:Sensor > gw:IoT gateway']);
  });

  it.each([
    ['boxes of different names around the dots', 'Consumer'],
    ['a single dot, not a "..."', null],
  ])('keeps one edge to the nearest box: %s', (_name, other) => {
    const dots = other === null ? [ellipse('d2', 44, 99, 12, 12)] : column;
    const elements = stack(dots, [arrow('a', [56, 105], [500, 130], { startBinding: bind('d2'), endBinding: bind('topic') })]);
    if (other !== null) elements.splice(elements.findIndex((e) => e.id === 'p3-t'), 1, boundText('p3-t', elements.find((e) => e.id === 'p3')!, other));
    expect(edgesOf(readScene(scene(elements)))).toHaveLength(1);
  });
});

describe('an arrow from the border of an untitled box around most of the drawing', () => {
  /** Five services in an untitled boundary; Monitoring and the load balancer outside it. */
  const system = (extra: Json[]): Json[] => [
    ...box('lb', -300, 150, 'Load balancer'),
    rect('boundary', 0, 0, 900, 400, { strokeStyle: 'dashed' }),
    ...box('gw', 20, 150, 'API gateway'),
    ...box('s1', 300, 40, 'Shortener service'),
    ...box('s2', 300, 250, 'Analytics service'),
    ...box('db', 650, 40, 'Postgres'),
    ...box('ts', 650, 250, 'InfluxDB'),
    ...box('mon', 380, 520, 'Monitoring'),
    arrow('in', [-140, 180], [20, 180], { startBinding: bind('lb'), endBinding: bind('gw') }),
    ...extra,
  ];

  it('names no one member: no edge, and a note says why', () => {
    const g = readScene(scene(system([arrow('out', [450, 400], [450, 520], { startBinding: bind('boundary'), endBinding: bind('mon') })])));
    expect(edgesOf(g)).toEqual(['lb:Load balancer > gw:API gateway']);
    expect(g.notes?.some((n) => /untitled box around most of the drawing/.test(n))).toBe(true);
    expect(g.components.some((c) => c.id === 'boundary')).toBe(false);
  });

  it('an unbound tip just outside the border is read the same way', () => {
    const g = readScene(scene(system([arrow('out', [450, 520], [450, 404])])));
    expect(edgesOf(g)).toEqual(['lb:Load balancer > gw:API gateway']);
  });

  it('a tip on the border right at a member still means that member', () => {
    const g = readScene(scene(system([arrow('out', [380, 400], [440, 520], { endBinding: bind('mon') }), rect('s2b', 300, 330, 160, 66), boundText('s2b-t', rect('s2b', 300, 330, 160, 66), 'Alerting')])));
    expect(edgesOf(g)).toContain('s2b:Alerting > mon:Monitoring');
  });

  it('a titled zone around most of the drawing still attaches to its nearest member (a backdrop) when its title names nothing', () => {
    const g = readScene(scene(system([text('title', 20, 10, 'Team Platform'), arrow('out', [380, 400], [380, 520], { endBinding: bind('mon') })])));
    expect(edgesOf(g)).toContain('s2:Analytics service > mon:Monitoring');
  });

  it('an untitled zone around a few of many boxes keeps the nearest-member reading', () => {
    const g = readScene(
      scene([
        rect('zone', 0, 0, 500, 200, { strokeStyle: 'dashed' }),
        ...box('a', 20, 60, 'Spark job'),
        ...box('b', 260, 60, 'dbt models'),
        ...box('c', 0, 400, 'Kafka'),
        ...box('d', 300, 400, 'S3'),
        ...box('e', 600, 400, 'Airflow'),
        ...box('f', 900, 400, 'Snowflake'),
        arrow('x', [100, 200], [100, 400], { endBinding: bind('c') }),
      ]),
    );
    expect(edgesOf(g)).toEqual(['a:Spark job > c:Kafka']);
  });
});
