import type { BoxSpec, SceneSpec } from './draw-lib';

// Holdout scenes for round 20, drawn and graded blind (before any engine read them). New angles: components drawn as
// icons (image elements) with a caption under them, a legend box explaining line styles, batch and streaming drawn
// as two sub-diagrams that never meet, one component drawn twice, a diagram written as text lines with "->", arrows
// labelled with protocols (MLLP, HTTPS, gRPC, JDBC, SFTP), databases drawn as cylinders (an ellipse on a rectangle),
// a ride-hailing diagram pasted into the healthcare case, and keywords hidden in S3 paths used as box labels.

/** A database drawn as a cylinder: an empty ellipse lid on the labelled rectangle (arrows bind to the rectangle). */
function cylinder(id: string, label: string, col: number, row: number): BoxSpec[] {
  return [
    { id: `${id}-lid`, label: '', col, row: row - 0.2, shape: 'ellipse', height: 40 },
    { id, label, col, row },
  ];
}

/** Card payments, right and complete, with a legend box: solid = synchronous call, dashed = asynchronous event, dotted grey = batch. */
export const cardR20StrongLegendBox: SceneSpec = {
  boxes: [
    { id: 'net', label: 'Visa / Mastercard', col: 0, row: 0 },
    { id: 'sw', label: 'Auth switch\n(tokenises PAN)', col: 1, row: 0 },
    { id: 'score', label: 'Scoring API\n(p99 < 100 ms)', col: 2, row: 0 },
    { id: 'fs', label: 'Redis online\nfeature store', col: 3, row: 0 },
    { id: 'rules', label: 'static rules\n(fallback)', col: 2, row: 1 },
    { id: 'ledger', label: 'Postgres ledger\n(double-entry)', col: 1, row: 1 },
    { id: 'k', label: 'Kafka (RF 3)\nauths + CDC', col: 1, row: 2 },
    { id: 'flink', label: 'Flink velocity\nfeatures (< 5 s)', col: 2, row: 2 },
    { id: 'alerts', label: 'analyst alert\nqueue', col: 3, row: 2 },
    { id: 's3', label: 'S3 Iceberg\nObject Lock 7 y', col: 1, row: 3 },
    { id: 'sftp', label: 'clearing files\n(SFTP, daily)', col: 0, row: 3 },
    { id: 'recon', label: 'Spark recon\n(Airflow, 09:00)', col: 2, row: 3 },
    { id: 'wh', label: 'Warehouse\n(finance, audit)', col: 3, row: 3 },
    { id: 'legend', label: 'LEGEND\nsolid = sync call\ndashed = async event\nred = batch', col: 0, row: 1, height: 110 },
  ],
  arrows: [
    { from: 'net', to: 'sw' },
    { from: 'sw', to: 'score' },
    { from: 'score', to: 'fs' },
    { from: 'score', to: 'rules', label: 'timeout' },
    { from: 'sw', to: 'ledger', label: 'post hold' },
    { from: 'sw', to: 'k', dashed: true, via: [[0.5, 1.5]] },
    { from: 'ledger', to: 'k', dashed: true, label: 'CDC' },
    { from: 'k', to: 'flink', dashed: true },
    { from: 'flink', to: 'fs', dashed: true, via: [[3, 1]] },
    { from: 'flink', to: 'alerts', dashed: true },
    { from: 'k', to: 's3', dashed: true },
    { from: 'sftp', to: 's3', color: '#e03131' },
    { from: 's3', to: 'recon', color: '#e03131' },
    { from: 'recon', to: 'wh', color: '#e03131' },
  ],
};

