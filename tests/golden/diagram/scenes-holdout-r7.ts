import { withoutArrows } from './draw-lib';
import type { ArrowSpec, SceneSpec } from './draw-lib';

// Holdout scenes for round 7, drawn and graded blind (before any engine read them).

/** E-commerce on Redpanda, Flink, Iceberg, Snowflake + dbt and Dagster, plain rectangles. */
export const ecomR7UnusualRedpanda: SceneSpec = {
  boxes: [
    { id: 'apps', label: 'Web / app events\n(Segment)', col: 0, row: 0 },
    { id: 'pg', label: 'Shop Postgres', col: 0, row: 1 },
    { id: 'dbz', label: 'Debezium\n(Kafka Connect)', col: 1, row: 1 },
    { id: 'rp', label: 'Redpanda\n+ schema registry', col: 2, row: 1 },
    { id: 'flink', label: 'Flink jobs\n(stock, sessions)', col: 3, row: 1 },
    { id: 'dlq', label: 'DLQ topic', col: 3, row: 0 },
    { id: 'stock', label: 'Live stock\n(Redis)', col: 4, row: 0 },
    { id: 'ops', label: 'Ops sale board', col: 5, row: 0 },
    { id: 'ice', label: 'Iceberg on S3\n(raw + clean)', col: 4, row: 1 },
    { id: 'snow', label: 'Snowflake + dbt\n(sales marts)', col: 4, row: 2 },
    { id: 'bi', label: 'Sigma dashboards', col: 5, row: 2 },
    { id: 'dag', label: 'Dagster', col: 3, row: 2 },
    { id: 'sftp', label: 'Partner SFTP\n(nightly CSV)', col: 2, row: 3 },
    { id: 'load', label: 'Nightly file loader', col: 3, row: 3 },
    { id: 'mon', label: 'Datadog monitors\n+ on-call', col: 5, row: 3 },
  ],
  arrows: [
    { from: 'apps', to: 'rp' },
    { from: 'pg', to: 'dbz' },
    { from: 'dbz', to: 'rp' },
    { from: 'rp', to: 'flink' },
    { from: 'flink', to: 'dlq' },
    { from: 'flink', to: 'stock' },
    { from: 'stock', to: 'ops' },
    { from: 'flink', to: 'ice' },
    { from: 'ice', to: 'snow' },
    { from: 'sftp', to: 'load' },
    { from: 'load', to: 'ice' },
    { from: 'snow', to: 'bi' },
    { from: 'dag', to: 'snow', dashed: true },
    { from: 'dag', to: 'load', dashed: true },
    { from: 'flink', to: 'mon', dashed: true, via: [[5.5, 1.5]] },
  ],
};

/** E-commerce, gamed: one box labelled with every tool between the database and the dashboards. */
export const ecomR7GamedOneBox: SceneSpec = {
  boxes: [
    { id: 'pg', label: 'Postgres', col: 0, row: 1 },
    {
      id: 'all',
      label: 'Kafka / Debezium / Spark / Flink / S3 /\nDelta / Snowflake / dbt / Airflow /\nLooker / Prometheus / DLQ',
      col: 1,
      row: 1,
      width: 420,
    },
    { id: 'dash', label: 'Dashboards', col: 3, row: 1 },
  ],
  arrows: [
    { from: 'pg', to: 'all' },
    { from: 'all', to: 'dash' },
  ],
};

/** E-commerce, mediocre: a nightly batch from the read replica; no stream, no CDC, no error handling. */
export const ecomR7MediocreNightly: SceneSpec = {
  boxes: [
    { id: 'rep', label: 'Postgres read replica', col: 0, row: 1 },
    { id: 'sftp', label: 'Partner SFTP CSVs', col: 0, row: 2 },
    { id: 'spark', label: 'Nightly Spark job', col: 1, row: 1 },
    { id: 's3', label: 'S3 data lake', col: 2, row: 1 },
    { id: 'wh', label: 'Redshift', col: 3, row: 1 },
    { id: 'bi', label: 'Looker', col: 4, row: 1 },
    { id: 'af', label: 'Airflow', col: 1, row: 0 },
  ],
  arrows: [
    { from: 'rep', to: 'spark' },
    { from: 'sftp', to: 'spark' },
    { from: 'spark', to: 's3' },
    { from: 's3', to: 'wh' },
    { from: 'wh', to: 'bi' },
    { from: 'af', to: 'spark', dashed: true },
  ],
};

