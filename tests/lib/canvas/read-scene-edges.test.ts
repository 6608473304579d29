import { describe, expect, it } from 'vitest';
import { readScene } from '@/lib/canvas/read-scene';
import type { DiagramGraph } from '@/lib/canvas/diagram-graph';
import { arrow, bind, boundText, frame, line, rect, scene, text } from './scene-builders';

/** "from -> to (label)" with component labels, for readable expectations. */
function edgeList(g: DiagramGraph): string[] {
  const label = new Map(g.components.map((c) => [c.id, c.label]));
  return g.edges.map((e) => `${label.get(e.from)} ${e.undirected ? '--' : '->'} ${label.get(e.to)}${e.label ? ` (${e.label})` : ''}`);
}

function box(id: string, x: number, y: number, name: string) {
  const r = rect(id, x, y, 160, 80);
  return [r, boundText(`${id}-t`, r, name)];
}

describe('readScene: edges', () => {
  it('follows an arrow bound at both ends', () => {
    const g = readScene(
      scene([
        ...box('cdc', 0, 0, 'Debezium'),
        ...box('bus', 400, 0, 'Kafka'),
        arrow('a1', [164, 40], [396, 40], { startBinding: bind('cdc'), endBinding: bind('bus') }),
      ]),
    );
    expect(g.edges).toEqual([{ from: 'cdc', to: 'bus', label: '', elementIds: ['a1'] }]);
  });

  it('snaps an unbound arrow that stops short of a box to the nearest box', () => {
    const g = readScene(scene([...box('a', 0, 0, 'Kafka'), ...box('b', 400, 0, 'Flink'), arrow('x', [185, 40], [370, 45])]));
    expect(edgeList(g)).toEqual(['Kafka -> Flink']);
  });

  it('drops an arrow that points at nothing, with a note', () => {
    const g = readScene(scene([...box('a', 0, 0, 'Kafka'), arrow('x', [170, 40], [330, 40])]));
    expect(g.edges).toEqual([]);
    expect(g.notes?.some((n) => n.includes('arrow x'))).toBe(true);
  });

  it('reads arrow labels: bound text on the arrow, or free text near its middle', () => {
    const a = arrow('a1', [164, 40], [396, 40], { startBinding: bind('src'), endBinding: bind('dst') });
    const g = readScene(
      scene([
        ...box('src', 0, 0, 'Postgres'),
        ...box('dst', 400, 0, 'Debezium'),
        a,
        text('a1-label', 240, 28, 'WAL', { containerId: 'a1' }),
        ...box('sink', 400, 300, 'S3'),
        arrow('a2', [480, 84], [480, 296]),
        text('free-label', 490, 180, 'sink'),
      ]),
    );
    expect(edgeList(g)).toEqual(['Postgres -> Debezium (WAL)', 'Debezium -> S3 (sink)']);
  });

  it('treats a free text that an arrow is bound to as the label when it sits along the arrow', () => {
    // People drag the arrow tip onto their own label text; the target is the box past it.
    const g = readScene(
      scene([
        ...box('api', 0, 0, 'Orders API'),
        ...box('q', 400, 0, 'RabbitMQ'),
        text('lbl', 220, 15, 'publish'),
        arrow('a', [164, 40], [390, 40], { endBinding: bind('lbl') }),
      ]),
    );
    expect(edgeList(g)).toEqual(['Orders API -> RabbitMQ (publish)']);
  });

  it('makes a standalone text that arrows connect into a component', () => {
    const g = readScene(
      scene([
        ...box('db', 0, 0, 'MySQL'),
        text('conn', 400, 30, 'kafka connect'),
        arrow('a', [164, 40], [396, 42], { endBinding: bind('conn') }),
      ]),
    );
    expect(g.components.map((c) => [c.id, c.label, c.kind])).toEqual([
      ['db', 'MySQL', 'oltp_database'],
      ['conn', 'kafka connect', 'ingestion_service'],
    ]);
    expect(edgeList(g)).toEqual(['MySQL -> kafka connect']);
  });

  it('reads a double-headed arrow as one undirected two-way link: it shows a link, not a direction of flow', () => {
    const g = readScene(scene([...box('a', 0, 0, 'API'), ...box('b', 400, 0, 'Redis'), arrow('x', [164, 40], [396, 40], { startArrowhead: 'arrow' })]));
    expect(edgeList(g)).toEqual(['API -- Redis']);
    expect(g.edges[0]!.twoWay).toBe(true);
  });

  it('reverses an arrow whose only head is at its start', () => {
    const g = readScene(scene([...box('a', 0, 0, 'API'), ...box('b', 400, 0, 'Redis'), arrow('x', [164, 40], [396, 40], { startArrowhead: 'arrow', endArrowhead: null })]));
    expect(edgeList(g)).toEqual(['Redis -> API']);
  });

  it('reads a line joining two shapes as one undirected edge, and ignores a separator line', () => {
    const g = readScene(
      scene([
        ...box('a', 0, 0, 'Spark'),
        ...box('b', 400, 0, 'Delta'),
        line('join', [160, 40], [400, 40]),
        line('separator', [-50, 200], [650, 200]),
        text('under', 200, 210, 'batch layer'),
      ]),
    );
    expect(edgeList(g)).toEqual(['Spark -- Delta']);
    expect(g.edges[0]!.undirected).toBe(true);
  });

  it('merges parallel arrows between the same pair into one edge', () => {
    const g = readScene(
      scene([
        ...box('a', 0, 0, 'Kafka'),
        ...box('b', 400, 0, 'Flink'),
        arrow('x1', [164, 20], [396, 20], { startBinding: bind('a'), endBinding: bind('b') }),
        arrow('x2', [164, 60], [396, 60], { startBinding: bind('a'), endBinding: bind('b') }),
      ]),
    );
    expect(g.edges).toEqual([{ from: 'a', to: 'b', label: '', elementIds: ['x1', 'x2'] }]);
  });

  it('follows elbow arrows by their end points', () => {
    const g = readScene(
      scene([
        ...box('a', 0, 0, 'Airflow'),
        ...box('b', 400, 300, 'dbt'),
        arrow('e', [164, 40], [480, 296], {
          elbowed: true,
          points: [
            [0, 0],
            [316, 0],
            [316, 256],
          ],
        }),
      ]),
    );
    expect(edgeList(g)).toEqual(['Airflow -> dbt']);
  });

  it('resolves an arrow into a "..." dot or a container to a real component', () => {
    const g = readScene(
      scene([
        rect('zone', 0, 0, 300, 400),
        ...box('p1', 40, 40, 'Producer'),
        ...box('p2', 40, 260, 'Producer'),
        { ...rect('dot', 110, 180, 10, 10), type: 'ellipse' },
        ...box('topic', 600, 160, 'orders topic'),
        arrow('a', [120, 185], [596, 200], { startBinding: bind('dot'), endBinding: bind('topic') }),
      ]),
    );
    expect(edgeList(g)).toEqual(['Producer -> orders topic']);
  });
});

