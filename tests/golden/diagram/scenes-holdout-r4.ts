import type { SceneSpec } from './draw-lib';

// Holdout scenes for round 4, drawn and graded blind (before any engine read them).

/** Healthcare on Google Cloud: Healthcare API HL7v2 store, Pub/Sub with patient ordering keys, Dataflow census. */
export const healthR4UnusualGcp: SceneSpec = {
  boxes: [
    { id: 'ehr', label: 'Epic / Cerner\n(ADT, ORU)', col: 0, row: 1 },
    { id: 'rh', label: 'Rhapsody engine\n(MLLP copy)', col: 1, row: 1 },
    { id: 'h7', label: 'Cloud Healthcare API\nHL7v2 store (ACK on write)', col: 2, row: 1, width: 220 },
    { id: 'ps', label: 'Pub/Sub topic\n(ordering key: patient)', col: 3, row: 1 },
    { id: 'df', label: 'Dataflow: ADT ->\nbed census (event time)', col: 4, row: 1 },
    { id: 'dlq', label: 'Dead-letter topic', col: 4, row: 0 },
    { id: 'csql', label: 'Cloud SQL census\ntables', col: 5, row: 1 },
    { id: 'board', label: 'Looker bed board', col: 6, row: 1 },
    { id: 'fhir', label: 'FHIR R4 bulk\n$export', col: 0, row: 3 },
    { id: 'logs', label: 'EHR access logs\n(hourly files)', col: 0, row: 4 },
    { id: 'gcs', label: 'GCS raw bucket\n(as received, locked)', col: 3, row: 3 },
    { id: 'dp', label: 'Dataproc Spark\n(MERGE corrections)', col: 4, row: 3 },
    { id: 'ice', label: 'BigLake Iceberg\nsilver (versions)', col: 5, row: 3 },
    { id: 'bq', label: 'BigQuery quality\nmarts', col: 5, row: 4 },
    { id: 'lq', label: 'Looker quality\ndashboards', col: 6, row: 4 },
    { id: 'comp', label: 'Cloud Composer', col: 3, row: 5 },
    { id: 'mon', label: 'Cloud Monitoring\n+ on-call', col: 6, row: 2 },
  ],
  arrows: [
    { from: 'ehr', to: 'rh', label: 'MLLP' },
    { from: 'rh', to: 'h7' },
    { from: 'h7', to: 'ps' },
    { from: 'ps', to: 'df' },
    { from: 'df', to: 'dlq' },
    { from: 'df', to: 'csql' },
    { from: 'csql', to: 'board' },
    { from: 'ps', to: 'gcs', label: 'GCS subscription' },
    { from: 'fhir', to: 'gcs', via: [[1.5, 3]] },
    { from: 'logs', to: 'gcs', via: [[1.5, 4], [2.5, 3.5]] },
    { from: 'gcs', to: 'dp' },
    { from: 'dp', to: 'ice' },
    { from: 'ice', to: 'bq' },
    { from: 'bq', to: 'lq' },
    { from: 'comp', to: 'dp', dashed: true },
    { from: 'df', to: 'mon', dashed: true, via: [[4.5, 1.5], [5.5, 2]] },
  ],
};

/** IoT, gamed: today's machine-side screen drawn, with the whole target stack as a free-text legend. */
export const iotR4GamedLegend: SceneSpec = {
  boxes: [
    { id: 'm', label: 'CNC machines', col: 0, row: 1 },
    { id: 'gw', label: 'Edge gateway', col: 1, row: 1 },
    { id: 'scr', label: 'Screen next to\nthe machine', col: 2, row: 1 },
  ],
  arrows: [
    { from: 'm', to: 'gw' },
    { from: 'gw', to: 'scr' },
  ],
  notes: [
    { text: 'Stack: Kafka, Flink, TimescaleDB, S3 + Iceberg,\nSpark, Airflow, Grafana, DLQ, PagerDuty', col: 0, row: 3 },
  ],
};

