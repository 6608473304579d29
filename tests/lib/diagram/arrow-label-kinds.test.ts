import { describe, expect, it } from 'vitest';
import { labelledReaders, withArrowLabelKinds } from '@/lib/diagram/arrow-label-kinds';
import { kindsOf } from '@/lib/diagram/component-view';
import type { SceneSpec } from '../../golden/diagram/draw-lib';
import { codes, component, edge, grade, graph } from './fixtures';

// Generic boxes ("Service A", "Store", a bare icon) whose arrows' labels carry the design: an interviewer
// reads the labels with the boxes, and grades the design a little below the same drawing with named boxes.

/** Ride-hailing drawn with named boxes. */
const named: SceneSpec = {
  boxes: [
    { id: 'app', label: 'driver app', col: 0, row: 0 },
    { id: 'gw', label: 'API gateway', col: 1, row: 0 },
    { id: 'k', label: 'Kafka', col: 2, row: 0 },
    { id: 'job', label: 'Flink', col: 3, row: 0 },
    { id: 'kv', label: 'Redis', col: 4, row: 0 },
    { id: 'api', label: 'surge API', col: 5, row: 0 },
    { id: 'db', label: 'trips Postgres', col: 0, row: 2 },
    { id: 'cdc', label: 'Debezium', col: 1, row: 2 },
    { id: 'lake', label: 'S3', col: 3, row: 1 },
    { id: 'batch', label: 'Spark batch', col: 4, row: 2 },
    { id: 'wh', label: 'Snowflake', col: 5, row: 2 },
    { id: 'bi', label: 'Looker', col: 6, row: 2 },
    { id: 'sched', label: 'Airflow', col: 4, row: 3 },
    { id: 'mon', label: 'Prometheus', col: 6, row: 3 },
    { id: 'dlq', label: 'DLQ', col: 3, row: 3 },
  ],
  arrows: [
    { from: 'app', to: 'gw' },
    { from: 'gw', to: 'k' },
    { from: 'k', to: 'job' },
    { from: 'job', to: 'kv' },
    { from: 'kv', to: 'api' },
    { from: 'db', to: 'cdc' },
    { from: 'cdc', to: 'k' },
    { from: 'k', to: 'lake' },
    { from: 'lake', to: 'batch' },
    { from: 'batch', to: 'wh' },
    { from: 'wh', to: 'bi' },
    { from: 'sched', to: 'batch', dashed: true },
    { from: 'job', to: 'dlq', dashed: true },
    { from: 'k', to: 'mon', dashed: true },
  ],
};

/** The same design with role boxes; the arrows' labels name the tools. */
const generic: SceneSpec = {
  boxes: named.boxes.map((box) => {
    const roles: Record<string, string> = { job: 'Service B', kv: 'Store', lake: 'bucket', batch: 'Job C', wh: 'Store 2', bi: 'Screen' };
    return { ...box, label: roles[box.id] ?? box.label };
  }),
  arrows: named.arrows!.map((arrow) => {
    const labels: Record<string, string> = {
      'k>job': 'consumed by Flink',
      'job>kv': 'surge per cell into Redis',
      'k>lake': 'raw pings, S3 sink',
      'lake>batch': 'nightly Spark batch',
      'batch>wh': 'loads Snowflake',
      'wh>bi': 'Looker reads marts',
    };
    const label = labels[`${arrow.from}>${arrow.to}`];
    return label ? { ...arrow, label } : arrow;
  }),
};

/** The generic boxes with the labels left off: nothing says what they are. */
const bare: SceneSpec = { boxes: generic.boxes, arrows: named.arrows };

