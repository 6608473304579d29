import { findPhrases } from './find-phrases';
import { readText } from './read-text';
import { KEY_VALUE_STORES, WAREHOUSE_STORES } from './serving-stores';
import { ARCHIVE_STORES } from './stores';

/**
 * Places that answer one request at a time, in milliseconds, for a product's own software: an API or endpoint, an
 * online (feature) store, a vector index, a key-value store. Sources: the products' own docs (Feast and Tecton online
 * stores, Redis, DynamoDB).
 */
const REQUEST_PLACES: readonly string[] = [
  'api', 'apis', 'rest api', 'grpc', 'endpoint', 'endpoints', 'microservice', 'online feature store', 'online store', 'vector db',
  'vector database', 'vector index', 'per request', 'every request', 'each request', 'every page view', 'each page view', 'low latency',
  'low-latency', ...KEY_VALUE_STORES,
];

/** Places that keep history to be read in bulk: a lake, a warehouse, files, extracts, training sets, an offline store. */
const HISTORY_PLACES: readonly string[] = [
  'lake', 'data lake', 'lakehouse', 's3', 'gcs', 'adls', 'blob storage', 'object storage', 'parquet', 'iceberg', 'delta', 'hudi', 'files',
  'extract', 'extracts', 'export', 'exports', 'training set', 'training sets', 'training data', 'snapshot', 'snapshots', 'history',
  'historical', 'time series', 'timeseries', 'offline store', 'batch', ...WAREHOUSE_STORES, ...ARCHIVE_STORES,
];

/** What a case's output is when it is history read in bulk: datasets, extracts, archives, reports over past records. */
const HISTORY_PRODUCTS: readonly string[] = ['history', 'historical', 'dataset', 'datasets', 'extract', 'extracts', 'archive', 'training', 'reports', 'report'];

const affirmedIn = (text: string, phrases: readonly string[]) =>
  findPhrases(readText(text), [{ id: 'place', phrases }]).some((found) => found.polarity !== 'negated');

/**
 * Whether a store serves a product's software one request at a time and keeps no history to read in bulk:
 * "recommendation API + online feature store", "bidding signals in Redis", "scoring endpoint". "Feast offline store",
 * "history API over the lake" and "training sets in S3" keep history (false). Pure; never throws.
 */
export function servesPerRequest(store: string): boolean {
  if (typeof store !== 'string' || store.trim() === '') return false;
  return affirmedIn(store, REQUEST_PLACES) && !affirmedIn(store, HISTORY_PLACES);
}

/**
 * Whether an output, by its label, is history read in bulk ("Historical datasets for data science", "De-identified
 * research extracts", "Privacy office access reports") rather than something read as it happens. Pure.
 */
export function isHistoryProduct(label: string): boolean {
  return typeof label === 'string' && affirmedIn(label, HISTORY_PRODUCTS);
}
