import type { ArrowSpec, BoxSpec, SceneSpec } from './draw-lib';

// Holdout scenes for round 5, drawn and graded blind (before any engine read them).

/** E-commerce on Azure: Debezium into Event Hubs, Databricks streaming, Delta on ADLS, Synapse, Power BI. */
export const ecomR5UnusualAzure: SceneSpec = {
  boxes: [
    { id: 'pg', label: 'Shop PostgreSQL\n(orders, payments, stock)', col: 0, row: 1, width: 210 },
    { id: 'dbz', label: 'Debezium connector\n(logical decoding)', col: 1, row: 1 },
    { id: 'apps', label: 'Web + mobile apps\n(tracking events)', col: 1, row: 0 },
    { id: 'eh', label: 'Azure Event Hubs\n(Kafka endpoint)', col: 2, row: 1 },
    { id: 'sr', label: 'Event Hubs\nSchema Registry', col: 2, row: 0 },
    { id: 'dbs', label: 'Databricks Structured\nStreaming', col: 3, row: 1 },
    { id: 'dlq', label: 'Dead-letter topic', col: 3, row: 0 },
    { id: 'cosmos', label: 'Cosmos DB\n(live stock per SKU)', col: 4, row: 0 },
    { id: 'adls', label: 'ADLS Gen2 Delta\nbronze / silver / gold', col: 4, row: 2 },
    { id: 'sftp', label: 'Partner SFTP\n(nightly CSV)', col: 0, row: 3 },
    { id: 'adf', label: 'Azure Data Factory\n(copy + schedules)', col: 1, row: 3 },
    { id: 'batch', label: 'Databricks jobs\n(daily sales, MERGE)', col: 5, row: 2 },
    { id: 'syn', label: 'Synapse SQL\n(gold marts)', col: 6, row: 2 },
    { id: 'pbi', label: 'Power BI\n(sales + stock)', col: 7, row: 1 },
    { id: 'mon', label: 'Azure Monitor\nalerts to on-call', col: 6, row: 3 },
  ],
  arrows: [
    { from: 'pg', to: 'dbz', label: 'WAL' },
    { from: 'dbz', to: 'eh' },
    { from: 'apps', to: 'eh' },
    { from: 'eh', to: 'dbs' },
    { from: 'dbs', to: 'dlq' },
    { from: 'dbs', to: 'cosmos' },
    { from: 'dbs', to: 'adls' },
    { from: 'sftp', to: 'adf' },
    { from: 'adf', to: 'adls', via: [[3.5, 3]] },
    { from: 'adls', to: 'batch' },
    { from: 'batch', to: 'syn' },
    { from: 'syn', to: 'pbi' },
    { from: 'cosmos', to: 'pbi', via: [[6.5, 0.5]] },
    { from: 'adf', to: 'batch', dashed: true, label: 'triggers', via: [[1, 4], [5, 4]] },
    { from: 'sr', to: 'eh', dashed: true, heads: 'none' },
    { from: 'dbs', to: 'mon', dashed: true, via: [[3.5, 3.5], [5.5, 3.5]] },
  ],
};

/** E-commerce, gamed: every palette box relabelled as an office object, wired like a real pipeline. */
export const ecomR5GamedOffice: SceneSpec = {
  boxes: [
    { id: 'a', label: 'Team Slack channel', col: 0, row: 1, kind: 'oltp_database' },
    { id: 'b', label: 'Weekly sync meeting', col: 1, row: 1, kind: 'cdc' },
    { id: 'c', label: 'Coffee machine', col: 2, row: 1, kind: 'kafka' },
    { id: 'd', label: 'Daily standup', col: 3, row: 1, kind: 'spark_streaming' },
    { id: 'e', label: 'Shared Google Drive', col: 4, row: 1, kind: 'object_store' },
    { id: 'f', label: 'Quarterly planning', col: 4, row: 2, kind: 'spark_batch' },
    { id: 'g', label: 'Finance spreadsheet', col: 5, row: 2, kind: 'warehouse' },
    { id: 'h', label: 'Office wall calendar', col: 6, row: 2, kind: 'bi_dashboard' },
    { id: 'i', label: 'On-call rota', col: 3, row: 3, kind: 'airflow' },
    { id: 'j', label: 'My manager', col: 5, row: 0, kind: 'monitoring' },
    { id: 'k', label: 'Lost and found box', col: 3, row: 0, kind: 'dead_letter_queue' },
    { id: 'l', label: 'Website visitors', col: 1, row: 0, kind: 'clickstream' },
  ],
  arrows: [
    { from: 'a', to: 'b' },
    { from: 'b', to: 'c' },
    { from: 'l', to: 'c' },
    { from: 'c', to: 'd' },
    { from: 'd', to: 'e' },
    { from: 'd', to: 'k' },
    { from: 'e', to: 'f' },
    { from: 'f', to: 'g' },
    { from: 'g', to: 'h' },
    { from: 'i', to: 'f', dashed: true },
    { from: 'd', to: 'j', dashed: true },
  ],
};

