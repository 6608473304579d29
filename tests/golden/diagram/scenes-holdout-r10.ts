import type { SceneSpec } from './draw-lib';

// Holdout scenes for round 10, drawn and graded blind (before any engine read them).

/** E-commerce, plain whiteboard words, arrows labelled with what flows: CDC and clicks streamed, files nightly. */
export const ecomR10StrongPlain: SceneSpec = {
  boxes: [
    { id: 'shopdb', label: 'Shop database\n(Postgres)', col: 0, row: 1 },
    { id: 'clicks', label: 'Website + app\ntracking', col: 0, row: 0 },
    { id: 'partner', label: 'Partner CSVs\n(SFTP)', col: 0, row: 3 },
    { id: 'cdc', label: 'Change capture\n(Debezium)', col: 1, row: 1 },
    { id: 'log', label: 'Event log\n(Kafka, 3 brokers)', col: 2, row: 0 },
    { id: 'schemas', label: 'Schema registry', col: 2, row: 1 },
    { id: 'stream', label: 'Streaming job\n(stock per SKU)', col: 3, row: 0 },
    { id: 'bad', label: 'Bad-event topic', col: 3, row: 1 },
    { id: 'stock', label: 'Stock table\n(Redis)', col: 4, row: 0 },
    { id: 'opsboard', label: 'Ops sale board', col: 5, row: 0 },
    { id: 'lake', label: 'Lake: raw + clean\n(S3, Delta)', col: 3, row: 2 },
    { id: 'loader', label: 'Nightly file load', col: 1, row: 3 },
    { id: 'nightly', label: 'Nightly Spark +\ndbt models', col: 4, row: 2 },
    { id: 'marts', label: 'Warehouse marts\n(star schema)', col: 5, row: 2 },
    { id: 'bi', label: 'Revenue dashboards', col: 6, row: 2 },
    { id: 'ds', label: 'Data science\nnotebooks', col: 4, row: 3 },
    { id: 'sched', label: 'Scheduler (Airflow)', col: 5, row: 4 },
    { id: 'watch', label: 'Alerts on lag\n+ failed runs', col: 6, row: 0 },
  ],
  arrows: [
    { from: 'clicks', to: 'log', label: 'clicks' },
    { from: 'shopdb', to: 'cdc', label: 'WAL' },
    { from: 'cdc', to: 'log', label: 'row changes' },
    { from: 'log', to: 'schemas', line: true },
    { from: 'log', to: 'stream' },
    { from: 'stream', to: 'bad' },
    { from: 'stream', to: 'stock', label: '< 5 min' },
    { from: 'stock', to: 'opsboard' },
    { from: 'log', to: 'lake', via: [[2, 2]], label: 'all events' },
    { from: 'partner', to: 'loader' },
    { from: 'loader', to: 'lake', via: [[3, 3]] },
    { from: 'lake', to: 'nightly' },
    { from: 'nightly', to: 'marts' },
    { from: 'marts', to: 'bi', label: 'by 06:00' },
    { from: 'lake', to: 'ds', via: [[3.5, 3]] },
    { from: 'sched', to: 'nightly', dashed: true },
    { from: 'watch', to: 'stream', dashed: true, line: true },
  ],
};

