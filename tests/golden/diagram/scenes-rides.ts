import type { SceneSpec } from './draw-lib';

/** Ride-hailing on Google Cloud. */
export const rideStrongGcp: SceneSpec = {
  boxes: [
    { id: 'apps', label: 'Driver + rider apps', col: 0, row: 1 },
    { id: 'gw', label: 'Apigee API gateway', col: 1, row: 1 },
    { id: 'ps', label: 'Pub/Sub\n(pings, requests)', col: 2, row: 1 },
    { id: 'df', label: 'Dataflow: surge\nper H3 zone (30 s)', col: 3, row: 1 },
    { id: 'mem', label: 'Memorystore Redis\n(live driver state)', col: 4, row: 0 },
    { id: 'surge', label: 'Surge pricing API', col: 5, row: 0 },
    { id: 'dl', label: 'Dead-letter topic', col: 3, row: 0 },
    { id: 'trips', label: 'Trips DB\n(Cloud SQL)', col: 0, row: 3 },
    { id: 'ds', label: 'Datastream CDC', col: 1, row: 3 },
    { id: 'gcs', label: 'GCS raw (Parquet)', col: 3, row: 3 },
    { id: 'dp', label: 'Dataproc Spark\n(daily)', col: 3, row: 4 },
    { id: 'bq', label: 'BigQuery marts', col: 4, row: 4 },
    { id: 'looker', label: 'Looker ops +\nfinance dashboards', col: 5, row: 4 },
    { id: 'comp', label: 'Cloud Composer', col: 2, row: 5 },
    { id: 'mon', label: 'Cloud Monitoring', col: 4, row: 2 },
  ],
  arrows: [
    { from: 'apps', to: 'gw' },
    { from: 'gw', to: 'ps' },
    { from: 'ps', to: 'df' },
    { from: 'df', to: 'mem' },
    { from: 'mem', to: 'surge' },
    { from: 'df', to: 'dl' },
    { from: 'trips', to: 'ds' },
    { from: 'ds', to: 'ps' },
    { from: 'ps', to: 'gcs', label: 'subscription to GCS' },
    { from: 'gcs', to: 'dp' },
    { from: 'dp', to: 'bq' },
    { from: 'bq', to: 'looker' },
    { from: 'comp', to: 'dp', dashed: true },
    { from: 'df', to: 'mon', dashed: true },
  ],
};

/** Ride-hailing on AWS with Kinesis, Managed Flink, Druid for real-time ops and Step Functions. */
export const rideStrongAws: SceneSpec = {
  boxes: [
    { id: 'apps', label: 'Mobile apps\n(GPS every 4 s)', col: 0, row: 1 },
    { id: 'apigw', label: 'Amazon API Gateway', col: 1, row: 1 },
    { id: 'kin', label: 'Kinesis Data Streams', col: 2, row: 1 },
    { id: 'flink', label: 'Managed Apache Flink\n(surge windows)', col: 3, row: 1 },
    { id: 'ec', label: 'ElastiCache Redis\n(driver positions)', col: 4, row: 0 },
    { id: 'api', label: 'Surge service\n(Lambda + API)', col: 5, row: 0 },
    { id: 'sqs', label: 'SQS DLQ', col: 3, row: 0 },
    { id: 'aur', label: 'Aurora (trips)', col: 0, row: 3 },
    { id: 'dms', label: 'DMS CDC', col: 1, row: 3 },
    { id: 'fh', label: 'Firehose', col: 2, row: 3 },
    { id: 's3', label: 'S3 lake (Iceberg)', col: 3, row: 3 },
    { id: 'druid', label: 'Apache Druid\n(real-time ops)', col: 4, row: 2 },
    { id: 'glue', label: 'Glue Spark jobs', col: 3, row: 4 },
    { id: 'rs', label: 'Redshift', col: 4, row: 4 },
    { id: 'qs', label: 'QuickSight', col: 5, row: 3 },
    { id: 'sfn', label: 'Step Functions\n(nightly DAG)', col: 2, row: 5 },
    { id: 'cw', label: 'CloudWatch alarms', col: 4, row: 5 },
  ],
  arrows: [
    { from: 'apps', to: 'apigw' },
    { from: 'apigw', to: 'kin' },
    { from: 'kin', to: 'flink' },
    { from: 'flink', to: 'ec' },
    { from: 'ec', to: 'api' },
    { from: 'flink', to: 'sqs' },
    { from: 'aur', to: 'dms' },
    { from: 'dms', to: 'kin' },
    { from: 'kin', to: 'fh' },
    { from: 'fh', to: 's3' },
    { from: 'flink', to: 'druid' },
    { from: 'druid', to: 'qs' },
    { from: 's3', to: 'glue' },
    { from: 'glue', to: 'rs' },
    { from: 'rs', to: 'qs' },
    { from: 'sfn', to: 'glue', dashed: true },
    { from: 'flink', to: 'cw', dashed: true, via: [[3.5, 1], [3.5, 4.5], [4, 4.5]] },
  ],
};

