import { z } from 'zod';

/** What a box on the canvas can be. `unknown` keeps unrecognised boxes in the graph instead of dropping them. */
export const COMPONENT_KINDS = [
  // sources
  'app_service',
  'clickstream',
  'third_party_api',
  'files',
  'iot_devices',
  // ingestion
  'kafka',
  'cdc',
  'schema_registry',
  'api_gateway',
  'ingestion_service',
  'event_router',
  // processing
  'spark_streaming',
  'flink',
  'stream_processor',
  'serverless_function',
  'spark_batch',
  'dbt',
  // storage
  'object_store',
  'table_format',
  'bronze_layer',
  'silver_layer',
  'gold_layer',
  'warehouse',
  'realtime_olap',
  'timeseries_database',
  'oltp_database',
  'nosql_database',
  'cache',
  'search_index',
  // serving
  'bi_dashboard',
  'serving_api',
  'feature_store',
  // orchestration and operations
  'airflow',
  'monitoring',
  'dead_letter_queue',
  'kubernetes',
  // beside the data path
  'data_catalog',
  'access_control',
  'coordination',
  'unknown',
] as const;

export const componentKindSchema = z.enum(COMPONENT_KINDS);
export type ComponentKind = z.infer<typeof componentKindSchema>;
