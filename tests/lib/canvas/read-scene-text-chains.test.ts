import { describe, expect, it } from 'vitest';
import { readScene } from '@/lib/canvas/read-scene';
import { arrow, bind, labelledBox, rect, scene, text } from './scene-builders';

const labels = (graph: ReturnType<typeof readScene>) => graph.components.map((c) => c.label);
const links = (graph: ReturnType<typeof readScene>) => {
  const byId = new Map(graph.components.map((c) => [c.id, c.label]));
  return graph.edges.map((e) => `${byId.get(e.from)} > ${byId.get(e.to)}${e.written ? ' (written)' : ''}`);
};

describe('readScene: a diagram written as text lines with arrows', () => {
  it('reads each name as a part and each arrow as a directed, written link; a name on two lines is one part', () => {
    const graph = readScene(
      scene([
        text('l1', 0, 0, 'web shop Postgres → Debezium → Pulsar (orders topic)'),
        text('l2', 0, 60, 'Pulsar => Spark Structured Streaming => Cassandra (stock by SKU)'),
        text('l3', 0, 120, 'Cassandra <- stock API'),
      ]),
    );
    expect(labels(graph)).toEqual(expect.arrayContaining(['web shop Postgres', 'Debezium', 'Pulsar (orders topic)', 'Spark Structured Streaming', 'Cassandra (stock by SKU)', 'stock API']));
    expect(graph.components.filter((c) => /pulsar/i.test(c.label))).toHaveLength(1);
    expect(links(graph)).toEqual(
      expect.arrayContaining(['Pulsar (orders topic) > Spark Structured Streaming (written)', 'stock API > Cassandra (stock by SKU) (written)', 'web shop Postgres > Debezium (written)']),
    );
    expect(graph.edges.every((e) => e.written === true && e.elementIds.length === 1)).toBe(true);
  });

  it('folds a short name into the longer one it opens when it says nothing more ("GCS" into "GCS Parquet lake")', () => {
    const graph = readScene(scene([text('a', 0, 0, 'Pub/Sub -> GCS Parquet lake -> BigQuery'), text('b', 0, 50, 'vendor CSV drops -> GCS -> BigQuery')]));
    expect(graph.components.filter((c) => /gcs/i.test(c.label)).map((c) => c.label)).toEqual(['GCS Parquet lake']);
  });

  it('keeps keyword chains as prose: properties are not parts', () => {
    const graph = readScene(scene([text('k1', 0, 0, 'at-least-once -> dedup -> low latency -> GDPR'), text('k2', 0, 60, 'p99 < 50 ms -> 3 AZs -> 99.95%')]));
    expect(graph.components).toEqual([]);
    expect(graph.edges).toEqual([]);
  });

  it('leaves a text note with arrows beside a drawn diagram as a note', () => {
    const graph = readScene(
      scene([
        ...labelledBox('src', 0, 0, 'Kinesis'),
        ...labelledBox('dst', 400, 0, 'Redshift'),
        arrow('a1', [160, 30], [400, 30], { startBinding: bind('src'), endBinding: bind('dst') }),
        text('n', 0, 300, 'Kinesis -> Firehose -> Redshift'),
        rect('unused', 900, 900),
      ]),
    );
    expect(graph.edges.some((e) => e.written)).toBe(false);
    expect(labels(graph)).not.toContain('Firehose');
  });
});
