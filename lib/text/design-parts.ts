import { analyse, phraseKey } from './analyse';
import { CLOUD_STORES } from './cloud-stores';
import { COMPONENT_NAMES } from './components';
import { KEY_VALUE_STORES, TRANSACTIONAL_STORES, WAREHOUSE_STORES } from './serving-stores';
import { ARCHIVE_STORES, RAW_STREAM_STORES } from './stores';
import { TOOL_NAMES } from './tool-list';

/**
 * Generic kinds of the parts a data design is built from, beside the products the other lists name: how data is moved
 * (a CDC connector, a listener, a bridge, a queue or topic), processed (a job, a pipeline, a stream processor, a
 * scheduler) and kept or served (a table, a mart, a cache, an API, a dashboard). Requirement words ("alerts", "rollups",
 * "live view", "readings") are left out: they say what must come out, not what makes it. Sources: the usual vocabulary
 * of data platform designs (Kleppmann, Designing Data-Intensive Applications, ch. 10-11; the Kafka, Flink and Airflow
 * documentation).
 */
export const DESIGN_PART_WORDS: readonly string[] = [
  'job', 'jobs', 'pipeline', 'pipelines', 'stream processor', 'stream processing', 'processor', 'scheduler', 'orchestrator', 'orchestration',
  'cdc', 'change data capture', 'connector', 'connectors', 'listener', 'bridge', 'gateway service', 'broker', 'message bus', 'event bus',
  'queue', 'queues', 'topic', 'topics', 'api', 'cache', 'table', 'tables', 'mart', 'marts', 'dashboard', 'dashboards', 'database', 'db',
  'cube', 'cubes', 'endpoint', 'microservice', 'etl', 'elt', 'consumer group', 'dead letter queue', 'dlq',
  'looker', 'tableau', 'power bi', 'superset', 'metabase', 'grafana', 'kibana', 'feature store', 'object store', 'time series database',
];

let keys: Map<string, number> | undefined;
let longest = 1;

function partKeys(): Map<string, number> {
  if (keys) return keys;
  const all = [...COMPONENT_NAMES, ...TOOL_NAMES, ...WAREHOUSE_STORES, ...KEY_VALUE_STORES, ...TRANSACTIONAL_STORES, ...ARCHIVE_STORES, ...RAW_STREAM_STORES, ...CLOUD_STORES, ...DESIGN_PART_WORDS];
  keys = new Map();
  for (const phrase of all) {
    const key = phraseKey(phrase);
    if (key === '') continue;
    const length = key.split(' ').length;
    keys.set(key, length);
    longest = Math.max(longest, length);
  }
  return keys;
}

/**
 * Words that name a source's own database rather than a part the design adds ("the shop database", "Postgres"): in a
 * source's name they say where data comes from, not how it moves.
 */
const SOURCE_WORDS: ReadonlySet<string> = new Set([...TRANSACTIONAL_STORES, 'database', 'databases', 'db', 'table', 'tables'].map(phraseKey));

/** The parts a source's name adds to the source itself ("orders via Debezium CDC", "readings over MQTT"): see namedDesignParts. */
export function namedIngestionParts(text: string): string[] {
  return namedDesignParts(text).filter((key) => !SOURCE_WORDS.has(key));
}

/**
 * The parts of a design a text names, as their lookup keys in text order, each once: products and tools ("Flink",
 * "TimescaleDB", "MQTT") and generic kinds ("a nightly batch job", "a cache", "census tables"). A text that only
 * restates requirements ("The platform must handle 50,000 readings per second; alerts within 10 seconds; raw kept
 * 30 days") names none, and neither does a placeholder ("a store", "the platform", "storage"). Pure; never throws;
 * reads stems, so plurals match.
 */
export function namedDesignParts(text: string): string[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  const known = partKeys();
  const stems = analyse(text).stems;
  const found: string[] = [];
  for (let i = 0; i < stems.length; i += 1) {
    for (let n = Math.min(longest, stems.length - i); n >= 1; n -= 1) {
      const key = stems.slice(i, i + n).join(' ');
      if (!known.has(key)) continue;
      if (!found.includes(key)) found.push(key);
      i += n - 1;
      break;
    }
  }
  return found;
}
