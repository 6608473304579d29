import type { DiagramComponent } from '../canvas/diagram-graph';
import { COMPONENT_KINDS } from './component-kinds';
import type { ComponentKind } from './component-kinds';
import { KIND_INFO } from './kind-info';
import type { KindCategory } from './kind-info';
import { kindsOf } from './component-view';

/**
 * Hops no data could take: an arrow from a box of one of the `from` kinds into one of the `to` kinds
 * runs against the order a data platform has (sources -> ingestion -> processing -> stores -> consumers).
 * A flow never passes such a hop, and a part whose only arrows are such hops is not wired into its role.
 * Data, like the vocabulary: a rule names the kinds and says why in the field's words.
 * Sources: the layering of every reference architecture in the cases (and the AWS, Azure and Google
 * Cloud analytics reference architectures): consumers read, stores are written by jobs, the stream is
 * fed by producers and CDC, and change data capture reads a database's log.
 */
export interface OrderRule {
  id: string;
  from: readonly ComponentKind[];
  to: readonly ComponentKind[];
  /** Completes "… is drawn, but …": why data cannot go this way. */
  why: string;
}

/** Every kind of a category, in the order of COMPONENT_KINDS: the lists below follow KIND_INFO, so a kind added there takes its place in the rules. */
function kindsIn(...categories: KindCategory[]): ComponentKind[] {
  return COMPONENT_KINDS.filter((kind) => categories.includes(KIND_INFO[kind].category));
}

/**
 * Where data rests for readers: the storage layer and the serving stores (cache, search index, feature
 * store). Not a NoSQL database: its own change stream (DynamoDB Streams, Cosmos DB change feed) feeds
 * a stream like a source's log does.
 */
const STORES: readonly ComponentKind[] = kindsIn('storage', 'serving').filter((kind) => kind !== 'nosql_database' && kind !== 'bi_dashboard' && kind !== 'serving_api');
const STREAM_ENTRY: readonly ComponentKind[] = ['kafka', 'cdc', 'api_gateway', 'event_router'];
const INGESTION: readonly ComponentKind[] = kindsIn('ingestion');
const PROCESSING: readonly ComponentKind[] = kindsIn('processing');
const STREAM_JOBS: readonly ComponentKind[] = ['spark_streaming', 'flink', 'stream_processor'];
const BATCH_JOBS: readonly ComponentKind[] = ['spark_batch', 'dbt'];
/** Systems outside the platform that data comes from; the application and its database are also read by the platform's consumers. */
const EXTERNAL_SOURCES: readonly ComponentKind[] = kindsIn('source').filter((kind) => kind !== 'app_service' && kind !== 'oltp_database');
/** Every kind that carries data (not schedulers, monitors, catalogs or policies). */
const DATA_PATH: readonly ComponentKind[] = kindsIn('source', 'ingestion', 'processing', 'storage', 'serving');

export const ORDER_RULES: readonly OrderRule[] = [
  {
    id: 'dashboard-feeds',
    from: ['bi_dashboard'],
    to: DATA_PATH,
    why: 'a dashboard is where data is read; nothing flows out of it into the pipeline',
  },
  {
    id: 'store-feeds-stream',
    from: STORES,
    to: STREAM_ENTRY,
    why: 'data leaves the stream for the stores; a store writing back into the stream or its entry runs the flow backwards',
  },
  {
    id: 'pipeline-feeds-source',
    from: [...INGESTION, ...PROCESSING, ...STORES, 'bi_dashboard', 'serving_api'],
    to: EXTERNAL_SOURCES,
    why: 'that is where data comes from; the platform does not write into its sources',
  },
  {
    id: 'stream-job-reads-analytics',
    from: ['warehouse', 'gold_layer', 'realtime_olap', 'timeseries_database'],
    to: STREAM_JOBS,
    why: 'a stream job reads the event stream (or a table it can follow); the analytical store is where results end up, not where events come from',
  },
  {
    id: 'batch-reads-live-feed',
    from: ['clickstream', 'iot_devices', 'cdc', 'api_gateway', 'event_router'],
    to: BATCH_JOBS,
    why: 'a batch job reads data at rest (files, tables, the lake); a live feed of events or changes reaches it only once it has landed in the stream or the lake',
  },
  {
    id: 'dbt-reads-stream',
    from: ['kafka'],
    to: ['dbt'],
    why: 'dbt runs SQL models inside the warehouse or lakehouse; it reads tables, not a stream',
  },
  {
    id: 'cdc-fed-by-pipeline',
    from: ['kafka', 'ingestion_service', 'event_router', ...PROCESSING, ...STORES],
    to: ['cdc'],
    why: 'change data capture reads a database’s log; it is fed by the database, not by the stream or a job',
  },
];

/** from kind -> to kind -> the first rule naming the pair: looked up per hop with no string built. */
const PAIRS = new Map<ComponentKind, Map<ComponentKind, OrderRule>>();
for (const rule of ORDER_RULES) {
  for (const from of rule.from) {
    const row = PAIRS.get(from) ?? new Map<ComponentKind, OrderRule>();
    for (const to of rule.to) if (!row.has(to)) row.set(to, rule);
    PAIRS.set(from, row);
  }
}

/**
 * The rule a hop from `from` to `to` (in the direction data would travel) breaks, or undefined. A box
 * with several kinds ("Kafka + Debezium") breaks it only when every reading of both boxes does: a hop
 * any reading makes sense of is allowed.
 */
export function againstTheGrain(from: DiagramComponent, to: DiagramComponent): OrderRule | undefined {
  let found: OrderRule | undefined;
  const toKinds = kindsOf(to);
  for (const a of kindsOf(from)) {
    const row = PAIRS.get(a);
    if (!row) return undefined;
    for (const b of toKinds) {
      const rule = row.get(b);
      if (!rule) return undefined;
      found ??= rule;
    }
  }
  return found;
}
