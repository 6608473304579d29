import { analyse, phraseKey } from './analyse';
import { COMPONENT_NAMES } from './components';
import { SERVING_MEDIA } from './serving-media';
import { DATABASE_WORDS, KEY_VALUE_STORES, SOURCE_COPY_WORDS, TRANSACTIONAL_STORES, WAREHOUSE_STORES } from './serving-stores';
import { ARCHIVE_STORES, RAW_STREAM_STORES } from './stores';
import { CLOUD_STORES } from './cloud-stores';

/**
 * Generic words for a place a result is kept or handed over, beside the products and media the other lists name:
 * a store, a mart, an extract, files, a feed, an endpoint, an alert channel. Sources: the usual vocabulary of data
 * platform designs (warehouse, lake and lakehouse formats; serving APIs; paging and messaging channels).
 */
export const SERVING_PLACE_WORDS: readonly string[] = [
  'store', 'storage', 'stores', 'mart', 'marts', 'datamart', 'data mart', 'extract', 'extracts', 'export', 'exports', 'file', 'files',
  'feed', 'feeds', 'endpoint', 'endpoints', 'service', 'microservice', 'queue', 'index', 'cube', 'olap', 'lake', 'lakehouse', 'bucket',
  'object storage', 'parquet', 'delta', 'iceberg', 'hudi', 'csv', 'sftp', 'notebook', 'notebooks', 'spreadsheet', 'excel', 'email', 'emails',
  'sms', 'pager', 'pagerduty', 'opsgenie', 'slack', 'webhook', 'push', 'notification', 'notifications', 'alert', 'alerts', 'map', 'layer',
  'gold', 'silver', 'bronze', 'schema', 'dataset', 'datasets', 'snapshot', 'snapshots', 'stream', 'topic', 'grpc', 'graphql', 'jdbc',
  'sql', 'query', 'queries', 'feature store', 'vector store', 'search', 'console', 'portal', 'tile', 'tiles', 'hbase', 'kudu',
  'materialize', 'rockset', 'starrocks', 'singlestore', 'firestore', 'cosmos', 'cosmosdb', 'spanner', 'mongo', 'couchbase', 'neo4j',
  'duckdb', 'sqlite', 'feast', 'tecton', 'kafka streams', 'ksqldb', 'flink',
];

let keys: Set<string> | undefined;
let longest = 1;

function placeKeys(): Set<string> {
  if (keys) return keys;
  const all = [
    ...SERVING_PLACE_WORDS, ...COMPONENT_NAMES, ...SERVING_MEDIA, ...WAREHOUSE_STORES, ...KEY_VALUE_STORES, ...TRANSACTIONAL_STORES,
    ...DATABASE_WORDS, ...SOURCE_COPY_WORDS, ...ARCHIVE_STORES, ...RAW_STREAM_STORES, ...CLOUD_STORES,
  ];
  keys = new Set(all.map(phraseKey).filter((key) => key !== ''));
  for (const key of keys) longest = Math.max(longest, key.split(' ').length);
  return keys;
}

/**
 * Whether a text names a place a result is read from or handed over in: a store or engine ("Redis", "stock table in
 * Postgres"), a medium ("dashboard", "Grafana", "API"), or a generic container ("mart", "parquet files", "alerts").
 * "inventory" or "data" names what is read, not where. Pure; never throws; reads stems, so plurals match.
 */
export function namesServingPlace(text: string): boolean {
  if (typeof text !== 'string' || text.trim() === '') return false;
  const known = placeKeys();
  const stems = analyse(text).stems;
  for (let i = 0; i < stems.length; i += 1) {
    for (let n = 1; n <= longest && i + n <= stems.length; n += 1) {
      if (known.has(stems.slice(i, i + n).join(' '))) return true;
    }
  }
  return false;
}
