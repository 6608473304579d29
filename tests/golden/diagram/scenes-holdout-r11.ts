import type { SceneSpec } from './draw-lib';

// Holdout scenes for round 11, drawn and graded blind (before any engine read them).

/** E-commerce from the palette: Debezium and clicks into Kafka, Flink stock to Redis, lake, dbt, Snowflake, Airflow. */
export const ecomR11StrongPalette: SceneSpec = {
  boxes: [
    { id: 'pg', label: 'Shop Postgres', col: 0, row: 1, kind: 'oltp_database' },
    { id: 'web', label: 'Web/app clickstream', col: 0, row: 0, kind: 'clickstream' },
    { id: 'sftp', label: 'Partner CSV (SFTP)', col: 0, row: 3, kind: 'files' },
    { id: 'dbz', label: 'Debezium CDC', col: 1, row: 1, kind: 'cdc' },
    { id: 'kafka', label: 'Kafka (RF 3)', col: 2, row: 0, kind: 'kafka' },
    { id: 'sr', label: 'Schema Registry', col: 2, row: 1, kind: 'schema_registry' },
    { id: 'flink', label: 'Flink: stock per SKU', col: 3, row: 0, kind: 'flink' },
    { id: 'dlq', label: 'DLQ topic', col: 3, row: 1, kind: 'dead_letter_queue' },
    { id: 'redis', label: 'Redis stock', col: 4, row: 0, kind: 'cache' },
    { id: 'ops', label: 'Ops sale board', col: 5, row: 0, kind: 'bi_dashboard' },
    { id: 'bronze', label: 'S3 bronze (Delta)', col: 3, row: 2, kind: 'bronze_layer' },
    { id: 'spark', label: 'Spark nightly', col: 4, row: 2, kind: 'spark_batch' },
    { id: 'dbt', label: 'dbt models', col: 4, row: 3, kind: 'dbt' },
    { id: 'snow', label: 'Snowflake marts', col: 5, row: 2, kind: 'warehouse' },
    { id: 'bi', label: 'Looker sales (06:00)', col: 6, row: 2, kind: 'bi_dashboard' },
    { id: 'af', label: 'Airflow', col: 5, row: 4, kind: 'airflow' },
    { id: 'mon', label: 'Prometheus + alerts', col: 6, row: 0, kind: 'monitoring' },
  ],
  arrows: [
    { from: 'web', to: 'kafka' },
    { from: 'pg', to: 'dbz' },
    { from: 'dbz', to: 'kafka' },
    { from: 'kafka', to: 'sr', line: true },
    { from: 'kafka', to: 'flink' },
    { from: 'flink', to: 'redis', label: '< 5 min' },
    { from: 'flink', to: 'dlq' },
    { from: 'redis', to: 'ops' },
    { from: 'kafka', to: 'bronze', via: [[2, 2]] },
    { from: 'sftp', to: 'spark', via: [[3.5, 3.5], [4, 3.5]] },
    { from: 'bronze', to: 'spark' },
    { from: 'spark', to: 'snow' },
    { from: 'dbt', to: 'snow', via: [[5, 3]] },
    { from: 'snow', to: 'bi' },
    { from: 'af', to: 'spark', dashed: true, via: [[4.5, 4], [4.5, 2.5]] },
    { from: 'af', to: 'dbt', dashed: true },
    { from: 'mon', to: 'flink', dashed: true, line: true, via: [[6, 0.5], [3, 0.5]] },
  ],
};

/** E-commerce, mediocre: streaming into the lake is there, but dashboards read the shop's Postgres and no stock store. */
export const ecomR11MediocreBiOnPostgres: SceneSpec = {
  boxes: [
    { id: 'pg', label: 'Postgres (orders, stock)', col: 0, row: 1 },
    { id: 'clicks', label: 'Clickstream', col: 0, row: 0 },
    { id: 'cdc', label: 'Debezium', col: 1, row: 1 },
    { id: 'k', label: 'Kafka', col: 2, row: 0 },
    { id: 'ss', label: 'Spark Streaming', col: 3, row: 0 },
    { id: 's3', label: 'S3 data lake', col: 4, row: 0 },
    { id: 'tab', label: 'Tableau (sales + stock)', col: 1, row: 3 },
  ],
  arrows: [
    { from: 'clicks', to: 'k' },
    { from: 'pg', to: 'cdc' },
    { from: 'cdc', to: 'k' },
    { from: 'k', to: 'ss' },
    { from: 'ss', to: 's3' },
    { from: 'pg', to: 'tab', label: 'live queries' },
  ],
};

