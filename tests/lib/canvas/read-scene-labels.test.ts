import { describe, expect, it } from 'vitest';
import { readScene } from '@/lib/canvas/read-scene';
import type { DiagramGraph } from '@/lib/canvas/diagram-graph';
import { boundText, ellipse, image, rect, scene, text } from './scene-builders';

const labels = (g: DiagramGraph) => g.components.map((c) => c.label);
const byLabel = (g: DiagramGraph, label: string) => g.components.filter((c) => c.label === label);

describe('readScene: labels', () => {
  it('reads text bound to a shape (containerId)', () => {
    const box = rect('kafka', 0, 0);
    const g = readScene(scene([box, boundText('kafka-label', box, 'Kafka')]));
    expect(g.components).toHaveLength(1);
    expect(g.components[0]).toMatchObject({ id: 'kafka', label: 'Kafka', kind: 'kafka', bounds: { x: 0, y: 0, width: 160, height: 80 } });
    expect(g.components[0]!.elementIds).toEqual(['kafka', 'kafka-label']);
  });

  it('attaches free text placed over a box (no binding) to that box', () => {
    const g = readScene(scene([rect('db', 100, 100, 200, 100), text('db-text', 140, 135, 'Postgres')]));
    expect(g.components).toHaveLength(1);
    expect(g.components[0]).toMatchObject({ id: 'db', label: 'Postgres', kind: 'oltp_database' });
  });

  it('uses the innermost shape under a free text', () => {
    const g = readScene(
      scene([
        rect('zone', 0, 0, 600, 400),
        rect('a', 40, 60, 160, 80),
        rect('b', 300, 60, 160, 80),
        text('ta', 60, 85, 'Spark'),
        text('tb', 320, 85, 'Redis'),
      ]),
    );
    expect(labels(g).sort()).toEqual(['Redis', 'Spark']);
    expect(g.groups).toEqual([{ id: 'zone', label: '', componentIds: ['a', 'b'] }]);
  });

  it('reads a caption written just under an icon', () => {
    const g = readScene(scene([ellipse('icon', 0, 0, 60, 60), text('caption', -10, 68, 'Airflow')]));
    expect(g.components).toHaveLength(1);
    expect(g.components[0]).toMatchObject({ id: 'icon', label: 'Airflow', kind: 'airflow' });
    expect(g.components[0]!.elementIds).toEqual(['caption', 'icon']);
  });

  it('names an image by the text next to it, and keeps an unlabeled image as an unknown component', () => {
    const g = readScene(
      scene([
        image('logo', 0, 0, 100, 100),
        text('logo-caption', 5, 110, 'Snowflake'),
        image('mystery', 400, 0, 100, 100),
        image('typed', 800, 0, 100, 100, { customData: { kind: 'cache' } }),
      ]),
    );
    expect(g.components.map((c) => [c.id, c.label, c.kind])).toEqual([
      ['logo', 'Snowflake', 'warehouse'],
      ['mystery', '', 'unknown'],
      ['typed', '', 'cache'],
    ]);
  });

  it('keeps two boxes with the same name as two components', () => {
    const a = rect('k1', 0, 0);
    const b = rect('k2', 300, 0);
    const g = readScene(scene([a, boundText('t1', a, 'Kafka'), b, boundText('t2', b, 'Kafka')]));
    expect(byLabel(g, 'Kafka').map((c) => c.id)).toEqual(['k1', 'k2']);
  });

  it('collapses an icon drawn from many small grouped shapes into one component', () => {
    const icon = Array.from({ length: 12 }, (_, i) =>
      rect(`part-${String(i).padStart(2, '0')}`, (i % 4) * 12, Math.floor(i / 4) * 12, 10, 10, { groupIds: ['logo'] }),
    );
    const g = readScene(scene([...icon, rect('frame-part', -4, -4, 56, 44, { groupIds: ['logo'] }), text('name', -10, 50, 'MinIO', { groupIds: ['logo'] })]));
    expect(g.components).toHaveLength(1);
    expect(g.components[0]).toMatchObject({ id: 'frame-part', label: 'MinIO', kind: 'object_store' });
    expect(g.components[0]!.elementIds).toHaveLength(14);
  });

  it('looks inside a group that holds several labelled boxes instead of collapsing it', () => {
    const a = rect('svc-a', 0, 0, 160, 80, { groupIds: ['whole'] });
    const b = rect('svc-b', 300, 0, 160, 80, { groupIds: ['whole'] });
    const g = readScene(scene([a, boundText('ta', a, 'Orders API', { groupIds: ['whole'] }), b, boundText('tb', b, 'Billing', { groupIds: ['whole'] })]));
    expect(labels(g)).toEqual(['Orders API', 'Billing']);
  });

  it('drops icon small print and bullet details from a label', () => {
    const g = readScene(
      scene([
        rect('icon', 0, 0, 100, 100, { groupIds: ['r'] }),
        text('k', 10, 10, 'Key', { groupIds: ['r'], fontSize: 6, height: 8 }),
        text('name', 10, 40, 'Redis', { groupIds: ['r'], fontSize: 22 }),
        text('bullets', 10, 110, '- eviction\n- TTL', { groupIds: ['r'] }),
      ]),
    );
    expect(g.components.map((c) => c.label)).toEqual(['Redis']);
  });

  it('ignores deleted elements, including a deleted label', () => {
    const box = rect('s3', 0, 0);
    const g = readScene(
      scene([box, boundText('old', box, 'S3', { isDeleted: true }), text('new', 30, 25, 'GCS'), rect('gone', 400, 0, 160, 80, { isDeleted: true })]),
    );
    expect(g.components.map((c) => [c.id, c.label])).toEqual([['s3', 'GCS']]);
  });

  it('sets a notes panel (long prose, no arrows) aside instead of making it a component', () => {
    const g = readScene(scene([rect('panel', 0, 0, 400, 300), text('prose', 10, 10, 'Assumptions:\n- one\n- two\n- three\n- four\n- five\n- six')]));
    expect(g.components).toEqual([]);
    expect(g.notes?.some((n) => n.startsWith('note panel ignored'))).toBe(true);
  });
});
