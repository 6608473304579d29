import type { ComponentKind } from './component-kinds';

/**
 * Kinds that do the same job in a design, so a requirement written with one is met by any of them
 * ("stream processing" is Spark Structured Streaming, Flink, Kafka Streams or Azure Stream Analytics).
 * Data: a case that needs one of them specifically says so in its rubric (`notEquivalent`, with why).
 */
export const EQUIVALENT_KINDS: readonly (readonly ComponentKind[])[] = [
  ['spark_streaming', 'flink', 'stream_processor'],
  ['spark_batch', 'dbt'],
  ['warehouse', 'realtime_olap'],
  ['nosql_database', 'timeseries_database'],
];

const FAMILY = new Map<ComponentKind, readonly ComponentKind[]>();
for (const family of EQUIVALENT_KINDS) for (const kind of family) FAMILY.set(kind, family);

/** The kinds a requirement naming `kinds` accepts: each with its equivalents, minus the case's exclusions. */
export function acceptedKinds(kinds: readonly ComponentKind[], excluded: readonly ComponentKind[] = []): Set<ComponentKind> {
  const out = new Set<ComponentKind>();
  for (const kind of kinds) for (const k of FAMILY.get(kind) ?? [kind]) out.add(k);
  // A kind the rubric names itself is never excluded by its own exclusion list.
  for (const kind of excluded) if (!kinds.includes(kind)) out.delete(kind);
  return out;
}

/** True when two kinds do the same job (or are the same). */
export function areEquivalent(a: ComponentKind, b: ComponentKind): boolean {
  return a === b || (FAMILY.get(a)?.includes(b) ?? false);
}

/**
 * Hops of a flow that another kind can take in one setting only. Landing a stream in the lake as it
 * arrives is a copy, not a computation: a sink connector or delivery service (Kafka Connect S3 sink,
 * Kinesis Data Firehose, Event Hubs Capture, Snowpipe Streaming) does the stream job's work there. It
 * does not compute anything, so it never stands in for stream processing elsewhere. Data, like
 * EQUIVALENT_KINDS; a case excludes it with `notEquivalent`.
 */
export const HOP_EQUIVALENTS: readonly { hop: readonly ComponentKind[]; also: readonly ComponentKind[]; whenFlowEndsIn: readonly ComponentKind[] }[] = [
  {
    hop: ['spark_streaming', 'flink', 'stream_processor'],
    also: ['ingestion_service'],
    whenFlowEndsIn: ['object_store', 'table_format', 'bronze_layer', 'silver_layer', 'gold_layer'],
  },
];

/**
 * The kinds a flow's middle hop accepts: the hop's kinds with their equivalents, plus the kinds of
 * HOP_EQUIVALENTS that apply when every end of the flow (`flowTo`) is of the listed kinds; minus the
 * case's exclusions.
 */
export function acceptedHopKinds(hop: readonly ComponentKind[], flowTo: readonly ComponentKind[], excluded: readonly ComponentKind[] = []): Set<ComponentKind> {
  const out = acceptedKinds(hop, excluded);
  for (const rule of HOP_EQUIVALENTS) {
    if (!hop.some((kind) => rule.hop.includes(kind))) continue;
    if (flowTo.length === 0 || !flowTo.every((kind) => rule.whenFlowEndsIn.includes(kind))) continue;
    for (const kind of rule.also) if (!excluded.includes(kind) || hop.includes(kind)) out.add(kind);
  }
  return out;
}
