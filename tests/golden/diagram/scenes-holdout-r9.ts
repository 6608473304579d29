import type { SceneSpec } from './draw-lib';

// Holdout scenes for round 9, drawn and graded blind (before any engine read them).

/** E-commerce on Azure: Event Hubs, Databricks, ADLS + Delta, Cosmos DB stock view, ADF, Power BI. */
export const ecomR9UnusualAzure: SceneSpec = {
  boxes: [
    { id: 'pg', label: 'Shop DB\n(Azure Postgres)', col: 0, row: 1 },
    { id: 'web', label: 'Web / app events', col: 0, row: 0 },
    { id: 'sftp', label: 'Partner SFTP (CSV)', col: 0, row: 3 },
    { id: 'dbz', label: 'Debezium\n(Kafka Connect)', col: 1, row: 1 },
    { id: 'eh', label: 'Event Hubs\n(Kafka API)', col: 2, row: 0 },
    { id: 'dbs', label: 'Databricks\nStructured Streaming', col: 3, row: 0 },
    { id: 'dlq', label: 'dead letters', col: 3, row: 1 },
    { id: 'cosmos', label: 'Cosmos DB\n(stock per SKU)', col: 4, row: 0 },
    { id: 'opsbi', label: 'Ops stock board', col: 5, row: 0 },
    { id: 'adls', label: 'ADLS Gen2 + Delta\n(bronze/silver)', col: 4, row: 2 },
    { id: 'adf', label: 'ADF copy', col: 1, row: 3 },
    { id: 'job', label: 'Databricks jobs\n(nightly)', col: 3, row: 3 },
    { id: 'gold', label: 'Synapse\n(gold star schema)', col: 5, row: 3 },
    { id: 'pbi', label: 'Power BI', col: 6, row: 3 },
    { id: 'sched', label: 'Databricks Workflows\n(schedule + retries)', col: 3, row: 4 },
    { id: 'mon', label: 'Azure Monitor alerts', col: 5, row: 1 },
  ],
  arrows: [
    { from: 'web', to: 'eh' },
    { from: 'pg', to: 'dbz' },
    { from: 'dbz', to: 'eh' },
    { from: 'eh', to: 'dbs' },
    { from: 'dbs', to: 'cosmos' },
    { from: 'cosmos', to: 'opsbi' },
    { from: 'dbs', to: 'dlq' },
    { from: 'dbs', to: 'adls', via: [[3.55, 0], [3.55, 2]] },
    { from: 'sftp', to: 'adf' },
    { from: 'adf', to: 'adls', via: [[2, 2]] },
    { from: 'adls', to: 'job' },
    { from: 'job', to: 'gold', via: [[4, 3.6]] },
    { from: 'gold', to: 'pbi' },
    { from: 'sched', to: 'job', dashed: true },
    { from: 'mon', to: 'dbs', line: true, dashed: true },
  ],
};

/** E-commerce, gamed: a frame called "Data platform" full of unconnected tool boxes; arrows only touch the frame. */
export const ecomR9GamedFrameOfTools: SceneSpec = {
  groups: [{ id: 'plat', title: 'Data platform', style: 'frame', col: 1, row: 0, cols: 3, rows: 3 }],
  boxes: [
    { id: 'pg', label: 'Postgres', col: 0, row: 1, kind: 'oltp_database' },
    { id: 'clicks', label: 'Clickstream', col: 0, row: 0, kind: 'clickstream' },
    { id: 'k', label: 'Kafka', col: 1, row: 0, kind: 'kafka', frame: 'plat' },
    { id: 'd', label: 'Debezium', col: 2, row: 0, kind: 'cdc', frame: 'plat' },
    { id: 's', label: 'Spark Streaming', col: 3, row: 0, kind: 'spark_streaming', frame: 'plat' },
    { id: 'b', label: 'Spark batch', col: 1, row: 1, kind: 'spark_batch', frame: 'plat' },
    { id: 'o', label: 'S3', col: 2, row: 1, kind: 'object_store', frame: 'plat' },
    { id: 'w', label: 'Snowflake', col: 3, row: 1, kind: 'warehouse', frame: 'plat' },
    { id: 'a', label: 'Airflow', col: 1, row: 2, kind: 'airflow', frame: 'plat' },
    { id: 'm', label: 'Monitoring', col: 2, row: 2, kind: 'monitoring', frame: 'plat' },
    { id: 'q', label: 'DLQ', col: 3, row: 2, kind: 'dead_letter_queue', frame: 'plat' },
    { id: 'bi', label: 'Dashboards', col: 5, row: 1, kind: 'bi_dashboard' },
  ],
  arrows: [
    { from: 'pg', to: 'plat' },
    { from: 'clicks', to: 'plat' },
    { from: 'plat', to: 'bi' },
  ],
};

