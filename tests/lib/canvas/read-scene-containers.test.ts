import { describe, expect, it } from 'vitest';
import { readScene } from '../../../lib/canvas/read-scene';
import { arrow, bind, boundText, frame, image, rect, scene, text, labelledBox as box } from './scene-builders';


const kindOf = (graph: ReturnType<typeof readScene>, label: string) => graph.components.find((c) => c.label === label);

describe('containers and frames give their kind to the group', () => {
  it('makes members of a dashed zone titled "ClickHouse cluster" real-time OLAP nodes, keeping their own labels', () => {
    const zone = rect('zone', 0, 0, 600, 260, { strokeStyle: 'dashed' });
    const g = readScene(
      scene([zone, text('title', 20, 10, 'ClickHouse cluster'), ...box('r1', 20, 80, 'Shard 1 Replica 1'), ...box('r2', 220, 80, 'Shard 1 Replica 2'), ...box('r3', 420, 80, 'Shard 2 Replica 1')]),
    );
    for (const label of ['Shard 1 Replica 1', 'Shard 1 Replica 2', 'Shard 2 Replica 1']) {
      expect(kindOf(g, label), label).toMatchObject({ kind: 'realtime_olap', kindSource: 'container' });
    }
    expect(g.groups).toEqual([expect.objectContaining({ id: 'zone', label: 'ClickHouse cluster', kinds: ['realtime_olap'] })]);
  });

  it('makes boxes in a frame named "Kafka cluster" Kafka', () => {
    const g = readScene(scene([frame('f', 0, 0, 600, 200, 'Kafka cluster'), ...box('n1', 20, 60, 'node-a').map((e) => ({ ...e, frameId: 'f' })), ...box('n2', 220, 60, 'node-b').map((e) => ({ ...e, frameId: 'f' }))]));
    expect(kindOf(g, 'node-a')).toMatchObject({ kind: 'kafka', kindSource: 'container' });
    expect(kindOf(g, 'node-b')).toMatchObject({ kind: 'kafka', kindSource: 'container' });
  });

  it('makes dbt tables inside containers titled "Staging" and "Marts" silver and gold tables', () => {
    const staging = rect('staging', 0, 0, 400, 220);
    const marts = rect('marts', 500, 0, 400, 220);
    const g = readScene(
      scene([
        staging,
        boundText('staging-t', staging, 'Staging', { verticalAlign: 'top', y: 8 }),
        ...box('s1', 20, 80, 'stg_orders'),
        ...box('s2', 210, 80, 'stg_customers'),
        marts,
        boundText('marts-t', marts, 'Marts', { verticalAlign: 'top', y: 8 }),
        ...box('m1', 520, 80, 'monthly_turnover'),
        ...box('m2', 710, 80, 'dim_customers'),
      ]),
    );
    expect(kindOf(g, 'stg_orders')?.kind).toBe('silver_layer');
    expect(kindOf(g, 'monthly_turnover')?.kind).toBe('gold_layer');
    expect(kindOf(g, 'dim_customers')?.kind).toBe('gold_layer');
  });

  it('never overrides a member that names itself', () => {
    const zone = rect('zone', 0, 0, 600, 220);
    const g = readScene(scene([zone, text('title', 20, 10, 'Kafka cluster'), ...box('a', 20, 80, 'Schema registry'), ...box('b', 220, 80, 'broker-1'), ...box('c', 420, 80, 'ZooKeeper')]));
    expect(kindOf(g, 'Schema registry')?.kind).toBe('schema_registry');
    expect(kindOf(g, 'ZooKeeper')?.kind).toBe('coordination');
  });

  it('attaches an arrow that ends on the container border to the container, not its nearest member', () => {
    const zone = rect('zone', 400, 0, 600, 220, { strokeStyle: 'dashed' });
    const g = readScene(
      scene([
        ...box('src', 0, 80, 'Orders service'),
        zone,
        text('title', 420, 10, 'Kafka cluster'),
        ...box('b1', 420, 80, 'node-1'),
        ...box('b2', 620, 80, 'node-2'),
        ...box('b3', 820, 80, 'node-3'),
        arrow('in', [160, 110], [400, 110], { startBinding: bind('src'), endBinding: bind('zone') }),
      ]),
    );
    expect(g.edges).toEqual([expect.objectContaining({ from: 'src', to: 'zone' })]);
    expect(g.components.find((c) => c.id === 'zone')).toMatchObject({ label: 'Kafka cluster', kind: 'kafka' });
  });

  it('keeps a container title and its single member as two labels', () => {
    const outer = rect('outer', 0, 0, 260, 180);
    const g = readScene(scene([outer, text('title', 10, 8, 'Kafka cluster'), ...box('inner', 40, 70, 'node-1', 180, 70)]));
    const labels = g.components.map((c) => c.label);
    expect(labels).not.toContain('Kafka cluster node-1');
    expect(labels).toContain('node-1');
  });
});

describe('logo badges belong to their box', () => {
  it('folds a small logo on a box corner into the box and keeps arrows on the box', () => {
    const kafka = rect('kafka', 400, 0, 180, 80);
    const g = readScene(
      scene([
        ...box('src', 0, 10, 'Orders service'),
        kafka,
        boundText('kafka-t', kafka, 'Kafka'),
        image('logo', 555, -15, 40, 40),
        arrow('a', [160, 40], [560, 0], { startBinding: bind('src'), endBinding: bind('logo') }),
      ]),
    );
    expect(g.components.map((c) => c.label).sort()).toEqual(['Kafka', 'Orders service']);
    expect(g.components.find((c) => c.id === 'kafka')?.elementIds).toContain('logo');
    expect(g.edges).toEqual([expect.objectContaining({ from: 'src', to: 'kafka' })]);
  });

  it('folds a badge drawn inside the corner too, and leaves a free-standing logo alone', () => {
    const s3 = rect('s3', 0, 0, 200, 90);
    const g = readScene(scene([s3, boundText('s3-t', s3, 'S3 raw bucket'), image('badge', 170, 4, 26, 26), image('alone', 600, 0, 60, 60)]));
    expect(g.components.find((c) => c.id === 's3')?.elementIds).toContain('badge');
    expect(g.components.some((c) => c.id === 'alone')).toBe(true);
    expect(g.components.some((c) => c.id === 'badge')).toBe(false);
  });
});
