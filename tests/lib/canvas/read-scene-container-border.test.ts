import { describe, expect, it } from 'vitest';
import { readScene } from '../../../lib/canvas/read-scene';
import { arrow, boundText, frame, rect, scene, text, labelledBox as box } from './scene-builders';

type Json = Record<string, unknown>;

/** Edges as "from label -> to label", so a test reads like the drawing. */
function flows(elements: Json[]): string[] {
  const g = readScene(scene(elements));
  const label = new Map(g.components.map((c) => [c.id, c.label]));
  return g.edges.map((e) => `${label.get(e.from)} -> ${label.get(e.to)}`).sort();
}

/** A dashed zone at x 400-1000, y 0-220, titled by a free text, members 20 px inside its edge. */
function kafkaZone(): Json[] {
  return [
    rect('zone', 400, 0, 600, 220, { strokeStyle: 'dashed' }),
    text('title', 420, 10, 'Kafka cluster'),
    ...box('b1', 420, 80, 'broker-1'),
    ...box('b2', 620, 80, 'broker-2'),
    ...box('b3', 820, 80, 'broker-3'),
  ];
}

describe('an unbound arrow that ends on a titled container border attaches to the container', () => {
  it.each([
    ['on the border', 400],
    ['3 px short of it', 397],
    ['8 px short of it', 392],
    ['4 px inside it', 404],
  ])('tip %s', (_, tipX) => {
    expect(flows([...box('src', 0, 80, 'Orders service'), ...kafkaZone(), arrow('in', [162, 110], [tipX, 110])])).toEqual(['Orders service -> Kafka cluster']);
  });

  it('reads an arrow leaving the border as coming from the container', () => {
    expect(flows([...kafkaZone(), ...box('dst', 1200, 80, 'Snowflake'), arrow('out', [1003, 110], [1198, 110])])).toEqual(['Kafka cluster -> Snowflake']);
  });

  it('works for a frame and for a title bound to the container', () => {
    const members = [...box('n1', 420, 80, 'node-a'), ...box('n2', 620, 80, 'node-b')].map((e) => ({ ...e, frameId: 'f' }));
    expect(flows([...box('src', 0, 80, 'Debezium'), frame('f', 400, 0, 600, 220, 'Event Hubs namespace'), ...members, arrow('in', [162, 110], [398, 110])])).toEqual([
      'Debezium -> Event Hubs namespace',
    ]);
    const lake = rect('lake', 400, 0, 400, 300);
    expect(
      flows([
        ...box('job', 0, 120, 'Spark job'),
        lake,
        boundText('lake-t', lake, 'ADLS data lake', { verticalAlign: 'top', y: 8 }),
        ...box('raw', 420, 60, 'raw/'),
        ...box('cur', 420, 180, 'curated/'),
        arrow('in', [162, 150], [401, 150]),
        ...box('q', 1000, 100, 'Synapse'),
        arrow('out', [802, 150], [998, 130]),
      ]),
    ).toEqual(['ADLS data lake -> Synapse', 'Spark job -> ADLS data lake']);
  });

  it('keeps titles and members as their own labels', () => {
    const g = readScene(scene([...box('src', 0, 80, 'Orders service'), ...kafkaZone(), arrow('in', [162, 110], [400, 110])]));
    expect(g.components.map((c) => c.label).sort()).toEqual(['Kafka cluster', 'Orders service', 'broker-1', 'broker-2', 'broker-3']);
  });
});

describe('a tip near a container border still means a box when a box is what it reaches', () => {
  it('a member drawn right against the border', () => {
    const zone = [rect('zone', 400, 0, 600, 220), text('title', 420, 10, 'Snowflake account'), ...box('m1', 406, 80, 'raw schema'), ...box('m2', 620, 80, 'marts schema')];
    expect(flows([...box('src', 0, 80, 'Fivetran'), ...zone, arrow('in', [162, 110], [400, 110])])).toEqual(['Fivetran -> raw schema']);
  });

  it('a tip deep inside, next to a member', () => {
    expect(flows([...box('src', 0, 80, 'Orders service'), ...kafkaZone(), arrow('in', [162, 110], [414, 110])])).toEqual(['Orders service -> broker-1']);
  });

  it('a box outside the container nearer the tip than the border is', () => {
    const zone = [rect('zone', 400, 0, 600, 220), text('title', 420, 10, 'Kafka cluster'), ...box('b1', 440, 80, 'broker-1')];
    // The registry's right edge is at x 390, the zone's left border at 400: the tip at 394 is nearer the registry.
    expect(flows([...box('src', 0, 300, 'Orders service'), ...zone, ...box('reg', 230, 100, 'Schema registry', 160, 60), arrow('in', [80, 298], [394, 130])])).toEqual([
      'Orders service -> Schema registry',
    ]);
  });

  it('a container whose title names nothing is a backdrop: the nearest member', () => {
    const zone = [rect('zone', 400, 0, 600, 220, { strokeStyle: 'dashed' }), text('title', 420, 10, 'Team Falcon'), ...box('k', 420, 80, 'Kafka'), ...box('s', 620, 80, 'Flink')];
    expect(flows([...box('src', 0, 80, 'Orders service'), ...zone, arrow('in', [162, 110], [398, 110])])).toEqual(['Orders service -> Kafka']);
  });
});
