/**
 * Managed stores of the three large clouds, by the role each plays in a data design, so a design that names
 * products instead of roles ("Azure Data Explorer", "Memorystore", "Cloud Spanner") is read as naming a store.
 * Sources: the products' own documentation (AWS, Google Cloud, Microsoft Azure database and analytics catalogues).
 */
export const CLOUD_STORES_BY_ROLE = {
  /** Analytical stores queried with SQL or KQL over loaded data: warehouses and log/time-series analytics engines. */
  analytical: [
    'azure data explorer', 'adx', 'kusto', 'azure synapse analytics', 'synapse analytics', 'microsoft fabric', 'fabric warehouse',
    'fabric lakehouse', 'redshift serverless', 'databricks sql', 'eventhouse', 'kql database',
  ],
  /** Online stores answering lookups by key in milliseconds. */
  keyValue: [
    'elasticache', 'memorydb', 'memorystore', 'azure cache for redis', 'azure managed redis', 'cosmos db', 'azure cosmos db', 'cloud bigtable',
    'firestore', 'datastore', 'amazon keyspaces', 'keyspaces', 'azure table storage', 'table storage', 'dynamodb',
  ],
  /** Time-series databases. */
  timeSeries: ['timestream', 'amazon timestream', 'azure time series insights', 'time series insights', 'influxdb', 'timescaledb', 'questdb'],
  /** Managed transactional databases. */
  transactional: ['cloud sql', 'alloydb', 'cloud spanner', 'spanner', 'azure sql database', 'azure sql', 'azure database for postgresql', 'aurora', 'rds'],
  /** Object storage and data lake storage. */
  objectStorage: [
    'azure data lake storage', 'adls gen2', 'adls', 'azure blob storage', 'azure blob', 'blob storage', 'google cloud storage', 'cloud storage', 'gcs', 's3',
    'onelake',
  ],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** Every managed store name above, in one list. */
export const CLOUD_STORES: readonly string[] = Object.values(CLOUD_STORES_BY_ROLE).flat();
