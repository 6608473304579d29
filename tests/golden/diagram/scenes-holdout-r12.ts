import type { SceneSpec } from './draw-lib';

// Holdout scenes for round 12, drawn and graded blind (before any engine read them). Drawn the way people
// draw on a whiteboard: plain labels and abbreviations, frames, some connectors without heads, some labels as
// free text over or near a shape rather than bound to it.

/** E-commerce, whiteboard: streaming and batch frames, Debezium and clicks into Kafka, stock in Redis, S3, dbt, Snowflake. */
export const ecomR12StrongWhiteboard: SceneSpec = {
  groups: [
    { id: 'rt', title: 'real time (sale days)', style: 'frame', col: 2, row: 0, cols: 4, rows: 2 },
    { id: 'nightly', title: 'nightly', style: 'frame', col: 2, row: 3, cols: 4, rows: 2 },
  ],
  boxes: [
    { id: 'clicks', label: 'web/app clicks', col: 0, row: 0 },
    { id: 'pg', label: 'PG\n(orders, stock)', col: 0, row: 1 },
    { id: 'dbz', label: 'Debezium', col: 1, row: 1 },
    { id: 'sftp', label: 'partner CSVs\n(SFTP)', col: 0, row: 4 },
    { id: 'k', label: 'Kafka', col: 2, row: 0, frame: 'rt' },
    { id: 'ss', label: 'Spark SS\nstock per SKU', col: 3, row: 0, frame: 'rt' },
    { id: 'redis', label: 'Redis', col: 4, row: 0, frame: 'rt' },
    { id: 'ops', label: 'ops board', col: 5, row: 0, frame: 'rt' },
    { id: 'dlq', label: 'DLQ', col: 3, row: 1, frame: 'rt' },
    { id: 's3', label: 'S3 raw (Delta)', col: 2, row: 3, frame: 'nightly' },
    { id: 'spark', label: 'Spark batch', col: 3, row: 3, frame: 'nightly' },
    { id: 'dbt', label: 'dbt', col: 3, row: 4, frame: 'nightly' },
    { id: 'snow', label: 'Snowflake', col: 4, row: 3, frame: 'nightly' },
    { id: 'looker', label: 'Looker\nsales by 6am', col: 5, row: 3, frame: 'nightly' },
    { id: 'af', label: 'Airflow', col: 4, row: 5 },
    { id: 'dd', label: 'Datadog\nlag/fail alerts', col: 6, row: 1 },
  ],
  arrows: [
    { from: 'clicks', to: 'k' },
    { from: 'pg', to: 'dbz' },
    { from: 'dbz', to: 'k' },
    { from: 'k', to: 'ss' },
    { from: 'ss', to: 'redis', label: '<5 min' },
    { from: 'redis', to: 'ops' },
    { from: 'ss', to: 'dlq', dashed: true },
    { from: 'k', to: 's3', via: [[1.5, 2], [1.5, 3]] },
    { from: 'sftp', to: 's3' },
    { from: 's3', to: 'spark' },
    { from: 'spark', to: 'snow' },
    { from: 'dbt', to: 'snow', heads: 'none' },
    { from: 'snow', to: 'looker' },
    { from: 'af', to: 'spark', heads: 'none', dashed: true, via: [[3, 5]] },
    { from: 'af', to: 'dbt', heads: 'none', dashed: true },
    { from: 'dd', to: 'ss', line: true, dashed: true },
  ],
};