/** Ride-hailing: a frame "Kafka cluster" around three brokers; arrows go to and from the frame itself. */
export const rideR9StrongKafkaFrame: SceneSpec = {
  groups: [{ id: 'kc', title: 'Kafka cluster', style: 'frame', col: 2, row: 0, cols: 1, rows: 3 }],
  boxes: [
    { id: 'apps', label: 'Driver + rider apps', col: 0, row: 0 },
    { id: 'gw', label: 'Ingest gateway', col: 1, row: 0 },
    { id: 'tripdb', label: 'Trip Postgres', col: 0, row: 2 },
    { id: 'dbz', label: 'Debezium', col: 1, row: 2 },
    { id: 'b1', label: 'broker-1', col: 2, row: 0, frame: 'kc' },
    { id: 'b2', label: 'broker-2', col: 2, row: 1, frame: 'kc' },
    { id: 'b3', label: 'broker-3', col: 2, row: 2, frame: 'kc' },
    { id: 'flink', label: 'Flink surge job\n(H3 cells, 5m/30s)', col: 3, row: 0 },
    { id: 'redis', label: 'Redis (surge + driver geo)', col: 4, row: 0 },
    { id: 'api', label: 'Surge API', col: 5, row: 0 },
    { id: 'pricing', label: 'Pricing service', col: 6, row: 0 },
    { id: 'opsmap', label: 'Ops live map', col: 5, row: 1 },
    { id: 'lake', label: 'S3 lake (Iceberg)\nraw pings 90d, trips', col: 3, row: 2 },
    { id: 'settle', label: 'Settlement files', col: 3, row: 4 },
    { id: 'spark', label: 'Spark batch (daily)', col: 4, row: 3 },
    { id: 'wh', label: 'Warehouse marts', col: 5, row: 3 },
    { id: 'dash', label: 'Trips & earnings\ndashboards', col: 6, row: 3 },
    { id: 'af', label: 'Airflow', col: 4, row: 4 },
  ],
  arrows: [
    { from: 'apps', to: 'gw' },
    { from: 'gw', to: 'kc' },
    { from: 'tripdb', to: 'dbz' },
    { from: 'dbz', to: 'kc' },
    { from: 'kc', to: 'flink' },
    { from: 'flink', to: 'redis' },
    { from: 'redis', to: 'api' },
    { from: 'api', to: 'pricing' },
    { from: 'redis', to: 'opsmap' },
    { from: 'kc', to: 'lake' },
    { from: 'lake', to: 'spark' },
    { from: 'settle', to: 'spark' },
    { from: 'spark', to: 'wh' },
    { from: 'wh', to: 'dash' },
    { from: 'af', to: 'spark', line: true },
  ],
  notes: [{ text: '<= 30 s', col: 6, row: 1 }],
};

