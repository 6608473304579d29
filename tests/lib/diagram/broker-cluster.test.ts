import { describe, expect, it } from 'vitest';
import { withBrokerClusters } from '@/lib/diagram/broker-cluster';
import type { SceneSpec } from '../../golden/diagram/draw-lib';
import { codes, grade, graphOf } from './fixtures';

// Kafka drawn as several broker boxes joined by replication lines (no heads) is one stream: a schema
// registry joined to one broker serves the cluster, the lines are not data flows, and "schema reg" is
// whiteboard shorthand for the registry.

/** Ride-hailing drawn left to right with the stream as three brokers stacked in a column. */
const rides: SceneSpec = {
  boxes: [
    { id: 'app', label: 'driver app', col: 0, row: 1 },
    { id: 'gw', label: 'API gateway', col: 1, row: 1 },
    { id: 'b1', label: 'broker A', col: 2, row: 0 },
    { id: 'b2', label: 'broker B', col: 2, row: 1 },
    { id: 'b3', label: 'broker C', col: 2, row: 2 },
    { id: 'sr', label: 'Schema reg (Avro)', col: 2, row: 3 },
    { id: 'fl', label: 'Flink surge job', col: 3, row: 0 },
    { id: 'redis', label: 'Redis surge', col: 4, row: 0 },
    { id: 'api', label: 'pricing API', col: 5, row: 0 },
    { id: 's3', label: 'S3 raw pings', col: 3, row: 2 },
  ],
  arrows: [
    { from: 'app', to: 'gw' }, { from: 'gw', to: 'b2' }, { from: 'b1', to: 'b2', line: true, dashed: true }, { from: 'b2', to: 'b3', line: true, dashed: true },
    { from: 'sr', to: 'b3', line: true }, { from: 'b1', to: 'fl' }, { from: 'fl', to: 'redis' }, { from: 'redis', to: 'api' }, { from: 'b3', to: 's3' },
  ],
};

describe('broker boxes joined by replication lines are one stream', () => {
  it('reads the three brokers as one component with the arrows of all three', () => {
    const graph = withBrokerClusters(graphOf(rides));
    const streams = graph.components.filter((c) => (c.kinds ?? [c.kind]).includes('kafka'));
    expect(streams).toHaveLength(1);
    expect(graph.edges.every((edge) => !edge.undirected || edge.to === streams[0]!.id || edge.from === streams[0]!.id)).toBe(true);
    expect(graph.edges.filter((edge) => edge.from === streams[0]!.id).length).toBe(2);
  });

  it('a registry joined to one broker is schema management for the cluster, and the surge path reads through any broker', () => {
    const result = grade('ride-hailing', rides);
    expect(codes(result)).not.toContain('diagram.antipattern.no-schema-management');
    expect(codes(result)).not.toContain('diagram.antipattern.single-broker');
    expect(result.findings.find((f) => f.code === 'diagram.flow.surge-path')?.severity ?? 'good').toBe('good');
  });

  it('"schema reg" alone is read as a schema registry', () => {
    const graph = graphOf({ boxes: [{ id: 'sr', label: 'schema reg', col: 0, row: 0 }] });
    expect(graph.components[0]!.kinds ?? [graph.components[0]!.kind]).toContain('schema_registry');
  });

  it('an arrow with a head between two stream boxes is a data flow (a mirror to another cluster), not replication', () => {
    const spec: SceneSpec = { ...rides, arrows: rides.arrows!.map((arrow) => (arrow.from === 'b1' && arrow.to === 'b2' ? { from: 'b1', to: 'b2', label: 'MirrorMaker' } : arrow)) };
    const graph = withBrokerClusters(graphOf(spec));
    expect(graph.components.filter((c) => (c.kinds ?? [c.kind]).includes('kafka'))).toHaveLength(2);
  });
});