/** E-commerce, gamed: every reference box from the palette, neatly laid out, and not one arrow. */
export const ecomR11GamedUnconnected: SceneSpec = {
  boxes: [
    { id: 'pg', label: 'Postgres', col: 0, row: 0, kind: 'oltp_database' },
    { id: 'cs', label: 'Clickstream', col: 1, row: 0, kind: 'clickstream' },
    { id: 'files', label: 'Partner files', col: 2, row: 0, kind: 'files' },
    { id: 'cdc', label: 'Debezium', col: 3, row: 0, kind: 'cdc' },
    { id: 'k', label: 'Kafka', col: 0, row: 1, kind: 'kafka' },
    { id: 'ss', label: 'Spark Streaming', col: 1, row: 1, kind: 'spark_streaming' },
    { id: 'redis', label: 'Redis', col: 2, row: 1, kind: 'cache' },
    { id: 's3', label: 'S3 / Delta', col: 3, row: 1, kind: 'object_store' },
    { id: 'sb', label: 'Spark batch', col: 0, row: 2, kind: 'spark_batch' },
    { id: 'dbt', label: 'dbt', col: 1, row: 2, kind: 'dbt' },
    { id: 'wh', label: 'Snowflake', col: 2, row: 2, kind: 'warehouse' },
    { id: 'bi', label: 'Looker', col: 3, row: 2, kind: 'bi_dashboard' },
    { id: 'af', label: 'Airflow', col: 0, row: 3, kind: 'airflow' },
    { id: 'mon', label: 'Monitoring', col: 1, row: 3, kind: 'monitoring' },
    { id: 'dlq', label: 'Dead letter queue', col: 2, row: 3, kind: 'dead_letter_queue' },
  ],
  arrows: [],
};

/** Ride-hailing, plain whiteboard words: gateway, event log, surge job, geo store behind pricing, CDC trips, nightly side. */
export const rideR11StrongPlain: SceneSpec = {
  boxes: [
    { id: 'apps', label: 'Driver + rider apps', col: 0, row: 0 },
    { id: 'gw', label: 'Ingest endpoint\n(HTTPS gateway)', col: 1, row: 0 },
    { id: 'log', label: 'Event log (Kafka)\npings keyed by driver', col: 2, row: 0 },
    { id: 'reg', label: 'Schema registry\n(protobuf)', col: 2, row: 1 },
    { id: 'surge', label: 'Surge job (Flink)\nH3 cells, event time', col: 3, row: 0 },
    { id: 'bad', label: 'Rejected pings topic', col: 3, row: 1 },
    { id: 'geo', label: 'Geo store (Redis)\nTTL on positions', col: 4, row: 0 },
    { id: 'api', label: 'Surge API\n(fallback: static table)', col: 5, row: 0 },
    { id: 'map', label: 'Ops live map', col: 5, row: 1 },
    { id: 'tripdb', label: 'Trip DB (Postgres)', col: 0, row: 2 },
    { id: 'cdc', label: 'Change capture', col: 1, row: 2 },
    { id: 'lake', label: 'Lake on S3\n(pings 90 days, encrypted)', col: 3, row: 2 },
    { id: 'settle', label: 'Settlement CSV', col: 2, row: 3 },
    { id: 'batch', label: 'Nightly Spark + dbt', col: 4, row: 2 },
    { id: 'wh', label: 'Warehouse\n(trips, fares, earnings)', col: 5, row: 2 },
    { id: 'dash', label: 'City dashboards\n(07:00)', col: 6, row: 2 },
    { id: 'sched', label: 'Scheduler (Airflow)', col: 4, row: 3 },
    { id: 'alerts', label: 'Lag + error alerts', col: 6, row: 0 },
  ],
  arrows: [
    { from: 'apps', to: 'gw' },
    { from: 'gw', to: 'log' },
    { from: 'log', to: 'reg', line: true },
    { from: 'log', to: 'surge' },
    { from: 'surge', to: 'bad' },
    { from: 'surge', to: 'geo', label: 'every 30 s' },
    { from: 'geo', to: 'api' },
    { from: 'geo', to: 'map' },
    { from: 'tripdb', to: 'cdc' },
    { from: 'cdc', to: 'log', via: [[1.5, 1.5], [2, 1.5]] },
    { from: 'log', to: 'lake', via: [[2.5, 0.5], [2.5, 2]] },
    { from: 'settle', to: 'batch', via: [[3.5, 3], [4, 3]] },
    { from: 'lake', to: 'batch' },
    { from: 'batch', to: 'wh' },
    { from: 'wh', to: 'dash' },
    { from: 'sched', to: 'batch', dashed: true },
    { from: 'alerts', to: 'api', dashed: true, line: true },
  ],
};

