import type { StreamTool } from './stream-tools';

/**
 * One stream-processing mechanism under each engine's own name, so a rubric written in Spark or Flink terms reads an
 * answer in Kafka Streams, Beam or Dataflow terms (vendors are equal). Sources: Kafka Streams developer guide
 * (TimestampExtractor, TimeWindows.ofSizeAndGrace and the grace period, suppress(untilWindowCloses) for final results,
 * state stores backed by changelog topics, hopping windows); Apache Beam programming guide (withAllowedLateness, fixed
 * and sliding windows, timestamps assigned with WithTimestamps); Flink documentation (WatermarkStrategy
 * withTimestampAssigner, TumblingEventTimeWindows, allowedLateness); Spark Structured Streaming guide (withWatermark,
 * append mode emitting a window once final).
 */
export const STREAM_PROCESSOR_TERMS = {
  /** How late an event may come and still count in its window: Spark/Flink watermark, Kafka Streams grace, Beam allowed lateness. */
  lateness: ['grace period', 'grace', 'window grace', 'of size and grace', 'with allowed lateness'],
  /** Windows on the time the event happened: the extractor or assigner that takes each record's own timestamp. */
  eventTime: ['timestamp extractor', 'timestamp assigner', 'with timestamp assigner', 'with timestamps', 'timestamp attribute'],
  /** Tumbling (fixed, non-overlapping) windows. */
  tumbling: ['fixed window', 'tumbling event time window', 'time window'],
  /** Sliding (overlapping) windows. */
  sliding: ['hopping window', 'sliding event time window'],
  /** Emit a window once, when it is final. */
  finalResult: ['until window closes', 'suppress'],
  /** Per-key state kept by the processor and restored on restart. */
  state: ['changelog topic', 'changelog topics', 'rocksdb state', 'rocksdb'],
} as const;

/**
 * Vendor-neutral concepts and the names other stacks (and plain-words analogies) give them, as word
 * substitutions from a rubric's term to what a learner may write instead. A rubric written for Kafka and
 * Spark says "partition", "checkpoint", "recompute"; a learner on Kinesis says "shard", on Flink
 * "savepoint", on Dagster "re-materialise the asset", and one explaining by analogy says "lane"
 * ("partitions are checkout lanes: a driver always queues in the same lane"). Sources: Kinesis Data
 * Streams (shards), Pulsar (topics, subscriptions), Flink (checkpoints, savepoints, keyed state), Dagster
 * (assets, materialisations, sensors), Apache Iceberg (snapshots, time travel) documentation.
 *
 * Keys are a rubric phrase's words or word pairs (lower case); each value lists what may stand in their
 * place. Only rubric phrases are rewritten, never the learner's text, so a learner's "lane" is read as a
 * partition only where a claim looks for a partition.
 */