/** Cards, gamed: every right product on the board, wired to the wrong jobs (ledger on S3, features from the warehouse, archive in Redis). */
export const cardR4GamedMiswired: SceneSpec = {
  boxes: [
    { id: 'sw', label: 'Authorisation switch', col: 0, row: 1 },
    { id: 'api', label: 'Fraud scoring API', col: 1, row: 0 },
    { id: 'led', label: 'S3 ledger\n(Parquet)', col: 1, row: 2 },
    { id: 'k', label: 'Kafka', col: 1, row: 1 },
    { id: 'spark', label: 'Spark nightly\nfeatures', col: 2, row: 1 },
    { id: 'snow', label: 'Snowflake\n(features)', col: 3, row: 1 },
    { id: 'flink', label: 'Flink', col: 3, row: 3 },
    { id: 'tab', label: 'Tableau', col: 4, row: 3 },
    { id: 'redis', label: 'Redis (7-year\narchive)', col: 2, row: 3 },
    { id: 'pg', label: 'Postgres\n(clearing files)', col: 0, row: 3 },
    { id: 'deb', label: 'Debezium', col: 0, row: 4 },
    { id: 'af', label: 'Airflow', col: 2, row: 5 },
  ],
  arrows: [
    { from: 'sw', to: 'k' },
    { from: 'sw', to: 'led', via: [[0.5, 1.5]] },
    { from: 'sw', to: 'api', via: [[0.5, 0.5]] },
    { from: 'k', to: 'spark' },
    { from: 'spark', to: 'snow' },
    { from: 'snow', to: 'api', via: [[3, 0]] },
    { from: 'led', to: 'redis', via: [[1.5, 3]] },
    { from: 'snow', to: 'flink' },
    { from: 'flink', to: 'tab' },
    { from: 'pg', to: 'deb' },
    { from: 'af', to: 'spark', dashed: true },
  ],
};

/** E-commerce with Pulsar, Flink, ClickHouse, Iceberg on S3, Trino and Dagster. */
export const ecomR4UnusualPulsar: SceneSpec = {
  boxes: [
    { id: 'pg', label: 'Shop PostgreSQL\n(orders, stock)', col: 0, row: 1 },
    { id: 'deb', label: 'Debezium (WAL)', col: 1, row: 1 },
    { id: 'sdk', label: 'Web/app tracking\nSDK', col: 0, row: 0 },
    { id: 'col', label: 'Collector API', col: 1, row: 0 },
    { id: 'pul', label: 'Apache Pulsar\n(events + CDC topics)', col: 2, row: 1 },
    { id: 'fl', label: 'Flink: stock per\nSKU (5 min)', col: 3, row: 0 },
    { id: 'ch', label: 'ClickHouse\n(live inventory)', col: 4, row: 0 },
    { id: 'ops', label: 'Superset ops board', col: 5, row: 0 },
    { id: 'dlq', label: 'DLQ topic', col: 3, row: 1 },
    { id: 'files', label: 'Partner files', col: 0, row: 3 },
    { id: 'bronze', label: 'Iceberg bronze\non S3', col: 2, row: 3 },
    { id: 'spark', label: 'Spark daily build', col: 3, row: 3 },
    { id: 'gold', label: 'Iceberg gold\n(Trino)', col: 4, row: 3 },
    { id: 'sales', label: 'Superset sales\ndashboard', col: 5, row: 3 },
    { id: 'dag', label: 'Dagster', col: 3, row: 5 },
    { id: 'prom', label: 'Prometheus +\nAlertmanager', col: 5, row: 1 },
  ],
  arrows: [
    { from: 'sdk', to: 'col' },
    { from: 'col', to: 'pul' },
    { from: 'pg', to: 'deb' },
    { from: 'deb', to: 'pul' },
    { from: 'pul', to: 'fl' },
    { from: 'fl', to: 'ch' },
    { from: 'ch', to: 'ops' },
    { from: 'fl', to: 'dlq' },
    { from: 'pul', to: 'bronze', label: 'Pulsar IO sink' },
    { from: 'files', to: 'bronze' },
    { from: 'bronze', to: 'spark' },
    { from: 'spark', to: 'gold' },
    { from: 'gold', to: 'sales' },
    { from: 'dag', to: 'spark', dashed: true },
    { from: 'fl', to: 'prom', dashed: true, via: [[4.5, 0.5]] },
  ],
};

/** Ride-hailing, mediocre: a good live surge path, but analytics is a nightly dump of the trip DB into Metabase. */
export const rideR4MediocreStreamOnly: SceneSpec = {
  boxes: [
    { id: 'apps', label: 'Driver + rider apps', col: 0, row: 1 },
    { id: 'gw', label: 'API gateway', col: 1, row: 1 },
    { id: 'k', label: 'Kafka (pings,\nrequests)', col: 2, row: 1 },
    { id: 'fl', label: 'Flink surge per\nH3 cell', col: 3, row: 1 },
    { id: 'redis', label: 'Redis (drivers,\nsurge per cell)', col: 4, row: 1 },
    { id: 'api', label: 'Surge API', col: 5, row: 1 },
    { id: 'trips', label: 'Trips Postgres', col: 0, row: 3 },
    { id: 'dump', label: 'Nightly pg_dump', col: 1, row: 3 },
    { id: 'rep', label: 'Analytics Postgres\ncopy', col: 2, row: 3 },
    { id: 'mb', label: 'Metabase dashboards', col: 3, row: 3 },
  ],
  arrows: [
    { from: 'apps', to: 'gw' },
    { from: 'gw', to: 'k' },
    { from: 'k', to: 'fl' },
    { from: 'fl', to: 'redis' },
    { from: 'redis', to: 'api' },
    { from: 'trips', to: 'dump' },
    { from: 'dump', to: 'rep' },
    { from: 'rep', to: 'mb' },
  ],
};