/** Ride-hailing, mediocre: a stream straight to the lake; no live state, no surge API, no CDC. */
export const rideMediocreNoLiveState: SceneSpec = {
  boxes: [
    { id: 'apps', label: 'Driver app', col: 0, row: 1 },
    { id: 'k', label: 'Kafka', col: 1, row: 1 },
    { id: 'ss', label: 'Spark Streaming', col: 2, row: 1 },
    { id: 's3', label: 'S3', col: 3, row: 1 },
    { id: 'ath', label: 'Athena', col: 4, row: 1 },
    { id: 'dash', label: 'Dashboard', col: 5, row: 1 },
  ],
  arrows: [
    { from: 'apps', to: 'k' },
    { from: 'k', to: 'ss' },
    { from: 'ss', to: 's3' },
    { from: 's3', to: 'ath' },
    { from: 'ath', to: 'dash' },
  ],
};

/** Ride-hailing, mediocre: every right box, but only the first hops are connected. */
export const rideMediocreHalfFlows: SceneSpec = {
  boxes: [
    { id: 'apps', label: 'Rider/driver apps', col: 0, row: 1 },
    { id: 'gw', label: 'API gateway', col: 1, row: 1 },
    { id: 'k', label: 'Kafka', col: 2, row: 1 },
    { id: 'f', label: 'Flink', col: 3, row: 1 },
    { id: 'r', label: 'Redis (live state)', col: 4, row: 0 },
    { id: 'api', label: 'Surge API', col: 5, row: 0 },
    { id: 'db', label: 'Trips Postgres', col: 0, row: 3 },
    { id: 'cdc', label: 'Debezium', col: 1, row: 3 },
    { id: 's3', label: 'S3 + Delta', col: 3, row: 3 },
    { id: 'sp', label: 'Spark batch', col: 4, row: 3 },
    { id: 'wh', label: 'Snowflake', col: 4, row: 4 },
    { id: 'bi', label: 'Tableau', col: 5, row: 4 },
    { id: 'af', label: 'Airflow', col: 2, row: 5 },
  ],
  arrows: [
    { from: 'apps', to: 'gw' },
    { from: 'gw', to: 'k' },
    { from: 'k', to: 'f' },
    { from: 'db', to: 'cdc' },
  ],
};

/** Gamed: headless arrows (both heads removed) through every box in arbitrary order. */
export const rideGamedHairball: SceneSpec = {
  boxes: rideStrongAws.boxes,
  arrows: [
    ['qs', 'apps'], ['apps', 'cw'], ['cw', 'ec'], ['ec', 'aur'], ['aur', 'druid'], ['druid', 'apigw'],
    ['apigw', 'rs'], ['rs', 'sqs'], ['sqs', 'dms'], ['dms', 'glue'], ['glue', 'kin'], ['kin', 'api'],
    ['api', 'fh'], ['fh', 'sfn'], ['sfn', 'flink'], ['flink', 's3'], ['s3', 'qs'],
  ].map(([from = '', to = '']) => ({ from, to, heads: 'none' as const })),
};