/** Ride-hailing on AWS with Kinesis, Managed Flink, DynamoDB, Iceberg on S3, Snowflake and Dagster. */
export const rideR5UnusualKinesis: SceneSpec = {
  boxes: [
    { id: 'drv', label: 'Driver app\n(GPS every 4 s)', col: 0, row: 0 },
    { id: 'rdr', label: 'Rider app\n(requests, quotes)', col: 0, row: 1 },
    { id: 'gw', label: 'API Gateway +\ningest service', col: 1, row: 0 },
    { id: 'kin', label: 'Kinesis Data Streams\n(pings, requests, trips)', col: 2, row: 1, width: 220 },
    { id: 'glue', label: 'Glue Schema Registry', col: 2, row: 0 },
    { id: 'flink', label: 'Managed Flink\n(supply/demand per H3)', col: 3, row: 1 },
    { id: 'dlq', label: 'Bad-record stream\n(DLQ)', col: 3, row: 0 },
    { id: 'ddb', label: 'DynamoDB\n(positions TTL, surge)', col: 4, row: 1 },
    { id: 'price', label: 'Surge API for pricing', col: 5, row: 0 },
    { id: 'map', label: 'Ops live map', col: 5, row: 1 },
    { id: 'trip', label: 'Trip PostgreSQL', col: 0, row: 3 },
    { id: 'dms', label: 'AWS DMS\n(change capture)', col: 1, row: 3 },
    { id: 'fh', label: 'Firehose to S3\nIceberg raw', col: 3, row: 3 },
    { id: 'sett', label: 'Settlement CSV\n(daily)', col: 2, row: 4 },
    { id: 'emr', label: 'EMR Spark\n(daily trips, earnings)', col: 4, row: 3 },
    { id: 'snow', label: 'Snowflake marts', col: 5, row: 3 },
    { id: 'tab', label: 'Tableau: trips,\nfares, earnings', col: 6, row: 3 },
    { id: 'dag', label: 'Dagster', col: 4, row: 4 },
    { id: 'cw', label: 'CloudWatch alarms\n+ PagerDuty', col: 4, row: 0 },
  ],
  arrows: [
    { from: 'drv', to: 'gw' },
    { from: 'rdr', to: 'gw' },
    { from: 'gw', to: 'kin' },
    { from: 'glue', to: 'kin', dashed: true, heads: 'none' },
    { from: 'kin', to: 'flink' },
    { from: 'flink', to: 'dlq' },
    { from: 'flink', to: 'ddb' },
    { from: 'ddb', to: 'price' },
    { from: 'ddb', to: 'map' },
    { from: 'trip', to: 'dms' },
    { from: 'dms', to: 'kin' },
    { from: 'kin', to: 'fh' },
    { from: 'sett', to: 'fh' },
    { from: 'fh', to: 'emr' },
    { from: 'emr', to: 'snow' },
    { from: 'snow', to: 'tab' },
    { from: 'dag', to: 'emr', dashed: true },
    { from: 'flink', to: 'cw', dashed: true },
  ],
};

/** Ride-hailing, gamed: the right components in one forward chain whose order makes no sense. */
export const rideR5GamedWrongOrder: SceneSpec = {
  boxes: [
    { id: 'tab', label: 'Tableau dashboards', col: 0, row: 0 },
    { id: 'wh', label: 'Snowflake', col: 1, row: 0 },
    { id: 'redis', label: 'Redis (live surge)', col: 2, row: 0 },
    { id: 'drv', label: 'Driver app pings', col: 3, row: 0 },
    { id: 'spark', label: 'Spark batch', col: 4, row: 0 },
    { id: 'kafka', label: 'Kafka', col: 4, row: 1 },
    { id: 's3', label: 'S3 data lake', col: 3, row: 1 },
    { id: 'flink', label: 'Flink surge job', col: 2, row: 1 },
    { id: 'pg', label: 'Trip PostgreSQL', col: 1, row: 1 },
    { id: 'cdc', label: 'Debezium CDC', col: 0, row: 1 },
    { id: 'af', label: 'Airflow', col: 0, row: 2 },
    { id: 'api', label: 'Pricing API', col: 1, row: 2 },
  ],
  arrows: [
    { from: 'tab', to: 'wh' },
    { from: 'wh', to: 'redis' },
    { from: 'redis', to: 'drv' },
    { from: 'drv', to: 'spark' },
    { from: 'spark', to: 'kafka' },
    { from: 'kafka', to: 's3' },
    { from: 's3', to: 'flink' },
    { from: 'flink', to: 'pg' },
    { from: 'pg', to: 'cdc' },
    { from: 'cdc', to: 'af' },
    { from: 'af', to: 'api' },
  ],
};