/** Ride-hailing, strong, plain rectangles with open-source parts. */
export const rideR7StrongPlain: SceneSpec = {
  boxes: [
    { id: 'drv', label: 'Driver app\n(GPS every 4 s)', col: 0, row: 0 },
    { id: 'rdr', label: 'Rider app\n(quotes, requests)', col: 0, row: 1 },
    { id: 'ing', label: 'Ingest API', col: 1, row: 0 },
    { id: 'kafka', label: 'Kafka (3 brokers)\n+ schema registry', col: 2, row: 1 },
    { id: 'flink', label: 'Flink surge job\n(per H3 cell)', col: 3, row: 1 },
    { id: 'dlq', label: 'Bad pings DLQ', col: 3, row: 0 },
    { id: 'redis', label: 'Redis\n(positions w/ TTL,\nsurge per cell)', col: 4, row: 1 },
    { id: 'api', label: 'Surge API', col: 5, row: 1 },
    { id: 'price', label: 'Pricing service', col: 6, row: 1 },
    { id: 'map', label: 'Ops live map', col: 5, row: 0 },
    { id: 'trip', label: 'Trip Postgres', col: 0, row: 3 },
    { id: 'dbz', label: 'Debezium', col: 1, row: 3 },
    { id: 'lake', label: 'S3 raw lake\n(Parquet)', col: 3, row: 3 },
    { id: 'sett', label: 'Settlement CSV', col: 2, row: 4 },
    { id: 'spark', label: 'Spark nightly\n(trips, earnings)', col: 4, row: 3 },
    { id: 'wh', label: 'Warehouse marts', col: 5, row: 3 },
    { id: 'bi', label: 'Looker', col: 6, row: 3 },
    { id: 'af', label: 'Airflow', col: 4, row: 4 },
    { id: 'mon', label: 'Prometheus +\nPagerDuty', col: 4, row: 2 },
  ],
  arrows: [
    { from: 'drv', to: 'ing' },
    { from: 'rdr', to: 'ing' },
    { from: 'ing', to: 'kafka' },
    { from: 'kafka', to: 'flink' },
    { from: 'flink', to: 'dlq' },
    { from: 'flink', to: 'redis' },
    { from: 'redis', to: 'api' },
    { from: 'api', to: 'price' },
    { from: 'redis', to: 'map' },
    { from: 'trip', to: 'dbz' },
    { from: 'dbz', to: 'kafka' },
    { from: 'kafka', to: 'lake' },
    { from: 'lake', to: 'spark' },
    { from: 'sett', to: 'spark' },
    { from: 'spark', to: 'wh' },
    { from: 'wh', to: 'bi' },
    { from: 'af', to: 'spark', dashed: true },
    { from: 'flink', to: 'mon', dashed: true },
  ],
};

/** Ride-hailing, gamed: palette boxes relabelled as things that carry no data. */
export const rideR7GamedRelabelled: SceneSpec = {
  boxes: [
    { id: 'a', label: 'Drivers', col: 0, row: 1, kind: 'app_service' },
    { id: 'k', label: 'Driver WhatsApp group', col: 1, row: 1, kind: 'kafka' },
    { id: 'f', label: "Ops manager's phone", col: 2, row: 1, kind: 'flink' },
    { id: 'c', label: 'Whiteboard of zones', col: 3, row: 1, kind: 'cache' },
    { id: 's', label: 'Intern who reads it out', col: 4, row: 1, kind: 'serving_api' },
    { id: 'w', label: 'Fax to finance', col: 3, row: 2, kind: 'warehouse' },
    { id: 'b', label: 'Printed city map', col: 4, row: 2, kind: 'bi_dashboard' },
    { id: 'o', label: 'Coffee machine', col: 2, row: 0, kind: 'airflow' },
  ],
  arrows: [
    { from: 'a', to: 'k' },
    { from: 'k', to: 'f' },
    { from: 'f', to: 'c' },
    { from: 'c', to: 's' },
    { from: 'f', to: 'w' },
    { from: 'w', to: 'b' },
    { from: 'o', to: 'f', dashed: true },
  ],
};