/** Gamed: every palette kind the case needs, dropped with no arrows. */
export const rideGamedNoArrows: SceneSpec = {
  boxes: [
    { id: 'a', label: 'App service', kind: 'app_service', col: 0, row: 1 },
    { id: 'b', label: 'API gateway', kind: 'api_gateway', col: 1, row: 1 },
    { id: 'c', label: 'Kafka', kind: 'kafka', col: 2, row: 1 },
    { id: 'd', label: 'Debezium CDC', kind: 'cdc', col: 1, row: 3 },
    { id: 'e', label: 'App database (OLTP)', kind: 'oltp_database', col: 0, row: 3 },
    { id: 'f', label: 'Flink', kind: 'flink', col: 3, row: 1 },
    { id: 'g', label: 'Redis cache', kind: 'cache', col: 4, row: 0 },
    { id: 'h', label: 'Serving API', kind: 'serving_api', col: 5, row: 0 },
    { id: 'i', label: 'S3', kind: 'object_store', col: 3, row: 3 },
    { id: 'j', label: 'Spark batch', kind: 'spark_batch', col: 4, row: 3 },
    { id: 'k', label: 'Warehouse', kind: 'warehouse', col: 5, row: 3 },
    { id: 'l', label: 'BI dashboard', kind: 'bi_dashboard', col: 5, row: 4 },
    { id: 'm', label: 'Airflow', kind: 'airflow', col: 2, row: 5 },
    { id: 'n', label: 'Monitoring & alerts', kind: 'monitoring', col: 3, row: 5 },
    { id: 'o', label: 'Dead letter queue', kind: 'dead_letter_queue', col: 4, row: 5 },
  ],
};

/**
 * Ride-hailing, unusual but right: palette boxes reused and relabelled with what they really are
 * (a Kafka box labelled Kinesis, a warehouse box labelled BigQuery, an object store box labelled Redis).
 */
export const ridePaletteRelabelledRight: SceneSpec = {
  boxes: [
    { id: 'apps', label: 'Driver & rider apps', kind: 'app_service', col: 0, row: 1 },
    { id: 'gw', label: 'Envoy ingest gateway', kind: 'serving_api', col: 1, row: 1 },
    { id: 'k', label: 'Amazon Kinesis\nData Streams', kind: 'kafka', col: 2, row: 1 },
    { id: 'f', label: 'Apache Beam on\nDataflow (surge)', kind: 'spark_streaming', col: 3, row: 1 },
    { id: 'r', label: 'Redis (live driver\nlocations)', kind: 'object_store', col: 4, row: 0 },
    { id: 'api', label: 'Surge pricing API', kind: 'app_service', col: 5, row: 0 },
    { id: 'dlq', label: 'Dead-letter stream', kind: 'kafka', col: 3, row: 0 },
    { id: 'db', label: 'Trips MySQL', kind: 'nosql_database', col: 0, row: 3 },
    { id: 'cdc', label: 'Debezium', kind: 'spark_batch', col: 1, row: 3 },
    { id: 'lake', label: 'GCS lake\n(Iceberg)', kind: 'warehouse', col: 3, row: 3 },
    { id: 'sb', label: 'Spark nightly jobs', kind: 'flink', col: 3, row: 4 },
    { id: 'bq', label: 'BigQuery marts', kind: 'warehouse', col: 4, row: 4 },
    { id: 'bi', label: 'Looker dashboards', kind: 'bi_dashboard', col: 5, row: 4 },
    { id: 'af', label: 'Cloud Composer', kind: 'airflow', col: 2, row: 5 },
    { id: 'mon', label: 'Prometheus alerts', kind: 'kubernetes', col: 4, row: 2 },
  ],
  arrows: [
    { from: 'apps', to: 'gw' },
    { from: 'gw', to: 'k' },
    { from: 'k', to: 'f' },
    { from: 'f', to: 'r' },
    { from: 'r', to: 'api' },
    { from: 'f', to: 'dlq' },
    { from: 'db', to: 'cdc' },
    { from: 'cdc', to: 'k' },
    { from: 'k', to: 'lake', label: 'archive' },
    { from: 'lake', to: 'sb' },
    { from: 'sb', to: 'bq' },
    { from: 'bq', to: 'bi' },
    { from: 'af', to: 'sb', dashed: true },
    { from: 'f', to: 'mon', dashed: true },
  ],
};