/** E-commerce, gamed: the right boxes with every arrow pointing backwards (dashboards feed the shop database). */
export const ecomR10GamedReversed: SceneSpec = {
  boxes: [
    { id: 'pg', label: 'Postgres', col: 0, row: 1, kind: 'oltp_database' },
    { id: 'web', label: 'Clickstream', col: 0, row: 0, kind: 'clickstream' },
    { id: 'dbz', label: 'Debezium', col: 1, row: 1, kind: 'cdc' },
    { id: 'k', label: 'Kafka', col: 2, row: 0, kind: 'kafka' },
    { id: 'ss', label: 'Spark Streaming', col: 3, row: 0, kind: 'spark_streaming' },
    { id: 'redis', label: 'Redis stock', col: 4, row: 0, kind: 'cache' },
    { id: 's3', label: 'S3 / Delta', col: 3, row: 2, kind: 'object_store' },
    { id: 'sb', label: 'Spark batch', col: 4, row: 2, kind: 'spark_batch' },
    { id: 'wh', label: 'Snowflake', col: 5, row: 2, kind: 'warehouse' },
    { id: 'bi', label: 'Looker', col: 6, row: 2, kind: 'bi_dashboard' },
    { id: 'af', label: 'Airflow', col: 4, row: 3, kind: 'airflow' },
  ],
  arrows: [
    { from: 'k', to: 'web' },
    { from: 'dbz', to: 'pg' },
    { from: 'k', to: 'dbz' },
    { from: 'ss', to: 'k' },
    { from: 'redis', to: 'ss' },
    { from: 's3', to: 'k', via: [[2, 2]] },
    { from: 'sb', to: 's3' },
    { from: 'wh', to: 'sb' },
    { from: 'bi', to: 'wh' },
    { from: 'sb', to: 'af' },
  ],
};

/** E-commerce, mediocre: a tidy nightly batch path only; no change capture, no stream, no stock within minutes. */
export const ecomR10MediocreNightlyOnly: SceneSpec = {
  boxes: [
    { id: 'pg', label: 'Postgres read replica', col: 0, row: 0 },
    { id: 'sftp', label: 'Partner SFTP', col: 0, row: 1 },
    { id: 'ext', label: 'Nightly extract (Airbyte)', col: 1, row: 0 },
    { id: 'raw', label: 'S3 raw', col: 2, row: 0 },
    { id: 'dbt', label: 'dbt', col: 3, row: 0 },
    { id: 'wh', label: 'Snowflake', col: 4, row: 0 },
    { id: 'bi', label: 'Tableau (sales + stock)', col: 5, row: 0 },
    { id: 'af', label: 'Airflow 01:00', col: 2, row: 1 },
  ],
  arrows: [
    { from: 'pg', to: 'ext' },
    { from: 'sftp', to: 'ext' },
    { from: 'ext', to: 'raw' },
    { from: 'raw', to: 'dbt' },
    { from: 'dbt', to: 'wh' },
    { from: 'wh', to: 'bi' },
    { from: 'af', to: 'ext', dashed: true },
    { from: 'af', to: 'dbt', dashed: true },
  ],
};

/** Ride-hailing on AWS: Kinesis, Managed Flink, ElastiCache, Iceberg on S3, EMR, Redshift, MWAA. */
export const rideR10UnusualKinesis: SceneSpec = {
  boxes: [
    { id: 'apps', label: 'Driver & rider apps', col: 0, row: 0 },
    { id: 'apigw', label: 'API Gateway', col: 1, row: 0 },
    { id: 'kds', label: 'Kinesis Data Streams\n(pings by driver_id,\nrequests)', col: 2, row: 0 },
    { id: 'trips', label: 'Aurora Postgres (trips)', col: 0, row: 2 },
    { id: 'dms', label: 'DMS CDC', col: 1, row: 2 },
    { id: 'flink', label: 'Managed Flink\n(H3 res 8, 5 min / 30 s)', col: 3, row: 0 },
    { id: 'cache', label: 'ElastiCache Redis\n(driver geo, surge)', col: 4, row: 0 },
    { id: 'pricing', label: 'Pricing service', col: 5, row: 0 },
    { id: 'map', label: 'Ops live map', col: 5, row: 1 },
    { id: 'firehose', label: 'Firehose', col: 3, row: 1 },
    { id: 'lake', label: 'S3 + Iceberg\n(pings 90 d, trips 7 y)', col: 3, row: 2 },
    { id: 'settle', label: 'Settlement CSV (S3 drop)', col: 2, row: 3 },
    { id: 'emr', label: 'EMR Spark (daily)', col: 4, row: 2 },
    { id: 'rs', label: 'Redshift', col: 5, row: 2 },
    { id: 'qs', label: 'QuickSight\n(trips, earnings)', col: 6, row: 2 },
    { id: 'mwaa', label: 'MWAA (Airflow)', col: 4, row: 3 },
    { id: 'cw', label: 'CloudWatch alarms', col: 6, row: 0 },
  ],
  arrows: [
    { from: 'apps', to: 'apigw' },
    { from: 'apigw', to: 'kds' },
    { from: 'trips', to: 'dms' },
    { from: 'dms', to: 'kds', via: [[1.5, 1]] },
    { from: 'kds', to: 'flink' },
    { from: 'flink', to: 'cache', label: '<= 30 s' },
    { from: 'cache', to: 'pricing' },
    { from: 'cache', to: 'map' },
    { from: 'kds', to: 'firehose', via: [[2, 1]] },
    { from: 'firehose', to: 'lake' },
    { from: 'settle', to: 'emr', via: [[4, 3.5]] },
    { from: 'lake', to: 'emr' },
    { from: 'emr', to: 'rs' },
    { from: 'rs', to: 'qs', label: 'by 07:00' },
    { from: 'mwaa', to: 'emr', dashed: true },
    { from: 'cw', to: 'pricing', dashed: true, line: true },
  ],
};