/** Ride-hailing, mediocre: a stream job writes surge into the warehouse and pricing reads it from there. */
export const rideR11MediocreSurgeInWarehouse: SceneSpec = {
  boxes: [
    { id: 'apps', label: 'Driver/rider apps', col: 0, row: 0 },
    { id: 'k', label: 'Kafka', col: 1, row: 0 },
    { id: 'ss', label: 'Spark Streaming (surge)', col: 2, row: 0 },
    { id: 'snow', label: 'Snowflake', col: 3, row: 0 },
    { id: 'pricing', label: 'Pricing service', col: 4, row: 0 },
    { id: 'trips', label: 'Trips Postgres', col: 0, row: 2 },
    { id: 'dump', label: 'Nightly dump', col: 1, row: 2 },
    { id: 'bi', label: 'Tableau', col: 4, row: 1 },
    { id: 'af', label: 'Airflow', col: 2, row: 2 },
  ],
  arrows: [
    { from: 'apps', to: 'k' },
    { from: 'k', to: 'ss' },
    { from: 'ss', to: 'snow' },
    { from: 'snow', to: 'pricing', label: 'surge lookup' },
    { from: 'snow', to: 'bi' },
    { from: 'trips', to: 'dump' },
    { from: 'dump', to: 'snow', via: [[3, 2]] },
    { from: 'af', to: 'dump', dashed: true },
  ],
};

/** Ride-hailing, gamed: the factory-telemetry diagram pasted in (gateways, MQTT, anomaly alerts, OEE). */
export const rideR11GamedIotPasted: SceneSpec = {
  boxes: [
    { id: 'plc', label: 'PLCs / sensors', col: 0, row: 0, kind: 'iot_devices' },
    { id: 'gw', label: 'Edge gateways (OPC UA)', col: 1, row: 0 },
    { id: 'mqtt', label: 'MQTT broker', col: 2, row: 0 },
    { id: 'k', label: 'Kafka', col: 3, row: 0, kind: 'kafka' },
    { id: 'fl', label: 'Flink anomaly detection', col: 4, row: 0, kind: 'flink' },
    { id: 'alert', label: 'Technician alerts', col: 5, row: 0, kind: 'serving_api' },
    { id: 'ts', label: 'TimescaleDB', col: 4, row: 1, kind: 'nosql_database' },
    { id: 'oee', label: 'OEE dashboards', col: 5, row: 1, kind: 'bi_dashboard' },
    { id: 'mes', label: 'MES (SQL Server)', col: 2, row: 2, kind: 'oltp_database' },
  ],
  arrows: [
    { from: 'plc', to: 'gw' },
    { from: 'gw', to: 'mqtt' },
    { from: 'mqtt', to: 'k' },
    { from: 'k', to: 'fl' },
    { from: 'fl', to: 'alert' },
    { from: 'k', to: 'ts', via: [[3, 1]] },
    { from: 'ts', to: 'oee' },
    { from: 'mes', to: 'ts', via: [[4, 2]] },
  ],
};

