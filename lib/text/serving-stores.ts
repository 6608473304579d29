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

/**
 * Names of a transactional (OLTP) database: the products and the generic kinds. It runs the business's own writes
 * (orders, postings, trips); an analytical or per-request read load on it competes with those writes for locks and
 * I/O, which is why reports and features are served from a copy fed by CDC. Sources: the products' own docs.
 */
export const TRANSACTIONAL_STORES: readonly string[] = [
  'postgres',
  'postgresql',
  'mysql',
  'mariadb',
  'oracle',
  'sql server',
  'mssql',
  'aurora',
  'rds',
  'oltp',
  'oltp database',
  'oltp db',
  'transactional database',
  'production database',
  'source database',
];

/** The generic word for a database: with a source's name ("ledger database", "trips DB") it names that source's own database. */
export const DATABASE_WORDS: readonly string[] = ['database', 'databases', 'db', 'dbs'];

/**
 * Words saying a store is a copy kept for reading, not the source itself ("a Postgres read replica", "a read model the
 * stream job updates"): serving from one is the fix for reading the source, not the fault.
 */
export const SOURCE_COPY_WORDS: readonly string[] = ['replica', 'read replica', 'replicas', 'read model', 'copy', 'cache', 'cached', 'serving', 'materialized view', 'materialised view', 'projection'];