/** Ride-hailing, gamed: every box says "real-time" but the path is a nightly cron export through a spreadsheet. */
export const rideR10GamedRealtimeLabels: SceneSpec = {
  boxes: [
    { id: 'db', label: 'Trip DB', col: 0, row: 0, kind: 'oltp_database' },
    { id: 'cron', label: 'Real-time cron\n(runs 02:00)', col: 1, row: 0, kind: 'airflow' },
    { id: 'csv', label: 'Real-time CSV export', col: 2, row: 0, kind: 'files' },
    { id: 'xls', label: 'Excel (real-time)', col: 3, row: 0, kind: 'warehouse' },
    { id: 'surge', label: 'Real-time surge table\n(edited by ops)', col: 4, row: 0, kind: 'cache' },
    { id: 'pricing', label: 'Pricing', col: 5, row: 0, kind: 'serving_api' },
    { id: 'apps', label: 'Driver apps (pings dropped)', col: 0, row: 1, kind: 'app_service' },
  ],
  arrows: [
    { from: 'db', to: 'cron' },
    { from: 'cron', to: 'csv' },
    { from: 'csv', to: 'xls' },
    { from: 'xls', to: 'surge' },
    { from: 'surge', to: 'pricing' },
  ],
  notes: [{ text: 'everything real-time, streaming-grade', col: 2, row: 1 }],
};