/** Ride-hailing, mediocre: surge served from the warehouse; no live store, no CDC, no error handling. */
export const rideR7MediocreWarehouseSurge: SceneSpec = {
  boxes: [
    { id: 'apps', label: 'Driver + rider apps', col: 0, row: 1 },
    { id: 'kafka', label: 'Kafka', col: 1, row: 1 },
    { id: 'ss', label: 'Spark Streaming', col: 2, row: 1 },
    { id: 's3', label: 'S3', col: 3, row: 1 },
    { id: 'snow', label: 'Snowflake', col: 4, row: 1 },
    { id: 'api', label: 'Surge API', col: 5, row: 0 },
    { id: 'bi', label: 'Dashboards', col: 5, row: 2 },
    { id: 'trip', label: 'Trip DB (nightly dump)', col: 2, row: 3 },
    { id: 'af', label: 'Airflow', col: 4, row: 3 },
  ],
  arrows: [
    { from: 'apps', to: 'kafka' },
    { from: 'kafka', to: 'ss' },
    { from: 'ss', to: 's3' },
    { from: 's3', to: 'snow' },
    { from: 'snow', to: 'api' },
    { from: 'snow', to: 'bi' },
    { from: 'trip', to: 's3' },
    { from: 'af', to: 'snow', dashed: true },
  ],
};

/** Card payments on Azure: Event Hubs, Databricks, Cosmos DB features, ADLS Delta, Synapse, Power BI, ADF. */
export const cardR7UnusualAzure: SceneSpec = {
  boxes: [
    { id: 'sw', label: 'Auth switch (AKS)', col: 0, row: 1 },
    { id: 'led', label: 'Ledger\n(Azure SQL)', col: 0, row: 3 },
    { id: 'cdc', label: 'Debezium CDC', col: 1, row: 3 },
    { id: 'eh', label: 'Event Hubs\n(Kafka API)', col: 1, row: 1 },
    { id: 'dbs', label: 'Databricks\nStructured Streaming', col: 2, row: 1 },
    { id: 'dlq', label: 'Dead-letter\nEvent Hub', col: 2, row: 0 },
    { id: 'cos', label: 'Cosmos DB\n(card features)', col: 3, row: 1 },
    { id: 'score', label: 'Scoring API', col: 3, row: 0 },
    { id: 'adls', label: 'ADLS Gen2\nDelta bronze', col: 3, row: 3 },
    { id: 'clr', label: 'Visa/MC clearing\nfiles (SFTP)', col: 2, row: 4 },
    { id: 'adf', label: 'Azure Data Factory', col: 4, row: 4 },
    { id: 'job', label: 'Databricks jobs\n(recon, batch)', col: 4, row: 3 },
    { id: 'syn', label: 'Synapse\n(gold recon marts)', col: 5, row: 3 },
    { id: 'pbi', label: 'Power BI', col: 6, row: 3 },
    { id: 'mon', label: 'Azure Monitor\nalerts', col: 5, row: 1 },
  ],
  arrows: [
    { from: 'sw', to: 'eh' },
    { from: 'sw', to: 'led' },
    { from: 'led', to: 'cdc' },
    { from: 'cdc', to: 'eh' },
    { from: 'eh', to: 'dbs' },
    { from: 'dbs', to: 'dlq' },
    { from: 'dbs', to: 'cos' },
    { from: 'cos', to: 'score' },
    { from: 'score', to: 'sw', via: [[0, 0]] },
    { from: 'eh', to: 'adls' },
    { from: 'clr', to: 'adls' },
    { from: 'adls', to: 'job' },
    { from: 'job', to: 'syn' },
    { from: 'syn', to: 'pbi' },
    { from: 'adf', to: 'job', dashed: true },
    { from: 'dbs', to: 'mon', dashed: true },
  ],
};

const cardR7Boxes: SceneSpec = {
  boxes: [
    { id: 'sw', label: 'Authorisation switch', col: 0, row: 0 },
    { id: 'led', label: 'Ledger Postgres', col: 0, row: 2 },
    { id: 'cdc', label: 'Debezium', col: 1, row: 2 },
    { id: 'k', label: 'Kafka', col: 2, row: 1 },
    { id: 'fl', label: 'Flink velocity job', col: 3, row: 1 },
    { id: 'fs', label: 'Feature store (Redis)', col: 4, row: 0 },
    { id: 'api', label: 'Fraud scoring API', col: 5, row: 0 },
    { id: 'clr', label: 'Clearing files', col: 2, row: 3 },
    { id: 's3', label: 'S3 lake', col: 3, row: 3 },
    { id: 'sp', label: 'Spark batch recon', col: 4, row: 3 },
    { id: 'wh', label: 'Warehouse', col: 5, row: 3 },
    { id: 'bi', label: 'Finance dashboards', col: 6, row: 3 },
    { id: 'af', label: 'Airflow', col: 4, row: 4 },
    { id: 'dlq', label: 'DLQ', col: 3, row: 0 },
    { id: 'mon', label: 'Monitoring', col: 5, row: 2 },
  ],
};

