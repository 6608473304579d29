import type { BoxSpec, SceneSpec } from './draw-lib';

// Holdout scenes for round 21, drawn and graded blind (before any engine read them). New angles: a left-to-right
// flow with one arrow pointing back (a replay loop that is right), monitoring and alerting boxes beside the data
// path, swimlanes per team (frames), a warehouse standing in for the lakehouse, throughput numbers on the arrows, a
// very small right diagram (five boxes) against a huge one (forty boxes, mostly noise), the case's own wording as
// box labels, emoji around keyword boxes, and every option listed inside each box.

/** E-commerce, right, left to right, with one arrow pointing back: the DLQ is replayed into Kafka after a fix. */
export const ecomR21StrongReprocessLoop: SceneSpec = {
  boxes: [
    { id: 'pg', label: 'Postgres OLTP\n(orders, inventory)', col: 0, row: 0 },
    { id: 'click', label: 'web / app\nclickstream', col: 0, row: 1 },
    { id: 'sftp', label: 'partner CSVs\n(SFTP, nightly)', col: 0, row: 3 },
    { id: 'cdc', label: 'Debezium CDC', col: 1, row: 0 },
    { id: 'k', label: 'Kafka\n(RF 3, schema registry)', col: 2, row: 1 },
    { id: 'ss', label: 'Spark Structured\nStreaming (< 5 min)', col: 3, row: 0 },
    { id: 'dlq', label: 'DLQ topic\n(bad events)', col: 3, row: 1 },
    { id: 'inv', label: 'inventory table\n(Postgres, ops)', col: 4, row: 0 },
    { id: 'ops', label: 'ops dashboard\n(sale day)', col: 5, row: 0 },
    { id: 'bronze', label: 'S3 bronze\n(raw, append-only)', col: 2, row: 3 },
    { id: 'batch', label: 'Spark batch\nsilver + gold', col: 3, row: 3 },
    { id: 'gold', label: 'Delta gold\n(star schema)', col: 4, row: 3 },
    { id: 'bi', label: 'BI dashboards\n(by 06:00)', col: 5, row: 3 },
    { id: 'af', label: 'Airflow', col: 3, row: 4 },
  ],
  arrows: [
    { from: 'pg', to: 'cdc' },
    { from: 'cdc', to: 'k' },
    { from: 'click', to: 'k' },
    { from: 'k', to: 'ss' },
    { from: 'ss', to: 'inv' },
    { from: 'inv', to: 'ops' },
    { from: 'ss', to: 'dlq', label: 'invalid' },
    { from: 'dlq', to: 'k', label: 'replay after fix', dashed: true },
    { from: 'k', to: 'bronze' },
    { from: 'sftp', to: 'bronze' },
    { from: 'bronze', to: 'batch' },
    { from: 'batch', to: 'gold' },
    { from: 'gold', to: 'bi' },
    { from: 'af', to: 'batch', label: 'schedules' },
  ],
};

/** IoT, right and complete, with monitoring and on-call alerting drawn beside the data path (dashed metric lines). */
export const iotR21StrongMonitoringBeside: SceneSpec = {
  boxes: [
    { id: 'gw', label: 'edge gateways\n(MQTT, 1 h buffer)', col: 0, row: 0 },
    { id: 'bridge', label: 'MQTT -> Kafka\nbridge (TLS out)', col: 1, row: 0 },
    { id: 'k', label: 'Kafka\nkey = machine', col: 2, row: 0 },
    { id: 'flink', label: 'Flink: anomalies\n+ 1-min rollups', col: 3, row: 0 },
    { id: 'alert', label: 'alert service\n(< 10 s)', col: 4, row: 0 },
    { id: 'phones', label: 'technicians\n(phones)', col: 5, row: 0 },
    { id: 'redis', label: 'Redis\nlatest value', col: 4, row: 1 },
    { id: 'live', label: 'live machine\nview', col: 5, row: 1 },
    { id: 'tsdb', label: 'TimescaleDB\nraw 30 d, minute 2 y', col: 3, row: 2, width: 210 },
    { id: 'graf', label: 'Grafana\n(engineers)', col: 4, row: 2 },
    { id: 's3', label: 'S3 Parquet\nhourly 10 y', col: 3, row: 3 },
    { id: 'mes', label: 'MES (SQL Server)\n+ asset registry CSV', col: 0, row: 3, width: 210 },
    { id: 'oee', label: 'Spark OEE job\n(Airflow, hourly)', col: 1, row: 3 },
    { id: 'wh', label: 'warehouse\nOEE marts', col: 2, row: 4 },
    { id: 'oeebi', label: 'OEE dashboards\n(plant managers)', col: 3, row: 4 },
    { id: 'prom', label: 'Prometheus\n(consumer lag, job health)', col: 1, row: 1, width: 220 },
    { id: 'pager', label: 'PagerDuty\non-call', col: 1, row: 2 },
  ],
  arrows: [
    { from: 'gw', to: 'bridge' },
    { from: 'bridge', to: 'k' },
    { from: 'k', to: 'flink' },
    { from: 'flink', to: 'alert' },
    { from: 'alert', to: 'phones' },
    { from: 'flink', to: 'redis' },
    { from: 'redis', to: 'live' },
    { from: 'flink', to: 'tsdb' },
    { from: 'tsdb', to: 'graf' },
    { from: 'tsdb', to: 's3', label: 'hourly rollups' },
    { from: 'mes', to: 'oee' },
    { from: 'tsdb', to: 'oee' },
    { from: 'oee', to: 'wh' },
    { from: 'wh', to: 'oeebi' },
    { from: 'k', to: 'prom', dashed: true, label: 'metrics' },
    { from: 'flink', to: 'prom', dashed: true, label: 'metrics' },
    { from: 'prom', to: 'pager', dashed: true, label: 'alerts' },
  ],
};