/** Card payments: two dashed zones (online path, batch path), plain labels and a few palette kinds. */
export const cardR10StrongZones: SceneSpec = {
  groups: [
    { id: 'online', title: 'Online (inside the authorisation)', style: 'dashed', col: 0, row: 0, cols: 5, rows: 2 },
    { id: 'batch', title: 'Batch / records', style: 'dashed', col: 0, row: 3, cols: 6, rows: 2 },
  ],
  boxes: [
    { id: 'sw', label: 'Auth switch\n(tokens only)', col: 0, row: 0 },
    { id: 'score', label: 'Scoring service\n(<100 ms, rules fallback)', col: 1, row: 0, kind: 'serving_api' },
    { id: 'feat', label: 'Online features\n(Redis, per card)', col: 2, row: 0, kind: 'feature_store' },
    { id: 'flink', label: 'Flink velocity\n(dedupe on network ref)', col: 3, row: 0 },
    { id: 'cases', label: 'Fraud alert queue', col: 4, row: 0 },
    { id: 'ledger', label: 'Ledger Postgres\n(double-entry)', col: 0, row: 1 },
    { id: 'cdc', label: 'Debezium', col: 1, row: 1 },
    { id: 'kafka', label: 'Kafka RF3 acks=all', col: 2, row: 1 },
    { id: 'dlq', label: 'parked events', col: 3, row: 1 },
    { id: 'clear', label: 'Clearing files\n(Visa/MC SFTP)', col: 0, row: 4 },
    { id: 'bronze', label: 'Iceberg on S3\n(raw events)', col: 2, row: 3 },
    { id: 'lock', label: 'S3 Object Lock\n7 years', col: 3, row: 4 },
    { id: 'recon', label: 'Spark recon\n+ training sets', col: 3, row: 3 },
    { id: 'wh', label: 'Warehouse\n(finance, audit marts)', col: 4, row: 3 },
    { id: 'bi', label: 'Finance & compliance BI', col: 5, row: 3 },
    { id: 'af', label: 'Airflow (by 09:00)', col: 4, row: 4 },
  ],
  arrows: [
    { from: 'sw', to: 'score', heads: 'both' },
    { from: 'feat', to: 'score' },
    { from: 'sw', to: 'ledger', label: 'hold' },
    { from: 'ledger', to: 'cdc' },
    { from: 'cdc', to: 'kafka' },
    { from: 'sw', to: 'kafka', via: [[0.5, 0.5], [2, 0.5]] },
    { from: 'kafka', to: 'flink' },
    { from: 'flink', to: 'feat', label: '< 5 s' },
    { from: 'flink', to: 'cases' },
    { from: 'flink', to: 'dlq' },
    { from: 'kafka', to: 'bronze' },
    { from: 'clear', to: 'bronze', via: [[1.5, 4], [1.5, 3]] },
    { from: 'bronze', to: 'recon' },
    { from: 'bronze', to: 'lock', via: [[2, 4]] },
    { from: 'recon', to: 'wh' },
    { from: 'wh', to: 'bi' },
    { from: 'af', to: 'recon', dashed: true },
  ],
};

/** Card payments, mediocre: the fraud path is right, but no ledger capture, no clearing files, no records store. */
export const cardR10MediocreFraudOnly: SceneSpec = {
  boxes: [
    { id: 'sw', label: 'Authorisation switch', col: 0, row: 0 },
    { id: 'k', label: 'Kafka', col: 1, row: 0 },
    { id: 'fl', label: 'Flink features', col: 2, row: 0 },
    { id: 'redis', label: 'Redis features', col: 3, row: 0 },
    { id: 'api', label: 'Fraud API', col: 3, row: 1 },
    { id: 'alerts', label: 'Analyst alerts', col: 4, row: 0 },
    { id: 'ledger', label: 'Ledger DB', col: 0, row: 2 },
    { id: 'bi', label: 'Finance dashboard', col: 1, row: 2 },
  ],
  arrows: [
    { from: 'sw', to: 'k' },
    { from: 'k', to: 'fl' },
    { from: 'fl', to: 'redis' },
    { from: 'redis', to: 'api' },
    { from: 'api', to: 'sw', via: [[0, 1]] },
    { from: 'fl', to: 'alerts', via: [[2, -0.5], [4, -0.5]] },
    { from: 'sw', to: 'ledger' },
    { from: 'ledger', to: 'bi' },
  ],
};

/** Card payments, gamed: every source wired straight into one dashboard; the tools stand unconnected beside it. */
export const cardR10GamedSourcesToBi: SceneSpec = {
  boxes: [
    { id: 'sw', label: 'Switch', col: 0, row: 0, kind: 'app_service' },
    { id: 'ledger', label: 'Ledger', col: 0, row: 1, kind: 'oltp_database' },
    { id: 'clr', label: 'Clearing files', col: 0, row: 2, kind: 'files' },
    { id: 'bi', label: 'Dashboard', col: 2, row: 1, kind: 'bi_dashboard' },
    { id: 'k', label: 'Kafka', col: 4, row: 0, kind: 'kafka' },
    { id: 'fl', label: 'Flink', col: 5, row: 0, kind: 'flink' },
    { id: 'fs', label: 'Feature store', col: 6, row: 0, kind: 'feature_store' },
    { id: 's3', label: 'S3 Object Lock', col: 4, row: 1, kind: 'object_store' },
    { id: 'sp', label: 'Spark', col: 5, row: 1, kind: 'spark_batch' },
    { id: 'wh', label: 'Warehouse', col: 6, row: 1, kind: 'warehouse' },
    { id: 'af', label: 'Airflow', col: 4, row: 2, kind: 'airflow' },
    { id: 'mon', label: 'Monitoring', col: 5, row: 2, kind: 'monitoring' },
    { id: 'api', label: 'Scoring API', col: 6, row: 2, kind: 'serving_api' },
  ],
  arrows: [
    { from: 'sw', to: 'bi' },
    { from: 'ledger', to: 'bi' },
    { from: 'clr', to: 'bi' },
  ],
};

