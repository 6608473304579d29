/**
 * Names of an analytical warehouse (the products and the generic kind). A warehouse answers
 * analytical queries over loaded data, a query taking seconds and the data only as fresh as its
 * last load; it is not where a service looks up one value per request. Sources: the vendors' docs.
 */
export const WAREHOUSE_STORES: readonly string[] = [
  'warehouse',
  'data warehouse',
  'datawarehouse',
  'dwh',
  'snowflake',
  'bigquery',
  'big query',
  'redshift',
  'synapse',
  'azure synapse',
  'teradata',
  'vertica',
  'hive',
  'athena',
];

/**
 * Names of a key-value or in-memory store (the products and the generic kind). It answers lookups by
 * key in milliseconds and keeps current values; it has no scans, joins or history to report from.
 * Sources: the products' own docs.
 */
export const KEY_VALUE_STORES: readonly string[] = [
  'redis',
  'valkey',
  'keydb',
  'memcached',
  'dynamodb',
  'dynamo',
  'aerospike',
  'key value store',
  'key-value store',
  'kv store',
  'in-memory store',
  'in memory store',
  'cache',
];