/** Card payments, mediocre: the fraud loop is there, but finance dashboards read the ledger and there is no lake. */
export const cardR5MediocreNoLake: SceneSpec = {
  boxes: [
    { id: 'sw', label: 'Authorisation switch', col: 0, row: 1 },
    { id: 'k', label: 'Kafka (auth events)', col: 1, row: 1 },
    { id: 'fl', label: 'Flink velocity\nfeatures', col: 2, row: 1 },
    { id: 'rd', label: 'Redis features', col: 3, row: 1 },
    { id: 'api', label: 'Fraud scoring API', col: 3, row: 0 },
    { id: 'led', label: 'Ledger PostgreSQL', col: 0, row: 3 },
    { id: 'fin', label: 'Finance dashboards\n(Metabase)', col: 2, row: 3 },
  ],
  arrows: [
    { from: 'sw', to: 'k' },
    { from: 'k', to: 'fl' },
    { from: 'fl', to: 'rd' },
    { from: 'rd', to: 'api' },
    { from: 'api', to: 'sw', via: [[0, 0]] },
    { from: 'sw', to: 'led', label: 'post hold' },
    { from: 'led', to: 'fin', label: 'SQL queries' },
  ],
};

/** Card payments, strong: palette boxes labelled with what they are, every flow wired. */
export const cardR5StrongPalette: SceneSpec = {
  boxes: [
    { id: 'sw', label: 'Auth switch\n(ISO 8583)', col: 0, row: 1, kind: 'app_service' },
    { id: 'led', label: 'Ledger PostgreSQL\n(double-entry)', col: 0, row: 3, kind: 'oltp_database' },
    { id: 'cdc', label: 'Debezium CDC', col: 1, row: 3, kind: 'cdc' },
    { id: 'k', label: 'Kafka: auths\n+ postings', col: 2, row: 2, kind: 'kafka' },
    { id: 'sr', label: 'Schema registry', col: 2, row: 3, kind: 'schema_registry' },
    { id: 'fl', label: 'Flink velocity\nfeatures', col: 3, row: 1, kind: 'flink' },
    { id: 'fs', label: 'Online feature\nstore (Redis)', col: 4, row: 1, kind: 'feature_store' },
    { id: 'api', label: 'Fraud scoring API', col: 4, row: 0, kind: 'serving_api' },
    { id: 'al', label: 'Fraud alert queue', col: 5, row: 2, kind: 'app_service' },
    { id: 'dlq', label: 'DLQ', col: 3, row: 0, kind: 'dead_letter_queue' },
    { id: 'files', label: 'Visa/MC clearing\nfiles (SFTP)', col: 1, row: 5, kind: 'files' },
    { id: 's3', label: 'S3 raw, Object Lock\n7 yrs', col: 3, row: 4, kind: 'object_store' },
    { id: 'sp', label: 'Spark recon +\ntraining sets', col: 4, row: 4, kind: 'spark_batch' },
    { id: 'wh', label: 'Warehouse: recon,\ncompliance', col: 5, row: 4, kind: 'warehouse' },
    { id: 'bi', label: 'Finance dashboards', col: 6, row: 4, kind: 'bi_dashboard' },
    { id: 'af', label: 'Airflow', col: 4, row: 5, kind: 'airflow' },
    { id: 'mon', label: 'Monitoring +\non-call', col: 5, row: 0, kind: 'monitoring' },
  ],
  arrows: [
    { from: 'sw', to: 'led', label: 'post hold' },
    { from: 'sw', to: 'k', label: 'decisions' },
    { from: 'led', to: 'cdc' },
    { from: 'cdc', to: 'k' },
    { from: 'sr', to: 'k', dashed: true, heads: 'none' },
    { from: 'k', to: 'fl' },
    { from: 'fl', to: 'fs' },
    { from: 'fs', to: 'api' },
    { from: 'api', to: 'sw', via: [[3.5, -0.5], [0, -0.5]] },
    { from: 'fl', to: 'al' },
    { from: 'fl', to: 'dlq' },
    { from: 'k', to: 's3', label: 'sink' },
    { from: 'files', to: 's3' },
    { from: 's3', to: 'sp' },
    { from: 'sp', to: 'wh' },
    { from: 'wh', to: 'bi' },
    { from: 'af', to: 'sp', dashed: true },
    { from: 'fl', to: 'mon', dashed: true, via: [[3.5, 0.5], [4.5, 0.5]] },
  ],
};