/** Card payments, right, drawn in swimlanes per owning team (three frames). */
export const cardR21StrongSwimlanes: SceneSpec = {
  groups: [
    { id: 'lane-pay', title: 'Payments core team', style: 'frame', col: 0, row: 0, cols: 5, rows: 2 },
    { id: 'lane-fraud', title: 'Fraud & ML team', style: 'frame', col: 0, row: 3, cols: 5, rows: 1 },
    { id: 'lane-data', title: 'Data platform team', style: 'frame', col: 0, row: 5, cols: 5, rows: 2 },
  ],
  boxes: [
    { id: 'net', label: 'Visa / Mastercard', col: 0, row: 0, frame: 'lane-pay' },
    { id: 'sw', label: 'auth switch\n(tokenises PAN)', col: 1, row: 0, frame: 'lane-pay' },
    { id: 'score', label: 'scoring API\n(< 100 ms)', col: 2, row: 0, frame: 'lane-pay' },
    { id: 'rules', label: 'static rules\nfallback', col: 3, row: 0, frame: 'lane-pay' },
    { id: 'ledger', label: 'Postgres ledger\n(double-entry, ACID)', col: 1, row: 1, frame: 'lane-pay' },
    { id: 'redis', label: 'Redis online\nfeature store', col: 2, row: 3, frame: 'lane-fraud' },
    { id: 'flink', label: 'Flink velocity\nfeatures (< 5 s)', col: 1, row: 3, frame: 'lane-fraud' },
    { id: 'alerts', label: 'fraud alert\nqueue (analysts)', col: 3, row: 3, frame: 'lane-fraud' },
    { id: 'train', label: 'weekly model\ntraining', col: 4, row: 3, frame: 'lane-fraud' },
    { id: 'k', label: 'Kafka (RF 3)\nauths + ledger CDC', col: 0, row: 5, frame: 'lane-data' },
    { id: 's3', label: 'S3 Iceberg\nObject Lock 7 y', col: 1, row: 5, frame: 'lane-data' },
    { id: 'recon', label: 'Spark recon\n(by 09:00)', col: 2, row: 5, frame: 'lane-data' },
    { id: 'wh', label: 'warehouse\n(finance, audit)', col: 3, row: 5, frame: 'lane-data' },
    { id: 'clear', label: 'clearing files\n(SFTP, daily)', col: 2, row: 6, frame: 'lane-data' },
    { id: 'af', label: 'Airflow', col: 3, row: 6, frame: 'lane-data' },
  ],
  arrows: [
    { from: 'net', to: 'sw' },
    { from: 'sw', to: 'score' },
    { from: 'score', to: 'rules', label: 'timeout' },
    { from: 'sw', to: 'ledger', label: 'post hold' },
    { from: 'score', to: 'redis', label: 'read features' },
    { from: 'sw', to: 'k', label: 'auth events' },
    { from: 'ledger', to: 'k', label: 'CDC' },
    { from: 'k', to: 'flink' },
    { from: 'flink', to: 'redis' },
    { from: 'flink', to: 'alerts' },
    { from: 'k', to: 's3' },
    { from: 's3', to: 'train' },
    { from: 'clear', to: 's3' },
    { from: 's3', to: 'recon' },
    { from: 'recon', to: 'wh' },
    { from: 'af', to: 'recon', label: 'schedules' },
  ],
};