/** Card payments, strong: the switch posts holds to the ledger, events and CDC into Kafka, Flink features, records store. */
export const cardR11StrongFlow: SceneSpec = {
  boxes: [
    { id: 'sw', label: 'Authorisation switch', col: 0, row: 0, kind: 'app_service' },
    { id: 'score', label: 'Fraud scoring API\n(100 ms, rules fallback)', col: 1, row: 0, kind: 'serving_api' },
    { id: 'fs', label: 'Online features\n(Redis per card token)', col: 2, row: 0, kind: 'feature_store' },
    { id: 'ledger', label: 'Ledger (Postgres,\ndouble-entry)', col: 0, row: 2, kind: 'oltp_database' },
    { id: 'cdc', label: 'Debezium CDC', col: 1, row: 2, kind: 'cdc' },
    { id: 'k', label: 'Kafka (3 brokers,\nacks=all)', col: 2, row: 1, kind: 'kafka' },
    { id: 'sr', label: 'Schema registry', col: 2, row: 2, kind: 'schema_registry' },
    { id: 'fl', label: 'Flink velocity features\n+ dedupe by network ref', col: 3, row: 1, kind: 'flink' },
    { id: 'alerts', label: 'Analyst alert queue', col: 4, row: 1, kind: 'app_service' },
    { id: 'dlq', label: 'DLQ', col: 3, row: 2, kind: 'dead_letter_queue' },
    { id: 'files', label: 'Clearing files (SFTP)', col: 0, row: 4, kind: 'files' },
    { id: 'lake', label: 'S3 + Iceberg\n(Object Lock 7 y)', col: 2, row: 3, kind: 'table_format' },
    { id: 'sb', label: 'Spark reconciliation', col: 3, row: 3, kind: 'spark_batch' },
    { id: 'wh', label: 'Finance/compliance\nwarehouse', col: 4, row: 3, kind: 'warehouse' },
    { id: 'bi', label: 'Recon + audit reports', col: 5, row: 3, kind: 'bi_dashboard' },
    { id: 'af', label: 'Airflow (done by 09:00)', col: 3, row: 4, kind: 'airflow' },
    { id: 'mon', label: 'Monitoring', col: 5, row: 1, kind: 'monitoring' },
  ],
  arrows: [
    { from: 'sw', to: 'score', heads: 'both' },
    { from: 'fs', to: 'score' },
    { from: 'sw', to: 'ledger', label: 'post hold' },
    { from: 'sw', to: 'k', via: [[0.5, 1]], label: 'auth events' },
    { from: 'ledger', to: 'cdc' },
    { from: 'cdc', to: 'k' },
    { from: 'k', to: 'sr', line: true },
    { from: 'k', to: 'fl' },
    { from: 'fl', to: 'fs', label: '< 5 s' },
    { from: 'fl', to: 'alerts' },
    { from: 'fl', to: 'dlq' },
    { from: 'k', to: 'lake', via: [[1.5, 1.5], [1.5, 3]] },
    { from: 'files', to: 'sb', via: [[2, 4], [2.5, 3.5]] },
    { from: 'lake', to: 'sb' },
    { from: 'sb', to: 'wh' },
    { from: 'wh', to: 'bi' },
    { from: 'af', to: 'sb', dashed: true },
    { from: 'mon', to: 'fl', dashed: true, line: true },
  ],
};