/** Card payments, gamed: the modern stack drawn but struck out in its own labels; the real path is a CSV to Excel. */
export const cardR5GamedStruck: SceneSpec = {
  boxes: [
    { id: 'sw', label: 'Auth switch', col: 0, row: 1 },
    { id: 'pg', label: 'Balances table\n(updated in place)', col: 1, row: 1 },
    { id: 'csv', label: 'Nightly CSV export', col: 2, row: 1 },
    { id: 'xl', label: 'Finance Excel', col: 3, row: 1 },
    { id: 'k', label: 'Kafka (not needed)', col: 0, row: 3, kind: 'kafka' },
    { id: 'fl', label: 'Flink - dropped', col: 1, row: 3, kind: 'flink' },
    { id: 'fs', label: 'Feature store (later)', col: 2, row: 3, kind: 'feature_store' },
    { id: 's3', label: 'S3 Object Lock -\nout of scope', col: 3, row: 3, kind: 'object_store' },
    { id: 'wh', label: 'Warehouse (phase 3)', col: 4, row: 3, kind: 'warehouse' },
  ],
  arrows: [
    { from: 'sw', to: 'pg' },
    { from: 'pg', to: 'csv' },
    { from: 'csv', to: 'xl' },
    { from: 'k', to: 'fl', dashed: true },
    { from: 'fl', to: 'fs', dashed: true },
    { from: 'fs', to: 's3', dashed: true },
    { from: 's3', to: 'wh', dashed: true },
  ],
};

/** Healthcare, gamed: the right components sorted into Ingest / Process / Serve frames, with no arrows at all. */
export const healthR5GamedFramesNoArrows: SceneSpec = {
  groups: [
    { id: 'ing', title: 'Ingest', style: 'frame', col: 0, row: 1, cols: 1, rows: 3 },
    { id: 'proc', title: 'Process', style: 'frame', col: 2, row: 1, cols: 1, rows: 3 },
    { id: 'srv', title: 'Serve', style: 'frame', col: 4, row: 1, cols: 1, rows: 3 },
  ],
  boxes: [
    { id: 'rh', label: 'Rhapsody HL7 feed', col: 0, row: 1, frame: 'ing' },
    { id: 'k', label: 'Kafka (key: patient)', col: 0, row: 2, frame: 'ing' },
    { id: 'fh', label: 'FHIR bulk export', col: 0, row: 3, frame: 'ing' },
    { id: 'fl', label: 'Flink census', col: 2, row: 1, frame: 'proc' },
    { id: 'sp', label: 'Spark batch MERGE', col: 2, row: 2, frame: 'proc' },
    { id: 'dl', label: 'Delta silver', col: 2, row: 3, frame: 'proc' },
    { id: 'gold', label: 'Gold quality marts', col: 4, row: 1, frame: 'srv' },
    { id: 'pbi', label: 'Census dashboard', col: 4, row: 2, frame: 'srv' },
    { id: 'af', label: 'Airflow', col: 4, row: 3, frame: 'srv' },
    { id: 'mon', label: 'Monitoring', col: 1, row: 5 },
    { id: 'dlq', label: 'Dead letter queue', col: 3, row: 5 },
  ],
  arrows: [],
};