export const CONCEPT_TERMS: Readonly<Record<string, readonly string[]>> = {
  // "Shard" alone is also a database's horizontal split, a different point: only Kafka-partition phrases map to it.
  partition: ['lane'],
  partitions: ['lanes'],
  'partition count': ['shard count'],
  'number of partitions': ['number of shards'],
  'same partition': ['same shard'],
  'one partition': ['one shard'],
  'hot partition': ['hot shard', 'huge queue', 'long queue', 'one lane with a huge queue', 'busiest lane'],
  'hot partitions': ['hot shards', 'huge queues', 'long queues'],
  // Kinesis Producer Library aggregation packs many small user records into one Kinesis record.
  batching: ['kpl aggregation', 'aggregates small', 'aggregates many small', 'aggregates them into one record'],
  // Flink's two-phase-commit sink is a transactional sink by another engine's mechanism (lib/text/foreign-vocabulary.ts charges the term where it does not exist).
  transactional: ['two-phase commit', 'two-phase-commit', 'two phase commit'],
  checkpoint: ['savepoint', 'state snapshot'],
  checkpoints: ['savepoints', 'state snapshots'],
  'state store': ['keyed state', 'state backend', 'flink state', ...STREAM_PROCESSOR_TERMS.state],
  // A hyphenated prefix splits the word ("re-processing" reads as "re" + "processing"), so the joined rubric word needs the split form.
  reprocess: ['re-process', 're-processing', 're-processes'],
  recompute: ['re-materialise', 're-materialize', 'rematerialise', 'rematerialize', 're-run'],
  recomputes: ['re-materialises', 're-materializes', 'rematerialises', 'rematerializes', 're-runs'],
  backfill: ['re-materialise', 're-materialize', 'backfills'],
  'batch job': ['partitioned asset', 'dagster asset', 'scheduled asset', 'airflow dag'],
  'consumer group': ['shared subscription', 'key_shared subscription', 'kcl application'],
  'time travel': ['snapshot as of', 'as of timestamp', 'previous snapshot'],
  // A crosswalk is a cross-reference table; data modellers name it "xref" (mrn_xref, customer_xref), and a patient
  // index keeps it as a merge map (merged MRN -> surviving id; IHE PIX, HL7 A40 merges). Not "merge table": "we merge tables"
  // is an upsert.
  crosswalk: ['xref', 'cross reference', 'cross-reference table', 'id map', 'lookup table', 'merge map', 'merge mapping'],
  // Plain words for a mapping table and for a version's end ("valid until now" for valid-to, as a bank statement would).
  'mapping table': ['lookup table'],
  'valid to': ['valid until', 'recorded to', 'transaction time end', 'system time end'],
  // A bitemporal row's second period, when the warehouse knew a version (Snodgrass, Developing Time-Oriented Database
  // Applications in SQL: transaction time; SQL:2011 system-versioned tables), closes a corrected version as valid-to does.
  'valid from': ['recorded from', 'transaction time start', 'system time start'],
  'surrogate key': ['surrogate enterprise key', 'surrogate integer key', 'surrogate id'],
  // A grain said by what one row is ("every row is one item on one order", "each record is a trip") rather than by the
  // modeller's "one row per" (Kimball, The Data Warehouse Toolkit: declare the grain as what a single fact row represents).
  'one row per': ['every row is one', 'each row is one', 'every record is one', 'each record is one', 'one record per', 'one row for each', 'a row for each', 'a row per', 'each row represents one', 'every row represents one', 'each row is a', 'every row is a', 'each record is a', 'every record is a', 'one line per'],
  grain: ['level of detail', 'granularity'],
  // An order line in a shopper's words: the item or product as it sits on one order.
  'order line': ['item on an order', 'item on one order', 'item in an order', 'item of an order', 'product on an order', 'product in an order', 'line on an order', 'line of an order'],
  'order item': ['item on an order', 'item on one order', 'item in an order', 'item of an order'],
  // Dimensions in plain words: the tables that describe each fact row (who, what, when, where).
  'dimension tables': ['tables that describe', 'tables describing', 'descriptive tables', 'describing tables'],
  'dimension table': ['table that describes', 'table describing', 'descriptive table'],
  // Append-only by its definition, as a ledger's DDL comment says it: rows are only inserted, never changed.
  'append only': ['never updated or deleted', 'never updated', 'never modified', 'never changed', 'only ever inserted', 'only inserted'],
  // Idempotence by its definition (a rerun changes nothing) rather than by its name.
  idempotent: ['safe to rerun', 'safe to re-run', 'safe to run again', 'safe to retry'],
  // Airflow's data interval by its template variables: a task that reads {{ ds }} or {{ data_interval_start }} processes
  // its run's own interval (Airflow docs, Templates reference: ds, ds_nodash, data_interval_start/end, logical_date).
  'data interval': ['ds', 'ds_nodash', 'data_interval_start', 'data_interval_end', 'logical_date', 'execution_date'],
  // A watermark by what it does: the cut-off for how late an event may arrive.
  watermark: ['lateness cutoff', 'lateness cut-off', 'late-data cutoff', 'late-data cut-off', 'lateness threshold', ...STREAM_PROCESSOR_TERMS.lateness],
  watermarks: ['grace periods'],
  'allowed lateness': STREAM_PROCESSOR_TERMS.lateness,
  'event time': STREAM_PROCESSOR_TERMS.eventTime,
  'event-time': STREAM_PROCESSOR_TERMS.eventTime,
  'tumbling window': STREAM_PROCESSOR_TERMS.tumbling,
  'tumbling windows': STREAM_PROCESSOR_TERMS.tumbling.map((term) => `${term}s`),
  'sliding window': STREAM_PROCESSOR_TERMS.sliding,
  'sliding windows': STREAM_PROCESSOR_TERMS.sliding.map((term) => `${term}s`),
  final: STREAM_PROCESSOR_TERMS.finalResult,
  'keyed state': STREAM_PROCESSOR_TERMS.state,
};