/** Card payments, gamed: all the right boxes, not one arrow. */
export const cardR7GamedNoArrows: SceneSpec = withoutArrows(cardR7Boxes);

/** Card payments, gamed: a chain of boxes whose labels strike them out or call them not needed. */
export const cardR7GamedStruck: SceneSpec = {
  boxes: [
    { id: 'sw', label: 'Switch', col: 0, row: 1 },
    { id: 'k', label: 'Kafka (not needed)', col: 1, row: 1 },
    { id: 'fl', label: '~~Flink~~', col: 2, row: 1 },
    { id: 'fs', label: 'Feature store - skip', col: 3, row: 1 },
    { id: 'led', label: 'Ledger DB (TBD, later)', col: 1, row: 2 },
    { id: 'wh', label: 'Warehouse (not needed)', col: 2, row: 2 },
    { id: 'bi', label: 'Dashboards', col: 3, row: 2 },
  ],
  arrows: [
    { from: 'sw', to: 'k' },
    { from: 'k', to: 'fl' },
    { from: 'fl', to: 'fs' },
    { from: 'sw', to: 'led' },
    { from: 'led', to: 'wh' },
    { from: 'wh', to: 'bi' },
  ],
};

/** Healthcare, strong, plain rectangles on AWS. */
export const healthR7StrongPlain: SceneSpec = {
  boxes: [
    { id: 'rh', label: 'Rhapsody\ninterface engine', col: 0, row: 1 },
    { id: 'mllp', label: 'MLLP listener\n(ACK after write)', col: 1, row: 1 },
    { id: 'k', label: 'Kafka (RF 3)', col: 2, row: 1 },
    { id: 'ss', label: 'Spark Structured\nStreaming (census)', col: 3, row: 1 },
    { id: 'dlq', label: 'Unparseable HL7\nDLQ', col: 3, row: 0 },
    { id: 'cen', label: 'Census store\n(Postgres)', col: 4, row: 1 },
    { id: 'cdash', label: 'Bed census / ED\ndashboard', col: 5, row: 1 },
    { id: 'raw', label: 'S3 raw HL7 + FHIR\n(bronze, immutable)', col: 3, row: 3 },
    { id: 'fhir', label: 'FHIR bulk $export', col: 0, row: 3 },
    { id: 'files', label: 'Claims + access\nlog files (SFTP)', col: 0, row: 4 },
    { id: 'sb', label: 'Spark batch\n(parse, LOINC, EMPI)', col: 4, row: 3 },
    { id: 'silver', label: 'Delta silver\n(versioned results)', col: 5, row: 3 },
    { id: 'gold', label: 'Redshift gold marts', col: 6, row: 3 },
    { id: 'qdash', label: 'Quality dashboards', col: 6, row: 2 },
    { id: 'af', label: 'Airflow', col: 4, row: 4 },
    { id: 'mon', label: 'CloudWatch alarms', col: 5, row: 0 },
  ],
  arrows: [
    { from: 'rh', to: 'mllp' },
    { from: 'mllp', to: 'k' },
    { from: 'k', to: 'ss' },
    { from: 'ss', to: 'dlq' },
    { from: 'ss', to: 'cen' },
    { from: 'cen', to: 'cdash' },
    { from: 'k', to: 'raw' },
    { from: 'fhir', to: 'raw' },
    { from: 'files', to: 'raw' },
    { from: 'raw', to: 'sb' },
    { from: 'sb', to: 'silver' },
    { from: 'silver', to: 'gold' },
    { from: 'gold', to: 'qdash' },
    { from: 'af', to: 'sb', dashed: true },
    { from: 'ss', to: 'mon', dashed: true },
  ],
};

/** Healthcare, gamed: the same boxes tied together by headless lines (every box to the second and fifth after it). */
export const healthR7GamedHairball: SceneSpec = {
  boxes: healthR7StrongPlain.boxes,
  arrows: healthR7StrongPlain.boxes.flatMap((b, i, all): ArrowSpec[] =>
    [2, 5]
      .map((step) => all[(i + step) % all.length])
      .filter((other): other is (typeof all)[number] => other !== undefined)
      .map((other) => ({ from: b.id, to: other.id, line: true })),
  ),
};

