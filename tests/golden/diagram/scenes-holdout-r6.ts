import { reversed, withoutArrows } from './draw-lib';
import type { ArrowSpec, SceneSpec } from './draw-lib';

// Holdout scenes for round 6, drawn and graded blind (before any engine read them).

/** E-commerce in open-source parts and plain rectangles: Debezium, Kafka, Spark, Delta, Redis, dbt, Superset. */
export const ecomR6StrongOss: SceneSpec = {
  boxes: [
    { id: 'apps', label: 'Web + app events\n(Snowplow trackers)', col: 0, row: 0 },
    { id: 'pg', label: 'Shop Postgres\n(orders, payments, stock)', col: 0, row: 1, width: 210 },
    { id: 'dbz', label: 'Debezium\n(WAL reader)', col: 1, row: 1 },
    { id: 'kafka', label: 'Kafka, 3 brokers\n+ schema registry', col: 2, row: 1 },
    { id: 'sss', label: 'Spark Structured\nStreaming', col: 3, row: 1 },
    { id: 'dlq', label: 'Dead-letter topic', col: 3, row: 0 },
    { id: 'redis', label: 'Redis\n(live stock per SKU)', col: 4, row: 0 },
    { id: 'ops', label: 'Ops stock board', col: 5, row: 0 },
    { id: 'lake', label: 'S3 Delta tables\nbronze / silver', col: 4, row: 1 },
    { id: 'batch', label: 'Spark batch + dbt\n(daily revenue)', col: 4, row: 2 },
    { id: 'gold', label: 'Gold star schema\n(Delta)', col: 5, row: 2 },
    { id: 'sup', label: 'Superset\ndashboards', col: 6, row: 2 },
    { id: 'sftp', label: 'Partner SFTP\n(nightly CSV)', col: 2, row: 3 },
    { id: 'af', label: 'Airflow', col: 3, row: 3 },
    { id: 'prom', label: 'Prometheus +\nAlertmanager', col: 4, row: 3 },
  ],
  arrows: [
    { from: 'apps', to: 'kafka' },
    { from: 'pg', to: 'dbz' },
    { from: 'dbz', to: 'kafka' },
    { from: 'kafka', to: 'sss' },
    { from: 'sss', to: 'dlq' },
    { from: 'sss', to: 'redis' },
    { from: 'redis', to: 'ops' },
    { from: 'sss', to: 'lake' },
    { from: 'lake', to: 'batch' },
    { from: 'sftp', to: 'batch' },
    { from: 'batch', to: 'gold' },
    { from: 'gold', to: 'sup' },
    { from: 'af', to: 'batch', dashed: true },
    { from: 'sss', to: 'prom', dashed: true },
    { from: 'batch', to: 'prom', dashed: true },
  ],
};

/** E-commerce, gamed: the same boxes, each joined to the next three by headless lines. */
export const ecomR6GamedHairball: SceneSpec = {
  boxes: ecomR6StrongOss.boxes,
  arrows: ecomR6StrongOss.boxes.flatMap((b, i, all): ArrowSpec[] =>
    all.slice(i + 1, i + 4).map((other) => ({ from: b.id, to: other.id, line: true })),
  ),
};

/** E-commerce, empty: one box saying the diagram is still to come. */
export const ecomR6EmptyTodo: SceneSpec = {
  boxes: [{ id: 'todo', label: 'TODO: architecture', col: 1, row: 1 }],
  notes: [{ text: 'will finish this later', col: 1, row: 2 }],
};