/** E-commerce, mediocre: clicks streamed to the lake, but the shop DB is dumped nightly and stock is only in the nightly warehouse. */
export const ecomR12MediocreNightlyStock: SceneSpec = {
  boxes: [
    { id: 'clicks', label: 'Clickstream', col: 0, row: 0 },
    { id: 'k', label: 'Kafka', col: 1, row: 0 },
    { id: 'ss', label: 'Spark Streaming', col: 2, row: 0 },
    { id: 'pg', label: 'Postgres', col: 0, row: 2 },
    { id: 'dump', label: 'nightly pg_dump', col: 1, row: 2 },
    { id: 's3', label: 'S3', col: 3, row: 1 },
    { id: 'spark', label: 'Spark job', col: 4, row: 1 },
    { id: 'snow', label: 'Snowflake\n(sales + stock)', col: 5, row: 1 },
    { id: 'tab', label: 'Tableau', col: 6, row: 1 },
    { id: 'af', label: 'Airflow', col: 4, row: 3 },
  ],
  arrows: [
    { from: 'clicks', to: 'k' },
    { from: 'k', to: 'ss' },
    { from: 'ss', to: 's3' },
    { from: 'pg', to: 'dump' },
    { from: 'dump', to: 's3' },
    { from: 's3', to: 'spark' },
    { from: 'spark', to: 'snow' },
    { from: 'snow', to: 'tab' },
    { from: 'af', to: 'spark', dashed: true },
  ],
};

/** E-commerce, gamed: sources into a frame named 'Data platform' holding every tool unconnected, one arrow out to BI. */
export const ecomR12GamedBlackBox: SceneSpec = {
  groups: [{ id: 'plat', title: 'Data platform', style: 'frame', col: 1, row: 0, cols: 4, rows: 3 }],
  boxes: [
    { id: 'pg', label: 'Postgres', col: 0, row: 0 },
    { id: 'clicks', label: 'Clickstream', col: 0, row: 1 },
    { id: 'csv', label: 'Partner CSVs', col: 0, row: 2 },
    { id: 'k', label: 'Kafka', col: 1, row: 0, frame: 'plat' },
    { id: 'dbz', label: 'Debezium', col: 2, row: 0, frame: 'plat' },
    { id: 'flink', label: 'Flink', col: 3, row: 0, frame: 'plat' },
    { id: 'redis', label: 'Redis', col: 4, row: 0, frame: 'plat' },
    { id: 's3', label: 'S3 / Delta', col: 1, row: 1, frame: 'plat' },
    { id: 'spark', label: 'Spark', col: 2, row: 1, frame: 'plat' },
    { id: 'dbt', label: 'dbt', col: 3, row: 1, frame: 'plat' },
    { id: 'snow', label: 'Snowflake', col: 4, row: 1, frame: 'plat' },
    { id: 'af', label: 'Airflow', col: 1, row: 2, frame: 'plat' },
    { id: 'mon', label: 'Monitoring', col: 2, row: 2, frame: 'plat' },
    { id: 'dlq', label: 'DLQ', col: 3, row: 2, frame: 'plat' },
    { id: 'bi', label: 'Dashboards', col: 6, row: 1 },
  ],
  arrows: [
    { from: 'pg', to: 'plat' },
    { from: 'clicks', to: 'plat' },
    { from: 'csv', to: 'plat' },
    { from: 'plat', to: 'bi' },
  ],
};

