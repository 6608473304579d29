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