/** Ride-hailing on Pulsar, Flink, Redis, Hudi, ClickHouse, Superset and Dagster. */
export const rideR6UnusualPulsar: SceneSpec = {
  boxes: [
    { id: 'drv', label: 'Driver app\n(ping every 4 s)', col: 0, row: 0 },
    { id: 'rdr', label: 'Rider app\n(quotes, requests)', col: 0, row: 1 },
    { id: 'gw', label: 'Envoy ingest\ngateway', col: 1, row: 0 },
    { id: 'pulsar', label: 'Apache Pulsar\n(pings, requests, trips)', col: 2, row: 1, width: 210 },
    { id: 'flink', label: 'Flink surge job\n(H3 sliding windows)', col: 3, row: 1 },
    { id: 'dlq', label: 'Dead-letter topic', col: 3, row: 0 },
    { id: 'redis', label: 'Redis Cluster\n(positions TTL, surge)', col: 4, row: 0 },
    { id: 'api', label: 'Surge API\n(gRPC, pricing)', col: 5, row: 0 },
    { id: 'map', label: 'Ops live map', col: 5, row: 1 },
    { id: 'mon', label: 'Grafana alerts\n+ PagerDuty', col: 4, row: 2 },
    { id: 'trip', label: 'Trip Postgres', col: 0, row: 3 },
    { id: 'dbz', label: 'Debezium\n(Pulsar IO source)', col: 1, row: 3 },
    { id: 'hudi', label: 'Hudi tables on S3\n(raw pings, trips)', col: 3, row: 3 },
    { id: 'sett', label: 'Settlement CSV\n(daily)', col: 2, row: 4 },
    { id: 'spark', label: 'Spark batch\n(trips, earnings)', col: 4, row: 3 },
    { id: 'ch', label: 'ClickHouse marts', col: 5, row: 3 },
    { id: 'sup', label: 'Superset: trips,\nfares, earnings', col: 6, row: 3 },
    { id: 'dag', label: 'Dagster', col: 4, row: 4 },
  ],
  arrows: [
    { from: 'drv', to: 'gw' },
    { from: 'rdr', to: 'gw' },
    { from: 'gw', to: 'pulsar' },
    { from: 'pulsar', to: 'flink' },
    { from: 'flink', to: 'dlq' },
    { from: 'flink', to: 'redis' },
    { from: 'redis', to: 'api' },
    { from: 'redis', to: 'map' },
    { from: 'trip', to: 'dbz' },
    { from: 'dbz', to: 'pulsar' },
    { from: 'pulsar', to: 'hudi' },
    { from: 'sett', to: 'hudi' },
    { from: 'hudi', to: 'spark' },
    { from: 'spark', to: 'ch' },
    { from: 'ch', to: 'sup' },
    { from: 'dag', to: 'spark', dashed: true },
    { from: 'flink', to: 'mon', dashed: true },
  ],
};

/** Ride-hailing in plain AWS labels, the base of the reversed scene below (not graded itself). */
const rideR6AwsBase: SceneSpec = {
  boxes: [
    { id: 'apps', label: 'Driver + rider apps', col: 0, row: 0 },
    { id: 'gw', label: 'API Gateway', col: 1, row: 0 },
    { id: 'msk', label: 'MSK (Kafka)', col: 2, row: 1 },
    { id: 'flink', label: 'Flink on KDA\n(surge per cell)', col: 3, row: 1 },
    { id: 'redis', label: 'ElastiCache Redis', col: 4, row: 0 },
    { id: 'api', label: 'Surge API', col: 5, row: 0 },
    { id: 'pg', label: 'Trip RDS Postgres', col: 0, row: 2 },
    { id: 'cdc', label: 'Debezium CDC', col: 1, row: 2 },
    { id: 's3', label: 'S3 raw (Iceberg)', col: 3, row: 2 },
    { id: 'emr', label: 'EMR Spark batch', col: 4, row: 2 },
    { id: 'rs', label: 'Redshift marts', col: 5, row: 2 },
    { id: 'qs', label: 'QuickSight', col: 6, row: 2 },
    { id: 'af', label: 'MWAA Airflow', col: 4, row: 3 },
    { id: 'cw', label: 'CloudWatch alarms', col: 3, row: 0 },
  ],
  arrows: [
    { from: 'apps', to: 'gw' },
    { from: 'gw', to: 'msk' },
    { from: 'msk', to: 'flink' },
    { from: 'flink', to: 'redis' },
    { from: 'redis', to: 'api' },
    { from: 'pg', to: 'cdc' },
    { from: 'cdc', to: 'msk' },
    { from: 'msk', to: 's3' },
    { from: 's3', to: 'emr' },
    { from: 'emr', to: 'rs' },
    { from: 'rs', to: 'qs' },
    { from: 'af', to: 'emr' },
    { from: 'flink', to: 'cw' },
  ],
};

/** Ride-hailing, gamed: a complete AWS design with every arrow pointing against the data. */
export const rideR6GamedReversed: SceneSpec = reversed(rideR6AwsBase);