/** Healthcare, gamed: every right part in one directed chain in an order no data could follow. */
export const healthR4GamedConga: SceneSpec = {
  boxes: [
    { id: 'dash', label: 'Bed census dashboard', col: 0, row: 1 },
    { id: 'af', label: 'Airflow', col: 1, row: 1 },
    { id: 'gold', label: 'Gold quality marts', col: 2, row: 1 },
    { id: 'k', label: 'Kafka', col: 3, row: 1 },
    { id: 'ehr', label: 'Epic EHR', col: 4, row: 1 },
    { id: 'spark', label: 'Spark batch', col: 4, row: 3 },
    { id: 'raw', label: 'S3 raw HL7', col: 3, row: 3 },
    { id: 'fl', label: 'Flink census job', col: 2, row: 3 },
    { id: 'delta', label: 'Delta silver', col: 1, row: 3 },
    { id: 'fhir', label: 'FHIR API', col: 0, row: 3 },
  ],
  arrows: [
    { from: 'dash', to: 'af' },
    { from: 'af', to: 'gold' },
    { from: 'gold', to: 'k' },
    { from: 'k', to: 'ehr' },
    { from: 'ehr', to: 'spark' },
    { from: 'spark', to: 'raw' },
    { from: 'raw', to: 'fl' },
    { from: 'fl', to: 'delta' },
    { from: 'delta', to: 'fhir' },
  ],
};

/** IoT on AWS: Greengrass, IoT Core, Kinesis, Managed Flink, Timestream, Firehose to S3 Iceberg, Glue, MWAA. */
export const iotR4UnusualAws: SceneSpec = {
  boxes: [
    { id: 'gg', label: 'Sensors + Greengrass\ngateways (buffer)', col: 0, row: 1 },
    { id: 'core', label: 'AWS IoT Core (MQTT)', col: 1, row: 1 },
    { id: 'kds', label: 'Kinesis Data Streams\n(key: machine)', col: 2, row: 1 },
    { id: 'fl', label: 'Managed Flink:\nanomalies + 1-min rollups', col: 3, row: 1, width: 220 },
    { id: 'sns', label: 'Alert service (SNS\nto technicians)', col: 4, row: 0 },
    { id: 'ts', label: 'Timestream (30 d raw,\n1-min rollups)', col: 4, row: 1 },
    { id: 'graf', label: 'Grafana live +\nhistory', col: 5, row: 1 },
    { id: 'fh', label: 'Firehose', col: 2, row: 3 },
    { id: 's3', label: 'S3 Iceberg raw +\nrollup tiers', col: 3, row: 3 },
    { id: 'mes', label: 'MES database (RDS)', col: 2, row: 4 },
    { id: 'glue', label: 'Glue Spark: hourly\nrollups, OEE', col: 4, row: 3 },
    { id: 'gold', label: 'Athena gold tables', col: 4, row: 4 },
    { id: 'qs', label: 'QuickSight OEE', col: 5, row: 4 },
    { id: 'mwaa', label: 'MWAA (Airflow)', col: 3, row: 5 },
    { id: 'cw', label: 'CloudWatch alarms', col: 5, row: 2 },
  ],
  arrows: [
    { from: 'gg', to: 'core' },
    { from: 'core', to: 'kds' },
    { from: 'kds', to: 'fl' },
    { from: 'fl', to: 'sns' },
    { from: 'fl', to: 'ts' },
    { from: 'ts', to: 'graf' },
    { from: 'kds', to: 'fh' },
    { from: 'fh', to: 's3' },
    { from: 's3', to: 'glue' },
    { from: 'mes', to: 'glue', via: [[3.5, 4.5], [3.5, 3.5]] },
    { from: 'glue', to: 'gold' },
    { from: 'gold', to: 'qs' },
    { from: 'mwaa', to: 'glue', dashed: true },
    { from: 'fl', to: 'cw', dashed: true, via: [[3.5, 2], [5, 2]] },
  ],
};