/** Card payments, gamed: every component wired only to a central "Data Platform" box; no path can be read. */
export const cardR11GamedHub: SceneSpec = {
  boxes: [
    { id: 'hub', label: 'Data Platform', col: 2, row: 2 },
    { id: 'sw', label: 'Switch', col: 0, row: 0, kind: 'app_service' },
    { id: 'ledger', label: 'Ledger DB', col: 2, row: 0, kind: 'oltp_database' },
    { id: 'k', label: 'Kafka', col: 4, row: 0, kind: 'kafka' },
    { id: 'fl', label: 'Flink', col: 0, row: 2, kind: 'flink' },
    { id: 'fs', label: 'Feature store', col: 4, row: 2, kind: 'feature_store' },
    { id: 'api', label: 'Scoring API', col: 0, row: 4, kind: 'serving_api' },
    { id: 's3', label: 'S3', col: 2, row: 4, kind: 'object_store' },
    { id: 'wh', label: 'Warehouse', col: 4, row: 4, kind: 'warehouse' },
    { id: 'bi', label: 'BI', col: 5, row: 3, kind: 'bi_dashboard' },
    { id: 'af', label: 'Airflow', col: 5, row: 1, kind: 'airflow' },
  ],
  arrows: [
    { from: 'sw', to: 'hub', heads: 'both' },
    { from: 'ledger', to: 'hub', heads: 'both' },
    { from: 'k', to: 'hub', heads: 'both' },
    { from: 'fl', to: 'hub', heads: 'both' },
    { from: 'fs', to: 'hub', heads: 'both' },
    { from: 'api', to: 'hub', heads: 'both' },
    { from: 's3', to: 'hub', heads: 'both' },
    { from: 'wh', to: 'hub', heads: 'both' },
    { from: 'bi', to: 'hub', heads: 'both' },
    { from: 'af', to: 'hub', heads: 'both' },
  ],
};

/** Card payments, mediocre: fraud scored by a nightly batch model; the ledger and reconciliation side is fine. */
export const cardR11MediocreNightlyFraud: SceneSpec = {
  boxes: [
    { id: 'sw', label: 'Auth switch', col: 0, row: 0 },
    { id: 'ledger', label: 'Ledger Postgres', col: 1, row: 0 },
    { id: 'exp', label: 'Nightly export', col: 2, row: 0 },
    { id: 'clear', label: 'Clearing files', col: 1, row: 1 },
    { id: 's3', label: 'S3 raw', col: 3, row: 0 },
    { id: 'spark', label: 'Spark: recon + fraud model scoring', col: 4, row: 0 },
    { id: 'wh', label: 'Redshift', col: 5, row: 0 },
    { id: 'bi', label: 'Finance + fraud reports', col: 6, row: 0 },
    { id: 'af', label: 'Airflow', col: 4, row: 1 },
  ],
  arrows: [
    { from: 'sw', to: 'ledger' },
    { from: 'ledger', to: 'exp' },
    { from: 'exp', to: 's3' },
    { from: 'clear', to: 's3', via: [[3, 1]] },
    { from: 's3', to: 'spark' },
    { from: 'spark', to: 'wh' },
    { from: 'wh', to: 'bi' },
    { from: 'af', to: 'spark', dashed: true },
  ],
};