/** Hospital: three dashed zones (ingest, lakehouse, serving) with the ACK-after-write listener and MERGE silver. */
export const healthR10StrongZones: SceneSpec = {
  groups: [
    { id: 'ing', title: 'Ingest', style: 'dashed', col: 0, row: 0, cols: 3, rows: 4 },
    { id: 'lh', title: 'Lakehouse (US region; Irish data in eu-west-1)', style: 'dashed', col: 3, row: 2, cols: 3, rows: 2 },
  ],
  boxes: [
    { id: 'rh', label: 'Rhapsody engine\n(HL7 v2)', col: 0, row: 0 },
    { id: 'mllp', label: 'MLLP listener\n(ACK after write)', col: 1, row: 0 },
    { id: 'k', label: 'Kafka, keyed by\npatient (RF 3)', col: 2, row: 0 },
    { id: 'fhir', label: 'FHIR bulk export', col: 0, row: 2 },
    { id: 'claims', label: 'Claims SFTP', col: 0, row: 3 },
    { id: 'acc', label: 'EHR access logs\n(hourly)', col: 1, row: 3 },
    { id: 'ss', label: 'Spark streaming\n(ADT state, latest wins)', col: 3, row: 0 },
    { id: 'dlq', label: 'Unparseable HL7', col: 3, row: 1 },
    { id: 'census', label: 'Census store\n(Redis)', col: 4, row: 0 },
    { id: 'bedview', label: 'Bed census / ED view', col: 5, row: 0 },
    { id: 'raw', label: 'Raw as received\n(WORM, 7 y)', col: 3, row: 2 },
    { id: 'silver', label: 'Clinical tables\n(Delta MERGE)', col: 4, row: 2 },
    { id: 'gold', label: 'Quality marts', col: 5, row: 2 },
    { id: 'qdash', label: 'Quality dashboards', col: 6, row: 2 },
    { id: 'audit', label: 'Access audit\n(6 years)', col: 3, row: 3 },
    { id: 'priv', label: 'Privacy office reports', col: 4, row: 4 },
    { id: 'deid', label: 'De-identified\nresearch extract', col: 5, row: 3 },
    { id: 'af', label: 'Airflow', col: 6, row: 4 },
  ],
  arrows: [
    { from: 'rh', to: 'mllp', label: 'MLLP' },
    { from: 'mllp', to: 'k' },
    { from: 'k', to: 'ss' },
    { from: 'ss', to: 'dlq' },
    { from: 'ss', to: 'census', label: '< 2 min' },
    { from: 'census', to: 'bedview' },
    { from: 'k', to: 'raw', via: [[2, 1.5], [3, 1.5]] },
    { from: 'fhir', to: 'raw' },
    { from: 'claims', to: 'raw', via: [[0.5, 3.5], [2.5, 3.5], [2.5, 2]] },
    { from: 'acc', to: 'audit', via: [[1, 4], [3, 4]] },
    { from: 'raw', to: 'silver', label: 'MERGE by key' },
    { from: 'silver', to: 'gold' },
    { from: 'gold', to: 'qdash' },
    { from: 'silver', to: 'deid', via: [[4, 3]] },
    { from: 'audit', to: 'priv' },
    { from: 'af', to: 'gold', dashed: true },
  ],
};