/** Healthcare, right, with a warehouse (Snowflake, time travel, MERGE) standing in for the lakehouse. */
export const healthR21UnusualWarehouseForLake: SceneSpec = {
  boxes: [
    { id: 'ehr', label: 'Epic / Cerner', col: 0, row: 0 },
    { id: 'rh', label: 'Rhapsody', col: 1, row: 0 },
    { id: 'lst', label: 'MLLP listener\n(ACK after write)', col: 2, row: 0 },
    { id: 'k', label: 'Kafka\nkey = patient', col: 3, row: 0 },
    { id: 'census', label: 'Flink census\n(event time)', col: 4, row: 0 },
    { id: 'cdb', label: 'census DB\n(Postgres)', col: 5, row: 0 },
    { id: 'beds', label: 'bed managers\n(< 2 min)', col: 5, row: 1 },
    { id: 'fhir', label: 'FHIR bulk export', col: 0, row: 2 },
    { id: 'files', label: 'claims + EHR\naccess logs', col: 0, row: 3 },
    { id: 'raw', label: 'S3 raw HL7 / NDJSON\n(7 y, Object Lock)', col: 2, row: 2, width: 210 },
    { id: 'sf', label: 'Snowflake\n(MERGE, time travel)', col: 3, row: 2 },
    { id: 'dbt', label: 'dbt quality marts\n(by 07:00)', col: 4, row: 2 },
    { id: 'qbi', label: 'quality team BI', col: 5, row: 2 },
    { id: 'audit', label: 'audit schema\n(privacy office)', col: 3, row: 3 },
    { id: 'af', label: 'Airflow', col: 4, row: 3 },
  ],
  arrows: [
    { from: 'ehr', to: 'rh' },
    { from: 'rh', to: 'lst' },
    { from: 'lst', to: 'k' },
    { from: 'k', to: 'census' },
    { from: 'census', to: 'cdb' },
    { from: 'cdb', to: 'beds' },
    { from: 'lst', to: 'raw' },
    { from: 'fhir', to: 'raw' },
    { from: 'files', to: 'raw' },
    { from: 'raw', to: 'sf', label: 'Snowpipe' },
    { from: 'k', to: 'sf' },
    { from: 'sf', to: 'dbt' },
    { from: 'dbt', to: 'qbi' },
    { from: 'sf', to: 'audit' },
    { from: 'af', to: 'dbt', label: 'schedules' },
  ],
};

/** Ride-hailing, right and complete, with throughput numbers written on the arrows. */
export const rideR21StrongNumbersOnArrows: SceneSpec = {
  boxes: [
    { id: 'drv', label: 'driver app', col: 0, row: 0 },
    { id: 'gw', label: 'ingestion gateway', col: 1, row: 0 },
    { id: 'rider', label: 'rider app', col: 0, row: 1 },
    { id: 'req', label: 'request service', col: 1, row: 1 },
    { id: 'pg', label: 'trip Postgres', col: 0, row: 2 },
    { id: 'cdc', label: 'Debezium CDC', col: 1, row: 2 },
    { id: 'k', label: 'Kafka\n(pings key = driver)', col: 2, row: 1 },
    { id: 'flink', label: 'Flink surge\n(H3 r8, 30 s)', col: 3, row: 0 },
    { id: 'redis', label: 'Redis\n(multiplier per cell)', col: 4, row: 0 },
    { id: 'price', label: 'pricing service', col: 5, row: 0 },
    { id: 'map', label: 'ops live map', col: 5, row: 1 },
    { id: 's3', label: 'S3 Iceberg lake', col: 3, row: 2 },
    { id: 'settle', label: 'settlement CSV', col: 2, row: 3 },
    { id: 'spark', label: 'Spark nightly\n(Airflow)', col: 4, row: 2 },
    { id: 'wh', label: 'warehouse marts', col: 4, row: 3 },
    { id: 'fin', label: 'finance dashboard', col: 5, row: 3 },
  ],
  arrows: [
    { from: 'drv', to: 'gw', label: '50k pings/s peak' },
    { from: 'gw', to: 'k', label: '10 MB/s' },
    { from: 'rider', to: 'req', label: '~350 req/s peak' },
    { from: 'req', to: 'k' },
    { from: 'pg', to: 'cdc', label: '104 trips/s peak' },
    { from: 'cdc', to: 'k' },
    { from: 'k', to: 'flink', label: '50k/s' },
    { from: 'flink', to: 'redis', label: '~5k cells / 30 s' },
    { from: 'redis', to: 'price', label: '< 5 ms reads' },
    { from: 'redis', to: 'map', label: '1/min' },
    { from: 'k', to: 's3', label: '389 GB/day, 90 d' },
    { from: 'settle', to: 's3', label: 'daily' },
    { from: 's3', to: 'spark' },
    { from: 'spark', to: 'wh', label: 'by 07:00' },
    { from: 'wh', to: 'fin' },
  ],
};