/** Ride-hailing, gamed: the streaming half is drawn but labelled as not needed / later; only a nightly path is real. */
export const rideR9GamedNotNeeded: SceneSpec = {
  boxes: [
    { id: 'apps', label: 'Driver apps', col: 0, row: 0, kind: 'app_service' },
    { id: 'k', label: 'Kafka (not needed)', col: 1, row: 0, kind: 'kafka' },
    { id: 'f', label: 'Flink - skip for v1', col: 2, row: 0, kind: 'flink' },
    { id: 'r', label: 'Redis (later, maybe)', col: 3, row: 0, kind: 'cache' },
    { id: 'api', label: 'Surge API - TBD', col: 4, row: 0, kind: 'serving_api' },
    { id: 'db', label: 'Trip DB', col: 0, row: 2, kind: 'oltp_database' },
    { id: 'exp', label: 'Nightly export', col: 1, row: 2, kind: 'spark_batch' },
    { id: 'wh', label: 'Warehouse', col: 2, row: 2, kind: 'warehouse' },
    { id: 'surge', label: 'Surge table (edited daily)', col: 3, row: 2, kind: 'gold_layer' },
    { id: 'bi', label: 'Dashboards', col: 4, row: 2, kind: 'bi_dashboard' },
  ],
  arrows: [
    { from: 'apps', to: 'k', dashed: true },
    { from: 'k', to: 'f', dashed: true },
    { from: 'f', to: 'r', dashed: true },
    { from: 'r', to: 'api', dashed: true },
    { from: 'db', to: 'exp' },
    { from: 'exp', to: 'wh' },
    { from: 'wh', to: 'surge' },
    { from: 'wh', to: 'bi', via: [[2, 3]] },
  ],
};

/** Card payments, gamed: the right parts chained in a nonsensical order. */
export const cardR9GamedScrambled: SceneSpec = {
  boxes: [
    { id: 'sw', label: 'Authorisation switch', col: 0, row: 0, kind: 'app_service' },
    { id: 'wh', label: 'Warehouse', col: 1, row: 0, kind: 'warehouse' },
    { id: 'af', label: 'Airflow', col: 2, row: 0, kind: 'airflow' },
    { id: 'fl', label: 'Flink', col: 3, row: 0, kind: 'flink' },
    { id: 'k', label: 'Kafka', col: 4, row: 0, kind: 'kafka' },
    { id: 'fs', label: 'Feature store', col: 5, row: 0, kind: 'feature_store' },
    { id: 'bi', label: 'Finance dashboards', col: 5, row: 1, kind: 'bi_dashboard' },
    { id: 'api', label: 'Scoring API', col: 4, row: 1, kind: 'serving_api' },
    { id: 'ledger', label: 'Ledger DB', col: 0, row: 2, kind: 'oltp_database' },
    { id: 's3', label: 'S3 lake', col: 1, row: 2, kind: 'object_store' },
    { id: 'cdc', label: 'CDC', col: 2, row: 2, kind: 'cdc' },
    { id: 'files', label: 'Clearing files', col: 3, row: 2, kind: 'files' },
    { id: 'sb', label: 'Spark batch', col: 4, row: 2, kind: 'spark_batch' },
  ],
  arrows: [
    { from: 'sw', to: 'wh' },
    { from: 'wh', to: 'af' },
    { from: 'af', to: 'fl' },
    { from: 'fl', to: 'k' },
    { from: 'k', to: 'fs' },
    { from: 'fs', to: 'bi' },
    { from: 'bi', to: 'api' },
    { from: 'ledger', to: 's3' },
    { from: 's3', to: 'cdc' },
    { from: 'cdc', to: 'files' },
    { from: 'files', to: 'sb' },
    { from: 'sb', to: 'api' },
  ],
};