describe('readScene: groups', () => {
  it('turns a big dashed rectangle with a title around three boxes into a labelled group', () => {
    const g = readScene(
      scene([
        rect('zone', 0, 0, 700, 300, { strokeStyle: 'dashed' }),
        text('title', 20, 10, 'Ingestion'),
        ...box('a', 20, 100, 'Debezium'),
        ...box('b', 260, 100, 'Kafka'),
        ...box('c', 500, 100, 'Schema Registry'),
      ]),
    );
    expect(g.components.map((c) => c.label)).toEqual(['Debezium', 'Kafka', 'Schema Registry']);
    expect(g.groups).toEqual([{ id: 'zone', label: 'Ingestion', componentIds: ['a', 'b', 'c'] }]);
  });

  it('reads a title written just above a container', () => {
    const g = readScene(scene([text('title', 20, -40, 'Serving'), rect('zone', 0, 0, 500, 200), ...box('a', 20, 60, 'Redis'), ...box('b', 260, 60, 'API')]));
    expect(g.groups).toEqual([{ id: 'zone', label: 'Serving', componentIds: ['a', 'b'] }]);
  });

  it('turns a frame into a group named by the frame, even around one component', () => {
    const [r, t] = box('a', 40, 60, 'Snowflake');
    const g = readScene(scene([frame('f1', 0, 0, 300, 200, 'Warehouse'), { ...r!, frameId: 'f1' }, { ...t!, frameId: 'f1' }]));
    expect(g.groups).toEqual([{ id: 'f1', label: 'Warehouse', componentIds: ['a'], kinds: ['warehouse'] }]);
    expect(g.components.map((c) => c.id)).toEqual(['a']);
  });

  it('nests groups and lists every component inside, including nested ones', () => {
    const g = readScene(
      scene([
        rect('outer', 0, 0, 900, 500),
        text('outer-title', 20, 10, 'Platform'),
        rect('inner', 20, 100, 500, 300),
        text('inner-title', 40, 110, 'Lake'),
        ...box('a', 40, 200, 'Bronze'),
        ...box('b', 300, 200, 'Silver'),
        ...box('c', 650, 200, 'Trino'),
      ]),
    );
    expect(g.groups).toEqual([
      { id: 'outer', label: 'Platform', componentIds: ['a', 'b', 'c'] },
      { id: 'inner', label: 'Lake', componentIds: ['a', 'b'] },
    ]);
  });

  it('reads two separate diagrams in one scene', () => {
    const g = readScene(
      scene([
        ...box('a1', 0, 0, 'Kafka'),
        ...box('b1', 400, 0, 'Flink'),
        arrow('x1', [164, 40], [396, 40]),
        ...box('a2', 0, 2000, 'Kafka'),
        ...box('b2', 400, 2000, 'Spark'),
        arrow('x2', [164, 2040], [396, 2040]),
      ]),
    );
    expect(edgeList(g)).toEqual(['Kafka -> Flink', 'Kafka -> Spark']);
    expect(g.edges.map((e) => [e.from, e.to])).toEqual([
      ['a1', 'b1'],
      ['a2', 'b2'],
    ]);
  });
});