/** Card payments, plain labels: switch posts to the ledger and calls scoring; Kafka, Flink features, CDC, recon batch. */
export const cardR12StrongPlain: SceneSpec = {
  boxes: [
    { id: 'sw', label: 'Auth switch', col: 0, row: 1 },
    { id: 'ledger', label: 'Ledger DB\n(Postgres, double entry)', col: 0, row: 3 },
    { id: 'cdc', label: 'CDC (Debezium)', col: 1, row: 3 },
    { id: 'k', label: 'Kafka\n(auths, postings)', col: 2, row: 2 },
    { id: 'flink', label: 'Flink\nvelocity features', col: 3, row: 1 },
    { id: 'fs', label: 'Feature store\n(Redis)', col: 2, row: 0 },
    { id: 'score', label: 'Scoring API', col: 1, row: 0 },
    { id: 'alerts', label: 'Fraud alert queue\n(analysts)', col: 4, row: 0 },
    { id: 'dlq', label: 'DLQ', col: 4, row: 1 },
    { id: 'files', label: 'Visa/MC clearing files', col: 2, row: 5 },
    { id: 's3', label: 'S3 records\n(7 yrs)', col: 3, row: 3 },
    { id: 'recon', label: 'Spark recon', col: 3, row: 4 },
    { id: 'wh', label: 'Warehouse', col: 4, row: 3 },
    { id: 'bi', label: 'Finance + compliance\nreports', col: 5, row: 3 },
    { id: 'af', label: 'Airflow', col: 4, row: 5 },
    { id: 'mon', label: 'Monitoring / paging', col: 5, row: 1 },
  ],
  arrows: [
    { from: 'sw', to: 'score', heads: 'both', label: '100 ms' },
    { from: 'score', to: 'fs' },
    { from: 'sw', to: 'ledger', label: 'hold' },
    { from: 'sw', to: 'k', via: [[1, 2]] },
    { from: 'ledger', to: 'cdc' },
    { from: 'cdc', to: 'k' },
    { from: 'k', to: 'flink' },
    { from: 'flink', to: 'fs' },
    { from: 'flink', to: 'alerts' },
    { from: 'flink', to: 'dlq', dashed: true },
    { from: 'k', to: 's3' },
    { from: 's3', to: 'recon' },
    { from: 'files', to: 'recon' },
    { from: 'recon', to: 'wh' },
    { from: 'wh', to: 'bi' },
    { from: 'af', to: 'recon', heads: 'none', dashed: true },
    { from: 'mon', to: 'flink', line: true, dashed: true },
  ],
  notes: [{ text: 'score timeout -> static rules', col: 0, row: 0 }],
};

/** Card payments, mediocre: the fraud path is right, but no CDC from the ledger, no clearing files, no scheduling or error handling. */
export const cardR12MediocreFraudPathOnly: SceneSpec = {
  boxes: [
    { id: 'sw', label: 'Switch', col: 0, row: 0 },
    { id: 'k', label: 'Kafka', col: 1, row: 0 },
    { id: 'flink', label: 'Flink', col: 2, row: 0 },
    { id: 'redis', label: 'Redis features', col: 3, row: 0 },
    { id: 'api', label: 'Fraud API', col: 3, row: 1 },
    { id: 'ledger', label: 'Ledger (Postgres)', col: 0, row: 2 },
    { id: 's3', label: 'S3', col: 2, row: 2 },
    { id: 'wh', label: 'Redshift', col: 3, row: 2 },
    { id: 'bi', label: 'Finance dashboards', col: 4, row: 2 },
  ],
  arrows: [
    { from: 'sw', to: 'k' },
    { from: 'k', to: 'flink' },
    { from: 'flink', to: 'redis' },
    { from: 'redis', to: 'api' },
    { from: 'api', to: 'sw', via: [[1, 1]] },
    { from: 'sw', to: 'ledger' },
    { from: 'k', to: 's3' },
    { from: 's3', to: 'wh' },
    { from: 'wh', to: 'bi' },
  ],
};

/** Card payments, gamed: scoring reads a warehouse filled by a nightly job, labelled 'real time'; Kafka and Flink drawn off to the side. */
export const cardR12GamedNightlyLabelledRealtime: SceneSpec = {
  boxes: [
    { id: 'sw', label: 'Authorisation switch', col: 0, row: 0 },
    { id: 'ledger', label: 'Ledger DB', col: 1, row: 0 },
    { id: 'batch', label: 'Spark job\n(real-time features)', col: 2, row: 0 },
    { id: 'wh', label: 'Snowflake\nfeature store', col: 3, row: 0 },
    { id: 'score', label: 'Real-time scoring\n< 100 ms', col: 3, row: 1 },
    { id: 'k', label: 'Kafka', col: 0, row: 3 },
    { id: 'flink', label: 'Flink', col: 1, row: 3 },
    { id: 'redis', label: 'Redis', col: 2, row: 3 },
    { id: 'bi', label: 'BI', col: 4, row: 0 },
  ],
  arrows: [
    { from: 'sw', to: 'ledger' },
    { from: 'ledger', to: 'batch', label: '00:00 daily' },
    { from: 'batch', to: 'wh' },
    { from: 'wh', to: 'score' },
    { from: 'score', to: 'sw', via: [[0, 1]] },
    { from: 'wh', to: 'bi' },
  ],
};