/** Card payments on a whiteboard: plain boxes, some connectors drawn as lines without heads, notes beside. */
export const cardR9StrongWhiteboard: SceneSpec = {
  boxes: [
    { id: 'sw', label: 'Auth switch (Java)', col: 0, row: 0 },
    { id: 'ledger', label: 'Ledger Postgres\n(double-entry)', col: 0, row: 2 },
    { id: 'dbz', label: 'Debezium', col: 1, row: 2 },
    { id: 'k', label: 'Kafka (RF3)', col: 2, row: 1 },
    { id: 'fl', label: 'Flink\n(velocity features)', col: 3, row: 0 },
    { id: 'fs', label: 'Redis online features', col: 4, row: 0 },
    { id: 'api', label: 'Fraud scoring API', col: 1, row: 0 },
    { id: 'alerts', label: 'Alert queue ->\nfraud analysts', col: 4, row: 1 },
    { id: 's3', label: 'S3 (Object Lock 7y)', col: 3, row: 2 },
    { id: 'clr', label: 'Visa/MC clearing files', col: 3, row: 4 },
    { id: 'sp', label: 'Spark batch recon', col: 4, row: 3 },
    { id: 'wh', label: 'Snowflake', col: 5, row: 3 },
    { id: 'fin', label: 'Finance / audit BI', col: 6, row: 3 },
    { id: 'af', label: 'Airflow', col: 5, row: 4 },
  ],
  arrows: [
    { from: 'sw', to: 'api', heads: 'both' },
    { from: 'sw', to: 'k', via: [[0.5, 1]] },
    { from: 'ledger', to: 'dbz' },
    { from: 'dbz', to: 'k' },
    { from: 'k', to: 'fl' },
    { from: 'fl', to: 'fs' },
    { from: 'fs', to: 'api', via: [[4, -0.6], [1, -0.6]] },
    { from: 'fl', to: 'alerts' },
    { from: 'k', to: 's3', heads: 'none' },
    { from: 's3', to: 'sp', heads: 'none' },
    { from: 'clr', to: 'sp' },
    { from: 'sp', to: 'wh' },
    { from: 'wh', to: 'fin' },
    { from: 'af', to: 'sp', line: true },
  ],
  notes: [
    { text: 'score < 100 ms', col: 2, row: 0 },
    { text: 'tokens only, no PAN', col: 2, row: 3 },
  ],
};

/** Hospital records, mediocre: stream for the census and batch for quality, but no lake, no correctable tables, no scheduler. */
export const healthR9MediocreNoLake: SceneSpec = {
  boxes: [
    { id: 'eng', label: 'Rhapsody interface engine', col: 0, row: 0 },
    { id: 'mllp', label: 'MLLP listener', col: 1, row: 0 },
    { id: 'k', label: 'Kafka', col: 2, row: 0 },
    { id: 'ss', label: 'Spark Streaming', col: 3, row: 0 },
    { id: 'census', label: 'Bed census dashboard', col: 4, row: 0 },
    { id: 'fhir', label: 'FHIR bulk export', col: 0, row: 2 },
    { id: 'sb', label: 'Spark batch', col: 2, row: 2 },
    { id: 'wh', label: 'SQL warehouse', col: 3, row: 2 },
    { id: 'q', label: 'Quality dashboards', col: 4, row: 2 },
  ],
  arrows: [
    { from: 'eng', to: 'mllp' },
    { from: 'mllp', to: 'k' },
    { from: 'k', to: 'ss' },
    { from: 'ss', to: 'census' },
    { from: 'fhir', to: 'sb' },
    { from: 'k', to: 'sb' },
    { from: 'sb', to: 'wh' },
    { from: 'wh', to: 'q' },
  ],
};