/** Hospital, gamed: the reference topology with palette kinds, but every box relabelled as an office tool. */
export const healthR10GamedRelabelled: SceneSpec = {
  boxes: [
    { id: 'a', label: 'Fax machine', col: 0, row: 0, kind: 'api_gateway' },
    { id: 'b', label: 'Shared inbox', col: 1, row: 0, kind: 'kafka' },
    { id: 'c', label: 'Intern with a macro', col: 2, row: 0, kind: 'spark_streaming' },
    { id: 'd', label: 'Whiteboard in ward', col: 3, row: 0, kind: 'cache' },
    { id: 'e', label: 'Wall poster', col: 4, row: 0, kind: 'bi_dashboard' },
    { id: 'f', label: 'USB stick', col: 2, row: 1, kind: 'bronze_layer' },
    { id: 'g', label: 'Excel v2 final', col: 3, row: 1, kind: 'silver_layer' },
    { id: 'h', label: 'Printed summary', col: 4, row: 1, kind: 'gold_layer' },
    { id: 'i', label: 'Board pack PDF', col: 5, row: 1, kind: 'bi_dashboard' },
    { id: 'j', label: 'Calendar reminder', col: 3, row: 2, kind: 'airflow' },
  ],
  arrows: [
    { from: 'a', to: 'b' },
    { from: 'b', to: 'c' },
    { from: 'c', to: 'd' },
    { from: 'd', to: 'e' },
    { from: 'c', to: 'f' },
    { from: 'f', to: 'g' },
    { from: 'g', to: 'h' },
    { from: 'h', to: 'i' },
    { from: 'j', to: 'g', dashed: true },
  ],
};

/** Hospital, mediocre: nightly loads only; the census dashboard reads last night's warehouse; no audit trail. */
export const healthR10MediocreNightlyCensus: SceneSpec = {
  boxes: [
    { id: 'epic', label: 'Epic + Cerner\n(nightly extract)', col: 0, row: 0 },
    { id: 'fhir', label: 'FHIR export', col: 0, row: 1 },
    { id: 'claims', label: 'Claims files', col: 0, row: 2 },
    { id: 'adf', label: 'Nightly copy job', col: 1, row: 1 },
    { id: 'lake', label: 'Data lake (Parquet)', col: 2, row: 1 },
    { id: 'spark', label: 'Spark batch', col: 3, row: 1 },
    { id: 'wh', label: 'Warehouse', col: 4, row: 1 },
    { id: 'q', label: 'Quality dashboards', col: 5, row: 0 },
    { id: 'census', label: 'Bed census dashboard', col: 5, row: 2 },
    { id: 'af', label: 'Airflow', col: 3, row: 2 },
  ],
  arrows: [
    { from: 'epic', to: 'adf' },
    { from: 'fhir', to: 'adf' },
    { from: 'claims', to: 'adf' },
    { from: 'adf', to: 'lake' },
    { from: 'lake', to: 'spark' },
    { from: 'spark', to: 'wh' },
    { from: 'wh', to: 'q' },
    { from: 'wh', to: 'census' },
    { from: 'af', to: 'spark', dashed: true },
  ],
};