/** Hospital on Google Cloud: Healthcare API, Pub/Sub, Dataflow census, locked GCS archive, BigQuery, Composer. */
export const healthR11UnusualGcp: SceneSpec = {
  boxes: [
    { id: 'ehr', label: 'Epic / Cerner', col: 0, row: 0 },
    { id: 'rh', label: 'Rhapsody\n(MLLP, retries)', col: 1, row: 0 },
    { id: 'hl7', label: 'Healthcare API\nHL7v2 store (ACK)', col: 2, row: 0 },
    { id: 'ps', label: 'Pub/Sub\n(ordering key: patient)', col: 3, row: 0 },
    { id: 'df', label: 'Dataflow streaming\n(event time, latest wins)', col: 4, row: 0 },
    { id: 'dead', label: 'Dead-letter topic', col: 4, row: 1 },
    { id: 'census', label: 'Bed census view\n(<= 2 min)', col: 5, row: 0 },
    { id: 'fhir', label: 'FHIR bulk $export', col: 0, row: 2 },
    { id: 'gcs', label: 'GCS raw archive\n(bucket lock 7 y, EU/US)', col: 2, row: 2 },
    { id: 'bqraw', label: 'BigQuery versioned\nclinical tables', col: 3, row: 2 },
    { id: 'dbt', label: 'dbt (nightly measures)', col: 4, row: 2 },
    { id: 'marts', label: 'BigQuery quality marts', col: 5, row: 2 },
    { id: 'looker', label: 'Looker quality\n(07:00)', col: 6, row: 2 },
    { id: 'logs', label: 'EHR access logs', col: 0, row: 3 },
    { id: 'comp', label: 'Cloud Composer', col: 4, row: 3 },
    { id: 'mon', label: 'Cloud Monitoring', col: 6, row: 0 },
  ],
  arrows: [
    { from: 'ehr', to: 'rh' },
    { from: 'rh', to: 'hl7' },
    { from: 'hl7', to: 'ps' },
    { from: 'ps', to: 'df' },
    { from: 'df', to: 'census' },
    { from: 'df', to: 'dead' },
    { from: 'ps', to: 'gcs', via: [[2.5, 1]] },
    { from: 'fhir', to: 'gcs' },
    { from: 'logs', to: 'gcs', via: [[1, 3]] },
    { from: 'gcs', to: 'bqraw' },
    { from: 'bqraw', to: 'dbt' },
    { from: 'dbt', to: 'marts' },
    { from: 'marts', to: 'looker' },
    { from: 'comp', to: 'dbt', dashed: true },
    { from: 'mon', to: 'df', dashed: true, line: true, via: [[6, 0.5], [4, 0.5]] },
  ],
};

/** Hospital, mediocre: a stream straight into the SQL Server warehouse; no raw archive, no correctable tables. */
export const healthR11MediocreNoHistory: SceneSpec = {
  boxes: [
    { id: 'rh', label: 'Rhapsody interface engine', col: 0, row: 0 },
    { id: 'k', label: 'Kafka', col: 1, row: 0 },
    { id: 'fl', label: 'Flink (parse + census)', col: 2, row: 0 },
    { id: 'sql', label: 'SQL Server warehouse', col: 3, row: 0 },
    { id: 'pbi', label: 'Power BI (census + quality)', col: 4, row: 0 },
    { id: 'fhir', label: 'FHIR exports', col: 2, row: 1 },
  ],
  arrows: [
    { from: 'rh', to: 'k' },
    { from: 'k', to: 'fl' },
    { from: 'fl', to: 'sql', label: 'overwrite rows' },
    { from: 'fhir', to: 'sql' },
    { from: 'sql', to: 'pbi' },
  ],
};