/** Healthcare, strong: Rhapsody copy into a listener that ACKs after Kafka, census in Flink, raw HL7 kept, batch quality marts, audit. */
export const healthR12StrongLiveAndBatch: SceneSpec = {
  groups: [
    { id: 'live', title: 'live census', style: 'dashed', col: 1, row: 0, cols: 4, rows: 1 },
    { id: 'hist', title: 'history + quality', style: 'dashed', col: 1, row: 2, cols: 5, rows: 3 },
  ],
  boxes: [
    { id: 'rh', label: 'Rhapsody\n(HL7 v2 copy)', col: 0, row: 0 },
    { id: 'mllp', label: 'MLLP listener\nACK after write', col: 1, row: 0 },
    { id: 'k', label: 'Kafka\nkey = patient', col: 2, row: 0 },
    { id: 'flink', label: 'Flink census\n(event time)', col: 3, row: 0 },
    { id: 'state', label: 'census DB', col: 4, row: 0 },
    { id: 'board', label: 'bed board', col: 5, row: 0 },
    { id: 'fhir', label: 'FHIR bulk export', col: 0, row: 2 },
    { id: 'claims', label: 'claims CSV', col: 0, row: 3 },
    { id: 'audit', label: 'EHR access logs', col: 0, row: 4 },
    { id: 'raw', label: 'S3 raw HL7\n(immutable, 7 y)', col: 2, row: 2 },
    { id: 'spark', label: 'Spark: MERGE,\nEMPI keys', col: 3, row: 2 },
    { id: 'delta', label: 'Delta silver/gold', col: 4, row: 2 },
    { id: 'wh', label: 'Snowflake marts', col: 5, row: 2 },
    { id: 'pbi', label: 'quality dashboards\n(07:00)', col: 6, row: 2 },
    { id: 'auditstore', label: 'audit log store\n(object lock)', col: 2, row: 4 },
    { id: 'priv', label: 'privacy office reports', col: 4, row: 4 },
    { id: 'af', label: 'Airflow', col: 3, row: 3 },
    { id: 'dlq', label: 'bad msgs topic', col: 3, row: 1 },
    { id: 'mon', label: 'alerting (lag, ACK errors)', col: 6, row: 0 },
  ],
  arrows: [
    { from: 'rh', to: 'mllp' },
    { from: 'mllp', to: 'k' },
    { from: 'k', to: 'flink' },
    { from: 'flink', to: 'state', label: '< 2 min' },
    { from: 'state', to: 'board' },
    { from: 'flink', to: 'dlq', dashed: true },
    { from: 'k', to: 'raw' },
    { from: 'fhir', to: 'raw' },
    { from: 'claims', to: 'raw' },
    { from: 'raw', to: 'spark' },
    { from: 'spark', to: 'delta' },
    { from: 'delta', to: 'wh' },
    { from: 'wh', to: 'pbi' },
    { from: 'audit', to: 'auditstore' },
    { from: 'auditstore', to: 'priv' },
    { from: 'af', to: 'spark', heads: 'none', dashed: true },
    { from: 'mon', to: 'flink', line: true, dashed: true },
  ],
};

/** Healthcare, mediocre: the live census is streamed, but the stream job writes quality figures straight to the warehouse; no raw copy, no FHIR, claims or audit. */
export const healthR12MediocreNoRaw: SceneSpec = {
  boxes: [
    { id: 'ie', label: 'Interface engine', col: 0, row: 0 },
    { id: 'k', label: 'Kafka', col: 1, row: 0 },
    { id: 'ss', label: 'Spark Streaming', col: 2, row: 0 },
    { id: 'pg', label: 'Postgres census', col: 3, row: 0 },
    { id: 'board', label: 'Bed dashboard', col: 4, row: 0 },
    { id: 'wh', label: 'Warehouse', col: 3, row: 1 },
    { id: 'bi', label: 'Quality reports', col: 4, row: 1 },
  ],
  arrows: [
    { from: 'ie', to: 'k' },
    { from: 'k', to: 'ss' },
    { from: 'ss', to: 'pg' },
    { from: 'pg', to: 'board' },
    { from: 'ss', to: 'wh' },
    { from: 'wh', to: 'bi' },
  ],
};

