import type { ComponentKind } from './component-kinds';

/** `control` is beside the data path: catalogs, access control, cluster coordination. */
export type KindCategory = 'source' | 'ingestion' | 'processing' | 'storage' | 'serving' | 'orchestration' | 'operations' | 'control' | 'unknown';

type KindInfo = { label: string; category: KindCategory };

/** How each kind reads in a finding and which layer of the diagram it belongs to. */
export const KIND_INFO: Record<ComponentKind, KindInfo> = {
  app_service: { label: 'application service', category: 'source' },
  clickstream: { label: 'clickstream', category: 'source' },
  third_party_api: { label: 'third-party API', category: 'source' },
  files: { label: 'file drop', category: 'source' },
  iot_devices: { label: 'IoT devices', category: 'source' },
  kafka: { label: 'Kafka', category: 'ingestion' },
  cdc: { label: 'CDC (e.g. Debezium)', category: 'ingestion' },
  schema_registry: { label: 'schema registry', category: 'ingestion' },
  api_gateway: { label: 'API gateway', category: 'ingestion' },
  ingestion_service: { label: 'ingestion / copy service (e.g. Firehose, NiFi)', category: 'ingestion' },
  event_router: { label: 'event router (e.g. EventBridge)', category: 'ingestion' },
  spark_streaming: { label: 'Spark Structured Streaming', category: 'processing' },
  flink: { label: 'Flink', category: 'processing' },
  stream_processor: { label: 'stream processor', category: 'processing' },
  serverless_function: { label: 'serverless function (e.g. AWS Lambda)', category: 'processing' },
  spark_batch: { label: 'Spark batch', category: 'processing' },
  dbt: { label: 'dbt', category: 'processing' },
  object_store: { label: 'object store (S3)', category: 'storage' },
  table_format: { label: 'table format (Delta, Iceberg)', category: 'storage' },
  bronze_layer: { label: 'bronze layer', category: 'storage' },
  silver_layer: { label: 'silver layer', category: 'storage' },
  gold_layer: { label: 'gold layer', category: 'storage' },
  warehouse: { label: 'data warehouse', category: 'storage' },
  realtime_olap: { label: 'real-time OLAP store (e.g. Druid, Pinot, ClickHouse)', category: 'storage' },
  timeseries_database: { label: 'time-series database', category: 'storage' },
  oltp_database: { label: 'OLTP database', category: 'source' },
  nosql_database: { label: 'NoSQL database', category: 'storage' },
  cache: { label: 'cache (Redis)', category: 'serving' },
  search_index: { label: 'search index', category: 'serving' },
  bi_dashboard: { label: 'BI dashboard', category: 'serving' },
  serving_api: { label: 'serving API', category: 'serving' },
  feature_store: { label: 'feature store', category: 'serving' },
  airflow: { label: 'Airflow', category: 'orchestration' },
  monitoring: { label: 'monitoring and alerting', category: 'operations' },
  dead_letter_queue: { label: 'dead letter queue', category: 'operations' },
  kubernetes: { label: 'Kubernetes', category: 'operations' },
  data_catalog: { label: 'data catalog', category: 'control' },
  access_control: { label: 'access control (IAM, policies)', category: 'control' },
  coordination: { label: 'cluster coordination (e.g. ZooKeeper)', category: 'control' },
  unknown: { label: 'unrecognised component', category: 'unknown' },
};

const PLACEMENT: Record<KindCategory, string> = {
  source: 'on the left, where data enters the platform',
  ingestion: 'between the sources and the processing jobs',
  processing: 'between ingestion and storage',
  storage: 'after processing, before the consumers',
  serving: 'on the right, reading from the curated storage',
  orchestration: 'above the batch jobs it schedules, with arrows to them',
  operations: 'beside the pipeline, connected to the stages it watches',
  control: 'beside the data path, next to the stores it governs',
  unknown: 'where it fits the flow',
};

/** "Where it would go", for a missing component. */
export function placementHint(kind: ComponentKind): string {
  return PLACEMENT[KIND_INFO[kind].category];
}

export function kindLabel(kind: ComponentKind): string {
  return KIND_INFO[kind].label;
}