/** IoT, open-source stack: EMQX, Redpanda, Flink, ClickHouse with TTL tiers, Iceberg, Dagster, Grafana. */
export const iotR10UnusualClickhouse: SceneSpec = {
  groups: [{ id: 'plant', title: 'Each plant', style: 'dashed', col: 0, row: 0, cols: 1, rows: 2 }],
  boxes: [
    { id: 'plc', label: 'PLCs (OPC UA)', col: 0, row: 0 },
    { id: 'gw', label: 'Edge gateway\n(1 h disk buffer)', col: 0, row: 1 },
    { id: 'emqx', label: 'EMQX (MQTT, mTLS)', col: 1, row: 1 },
    { id: 'rp', label: 'Redpanda\n(keyed by machine)', col: 2, row: 1 },
    { id: 'flink', label: 'Flink: anomalies\n+ 1-min rollups', col: 3, row: 1 },
    { id: 'bad', label: 'bad-readings topic', col: 3, row: 0 },
    { id: 'alert', label: 'Alert service\n(push + SMS)', col: 4, row: 0 },
    { id: 'ch', label: 'ClickHouse\nraw TTL 30 d, 1-min 2 y,\n1-h 10 y', col: 4, row: 1 },
    { id: 'graf', label: 'Grafana live +\ntrends', col: 5, row: 1 },
    { id: 'ice', label: 'Iceberg on MinIO/S3\n(raw history)', col: 3, row: 2 },
    { id: 'mes', label: 'MES (SQL Server)', col: 1, row: 3 },
    { id: 'assets', label: 'Asset registry CSV', col: 2, row: 3 },
    { id: 'spark', label: 'Spark: late fixes,\nOEE', col: 4, row: 3 },
    { id: 'oee', label: 'OEE dashboards\n(Superset)', col: 5, row: 3 },
    { id: 'dag', label: 'Dagster', col: 4, row: 4 },
    { id: 'prom', label: 'Prometheus alerts\n(lag, gateway heartbeat)', col: 5, row: 0 },
  ],
  arrows: [
    { from: 'plc', to: 'gw' },
    { from: 'gw', to: 'emqx' },
    { from: 'emqx', to: 'rp' },
    { from: 'rp', to: 'flink' },
    { from: 'flink', to: 'bad' },
    { from: 'flink', to: 'alert', label: '< 10 s' },
    { from: 'flink', to: 'ch' },
    { from: 'ch', to: 'graf' },
    { from: 'rp', to: 'ice', via: [[2, 2]] },
    { from: 'ice', to: 'spark', via: [[3, 3]] },
    { from: 'mes', to: 'spark', via: [[1, 3.5], [4, 3.5]] },
    { from: 'assets', to: 'spark', via: [[2, 3.4], [3.6, 3.4]] },
    { from: 'spark', to: 'ch', label: 'corrected rollups' },
    { from: 'spark', to: 'oee' },
    { from: 'dag', to: 'spark', dashed: true },
    { from: 'prom', to: 'rp', dashed: true, line: true },
  ],
};

/** IoT, gamed: the right boxes, but alerts are produced by a nightly batch over the archive; the stream only archives. */
export const iotR10GamedAlertsFromArchive: SceneSpec = {
  boxes: [
    { id: 'gw', label: 'Edge gateways', col: 0, row: 0, kind: 'iot_devices' },
    { id: 'k', label: 'Kafka', col: 1, row: 0, kind: 'kafka' },
    { id: 'fl', label: 'Flink', col: 2, row: 0, kind: 'flink' },
    { id: 'gl', label: 'Glacier archive', col: 3, row: 0, kind: 'object_store' },
    { id: 'sb', label: 'Spark batch (nightly)', col: 3, row: 1, kind: 'spark_batch' },
    { id: 'al', label: 'Anomaly alerts', col: 4, row: 1, kind: 'app_service' },
    { id: 'ts', label: 'TimescaleDB', col: 2, row: 2, kind: 'timeseries_database' },
    { id: 'oee', label: 'OEE dashboard', col: 4, row: 2, kind: 'bi_dashboard' },
    { id: 'af', label: 'Airflow (daily 05:00)', col: 2, row: 1, kind: 'airflow' },
  ],
  arrows: [
    { from: 'gw', to: 'k' },
    { from: 'k', to: 'fl' },
    { from: 'fl', to: 'gl' },
    { from: 'gl', to: 'sb' },
    { from: 'sb', to: 'al', label: 'next morning' },
    { from: 'sb', to: 'ts', via: [[3, 2]] },
    { from: 'ts', to: 'oee', via: [[2, 2.5], [4, 2.5]] },
    { from: 'af', to: 'sb', dashed: true },
  ],
};

/** IoT, empty: only sticky notes with open questions; nothing drawn. */
export const iotR10EmptyNotes: SceneSpec = {
  boxes: [],
  notes: [
    { text: 'how many sensors?', col: 0, row: 0 },
    { text: 'Kafka or Kinesis??', col: 2, row: 0 },
    { text: 'draw later', col: 1, row: 2 },
  ],
};