/** Card payments with palette boxes and the learner's own labels, wired as the data moves. */
export const cardR6StrongPalette: SceneSpec = {
  boxes: [
    { id: 'sw', label: 'Auth switch (Java)', col: 0, row: 1, kind: 'app_service' },
    { id: 'kafka', label: 'Kafka auth-events\n(RF 3)', col: 1, row: 1, kind: 'kafka' },
    { id: 'flink', label: 'Flink velocity\nfeatures', col: 2, row: 1, kind: 'flink' },
    { id: 'dlq', label: 'Poison auths', col: 2, row: 0, kind: 'dead_letter_queue' },
    { id: 'feast', label: 'Online features\n(Redis)', col: 3, row: 0, kind: 'feature_store' },
    { id: 'score', label: 'Fraud scoring API', col: 4, row: 0, kind: 'serving_api' },
    { id: 'mon', label: 'Datadog: lag,\np99 scoring', col: 4, row: 1, kind: 'monitoring' },
    { id: 'ledger', label: 'Ledger Postgres\n(double-entry)', col: 0, row: 2, kind: 'oltp_database' },
    { id: 'cdc', label: 'Debezium', col: 1, row: 2, kind: 'cdc' },
    { id: 's3', label: 'S3 Object Lock\n(7-year records)', col: 2, row: 2, kind: 'object_store' },
    { id: 'files', label: 'Visa / MC\nclearing files', col: 0, row: 3, kind: 'files' },
    { id: 'spark', label: 'Spark recon job', col: 3, row: 3, kind: 'spark_batch' },
    { id: 'af', label: 'Airflow', col: 3, row: 4, kind: 'airflow' },
    { id: 'wh', label: 'Snowflake\nrecon marts', col: 4, row: 3, kind: 'warehouse' },
    { id: 'bi', label: 'Finance & audit\ndashboards', col: 5, row: 3, kind: 'bi_dashboard' },
  ],
  arrows: [
    { from: 'sw', to: 'kafka' },
    { from: 'sw', to: 'ledger', label: 'hold' },
    { from: 'score', to: 'sw', dashed: true, label: 'score', via: [[4, -0.6], [0, -0.6]] },
    { from: 'kafka', to: 'flink' },
    { from: 'flink', to: 'dlq' },
    { from: 'flink', to: 'feast' },
    { from: 'feast', to: 'score' },
    { from: 'ledger', to: 'cdc' },
    { from: 'cdc', to: 'kafka' },
    { from: 'kafka', to: 's3' },
    { from: 's3', to: 'spark' },
    { from: 'files', to: 'spark' },
    { from: 'af', to: 'spark', dashed: true },
    { from: 'spark', to: 'wh' },
    { from: 'wh', to: 'bi' },
    { from: 'flink', to: 'mon', dashed: true },
  ],
};

/** Card payments, gamed: the same palette boxes and wiring, every label a person, a team or an office object. */
export const cardR6GamedPeople: SceneSpec = {
  boxes: cardR6StrongPalette.boxes.map((b) => ({
    ...b,
    label: ({
      sw: 'Alice at the till',
      kafka: "Bob's notebook",
      flink: 'Team standup',
      dlq: 'Recycling bin',
      feast: 'Sticky notes',
      score: 'Carol (fraud analyst)',
      mon: 'Reception desk',
      ledger: 'Filing cabinet',
      cdc: 'The intern',
      s3: 'Basement boxes',
      files: 'Letter from Visa',
      spark: 'Friday review meeting',
      af: 'Holiday calendar',
      wh: "CFO's inbox",
      bi: 'Whiteboard in the kitchen',
    } as Record<string, string>)[b.id] ?? b.label,
  })),
  arrows: cardR6StrongPalette.arrows,
};

/** Card payments, gamed: the strong palette boxes dropped with no connectors at all. */
export const cardR6GamedNoArrows: SceneSpec = withoutArrows(cardR6StrongPalette);

/** Card payments, mediocre: a working fraud path, but no lake, no clearing files, and reports read the ledger. */
export const cardR6MediocreDashOnLedger: SceneSpec = {
  boxes: [
    { id: 'sw', label: 'Authorisation switch', col: 0, row: 1 },
    { id: 'kafka', label: 'Kafka', col: 1, row: 1 },
    { id: 'flink', label: 'Flink features', col: 2, row: 1 },
    { id: 'redis', label: 'Redis feature store', col: 3, row: 1 },
    { id: 'score', label: 'Scoring service', col: 3, row: 0 },
    { id: 'ledger', label: 'Ledger (Postgres)', col: 0, row: 2 },
    { id: 'bi', label: 'Finance dashboards\n(Metabase)', col: 1, row: 3 },
  ],
  arrows: [
    { from: 'sw', to: 'kafka' },
    { from: 'kafka', to: 'flink' },
    { from: 'flink', to: 'redis' },
    { from: 'redis', to: 'score' },
    { from: 'score', to: 'sw', dashed: true, via: [[3, -0.6], [0, -0.6]] },
    { from: 'sw', to: 'ledger' },
    { from: 'ledger', to: 'bi' },
  ],
};