/** Card payments, right, with Kafka drawn twice (once by the switch, once by the lake) so no arrow crosses the page. */
export const cardR20UnusualKafkaDrawnTwice: SceneSpec = {
  boxes: [
    { id: 'net', label: 'card networks', col: 0, row: 0 },
    { id: 'sw', label: 'authorisation\nswitch', col: 1, row: 0 },
    { id: 'score', label: 'fraud scoring\n(< 100 ms, rules fallback)', col: 2, row: 0, width: 220 },
    { id: 'redis', label: 'feature store\n(Redis)', col: 3, row: 0 },
    { id: 'ledger', label: 'ledger DB\n(double-entry, ACID)', col: 1, row: 1 },
    { id: 'k1', label: 'Kafka\n(auth events, CDC)', col: 2, row: 1 },
    { id: 'flink', label: 'Flink\nvelocity + alerts', col: 3, row: 1 },
    { id: 'k2', label: 'Kafka\n(same cluster)', col: 0, row: 2 },
    { id: 's3', label: 'S3 WORM\n7 years', col: 1, row: 2 },
    { id: 'files', label: 'clearing files', col: 0, row: 3 },
    { id: 'recon', label: 'daily recon\n(Spark, Airflow)', col: 1, row: 3 },
    { id: 'dwh', label: 'warehouse\n(finance)', col: 2, row: 3 },
    { id: 'alertq', label: 'analyst queue', col: 3, row: 2 },
  ],
  arrows: [
    { from: 'net', to: 'sw' },
    { from: 'sw', to: 'score' },
    { from: 'score', to: 'redis' },
    { from: 'sw', to: 'ledger' },
    { from: 'sw', to: 'k1' },
    { from: 'ledger', to: 'k1', label: 'CDC' },
    { from: 'k1', to: 'flink' },
    { from: 'flink', to: 'redis' },
    { from: 'flink', to: 'alertq' },
    { from: 'k2', to: 's3' },
    { from: 'files', to: 'recon' },
    { from: 's3', to: 'recon' },
    { from: 'recon', to: 'dwh' },
  ],
};

/** Card payments, gamed: keyword phrases written as text lines joined by "->", no components and no flow. */
export const cardR20GamedKeywordChain: SceneSpec = {
  boxes: [],
  notes: [
    { text: 'exactly-once -> idempotent -> watermark -> PCI DSS', col: 1, row: 0 },
    { text: 'double-entry -> ACID -> Object Lock -> 7 years', col: 1, row: 1 },
    { text: 'feature store -> 100 ms -> 99.99% -> fallback', col: 1, row: 2 },
  ],
};

/** Healthcare, right and complete, every arrow labelled with its protocol (MLLP, HTTPS, SFTP, JDBC, gRPC). */
export const healthR20StrongProtocolArrows: SceneSpec = {
  boxes: [
    { id: 'ehr', label: 'Epic / Cerner', col: 0, row: 0 },
    { id: 'rh', label: 'Rhapsody\ninterface engine', col: 1, row: 0 },
    { id: 'lst', label: 'MLLP listener\n(ACK after write)', col: 2, row: 0 },
    { id: 'k', label: 'Kafka\nkey = patient', col: 3, row: 0 },
    { id: 'fhir', label: 'FHIR bulk export', col: 0, row: 1 },
    { id: 'logs', label: 'EHR access logs\n+ claims files', col: 0, row: 2 },
    { id: 'census', label: 'Census stream job\n(event time, < 2 min)', col: 3, row: 1, width: 210 },
    { id: 'cdb', label: 'census store', col: 4, row: 1 },
    { id: 'dash', label: 'bed managers\nlive view', col: 5, row: 1 },
    { id: 'raw', label: 'raw HL7 store\n(7 y, immutable)', col: 2, row: 2 },
    { id: 'lake', label: 'Delta lake\n(versioned, MERGE)', col: 3, row: 2 },
    { id: 'marts', label: 'quality marts\n(by 07:00)', col: 4, row: 2 },
    { id: 'bi', label: 'quality team BI', col: 5, row: 2 },
    { id: 'audit', label: 'audit store\n(privacy office)', col: 4, row: 3 },
    { id: 'af', label: 'Airflow + DQ checks', col: 2, row: 3 },
  ],
  arrows: [
    { from: 'ehr', to: 'rh', label: 'HL7 v2' },
    { from: 'rh', to: 'lst', label: 'MLLP' },
    { from: 'lst', to: 'k', label: 'Kafka protocol' },
    { from: 'k', to: 'census' },
    { from: 'census', to: 'cdb', label: 'JDBC' },
    { from: 'cdb', to: 'dash', label: 'HTTPS' },
    { from: 'lst', to: 'raw', label: 'S3 API' },
    { from: 'fhir', to: 'raw', label: 'HTTPS', via: [[1, 1.5]] },
    { from: 'logs', to: 'raw', label: 'SFTP' },
    { from: 'k', to: 'lake', via: [[3.5, 1]] },
    { from: 'raw', to: 'lake' },
    { from: 'lake', to: 'marts' },
    { from: 'marts', to: 'bi', label: 'JDBC' },
    { from: 'raw', to: 'audit', via: [[2.5, 3.5], [4, 3.5]] },
    { from: 'af', to: 'lake', dashed: true },
  ],
};