/** Healthcare on Azure: Event Hubs (Kafka API), Databricks streaming census to Cosmos DB, ADLS bronze, Synapse, ADF, Azure Monitor. */
export const healthR12UnusualAzure: SceneSpec = {
  boxes: [
    { id: 'rh', label: 'Rhapsody', col: 0, row: 0 },
    { id: 'lst', label: 'HL7 listener (AKS)\nACK once stored', col: 1, row: 0 },
    { id: 'eh', label: 'Event Hubs\n(Kafka API)', col: 2, row: 0 },
    { id: 'dbs', label: 'Databricks\nstreaming census', col: 3, row: 0 },
    { id: 'cosmos', label: 'Cosmos DB', col: 4, row: 0 },
    { id: 'app', label: 'Bed mgmt app', col: 5, row: 0 },
    { id: 'fhir', label: 'FHIR $export', col: 0, row: 2 },
    { id: 'sftp', label: 'Claims (SFTP)', col: 0, row: 3 },
    { id: 'adls', label: 'ADLS Gen2 bronze\n(immutable raw)', col: 2, row: 2 },
    { id: 'dbb', label: 'Databricks jobs\n(silver/gold)', col: 3, row: 2 },
    { id: 'syn', label: 'Synapse', col: 4, row: 2 },
    { id: 'pbi', label: 'Power BI\nquality', col: 5, row: 2 },
    { id: 'adf', label: 'Data Factory\n(schedules)', col: 3, row: 3 },
    { id: 'mon', label: 'Azure Monitor alerts', col: 5, row: 1 },
    { id: 'dlq', label: 'dead-letter container', col: 4, row: 1 },
  ],
  arrows: [
    { from: 'rh', to: 'lst' },
    { from: 'lst', to: 'eh' },
    { from: 'eh', to: 'dbs' },
    { from: 'dbs', to: 'cosmos' },
    { from: 'cosmos', to: 'app' },
    { from: 'dbs', to: 'dlq', dashed: true },
    { from: 'eh', to: 'adls', label: 'capture' },
    { from: 'fhir', to: 'adls' },
    { from: 'sftp', to: 'adls' },
    { from: 'adls', to: 'dbb' },
    { from: 'dbb', to: 'syn' },
    { from: 'syn', to: 'pbi' },
    { from: 'adf', to: 'dbb', heads: 'none' },
    { from: 'mon', to: 'dbs', line: true, dashed: true },
  ],
};

/** IoT, mediocre: gateways into Kafka and straight into a time-series DB; alerts are Grafana rules polling it every minute; no lake, no MES, no batch. */
export const iotR12MediocreGrafanaAlerts: SceneSpec = {
  boxes: [
    { id: 'gw', label: 'Edge gateways\n(MQTT)', col: 0, row: 0 },
    { id: 'k', label: 'Kafka', col: 1, row: 0 },
    { id: 'conn', label: 'Kafka Connect', col: 2, row: 0 },
    { id: 'ts', label: 'TimescaleDB', col: 3, row: 0 },
    { id: 'graf', label: 'Grafana', col: 4, row: 0 },
    { id: 'alert', label: 'alert rules (1 min)', col: 4, row: 1, freeText: true },
    { id: 'tech', label: 'Technicians', col: 5, row: 1 },
  ],
  arrows: [
    { from: 'gw', to: 'k' },
    { from: 'k', to: 'conn' },
    { from: 'conn', to: 'ts' },
    { from: 'ts', to: 'graf' },
    { from: 'graf', to: 'alert', heads: 'none' },
    { from: 'alert', to: 'tech' },
  ],
};