/** IoT from the palette: gateways into Kafka, Flink alerts, Timescale hot tier, lake tiers, MES batch, Airflow. */
export const iotR11StrongPalette: SceneSpec = {
  boxes: [
    { id: 'dev', label: 'Sensors + edge gateways\n(MQTT, 1 h buffer)', col: 0, row: 0, kind: 'iot_devices' },
    { id: 'k', label: 'Kafka (keyed by machine)', col: 1, row: 0, kind: 'kafka' },
    { id: 'sr', label: 'Schema registry', col: 1, row: 1, kind: 'schema_registry' },
    { id: 'fl', label: 'Flink: anomalies +\n1-min rollups (event time)', col: 2, row: 0, kind: 'flink' },
    { id: 'alert', label: 'Alert service -> phones\n(< 10 s)', col: 3, row: 0, kind: 'serving_api' },
    { id: 'dlq', label: 'Bad readings DLQ', col: 2, row: 1, kind: 'dead_letter_queue' },
    { id: 'ts', label: 'TimescaleDB\n(raw 30 d, minute 2 y)', col: 3, row: 1, kind: 'timeseries_database' },
    { id: 'graf', label: 'Live view + engineer\ntrends', col: 4, row: 1, kind: 'bi_dashboard' },
    { id: 'lake', label: 'S3 Iceberg\n(raw + hourly 10 y)', col: 2, row: 2, kind: 'table_format' },
    { id: 'mes', label: 'MES SQL Server', col: 0, row: 3, kind: 'oltp_database' },
    { id: 'assets', label: 'Asset registry CSV', col: 1, row: 3, kind: 'files' },
    { id: 'sb', label: 'Spark: OEE + late recompute', col: 3, row: 3, kind: 'spark_batch' },
    { id: 'gold', label: 'OEE gold tables', col: 4, row: 3, kind: 'gold_layer' },
    { id: 'oee', label: 'OEE dashboards', col: 5, row: 3, kind: 'bi_dashboard' },
    { id: 'af', label: 'Airflow', col: 3, row: 4, kind: 'airflow' },
    { id: 'mon', label: 'Platform monitoring', col: 5, row: 0, kind: 'monitoring' },
  ],
  arrows: [
    { from: 'dev', to: 'k' },
    { from: 'k', to: 'sr', line: true },
    { from: 'k', to: 'fl' },
    { from: 'fl', to: 'alert' },
    { from: 'fl', to: 'dlq' },
    { from: 'fl', to: 'ts', via: [[2.5, 0.5], [3, 0.5]] },
    { from: 'ts', to: 'graf' },
    { from: 'k', to: 'lake', via: [[1.5, 0.5], [1.5, 2]] },
    { from: 'mes', to: 'sb', via: [[0, 3.5], [3, 3.5]] },
    { from: 'assets', to: 'sb' },
    { from: 'lake', to: 'sb', via: [[2, 3]] },
    { from: 'sb', to: 'gold' },
    { from: 'gold', to: 'oee' },
    { from: 'af', to: 'sb', dashed: true },
    { from: 'mon', to: 'alert', dashed: true, line: true },
  ],
};

/** IoT, gamed: labels promise real time, but readings go to S3 and a nightly job feeds the "< 10 s" alerts. */
export const iotR11GamedRealtimeLabels: SceneSpec = {
  boxes: [
    { id: 'dev', label: 'Sensors (real-time)', col: 0, row: 0, kind: 'iot_devices' },
    { id: 's3', label: 'S3 (real-time landing)', col: 1, row: 0, kind: 'object_store' },
    { id: 'sb', label: 'Nightly Spark\n(real-time anomaly engine)', col: 2, row: 0, kind: 'spark_batch' },
    { id: 'alert', label: 'Alerts < 10 s', col: 3, row: 0, kind: 'serving_api' },
    { id: 'wh', label: 'Warehouse', col: 2, row: 1, kind: 'warehouse' },
    { id: 'bi', label: 'Live OEE', col: 3, row: 1, kind: 'bi_dashboard' },
    { id: 'af', label: 'Airflow 02:00', col: 1, row: 1, kind: 'airflow' },
  ],
  arrows: [
    { from: 'dev', to: 's3', label: 'streaming' },
    { from: 's3', to: 'sb' },
    { from: 'sb', to: 'alert', label: 'real-time' },
    { from: 'sb', to: 'wh' },
    { from: 'wh', to: 'bi' },
    { from: 'af', to: 'sb', dashed: true },
  ],
};

/** IoT, mediocre: the alert path and live view are right; no history tiers, no lake, no MES or OEE batch. */
export const iotR11MediocreAlertsOnly: SceneSpec = {
  boxes: [
    { id: 'gw', label: 'Plant gateways (MQTT)', col: 0, row: 0 },
    { id: 'k', label: 'Kafka', col: 1, row: 0 },
    { id: 'fl', label: 'Flink anomaly job', col: 2, row: 0 },
    { id: 'alert', label: 'Alert service (SMS/push)', col: 3, row: 0 },
    { id: 'redis', label: 'Latest value per machine\n(Redis)', col: 2, row: 1 },
    { id: 'live', label: 'Live machine view', col: 3, row: 1 },
  ],
  arrows: [
    { from: 'gw', to: 'k' },
    { from: 'k', to: 'fl' },
    { from: 'fl', to: 'alert', label: '< 10 s' },
    { from: 'fl', to: 'redis' },
    { from: 'redis', to: 'live' },
  ],
};