describe('arrow labels name the generic boxes they join', () => {
  it('a ride-hailing design with role boxes and telling arrow labels scores a little below the named drawing, far above the bare one', () => {
    const full = grade('ride-hailing', named);
    const labelled = grade('ride-hailing', generic);
    const unlabelled = grade('ride-hailing', bare);
    expect(labelled.score).toBeLessThan(full.score);
    expect(labelled.score).toBeGreaterThanOrEqual(full.score - 12);
    expect(unlabelled.score).toBeLessThan(labelled.score - 25);
    const finding = labelled.findings.find((f) => f.code === 'diagram.arrow-named');
    expect(finding?.message).toContain('"Store"');
    expect(codes(full)).not.toContain('diagram.arrow-named');
  });

  it('a tool named on the arrow leads the generic box it fits: a product into an unknown or same-stage role, a source at the sending end', () => {
    const read = withArrowLabelKinds(
      graph(
        [component('svc', 'unknown', 'Service A'), component('job', 'stream_processor', 'stream job'), component('gw', 'api_gateway', 'site gateways'), component('q', 'kafka', 'queue')],
        [edge('svc', 'job', { label: 'Spark Structured Streaming' }), edge('gw', 'q', { label: 'OPC UA over TLS' })],
      ),
    );
    const byId = new Map(read.graph.components.map((c) => [c.id, kindsOf(c)]));
    // Spark Structured Streaming is a stream job already (equivalent kinds): the box is left as drawn.
    expect(byId.get('job')!).toEqual(['stream_processor']);
    expect(byId.get('svc')!).toEqual(['unknown']);
    expect(byId.get('gw')!).toEqual(['iot_devices', 'api_gateway']);
    expect(read.named.map((n) => n.component.id)).toEqual(['gw']);
  });

  it('a broad term on the arrow never overrides a role the box names, and a box named for a product keeps it', () => {
    const read = withArrowLabelKinds(
      graph(
        [component('a', 'kafka', 'event log'), component('b', 'object_store', 'object store'), component('c', 'warehouse', 'BigQuery'), component('d', 'unknown', 'Box D')],
        [edge('a', 'b', { label: 'raw Parquet' }), edge('b', 'c', { label: 'Snowflake loader' }), edge('a', 'd', { label: 'Redshift' })],
      ),
    );
    const byId = new Map(read.graph.components.map((c) => [c.id, kindsOf(c)]));
    expect(byId.get('b')!).toEqual(['object_store']);
    expect(byId.get('c')!).toEqual(['warehouse']);
    expect(byId.get('d')!).toEqual(['warehouse']);
  });

  it('a transport named on an arrow between two boxes that are not it becomes a hop carrying the arrow', () => {
    const read = withArrowLabelKinds(
      graph([component('pg', 'oltp_database', 'orders Postgres'), component('svc', 'unknown', 'Service B')], [edge('pg', 'svc', { label: 'row changes via Kafka topic', elementIds: ['arrow-1'] })]),
    );
    expect(read.hops).toHaveLength(1);
    const hop = read.hops[0]!.hop;
    expect(kindsOf(hop)).toEqual(['kafka']);
    expect(hop.elementIds).toEqual(['arrow-1']);
    expect(read.graph.edges.map((e) => [e.from, e.to])).toEqual([
      ['pg', hop.id],
      [hop.id, 'svc'],
    ]);
  });

  it('an arrow label that names what a box already is changes nothing', () => {
    const input = graph([component('k', 'kafka', 'Kafka'), component('f', 'flink', 'Flink')], [edge('k', 'f', { label: 'Kafka consumer group' })]);
    const read = withArrowLabelKinds(input);
    expect(read.graph).toBe(input);
    expect(read.named).toEqual([]);
  });
});

describe('boxes the arrows name as readers', () => {
  it('an unrecognised box that only receives a labelled arrow is a reader; one that sends on, or gets only unlabelled arrows, is not', () => {
    const g = graph(
      [component('job', 'flink', 'Flink'), component('ops', 'unknown', 'night shift'), component('x', 'unknown', 'team X'), component('y', 'unknown', 'Box Y'), component('z', 'kafka', 'Kafka')],
      [edge('job', 'ops', { label: 'breakdown warning' }), edge('job', 'x', { label: 'daily summary' }), edge('x', 'z'), edge('job', 'y')],
    );
    expect([...labelledReaders(g).keys()]).toEqual(['ops']);
  });
});

describe('a fresh flow ends at the store its users read', () => {
  it('of two stores a stream job writes, the hot path is read through the one a dashboard reads, not the one nothing reads', () => {
    const spec: SceneSpec = {
      boxes: [
        { id: 'dev', label: 'machine sensors', col: 0, row: 0 },
        { id: 'k', label: 'Kafka', col: 1, row: 0 },
        { id: 'f', label: 'Flink', col: 2, row: 0 },
        { id: 'kv', label: 'DynamoDB latest values', col: 3, row: 0 },
        { id: 'ts', label: 'InfluxDB', col: 3, row: 1 },
        { id: 'g', label: 'Grafana dashboards', col: 4, row: 1 },
      ],
      arrows: [
        { from: 'dev', to: 'k' },
        { from: 'k', to: 'f' },
        { from: 'f', to: 'kv' },
        { from: 'f', to: 'ts' },
        { from: 'ts', to: 'g' },
      ],
    };
    const result = grade('iot-telemetry', spec);
    const hot = result.findings.find((f) => f.code === 'diagram.flow.hot-path')!;
    expect(hot.severity).toBe('good');
    expect(hot.message).toContain('InfluxDB');
  });
});