/** Healthcare, mediocre: right census and quality paths, but no access logs, no audit store, nothing for the privacy office. */
export const healthR20MediocreNoAuditTrail: SceneSpec = {
  boxes: [
    { id: 'rh', label: 'Rhapsody (HL7 v2)', col: 0, row: 0 },
    { id: 'lst', label: 'listener\n(ACK after Kafka)', col: 1, row: 0 },
    { id: 'k', label: 'Kafka', col: 2, row: 0 },
    { id: 'sp', label: 'Spark streaming\ncensus', col: 3, row: 0 },
    { id: 'cs', label: 'census table', col: 4, row: 0 },
    { id: 'fhir', label: 'FHIR bulk NDJSON', col: 0, row: 1 },
    { id: 'bronze', label: 'bronze (raw)', col: 2, row: 1 },
    { id: 'silver', label: 'silver\n(corrections merged)', col: 3, row: 1 },
    { id: 'gold', label: 'gold quality\nmeasures', col: 4, row: 1 },
    { id: 'bi', label: 'Power BI', col: 5, row: 1 },
  ],
  arrows: [
    { from: 'rh', to: 'lst' },
    { from: 'lst', to: 'k' },
    { from: 'k', to: 'sp' },
    { from: 'sp', to: 'cs' },
    { from: 'cs', to: 'bi', via: [[5, 0]] },
    { from: 'k', to: 'bronze' },
    { from: 'fhir', to: 'bronze' },
    { from: 'bronze', to: 'silver' },
    { from: 'silver', to: 'gold' },
    { from: 'gold', to: 'bi' },
  ],
};

/** Healthcare, gamed: a ride-hailing surge diagram pasted with ward names swapped in. */
export const healthR20GamedRideDiagramPasted: SceneSpec = {
  boxes: [
    { id: 'apps', label: 'patient phone\nGPS pings', col: 0, row: 0 },
    { id: 'gw', label: 'API gateway', col: 1, row: 0 },
    { id: 'k', label: 'Kafka\nkey = driver_id', col: 2, row: 0 },
    { id: 'fl', label: 'Flink\nH3 cell windows', col: 3, row: 0 },
    { id: 'redis', label: 'Redis\nsurge per ward', col: 4, row: 0 },
    { id: 'price', label: 'pricing service', col: 5, row: 0 },
    { id: 'trips', label: 'trips Postgres', col: 1, row: 1 },
    { id: 's3', label: 'S3 lake', col: 3, row: 1 },
    { id: 'wh', label: 'Snowflake\ntrips dashboard', col: 4, row: 1 },
  ],
  arrows: [
    { from: 'apps', to: 'gw' },
    { from: 'gw', to: 'k' },
    { from: 'k', to: 'fl' },
    { from: 'fl', to: 'redis' },
    { from: 'redis', to: 'price' },
    { from: 'trips', to: 'k', label: 'CDC' },
    { from: 'k', to: 's3' },
    { from: 's3', to: 'wh' },
  ],
};

/** E-commerce, right and complete, with every store drawn as a cylinder (an ellipse lid on a rectangle). */
export const ecomR20StrongCylinders: SceneSpec = {
  boxes: [
    ...cylinder('pg', 'Shop Postgres\n(OLTP)', 0, 0),
    { id: 'apps', label: 'web / app\nclickstream (JSON)', col: 0, row: 1 },
    { id: 'sftp', label: 'partner CSVs\n(SFTP nightly)', col: 0, row: 2 },
    { id: 'dbz', label: 'Debezium CDC', col: 1, row: 0 },
    { id: 'k', label: 'Kafka\n(schema registry)', col: 2, row: 0 },
    { id: 'ss', label: 'Spark Structured\nStreaming', col: 3, row: 0 },
    ...cylinder('inv', 'inventory table\n(< 5 min)', 4, 0),
    { id: 'ops', label: 'ops dashboard', col: 5, row: 0 },
    ...cylinder('bronze', 'Delta bronze', 2, 2),
    { id: 'batch', label: 'Spark batch\nsilver / gold', col: 3, row: 2 },
    ...cylinder('wh', 'Warehouse\nstar schema', 4, 2),
    { id: 'bi', label: 'BI (by 06:00)', col: 5, row: 2 },
    { id: 'af', label: 'Airflow\n(retries, alerts)', col: 3, row: 3 },
  ],
  arrows: [
    { from: 'pg', to: 'dbz' },
    { from: 'dbz', to: 'k' },
    { from: 'apps', to: 'k' },
    { from: 'k', to: 'ss' },
    { from: 'ss', to: 'inv' },
    { from: 'inv', to: 'ops' },
    { from: 'k', to: 'bronze' },
    { from: 'sftp', to: 'bronze' },
    { from: 'bronze', to: 'batch' },
    { from: 'batch', to: 'wh' },
    { from: 'wh', to: 'bi' },
    { from: 'af', to: 'batch', dashed: true },
  ],
};