/**
 * Stand-ins that hold only on one log: on Kinesis a "shard" is what Kafka calls a partition (ordered by partition key,
 * the unit of parallelism), though elsewhere "shard" is a database's horizontal split. Used only when the answer builds
 * on that log (see stream-tools.ts `chosenStreamTools`). Source: Amazon Kinesis Data Streams developer guide (shards,
 * partition keys, resharding).
 */
export const TOOL_CONCEPT_TERMS: Readonly<Partial<Record<StreamTool, Readonly<Record<string, readonly string[]>>>>> = {
  kinesis: {
    partition: ['shard'],
    partitions: ['shards'],
    'partition count': ['shard count', 'number of shards'],
    repartition: ['reshard'],
    repartitioning: ['resharding'],
  },
};

/**
 * Other wordings of the mistakes a rubric's wrong claims name, as word substitutions like `CONCEPT_TERMS` but applied
 * only to wrong claims: overwriting in place is said "the corrected value replaces the wrong one" as often as "replaces
 * the old value". Only a claim's keywords and asserts are rewritten, never the learner's text.
 */
export const MISTAKE_TERMS: Readonly<Record<string, readonly string[]>> = {
  'replace the old': ['replace the wrong', 'replace the previous', 'replace the earlier', 'replace the incorrect'],
  // "The corrected value replaces the wrong one": what replaces, said of the value.
  'old value': ['wrong value', 'previous value', 'incorrect value', 'earlier value', 'corrected value', 'new value'],
};

/** A phrase list with each phrase's `MISTAKE_TERMS` wordings added after it, duplicates dropped. Pure. */
export function withMistakeTerms(phrases: readonly string[]): string[] {
  const out = new Set<string>();
  for (const phrase of phrases) {
    out.add(phrase);
    const words = phrase.toLowerCase().split(' ');
    for (let from = 0; from < words.length; from += 1) {
      for (let length = 1; length <= MISTAKE_WORDS && from + length <= words.length; length += 1) {
        for (const standIn of MISTAKE_TERMS[words.slice(from, from + length).join(' ')] ?? []) out.add([...words.slice(0, from), standIn, ...words.slice(from + length)].join(' '));
      }
    }
  }
  return [...out];
}

const MISTAKE_WORDS = Math.max(...Object.keys(MISTAKE_TERMS).map((key) => key.split(' ').length));

const MAX_WORDS = Math.max(...[CONCEPT_TERMS, ...Object.values(TOOL_CONCEPT_TERMS)].flatMap((table) => Object.keys(table ?? {})).map((key) => key.split(' ').length));

/**
 * A phrase's other spellings under `CONCEPT_TERMS`: each word or run of words that is a key, replaced by
 * each of its stand-ins, one substitution at a time ("same partition" gives "same shard", "same lane"), with those of
 * `tools`' own terms (`TOOL_CONCEPT_TERMS`) when the answer builds on them.
 * The phrase itself is not in the result. Pure.
 */
export function conceptVariants(phrase: string, tools: readonly StreamTool[] = []): string[] {
  const words = phrase.toLowerCase().split(' ');
  const variants: string[] = [];
  for (let from = 0; from < words.length; from += 1) {
    for (let length = 1; length <= MAX_WORDS && from + length <= words.length; length += 1) {
      const key = words.slice(from, from + length).join(' ');
      const standIns = [...(CONCEPT_TERMS[key] ?? []), ...tools.flatMap((tool) => TOOL_CONCEPT_TERMS[tool]?.[key] ?? [])];
      if (standIns.length === 0) continue;
      for (const standIn of standIns) variants.push([...words.slice(0, from), standIn, ...words.slice(from + length)].join(' '));
    }
  }
  return variants;
}

/** A phrase list with every phrase's concept variants (with `tools`' own terms) added after it (see `conceptVariants`), duplicates dropped. Pure. */
export function withConceptTerms(phrases: readonly string[], tools: readonly StreamTool[] = []): string[] {
  const out = new Set<string>();
  for (const phrase of phrases) {
    out.add(phrase);
    for (const variant of conceptVariants(phrase, tools)) out.add(variant);
  }
  return [...out];
}