/** IoT, a very small diagram: five boxes in a line, each right, most of the case missing. */
export const iotR21MediocreFiveBoxes: SceneSpec = {
  boxes: [
    { id: 'gw', label: 'edge gateways\n(MQTT)', col: 0, row: 0 },
    { id: 'k', label: 'Kafka', col: 1, row: 0 },
    { id: 'flink', label: 'Flink\n(alerts, rollups)', col: 2, row: 0 },
    { id: 'tsdb', label: 'TimescaleDB', col: 3, row: 0 },
    { id: 'graf', label: 'Grafana + alerts', col: 4, row: 0 },
  ],
  arrows: [
    { from: 'gw', to: 'k' },
    { from: 'k', to: 'flink' },
    { from: 'flink', to: 'tsdb' },
    { from: 'tsdb', to: 'graf' },
  ],
};

const noise = [
  'Kubernetes', 'Terraform', 'Istio', 'Vault', 'ArgoCD', 'Datadog', 'Prometheus', 'Jenkins', 'GitHub', 'Jira',
  'Slack', 'Okta', 'LDAP', 'Nginx', 'Envoy', 'Consul', 'ZooKeeper', 'Elasticsearch', 'Kibana', 'Logstash',
  'MongoDB', 'Cassandra', 'Neo4j', 'Hadoop HDFS', 'Hive', 'Pig', 'Oozie', 'Storm', 'Samza', 'RabbitMQ',
];

/** E-commerce, huge: a right ten-box core buried among thirty tool boxes, most of them noise and some chained in. */
export const ecomR21MediocreFortyBoxes: SceneSpec = {
  boxes: [
    { id: 'pg', label: 'Postgres', col: 0, row: 0 },
    { id: 'click', label: 'clickstream', col: 0, row: 1 },
    { id: 'cdc', label: 'Debezium', col: 1, row: 0 },
    { id: 'k', label: 'Kafka', col: 2, row: 0 },
    { id: 'ss', label: 'Spark Streaming\n(inventory)', col: 3, row: 0 },
    { id: 'inv', label: 'inventory\n(Redis)', col: 4, row: 0 },
    { id: 's3', label: 'S3 lake', col: 2, row: 1 },
    { id: 'batch', label: 'Spark batch', col: 3, row: 1 },
    { id: 'dwh', label: 'Snowflake', col: 4, row: 1 },
    { id: 'bi', label: 'Tableau', col: 5, row: 1 },
    ...noise.map((label, i): BoxSpec => ({ id: `n${i + 1}`, label, col: i % 6, row: 3 + Math.floor(i / 6) })),
  ],
  arrows: [
    { from: 'pg', to: 'cdc' },
    { from: 'cdc', to: 'k' },
    { from: 'click', to: 'k' },
    { from: 'k', to: 'ss' },
    { from: 'ss', to: 'inv' },
    { from: 'k', to: 's3' },
    { from: 's3', to: 'batch' },
    { from: 'batch', to: 'dwh' },
    { from: 'dwh', to: 'bi' },
    { from: 'k', to: 'n30' },
    { from: 'n30', to: 'n29' },
    { from: 'n29', to: 'n22' },
    { from: 's3', to: 'n24' },
    { from: 'n24', to: 'n25' },
    { from: 'n25', to: 'n26' },
    { from: 'n26', to: 'n27' },
    { from: 'n18', to: 'n19' },
    { from: 'n20', to: 'n18' },
    { from: 'n1', to: 'ss' },
    { from: 'n1', to: 'batch' },
    { from: 'n6', to: 'n9' },
  ],
};