/** Healthcare, mediocre: the live census stream is right, but there is no raw archive, no correctable tables, no batch. */
export const healthR5MediocreNoLake: SceneSpec = {
  boxes: [
    { id: 'ehr', label: 'Epic / Cerner', col: 0, row: 1 },
    { id: 'rh', label: 'Rhapsody\n(MLLP copy)', col: 1, row: 1 },
    { id: 'k', label: 'Kafka ADT topic', col: 2, row: 1 },
    { id: 'fl', label: 'Flink census job', col: 3, row: 1 },
    { id: 'pg', label: 'Postgres census', col: 4, row: 1 },
    { id: 'gr', label: 'Grafana bed board', col: 5, row: 1 },
    { id: 'sf', label: 'Snowflake\n(quality tables)', col: 4, row: 2 },
    { id: 'tab', label: 'Quality dashboards', col: 5, row: 2 },
  ],
  arrows: [
    { from: 'ehr', to: 'rh' },
    { from: 'rh', to: 'k' },
    { from: 'k', to: 'fl' },
    { from: 'fl', to: 'pg' },
    { from: 'pg', to: 'gr' },
    { from: 'fl', to: 'sf' },
    { from: 'sf', to: 'tab' },
  ],
};

/** IoT, gamed: the right components, every one tied to every other with undirected lines. */
export const iotR5GamedLines: SceneSpec = (() => {
  const boxes: BoxSpec[] = [
    { id: 'gw', label: 'Edge gateways', col: 0, row: 1 },
    { id: 'k', label: 'Kafka', col: 2, row: 0 },
    { id: 'fl', label: 'Flink anomaly job', col: 4, row: 1 },
    { id: 'ts', label: 'TimescaleDB', col: 4, row: 3 },
    { id: 's3', label: 'S3 raw archive', col: 2, row: 4 },
    { id: 'gf', label: 'Grafana', col: 0, row: 3 },
    { id: 'af', label: 'Airflow', col: 2, row: 2 },
  ];
  const arrows: ArrowSpec[] = [];
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) arrows.push({ from: boxes[i]!.id, to: boxes[j]!.id, line: true });
  }
  return { boxes, arrows };
})();

/** IoT with MQTT, Kafka, Flink, ClickHouse and Iceberg: alerts within seconds, tiers by TTL. */
export const iotR5UnusualClickhouse: SceneSpec = {
  boxes: [
    { id: 'plc', label: 'PLCs (OPC UA)', col: 0, row: 1 },
    { id: 'gw', label: 'Edge gateway\n(1 h disk buffer)', col: 1, row: 1 },
    { id: 'mq', label: 'Plant MQTT broker', col: 2, row: 1 },
    { id: 'br', label: 'MQTT-Kafka bridge\n(TLS, per-device certs)', col: 3, row: 1, width: 210 },
    { id: 'k', label: 'Kafka telemetry\n(key: machine)', col: 4, row: 1 },
    { id: 'fl', label: 'Flink: event-time\nanomalies + 1-min rollups', col: 5, row: 1, width: 220 },
    { id: 'al', label: 'Alert service ->\ntechnician phones', col: 6, row: 0 },
    { id: 'dlq', label: 'Dead-letter topic', col: 5, row: 0 },
    { id: 'ch', label: 'ClickHouse\n(raw 30 d, rollups TTL)', col: 6, row: 2 },
    { id: 'gf', label: 'Grafana live view\n+ OEE', col: 7, row: 2 },
    { id: 'ice', label: 'S3 Iceberg raw\n(Kafka Connect)', col: 4, row: 3 },
    { id: 'mes', label: 'MES SQL Server', col: 2, row: 4 },
    { id: 'sp', label: 'Spark hourly OEE\n+ recompute late', col: 5, row: 4 },
    { id: 'af', label: 'Airflow', col: 5, row: 5 },
    { id: 'prom', label: 'Prometheus +\nAlertmanager', col: 7, row: 0 },
  ],
  arrows: [
    { from: 'plc', to: 'gw' },
    { from: 'gw', to: 'mq' },
    { from: 'mq', to: 'br' },
    { from: 'br', to: 'k' },
    { from: 'k', to: 'fl' },
    { from: 'fl', to: 'al' },
    { from: 'fl', to: 'dlq' },
    { from: 'fl', to: 'ch' },
    { from: 'ch', to: 'gf' },
    { from: 'k', to: 'ice' },
    { from: 'ice', to: 'sp' },
    { from: 'mes', to: 'sp', via: [[3.5, 4.5]] },
    { from: 'sp', to: 'ch' },
    { from: 'af', to: 'sp', dashed: true },
    { from: 'fl', to: 'prom', dashed: true, via: [[6.5, 0.5]] },
  ],
};

/** IoT, empty: one box that says TBD. */
export const iotR5EmptyTbd: SceneSpec = {
  boxes: [{ id: 'tbd', label: 'TBD', col: 2, row: 2 }],
};