/** Healthcare on Databricks in AWS: Rhapsody copy, MLLP listener, MSK, Delta layers with MERGE, census in Aurora. */
export const healthR6UnusualDatabricks: SceneSpec = {
  boxes: [
    { id: 'ehr', label: 'Epic / Cerner EHRs', col: 0, row: 0 },
    { id: 'rh', label: 'Rhapsody\n(copy of HL7 feeds)', col: 1, row: 0 },
    { id: 'mllp', label: 'MLLP listener\n(ACK after write)', col: 2, row: 0 },
    { id: 'msk', label: 'Amazon MSK\n(hl7-raw, key=EMPI)', col: 3, row: 0 },
    { id: 'dbs', label: 'Databricks\nStructured Streaming', col: 4, row: 0 },
    { id: 'dlq', label: 'Parse-failure DLQ', col: 4, row: 1 },
    { id: 'census', label: 'Census tables\n(Aurora Postgres)', col: 5, row: 0 },
    { id: 'board', label: 'Bed board\n(Grafana)', col: 6, row: 0 },
    { id: 'fhir', label: 'FHIR bulk $export\n(R4 NDJSON)', col: 0, row: 2 },
    { id: 'land', label: 'S3 landing zone', col: 1, row: 2 },
    { id: 'claims', label: 'Claims SFTP +\naccess log files', col: 1, row: 3 },
    { id: 'bronze', label: 'Delta bronze\n(raw, as received)', col: 3, row: 2 },
    { id: 'silver', label: 'Delta silver\n(MERGE, SCD2)', col: 4, row: 2 },
    { id: 'gold', label: 'Delta gold\n(quality measures)', col: 5, row: 2 },
    { id: 'dsql', label: 'Databricks SQL', col: 6, row: 2 },
    { id: 'tab', label: 'Tableau quality\ndashboards', col: 7, row: 2 },
    { id: 'mwaa', label: 'MWAA (Airflow)', col: 3, row: 3 },
    { id: 'jobs', label: 'Databricks jobs\n(nightly rebuild)', col: 4, row: 3 },
    { id: 'cw', label: 'CloudWatch +\nPagerDuty', col: 5, row: 3 },
  ],
  arrows: [
    { from: 'ehr', to: 'rh' },
    { from: 'rh', to: 'mllp' },
    { from: 'mllp', to: 'msk' },
    { from: 'msk', to: 'dbs' },
    { from: 'dbs', to: 'census' },
    { from: 'census', to: 'board' },
    { from: 'dbs', to: 'dlq' },
    { from: 'msk', to: 'bronze' },
    { from: 'fhir', to: 'land' },
    { from: 'claims', to: 'land' },
    { from: 'land', to: 'bronze' },
    { from: 'bronze', to: 'silver' },
    { from: 'bronze', to: 'jobs' },
    { from: 'jobs', to: 'gold' },
    { from: 'silver', to: 'gold' },
    { from: 'gold', to: 'dsql' },
    { from: 'dsql', to: 'tab' },
    { from: 'mwaa', to: 'jobs', dashed: true },
    { from: 'jobs', to: 'cw', dashed: true },
  ],
};

/** Healthcare, gamed: a source, one box holding every tool name, and a dashboard. */
export const healthR6GamedKeywordBox: SceneSpec = {
  boxes: [
    { id: 'hl7', label: 'HL7 feeds', col: 0, row: 1 },
    {
      id: 'all',
      label: 'Kafka + Spark Streaming + Delta Lake\n(bronze/silver/gold) + Airflow + dbt\n+ DLQ + monitoring + FHIR + CDC',
      col: 1,
      row: 1,
      width: 400,
    },
    { id: 'dash', label: 'Power BI', col: 3, row: 1 },
  ],
  arrows: [
    { from: 'hl7', to: 'all' },
    { from: 'all', to: 'dash' },
  ],
};