/** Hospital records on GCP: Healthcare API HL7v2 store, Pub/Sub, Dataflow, Bigtable census, GCS, Iceberg, BigQuery, Composer. */
export const healthR9UnusualGcp: SceneSpec = {
  groups: [{ id: 'eu', title: 'europe-west1 (Irish data)', style: 'dashed', col: 5, row: 4, cols: 1, rows: 1 }],
  boxes: [
    { id: 'eng', label: 'Rhapsody (copy of feeds)', col: 0, row: 0 },
    { id: 'hapi', label: 'Cloud Healthcare API\n(HL7v2 store, MLLP)', col: 1, row: 0 },
    { id: 'ps', label: 'Pub/Sub', col: 2, row: 0 },
    { id: 'df', label: 'Dataflow\n(event time, per patient)', col: 3, row: 0 },
    { id: 'bt', label: 'Bigtable (bed state)', col: 4, row: 0 },
    { id: 'bed', label: 'Looker bed board', col: 5, row: 0 },
    { id: 'gcs', label: 'GCS raw messages\n(immutable, 7y)', col: 3, row: 2 },
    { id: 'fhir', label: 'FHIR bulk export (NDJSON)', col: 0, row: 2 },
    { id: 'logs', label: 'EHR access logs', col: 0, row: 3 },
    { id: 'dp', label: 'Dataproc Spark\n(MERGE corrections)', col: 4, row: 2 },
    { id: 'ice', label: 'Iceberg silver\n(versioned results)', col: 4, row: 3 },
    { id: 'bq', label: 'BigQuery gold marts', col: 5, row: 2 },
    { id: 'lk', label: 'Looker quality + audit', col: 6, row: 2 },
    { id: 'comp', label: 'Cloud Composer', col: 6, row: 1 },
    { id: 'eustore', label: 'EU bucket', col: 5, row: 4 },
  ],
  arrows: [
    { from: 'eng', to: 'hapi' },
    { from: 'hapi', to: 'ps' },
    { from: 'ps', to: 'df' },
    { from: 'df', to: 'bt' },
    { from: 'bt', to: 'bed' },
    { from: 'df', to: 'gcs' },
    { from: 'fhir', to: 'gcs', via: [[1.5, 2]] },
    { from: 'logs', to: 'gcs', via: [[2, 3]] },
    { from: 'gcs', to: 'dp' },
    { from: 'dp', to: 'ice' },
    { from: 'dp', to: 'bq' },
    { from: 'bq', to: 'lk' },
    { from: 'comp', to: 'dp', line: true, dashed: true, via: [[4.5, 1.3]] },
    { from: 'gcs', to: 'eu', dashed: true, via: [[3, 3.4], [4.5, 4]] },
  ],
};

/** IoT, gamed: the e-commerce reference drawn for the telemetry case (Postgres, CDC, clickstream, stock). */
export const iotR9GamedWrongCase: SceneSpec = {
  boxes: [
    { id: 'pg', label: 'Orders Postgres', col: 0, row: 1, kind: 'oltp_database' },
    { id: 'cdc', label: 'Debezium CDC', col: 1, row: 1, kind: 'cdc' },
    { id: 'click', label: 'Website clickstream', col: 0, row: 0, kind: 'clickstream' },
    { id: 'k', label: 'Kafka', col: 2, row: 0, kind: 'kafka' },
    { id: 'ss', label: 'Spark Streaming', col: 3, row: 0, kind: 'spark_streaming' },
    { id: 'stock', label: 'Inventory levels (5 min)', col: 4, row: 0, kind: 'cache' },
    { id: 's3', label: 'S3 bronze/silver', col: 3, row: 2, kind: 'object_store' },
    { id: 'sb', label: 'Spark batch', col: 4, row: 2, kind: 'spark_batch' },
    { id: 'gold', label: 'Sales star schema', col: 5, row: 2, kind: 'gold_layer' },
    { id: 'bi', label: 'Revenue by category', col: 6, row: 2, kind: 'bi_dashboard' },
    { id: 'af', label: 'Airflow', col: 4, row: 3, kind: 'airflow' },
  ],
  arrows: [
    { from: 'click', to: 'k' },
    { from: 'pg', to: 'cdc' },
    { from: 'cdc', to: 'k' },
    { from: 'k', to: 'ss' },
    { from: 'ss', to: 'stock' },
    { from: 'ss', to: 's3' },
    { from: 's3', to: 'sb' },
    { from: 'sb', to: 'gold' },
    { from: 'gold', to: 'bi' },
    { from: 'af', to: 'sb', dashed: true },
  ],
};