/** E-commerce, mediocre: a streaming sub-diagram and a batch sub-diagram side by side that never meet (clickstream never lands). */
export const ecomR20MediocreSplitPipelines: SceneSpec = {
  groups: [
    { id: 'g-stream', title: 'STREAMING', style: 'dashed', col: 0, row: 0, cols: 4, rows: 1 },
    { id: 'g-batch', title: 'BATCH', style: 'dashed', col: 0, row: 2, cols: 4, rows: 1 },
  ],
  boxes: [
    { id: 'apps', label: 'clickstream', col: 0, row: 0 },
    { id: 'k', label: 'Kafka', col: 1, row: 0 },
    { id: 'ss', label: 'Spark streaming', col: 2, row: 0 },
    { id: 'inv', label: 'inventory\ndashboard', col: 3, row: 0 },
    { id: 'pg', label: 'Postgres\n(nightly dump)', col: 0, row: 2 },
    { id: 'lake', label: 'S3 lake', col: 1, row: 2 },
    { id: 'spark', label: 'Spark batch', col: 2, row: 2 },
    { id: 'wh', label: 'warehouse + BI', col: 3, row: 2 },
  ],
  arrows: [
    { from: 'apps', to: 'k' },
    { from: 'k', to: 'ss' },
    { from: 'ss', to: 'inv' },
    { from: 'pg', to: 'lake' },
    { from: 'lake', to: 'spark' },
    { from: 'spark', to: 'wh' },
  ],
};

/** E-commerce, gamed: every box is an S3 path whose folder names are keywords, chained in a line. */
export const ecomR20GamedKeywordPaths: SceneSpec = {
  boxes: [
    { id: 'a', label: 's3://lake/cdc-debezium-kafka/', col: 0, row: 0, width: 230 },
    { id: 'b', label: 's3://lake/exactly-once-checkpoint/', col: 1, row: 1, width: 230 },
    { id: 'c', label: 's3://lake/medallion-bronze-silver-gold/', col: 2, row: 0, width: 230 },
    { id: 'd', label: 's3://lake/star-schema-scd2-bi/', col: 3, row: 1, width: 230 },
  ],
  arrows: [
    { from: 'a', to: 'b' },
    { from: 'b', to: 'c' },
    { from: 'c', to: 'd' },
  ],
};

/** IoT, right and complete, each component drawn as an icon (image) with a caption under it. */
export const iotR20StrongIconsCaptions: SceneSpec = {
  boxes: [
    { id: 'plc', label: 'PLCs (OPC UA)', col: 0, row: 0, image: true },
    { id: 'gw', label: 'edge gateway\nMQTT + disk buffer', col: 1, row: 0, image: true },
    { id: 'k', label: 'Kafka\nkey = sensor_id', col: 2, row: 0, image: true },
    { id: 'fl', label: 'Flink\nanomalies + rollups', col: 3, row: 0, image: true },
    { id: 'push', label: 'alerts to phones\n(< 10 s)', col: 4, row: 0, image: true },
    { id: 'ts', label: 'TimescaleDB\nraw 30 d, 1-min 2 y', col: 3, row: 2, image: true },
    { id: 's3', label: 'S3 Parquet\nhourly 10 y', col: 2, row: 2, image: true },
    { id: 'mes', label: 'MES + asset registry', col: 0, row: 2, image: true },
    { id: 'oee', label: 'OEE job (Airflow,\nhourly, final 06:00)', col: 1, row: 2, image: true },
    { id: 'graf', label: 'Grafana\nengineers + OEE', col: 4, row: 2, image: true },
  ],
  arrows: [
    { from: 'plc', to: 'gw' },
    { from: 'gw', to: 'k' },
    { from: 'k', to: 'fl' },
    { from: 'fl', to: 'push' },
    { from: 'fl', to: 'ts' },
    { from: 'fl', to: 's3' },
    { from: 'mes', to: 'oee' },
    { from: 's3', to: 'oee' },
    { from: 'ts', to: 'graf' },
    { from: 'oee', to: 'graf', via: [[1, 3.2], [4, 3.2]] },
  ],
};