/** IoT, gamed: an e-commerce diagram pasted in (shop Postgres, clickstream, Debezium, stock, sales dashboards). */
export const iotR12GamedEcomPasted: SceneSpec = {
  boxes: [
    { id: 'pg', label: 'Shop Postgres', col: 0, row: 1 },
    { id: 'clicks', label: 'Clickstream', col: 0, row: 0 },
    { id: 'dbz', label: 'Debezium', col: 1, row: 1 },
    { id: 'k', label: 'Kafka', col: 2, row: 0 },
    { id: 'flink', label: 'Flink stock', col: 3, row: 0 },
    { id: 'redis', label: 'Redis stock', col: 4, row: 0 },
    { id: 's3', label: 'S3 lake', col: 3, row: 1 },
    { id: 'dbt', label: 'dbt', col: 4, row: 1 },
    { id: 'wh', label: 'Snowflake sales', col: 5, row: 1 },
    { id: 'bi', label: 'Sales dashboard', col: 6, row: 1 },
    { id: 'af', label: 'Airflow', col: 4, row: 2 },
  ],
  arrows: [
    { from: 'clicks', to: 'k' },
    { from: 'pg', to: 'dbz' },
    { from: 'dbz', to: 'k' },
    { from: 'k', to: 'flink' },
    { from: 'flink', to: 'redis' },
    { from: 'k', to: 's3' },
    { from: 's3', to: 'dbt' },
    { from: 'dbt', to: 'wh' },
    { from: 'wh', to: 'bi' },
    { from: 'af', to: 'dbt', dashed: true },
  ],
};

/** IoT with other tools: MQTT bridge to Redpanda, Flink alerts, QuestDB for recent data, Iceberg tiers, Dagster, Superset. */
export const iotR12UnusualRedpandaDagster: SceneSpec = {
  boxes: [
    { id: 'plc', label: 'PLCs -> edge gw', col: 0, row: 0 },
    { id: 'mqtt', label: 'MQTT bridge', col: 1, row: 0 },
    { id: 'rp', label: 'Redpanda\n(key: machine)', col: 2, row: 0 },
    { id: 'flink', label: 'Flink anomaly job', col: 3, row: 0 },
    { id: 'push', label: 'alerts -> phones\n(<10 s)', col: 4, row: 0 },
    { id: 'quest', label: 'QuestDB\n(30 d raw, live view)', col: 3, row: 1 },
    { id: 'graf', label: 'Grafana live', col: 4, row: 1 },
    { id: 'ice', label: 'Iceberg on S3\n(raw + 1 min + 1 h)', col: 3, row: 2 },
    { id: 'mes', label: 'MES (SQL Server)', col: 1, row: 3 },
    { id: 'trino', label: 'Trino rollups + OEE', col: 4, row: 2 },
    { id: 'sup', label: 'Superset OEE', col: 5, row: 2 },
    { id: 'dag', label: 'Dagster', col: 4, row: 3 },
    { id: 'prom', label: 'Prometheus\nheartbeat alerts', col: 5, row: 0 },
    { id: 'bad', label: 'bad readings topic', col: 2, row: 1 },
  ],
  arrows: [
    { from: 'plc', to: 'mqtt' },
    { from: 'mqtt', to: 'rp' },
    { from: 'rp', to: 'flink' },
    { from: 'flink', to: 'push' },
    { from: 'rp', to: 'quest', via: [[2.5, 1]] },
    { from: 'quest', to: 'graf' },
    { from: 'rp', to: 'ice', via: [[2, 2]] },
    { from: 'mes', to: 'ice', via: [[2, 3]] },
    { from: 'ice', to: 'trino' },
    { from: 'trino', to: 'sup' },
    { from: 'flink', to: 'bad', dashed: true },
    { from: 'dag', to: 'trino', heads: 'none', dashed: true },
    { from: 'prom', to: 'flink', line: true, dashed: true },
  ],
};