/** IoT on AWS: IoT Core, Kinesis, Managed Flink, Timestream, Firehose, S3 Iceberg, Glue, Athena, QuickSight, MWAA. */
export const iotR7UnusualAws: SceneSpec = {
  boxes: [
    { id: 'plc', label: 'Machines / PLCs\n(OPC UA)', col: 0, row: 1 },
    { id: 'gg', label: 'Greengrass edge\ngateways', col: 1, row: 1 },
    { id: 'core', label: 'AWS IoT Core\n(MQTT, X.509)', col: 2, row: 1 },
    { id: 'kds', label: 'Kinesis Data\nStreams', col: 3, row: 1 },
    { id: 'flink', label: 'Managed Flink\n(anomalies, 1-min rollups)', col: 4, row: 1, width: 220 },
    { id: 'sns', label: 'SNS -> technician\nphones', col: 5, row: 0 },
    { id: 'ts', label: 'Timestream\n(30 d raw + rollups)', col: 5, row: 1 },
    { id: 'graf', label: 'Grafana live view', col: 6, row: 1 },
    { id: 'fh', label: 'Firehose', col: 3, row: 2 },
    { id: 'dlq', label: 'S3 bad-readings\nprefix', col: 4, row: 0 },
    { id: 's3', label: 'S3 Iceberg\n(raw + rollups)', col: 4, row: 3 },
    { id: 'mes', label: 'MES SQL Server', col: 2, row: 4 },
    { id: 'dms', label: 'AWS DMS', col: 3, row: 4 },
    { id: 'glue', label: 'Glue Spark\n(hourly rollups, OEE)', col: 5, row: 3 },
    { id: 'ath', label: 'Athena', col: 6, row: 3 },
    { id: 'qs', label: 'QuickSight OEE', col: 6, row: 4 },
    { id: 'mwaa', label: 'MWAA (Airflow)', col: 5, row: 4 },
    { id: 'cw', label: 'CloudWatch alarms', col: 3, row: 0 },
  ],
  arrows: [
    { from: 'plc', to: 'gg' },
    { from: 'gg', to: 'core' },
    { from: 'core', to: 'kds' },
    { from: 'kds', to: 'flink' },
    { from: 'flink', to: 'sns' },
    { from: 'flink', to: 'dlq' },
    { from: 'flink', to: 'ts' },
    { from: 'ts', to: 'graf' },
    { from: 'kds', to: 'fh' },
    { from: 'fh', to: 's3' },
    { from: 'mes', to: 'dms' },
    { from: 'dms', to: 's3' },
    { from: 's3', to: 'glue' },
    { from: 'glue', to: 'ath', via: [[5.5, 3.5]] },
    { from: 'ath', to: 'qs' },
    { from: 'mwaa', to: 'glue', dashed: true },
    { from: 'kds', to: 'cw', dashed: true },
  ],
};

/** IoT, gamed: the right parts chained in a nonsense order (sensors into dashboards, dashboards into Flink...). */
export const iotR7GamedWrongOrder: SceneSpec = {
  boxes: [
    { id: 'sen', label: 'Sensors / gateways', col: 0, row: 1 },
    { id: 'bi', label: 'OEE dashboards', col: 1, row: 1 },
    { id: 'fl', label: 'Flink anomaly job', col: 2, row: 1 },
    { id: 'lake', label: 'S3 data lake', col: 3, row: 1 },
    { id: 'k', label: 'Kafka', col: 4, row: 1 },
    { id: 'ts', label: 'TimescaleDB', col: 5, row: 1 },
    { id: 'al', label: 'Alerts to technicians', col: 6, row: 1 },
    { id: 'af', label: 'Airflow', col: 3, row: 0 },
  ],
  arrows: [
    { from: 'sen', to: 'bi' },
    { from: 'bi', to: 'fl' },
    { from: 'fl', to: 'lake' },
    { from: 'lake', to: 'k' },
    { from: 'k', to: 'ts' },
    { from: 'ts', to: 'al' },
    { from: 'af', to: 'k', dashed: true },
  ],
};

/** IoT, empty: one title box and a note. */
export const iotR7EmptyTitle: SceneSpec = {
  boxes: [{ id: 'p', label: 'IoT platform', col: 1, row: 1 }],
  notes: [{ text: '(details to follow)', col: 1, row: 2 }],
};