/** Healthcare, gamed: the case's own wording as box labels in a chain, with no component named. */
export const healthR21GamedRubricHeadings: SceneSpec = {
  boxes: [
    { id: 'a', label: 'Sources', col: 0, row: 0 },
    { id: 'b', label: 'Ingestion that\nACKs only once durable', col: 1, row: 0, width: 210 },
    { id: 'c', label: 'Processing', col: 2, row: 0 },
    { id: 'd', label: 'Storage layers that\naccept corrections', col: 3, row: 0, width: 210 },
    { id: 'e', label: 'Serving', col: 4, row: 0 },
    { id: 'f', label: 'Scheduling', col: 2, row: 1 },
    { id: 'g', label: 'Error handling', col: 3, row: 1 },
  ],
  arrows: [
    { from: 'a', to: 'b' },
    { from: 'b', to: 'c' },
    { from: 'c', to: 'd' },
    { from: 'd', to: 'e' },
    { from: 'f', to: 'c' },
    { from: 'g', to: 'd' },
  ],
};

/** Ride-hailing, gamed: keyword boxes wrapped in emoji, no arrows between them. */
export const rideR21GamedEmojiBoxes: SceneSpec = {
  boxes: [
    { id: 'a', label: '🚀 Kafka 🚀', col: 0, row: 0 },
    { id: 'b', label: '⚡ Flink ⚡', col: 1, row: 0 },
    { id: 'c', label: '🔥 Redis 🔥', col: 2, row: 0 },
    { id: 'd', label: '🗺️ H3 🗺️', col: 0, row: 1 },
    { id: 'e', label: '💾 S3 💾', col: 1, row: 1 },
    { id: 'f', label: '📊 Dashboard 📊', col: 2, row: 1 },
    { id: 'g', label: '✅ surge ✅', col: 1, row: 2 },
  ],
};

/** IoT, gamed: a linear chain where every box lists four alternative tools instead of one choice. */
export const iotR21GamedEveryOption: SceneSpec = {
  boxes: [
    { id: 'a', label: 'MQTT / OPC UA /\nHTTP / CoAP', col: 0, row: 0 },
    { id: 'b', label: 'Kafka / Kinesis /\nPulsar / Event Hubs', col: 1, row: 0, width: 210 },
    { id: 'c', label: 'Flink / Spark /\nBeam / Kafka Streams', col: 2, row: 0, width: 210 },
    { id: 'd', label: 'TimescaleDB / InfluxDB /\nCassandra / ClickHouse', col: 3, row: 0, width: 230 },
    { id: 'e', label: 'S3 / ADLS / GCS', col: 4, row: 0 },
    { id: 'f', label: 'Grafana / Power BI /\nTableau / Looker', col: 5, row: 0, width: 210 },
  ],
  arrows: [
    { from: 'a', to: 'b' },
    { from: 'b', to: 'c' },
    { from: 'c', to: 'd' },
    { from: 'd', to: 'e' },
    { from: 'e', to: 'f' },
  ],
};

/** Card payments, left to right, the fraud path only: no ledger, no clearing files or reconciliation. */
export const cardR21MediocreNoLedger: SceneSpec = {
  boxes: [
    { id: 'net', label: 'card networks', col: 0, row: 0 },
    { id: 'sw', label: 'auth switch', col: 1, row: 0 },
    { id: 'score', label: 'fraud scoring API\n(< 100 ms)', col: 2, row: 0 },
    { id: 'redis', label: 'Redis features', col: 3, row: 0 },
    { id: 'k', label: 'Kafka', col: 1, row: 1 },
    { id: 'flink', label: 'Flink velocity\nfeatures', col: 2, row: 1 },
    { id: 'alerts', label: 'analyst alerts', col: 3, row: 1 },
    { id: 's3', label: 'S3 data lake', col: 2, row: 2 },
    { id: 'wh', label: 'warehouse', col: 3, row: 2 },
  ],
  arrows: [
    { from: 'net', to: 'sw' },
    { from: 'sw', to: 'score' },
    { from: 'score', to: 'redis' },
    { from: 'sw', to: 'k' },
    { from: 'k', to: 'flink' },
    { from: 'flink', to: 'redis' },
    { from: 'flink', to: 'alerts' },
    { from: 'k', to: 's3' },
    { from: 's3', to: 'wh' },
  ],
};