/** IoT, mediocre: gateways polled over JDBC every minute into Postgres, alerts from a SQL query on a schedule. */
export const iotR20MediocreJdbcPolling: SceneSpec = {
  boxes: [
    { id: 'gw', label: 'edge gateways', col: 0, row: 0 },
    { id: 'poll', label: 'poller\n(every 1 min)', col: 1, row: 0 },
    { id: 'pg', label: 'Postgres\nreadings', col: 2, row: 0 },
    { id: 'sql', label: 'alert SQL\n(cron, 1 min)', col: 3, row: 0 },
    { id: 'sms', label: 'SMS to technician', col: 4, row: 0 },
    { id: 'roll', label: 'rollup job\n(nightly)', col: 2, row: 1 },
    { id: 's3', label: 'S3 archive', col: 3, row: 1 },
    { id: 'graf', label: 'Grafana', col: 4, row: 1 },
  ],
  arrows: [
    { from: 'gw', to: 'poll', label: 'JDBC' },
    { from: 'poll', to: 'pg', label: 'JDBC' },
    { from: 'pg', to: 'sql' },
    { from: 'sql', to: 'sms', label: 'HTTPS' },
    { from: 'pg', to: 'roll' },
    { from: 'roll', to: 's3' },
    { from: 'pg', to: 'graf', via: [[4, 0.5]] },
  ],
};

/** Ride-hailing, written as text lines with "->" instead of boxes and arrows; right content. */
export const rideR20UnusualTextArrows: SceneSpec = {
  boxes: [],
  notes: [
    { text: 'driver app pings (4 s) -> API gateway -> Kafka (key = driver_id)', col: 1, row: 0 },
    { text: 'Kafka -> Flink (event time, H3 res 8, 5-min window / 30 s, watermark 2 min) -> Redis (surge per cell, drivers TTL)', col: 1, row: 1 },
    { text: 'Redis -> pricing service (ms reads) ; Redis -> ops live map', col: 1, row: 2 },
    { text: 'trip Postgres -> Debezium CDC -> Kafka', col: 1, row: 3 },
    { text: 'Kafka -> S3 Iceberg (pings 90 d) -> Spark nightly (Airflow) -> warehouse -> dashboard by 07:00', col: 1, row: 4 },
    { text: 'settlement files -> S3 -> Spark nightly', col: 1, row: 5 },
  ],
};

/** Ride-hailing, right and complete, drawn with icons (images) and captions, on the AWS services. */
export const rideR20UnusualIconsCaptions: SceneSpec = {
  boxes: [
    { id: 'app', label: 'driver / rider apps', col: 0, row: 0, image: true },
    { id: 'gw', label: 'API Gateway', col: 1, row: 0, image: true },
    { id: 'msk', label: 'MSK (Kafka)\nkey = driver_id', col: 2, row: 0, image: true },
    { id: 'flink', label: 'Managed Flink\nH3 surge, 30 s', col: 3, row: 0, image: true },
    { id: 'redis', label: 'ElastiCache Redis\nsurge + positions', col: 4, row: 0, image: true },
    { id: 'price', label: 'pricing service', col: 5, row: 0, image: true },
    { id: 'rds', label: 'trips RDS Postgres', col: 1, row: 2, image: true },
    { id: 'dbz', label: 'Debezium CDC', col: 2, row: 2, image: true },
    { id: 's3', label: 'S3 Iceberg\npings 90 d', col: 3, row: 2, image: true },
    { id: 'glue', label: 'Glue Spark nightly\n(MWAA)', col: 4, row: 2, image: true },
    { id: 'rs', label: 'Redshift + QuickSight\nby 07:00', col: 5, row: 2, image: true },
  ],
  arrows: [
    { from: 'app', to: 'gw' },
    { from: 'gw', to: 'msk' },
    { from: 'msk', to: 'flink' },
    { from: 'flink', to: 'redis' },
    { from: 'redis', to: 'price' },
    { from: 'rds', to: 'dbz' },
    { from: 'dbz', to: 'msk' },
    { from: 'msk', to: 's3' },
    { from: 's3', to: 'glue' },
    { from: 'glue', to: 'rs' },
  ],
};
