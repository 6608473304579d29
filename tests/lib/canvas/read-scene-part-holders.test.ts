import { describe, expect, it } from 'vitest';
import { readScene } from '../../../lib/canvas/read-scene';
import { boundText, frame, rect, scene, text } from './scene-builders';

type Json = Record<string, unknown>;

function box(id: string, x: number, y: number, label: string): Json[] {
  const r = rect(id, x, y, 160, 60);
  return [r, boundText(`${id}-t`, r, label)];
}

const kindOf = (graph: ReturnType<typeof readScene>, label: string) => graph.components.find((c) => c.label === label)?.kind;

function zone(title: string, members: string[]): Json[] {
  return [rect('zone', 0, 0, 200 * members.length + 40, 260, { strokeStyle: 'dashed' }), text('title', 20, 10, title), ...members.flatMap((m, i) => box(`m${i}`, 20 + 200 * i, 80, m))];
}

describe('a container named by a Kafka product holds Kafka topics', () => {
  it.each([
    ['Amazon MSK cluster', ['orders', 'payments-db-changes', 'user events topic']],
    ['Red Hat OpenShift Streams for Apache Kafka', ['game-attacks', 'match aggregates', 'enriched shots']],
    ['Confluent Cloud', ['clicks', 'inventory-snapshots', 'checkout sessions']],
    ['Azure Event Hubs for Kafka', ['telemetry raw', 'device registry changes']],
  ])('reads every member of "%s" as Kafka, whatever its words suggest', (title, members) => {
    const g = readScene(scene(zone(title, members)));
    for (const m of members) expect(kindOf(g, m), m).toBe('kafka');
    expect(g.components.every((c) => c.kindSource === 'container')).toBe(true);
  });

  it('keeps members that name a product of their own (Kafka Connect, a schema registry, Debezium)', () => {
    const g = readScene(scene(zone('Amazon MSK cluster', ['orders', 'Debezium connector', 'Glue Schema Registry'])));
    expect(kindOf(g, 'orders')).toBe('kafka');
    expect(kindOf(g, 'Debezium connector')).toBe('cdc');
    expect(kindOf(g, 'Glue Schema Registry')).toBe('schema_registry');
  });

  it('does not turn a whole pipeline framed under a Kafka title into topics', () => {
    const g = readScene(scene([frame('f', 0, 0, 900, 300, 'Kafka-based pipeline'), ...box('a', 20, 80, 'Sensors').map((e) => ({ ...e, frameId: 'f' })), ...box('b', 220, 80, 'Spark job').map((e) => ({ ...e, frameId: 'f' })), ...box('c', 420, 80, 'Cassandra').map((e) => ({ ...e, frameId: 'f' })), ...box('d', 620, 80, 'Alerts db').map((e) => ({ ...e, frameId: 'f' }))]));
    expect(kindOf(g, 'Spark job')).toBe('spark_batch');
    expect(kindOf(g, 'Cassandra')).toBe('nosql_database');
    expect(kindOf(g, 'Alerts db')).not.toBe('kafka');
  });

  it('leaves members of a container that names Kafka only in a word ("Kafka topics" notes) to the old rule', () => {
    const g = readScene(scene(zone('Event topics', ['orders db', 'payments'])));
    expect(kindOf(g, 'orders db')).toBe('oltp_database');
  });
});