/** Ride-hailing, abbreviations: apps via gw into Kafka, Flink surge on H3 into Redis geo, surge svc for pricing, CDC trips, lake and nightly. */
export const rideR12StrongAbbrev: SceneSpec = {
  boxes: [
    { id: 'apps', label: 'drv/rider apps', col: 0, row: 0 },
    { id: 'gw', label: 'API gw', col: 1, row: 0 },
    { id: 'k', label: 'Kafka\npings by drv_id, reqs', col: 2, row: 0 },
    { id: 'fl', label: 'Flink surge\nH3, 30 s', col: 3, row: 0 },
    { id: 'redis', label: 'Redis geo\n(TTL)', col: 4, row: 0 },
    { id: 'svc', label: 'surge svc\n(fallback static)', col: 5, row: 0 },
    { id: 'price', label: 'pricing', col: 6, row: 0 },
    { id: 'map', label: 'ops map', col: 5, row: 1 },
    { id: 'dlq', label: 'DLQ', col: 3, row: 1 },
    { id: 'pg', label: 'trips PG', col: 0, row: 2 },
    { id: 'cdc', label: 'Debezium', col: 1, row: 2 },
    { id: 'lake', label: 'S3 lake\npings 90 d', col: 3, row: 2 },
    { id: 'settle', label: 'settlement CSV', col: 3, row: 3 },
    { id: 'nb', label: 'Spark + dbt\nnightly', col: 4, row: 2 },
    { id: 'wh', label: 'Snowflake', col: 5, row: 2 },
    { id: 'dash', label: 'city dash 07:00', col: 6, row: 2 },
    { id: 'af', label: 'Airflow', col: 4, row: 3 },
    { id: 'mon', label: 'PagerDuty\n(lag, job down)', col: 6, row: 1 },
  ],
  arrows: [
    { from: 'apps', to: 'gw' },
    { from: 'gw', to: 'k' },
    { from: 'k', to: 'fl' },
    { from: 'fl', to: 'redis' },
    { from: 'redis', to: 'svc' },
    { from: 'svc', to: 'price', heads: 'none' },
    { from: 'redis', to: 'map' },
    { from: 'fl', to: 'dlq', dashed: true },
    { from: 'pg', to: 'cdc' },
    { from: 'cdc', to: 'k' },
    { from: 'k', to: 'lake', via: [[2, 2]] },
    { from: 'lake', to: 'nb' },
    { from: 'settle', to: 'nb' },
    { from: 'nb', to: 'wh' },
    { from: 'wh', to: 'dash' },
    { from: 'af', to: 'nb', heads: 'none', dashed: true },
    { from: 'mon', to: 'fl', line: true, dashed: true, via: [[3.5, 1.5]] },
  ],
};

/** Ride-hailing, mediocre: the surge path is right, but trips are a nightly dump, no gateway, no orchestration or error handling. */
export const rideR12MediocreNightlyTrips: SceneSpec = {
  boxes: [
    { id: 'apps', label: 'Driver app', col: 0, row: 0 },
    { id: 'k', label: 'Kafka', col: 1, row: 0 },
    { id: 'ss', label: 'Spark Streaming surge', col: 2, row: 0 },
    { id: 'redis', label: 'Redis', col: 3, row: 0 },
    { id: 'price', label: 'Pricing service', col: 4, row: 0 },
    { id: 'pg', label: 'Trips Postgres', col: 0, row: 2 },
    { id: 's3', label: 'S3', col: 2, row: 2 },
    { id: 'spark', label: 'Spark', col: 3, row: 2 },
    { id: 'wh', label: 'BigQuery', col: 4, row: 2 },
    { id: 'dash', label: 'Looker', col: 5, row: 2 },
  ],
  arrows: [
    { from: 'apps', to: 'k' },
    { from: 'k', to: 'ss' },
    { from: 'ss', to: 'redis' },
    { from: 'redis', to: 'price' },
    { from: 'pg', to: 's3', label: 'nightly dump' },
    { from: 'k', to: 's3' },
    { from: 's3', to: 'spark' },
    { from: 'spark', to: 'wh' },
    { from: 'wh', to: 'dash' },
  ],
};