/** IoT on a whiteboard with logo badges on box corners and a frame per plant edge. */
export const iotR9StrongLogos: SceneSpec = {
  groups: [{ id: 'edge', title: 'Plant edge (x5)', style: 'frame', col: 0, row: 0, cols: 1, rows: 2 }],
  boxes: [
    { id: 'sens', label: 'Sensors / PLCs (OPC UA)', col: 0, row: 0, frame: 'edge' },
    { id: 'gw', label: 'Edge gateway + MQTT\n(1 h disk buffer)', col: 0, row: 1, frame: 'edge' },
    { id: 'bridge', label: 'MQTT -> Kafka bridge', col: 1, row: 1 },
    { id: 'k', label: 'Kafka (key = machine)', col: 2, row: 1 },
    { id: 'k-logo', label: 'MSK', col: 1.95, row: 1.45, width: 45, height: 28 },
    { id: 'fl', label: 'Flink: anomalies +\n1-min rollups', col: 3, row: 0 },
    { id: 'alert', label: 'Alert service ->\ntechnician phones', col: 4, row: 0 },
    { id: 'ts', label: 'TimescaleDB\n(30d raw + rollups)', col: 4, row: 1 },
    { id: 'graf', label: 'Grafana live view', col: 5, row: 1 },
    { id: 's3', label: 'S3 + Iceberg\n(raw archive, rollup tiers)', col: 3, row: 2 },
    { id: 's3-logo', label: 'AWS', col: 3.7, row: 1.85, width: 45, height: 28 },
    { id: 'mes', label: 'MES + asset registry', col: 3, row: 3 },
    { id: 'sb', label: 'Spark hourly rollups\n+ OEE join', col: 4, row: 3 },
    { id: 'oee', label: 'OEE dashboards', col: 5, row: 3 },
    { id: 'af', label: 'Airflow', col: 4, row: 4 },
  ],
  arrows: [
    { from: 'sens', to: 'gw' },
    { from: 'gw', to: 'bridge' },
    { from: 'bridge', to: 'k' },
    { from: 'k', to: 'fl' },
    { from: 'fl', to: 'alert' },
    { from: 'fl', to: 'ts' },
    { from: 'ts', to: 'graf' },
    { from: 'k', to: 's3' },
    { from: 's3', to: 'sb' },
    { from: 'mes', to: 'sb' },
    { from: 'sb', to: 'oee' },
    { from: 'sb', to: 's3', via: [[4.5, 2.5]] },
    { from: 'af', to: 'sb', line: true },
  ],
};

/** E-commerce, empty: one box for the whole platform between two vague ends. */
export const ecomR9EmptyBlackBox: SceneSpec = {
  boxes: [
    { id: 'src', label: 'Sources', col: 0, row: 1 },
    { id: 'dp', label: 'Data platform', col: 1, row: 1 },
    { id: 'users', label: 'Users', col: 2, row: 1 },
  ],
  arrows: [
    { from: 'src', to: 'dp' },
    { from: 'dp', to: 'users' },
  ],
};

/** Card payments, gamed: palette boxes laid out with the flow written as text notes ("-> feeds ->") instead of arrows. */
export const cardR9GamedTextArrows: SceneSpec = {
  boxes: [
    { id: 'sw', label: 'Auth switch', col: 0, row: 0, kind: 'app_service' },
    { id: 'k', label: 'Kafka', col: 2, row: 0, kind: 'kafka' },
    { id: 'fl', label: 'Flink', col: 4, row: 0, kind: 'flink' },
    { id: 'fs', label: 'Feature store', col: 6, row: 0, kind: 'feature_store' },
    { id: 'ledger', label: 'Ledger DB', col: 0, row: 2, kind: 'oltp_database' },
    { id: 'cdc', label: 'CDC', col: 2, row: 2, kind: 'cdc' },
    { id: 's3', label: 'S3 lake', col: 4, row: 2, kind: 'object_store' },
    { id: 'wh', label: 'Warehouse', col: 6, row: 2, kind: 'warehouse' },
    { id: 'bi', label: 'Dashboards', col: 6, row: 3, kind: 'bi_dashboard' },
    { id: 'af', label: 'Airflow', col: 4, row: 3, kind: 'airflow' },
  ],
  arrows: [],
  notes: [
    { text: '--> feeds -->', col: 1, row: 0 },
    { text: '--> feeds -->', col: 3, row: 0 },
    { text: '--> writes -->', col: 5, row: 0 },
    { text: '-->', col: 1, row: 2 },
    { text: '-->', col: 3, row: 2 },
    { text: '-->', col: 5, row: 2 },
    { text: '(everything flows left to right)', col: 2, row: 3 },
  ],
};
