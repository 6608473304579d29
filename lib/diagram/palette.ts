import type { ComponentKind } from './component-kinds';
import type { KindCategory } from './kind-info';

export type PaletteItem = { kind: ComponentKind; label: string; category: Exclude<KindCategory, 'unknown' | 'control'> };

/** The components a learner can drop on the canvas; each carries its kind, so the reader need not guess. */
export const PALETTE: readonly PaletteItem[] = [
  { kind: 'oltp_database', label: 'App database (OLTP)', category: 'source' },
  { kind: 'app_service', label: 'App service', category: 'source' },
  { kind: 'clickstream', label: 'Clickstream', category: 'source' },
  { kind: 'third_party_api', label: 'Third-party API', category: 'source' },
  { kind: 'files', label: 'Files (SFTP/CSV)', category: 'source' },
  { kind: 'iot_devices', label: 'IoT devices', category: 'source' },
  { kind: 'kafka', label: 'Kafka', category: 'ingestion' },
  { kind: 'cdc', label: 'Debezium CDC', category: 'ingestion' },
  { kind: 'schema_registry', label: 'Schema registry', category: 'ingestion' },
  { kind: 'api_gateway', label: 'API gateway', category: 'ingestion' },
  { kind: 'spark_streaming', label: 'Spark Structured Streaming', category: 'processing' },
  { kind: 'flink', label: 'Flink', category: 'processing' },
  { kind: 'spark_batch', label: 'Spark batch', category: 'processing' },
  { kind: 'dbt', label: 'dbt', category: 'processing' },
  { kind: 'object_store', label: 'S3', category: 'storage' },
  { kind: 'table_format', label: 'Delta / Iceberg tables', category: 'storage' },
  { kind: 'bronze_layer', label: 'Bronze (raw)', category: 'storage' },
  { kind: 'silver_layer', label: 'Silver (clean)', category: 'storage' },
  { kind: 'gold_layer', label: 'Gold (curated)', category: 'storage' },
  { kind: 'warehouse', label: 'Warehouse', category: 'storage' },
  { kind: 'realtime_olap', label: 'Real-time OLAP (Druid, Pinot)', category: 'storage' },
  { kind: 'timeseries_database', label: 'Time-series DB', category: 'storage' },
  { kind: 'nosql_database', label: 'NoSQL database', category: 'storage' },
  { kind: 'cache', label: 'Redis cache', category: 'serving' },
  { kind: 'search_index', label: 'Search index', category: 'serving' },
  { kind: 'bi_dashboard', label: 'BI dashboard', category: 'serving' },
  { kind: 'serving_api', label: 'Serving API', category: 'serving' },
  { kind: 'feature_store', label: 'Feature store', category: 'serving' },
  { kind: 'airflow', label: 'Airflow', category: 'orchestration' },
  { kind: 'monitoring', label: 'Monitoring & alerts', category: 'operations' },
  { kind: 'dead_letter_queue', label: 'Dead letter queue', category: 'operations' },
  { kind: 'kubernetes', label: 'Kubernetes', category: 'operations' },
];

export const PALETTE_CATEGORIES: readonly { id: PaletteItem['category']; title: string }[] = [
  { id: 'source', title: 'Sources' },
  { id: 'ingestion', title: 'Ingestion' },
  { id: 'processing', title: 'Processing' },
  { id: 'storage', title: 'Storage' },
  { id: 'serving', title: 'Serving' },
  { id: 'orchestration', title: 'Orchestration' },
  { id: 'operations', title: 'Operations' },
];