/** IoT in plain labels: gateways, MQTT bridge, Kafka, Flink, TimescaleDB, S3, Spark, Redshift, Grafana. */
export const iotR6StrongPlain: SceneSpec = {
  boxes: [
    { id: 'sens', label: 'Sensors + PLCs\n(OPC UA)', col: 0, row: 0 },
    { id: 'gw', label: 'Edge gateways\n(MQTT, 1 h buffer)', col: 1, row: 0 },
    { id: 'bridge', label: 'MQTT-to-Kafka\nbridge', col: 2, row: 0 },
    { id: 'kafka', label: 'Kafka telemetry\n(key = machine)', col: 3, row: 0 },
    { id: 'flink', label: 'Flink: anomalies\n+ 1-min rollups', col: 4, row: 0 },
    { id: 'alert', label: 'Alert service\n(push to phones)', col: 5, row: 0 },
    { id: 'dlq', label: 'Bad readings DLQ', col: 4, row: 1 },
    { id: 'tsdb', label: 'TimescaleDB\n(30 d raw + rollups)', col: 5, row: 1 },
    { id: 'graf', label: 'Grafana live\nmachine view', col: 6, row: 1 },
    { id: 's3', label: 'S3 Parquet\n(raw history)', col: 3, row: 2 },
    { id: 'spark', label: 'Spark batch\n(OEE, recompute late)', col: 4, row: 2 },
    { id: 'wh', label: 'Redshift OEE marts', col: 5, row: 2 },
    { id: 'bi', label: 'Power BI OEE', col: 6, row: 2 },
    { id: 'mes', label: 'MES (SQL Server)', col: 2, row: 3 },
    { id: 'reg', label: 'Asset registry CSV', col: 3, row: 3 },
    { id: 'af', label: 'Airflow', col: 4, row: 3 },
    { id: 'prom', label: 'Prometheus:\ngateway heartbeats', col: 5, row: 3 },
  ],
  arrows: [
    { from: 'sens', to: 'gw' },
    { from: 'gw', to: 'bridge' },
    { from: 'bridge', to: 'kafka' },
    { from: 'kafka', to: 'flink' },
    { from: 'flink', to: 'alert' },
    { from: 'flink', to: 'dlq' },
    { from: 'flink', to: 'tsdb' },
    { from: 'tsdb', to: 'graf' },
    { from: 'kafka', to: 's3' },
    { from: 's3', to: 'spark' },
    { from: 'mes', to: 'spark' },
    { from: 'reg', to: 'spark' },
    { from: 'spark', to: 'wh' },
    { from: 'wh', to: 'bi' },
    { from: 'af', to: 'spark', dashed: true },
    { from: 'spark', to: 'prom', dashed: true },
  ],
};

/** IoT, gamed: the right parts in one forward chain whose order makes no sense. */
export const iotR6GamedWrongOrder: SceneSpec = {
  boxes: [
    { id: 'graf', label: 'Grafana dashboards', col: 0, row: 0 },
    { id: 'flink', label: 'Flink anomaly job', col: 1, row: 0 },
    { id: 'sens', label: 'Machine sensors', col: 2, row: 0 },
    { id: 'tsdb', label: 'TimescaleDB', col: 3, row: 0 },
    { id: 'kafka', label: 'Kafka', col: 3, row: 1 },
    { id: 's3', label: 'S3 data lake', col: 2, row: 1 },
    { id: 'alert', label: 'Alerts to technicians', col: 1, row: 1 },
    { id: 'spark', label: 'Spark batch', col: 0, row: 1 },
    { id: 'mes', label: 'MES database', col: 0, row: 2 },
    { id: 'af', label: 'Airflow', col: 1, row: 2 },
  ],
  arrows: [
    { from: 'graf', to: 'flink' },
    { from: 'flink', to: 'sens' },
    { from: 'sens', to: 'tsdb' },
    { from: 'tsdb', to: 'kafka' },
    { from: 'kafka', to: 's3' },
    { from: 's3', to: 'alert' },
    { from: 'alert', to: 'spark' },
    { from: 'spark', to: 'mes' },
    { from: 'mes', to: 'af' },
  ],
};

/** IoT, mediocre: a clean alert path and nothing else (no history store, lake, MES or batch). */
export const iotR6MediocreAlertsOnly: SceneSpec = {
  boxes: [
    { id: 'sens', label: 'Machine sensors', col: 0, row: 1 },
    { id: 'gw', label: 'Plant gateways (MQTT)', col: 1, row: 1 },
    { id: 'kafka', label: 'Kafka', col: 2, row: 1 },
    { id: 'flink', label: 'Flink anomaly\ndetection', col: 3, row: 1 },
    { id: 'alert', label: 'Alert service\n(SMS / push)', col: 4, row: 1 },
    { id: 'mon', label: 'Monitoring\n(consumer lag)', col: 3, row: 0 },
  ],
  arrows: [
    { from: 'sens', to: 'gw' },
    { from: 'gw', to: 'kafka' },
    { from: 'kafka', to: 'flink' },
    { from: 'flink', to: 'alert' },
    { from: 'flink', to: 'mon', dashed: true },
  ],
};
