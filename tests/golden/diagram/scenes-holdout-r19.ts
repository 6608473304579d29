import type { SceneSpec } from './draw-lib';

// Holdout scenes for round 19, drawn and graded blind (before any engine read them). New angles: two components
// written in one box ("Kafka + Flink"), ellipses and diamonds as components, right-to-left and bottom-to-top flow
// with correct arrows, elbow (multi-point) arrows, a correct feedback loop (replay from the lake), arrows that end
// on a caption text instead of its box, freehand scribbles over a right diagram, clean diagrams missing exactly one
// key component, every arrow drawn twice between the same pair, the interview's own stages chained as boxes,
// everything in one box, and a lone scribble.

/** Card payments, right and complete, but pairs of components share a box ("Kafka + Flink", "Redis + scoring API"). */
export const cardR19UnusualCombinedBoxes: SceneSpec = {
  boxes: [
    { id: 'net', label: 'Visa / Mastercard', col: 0, row: 0 },
    { id: 'sw', label: 'Auth switch\n(tokenises PAN)', col: 1, row: 0 },
    { id: 'score', label: 'Scoring API + Redis features\n(< 100 ms, rules fallback)', col: 2, row: 0, width: 230 },
    { id: 'ledger', label: 'Postgres ledger + Debezium\n(double-entry, CDC)', col: 1, row: 1, width: 230 },
    { id: 'stream', label: 'Kafka + Flink\n(velocity features < 5 s)', col: 2, row: 1, width: 230 },
    { id: 'alerts', label: 'Alert queue\n(fraud analysts)', col: 3, row: 1 },
    { id: 'sftp', label: 'Clearing files\n(SFTP, daily)', col: 0, row: 2 },
    { id: 'lake', label: 'S3 Iceberg + Object Lock\n(7 years)', col: 2, row: 2, width: 230 },
    { id: 'recon', label: 'Airflow + Spark recon\n(by 09:00)', col: 1, row: 3, width: 230 },
    { id: 'wh', label: 'Snowflake + BI\n(finance, audit)', col: 3, row: 3 },
    { id: 'ops', label: 'DLQ + monitoring', col: 3, row: 2 },
  ],
  arrows: [
    { from: 'net', to: 'sw' },
    { from: 'sw', to: 'score', label: 'score' },
    { from: 'sw', to: 'ledger', label: 'post hold' },
    { from: 'sw', to: 'stream', label: 'auth events' },
    { from: 'ledger', to: 'stream', label: 'CDC' },
    { from: 'stream', to: 'score', label: 'features' },
    { from: 'stream', to: 'alerts' },
    { from: 'stream', to: 'lake' },
    { from: 'stream', to: 'ops', dashed: true },
    { from: 'sftp', to: 'recon' },
    { from: 'lake', to: 'recon' },
    { from: 'recon', to: 'wh', via: [[2.5, 3]] },
  ],
};

/** Card payments, clean and right except that the ledger is missing: holds, CDC and reconciliation have no ledger. */
export const cardR19MediocreMissingLedger: SceneSpec = {
  boxes: [
    { id: 'net', label: 'Visa / Mastercard', col: 0, row: 0 },
    { id: 'sw', label: 'Auth switch\n(tokenises PAN)', col: 1, row: 0 },
    { id: 'score', label: 'Scoring API\n(< 100 ms)', col: 2, row: 0 },
    { id: 'redis', label: 'Redis online\nfeature store', col: 3, row: 0 },
    { id: 'rules', label: 'static rules\n(fallback)', col: 2, row: 1 },
    { id: 'k', label: 'Kafka\n(RF 3, acks=all)', col: 1, row: 2 },
    { id: 'fl', label: 'Flink velocity\nfeatures', col: 2, row: 2 },
    { id: 'alerts', label: 'analyst alert\nqueue', col: 3, row: 2 },
    { id: 's3', label: 'S3 Iceberg\nObject Lock 7 y', col: 1, row: 3 },
    { id: 'sftp', label: 'clearing files\n(SFTP)', col: 0, row: 3 },
    { id: 'recon', label: 'Spark recon\n(09:00)', col: 2, row: 3 },
    { id: 'wh', label: 'Warehouse\n(finance)', col: 3, row: 3 },
    { id: 'af', label: 'Airflow', col: 2, row: 4 },
  ],
  arrows: [
    { from: 'net', to: 'sw' },
    { from: 'sw', to: 'score' },
    { from: 'score', to: 'redis' },
    { from: 'score', to: 'rules', dashed: true, label: 'timeout' },
    { from: 'sw', to: 'k', label: 'auth events' },
    { from: 'k', to: 'fl' },
    { from: 'fl', to: 'redis', via: [[3, 1]] },
    { from: 'fl', to: 'alerts' },
    { from: 'k', to: 's3' },
    { from: 'sftp', to: 's3' },
    { from: 's3', to: 'recon' },
    { from: 'recon', to: 'wh' },
    { from: 'af', to: 'recon', dashed: true },
  ],
};

/** E-commerce, right and complete, drawn right to left: sources on the right, consumers on the left; arrows point left. */
export const ecomR19StrongRightToLeft: SceneSpec = {
  boxes: [
    { id: 'pg', label: 'Shop Postgres\n(OLTP)', col: 5, row: 0 },
    { id: 'apps', label: 'Web / mobile\nclickstream', col: 5, row: 1 },
    { id: 'sftp', label: 'Partner CSVs\n(SFTP nightly)', col: 5, row: 2 },
    { id: 'cdc', label: 'Debezium CDC', col: 4, row: 0 },
    { id: 'k', label: 'Kafka\n(+ schema registry)', col: 3, row: 1 },
    { id: 'sss', label: 'Spark Structured\nStreaming (inventory)', col: 2, row: 0 },
    { id: 'bronze', label: 'S3 bronze\n(raw)', col: 2, row: 1 },
    { id: 'batch', label: 'Spark batch\nsilver -> gold', col: 1, row: 1 },
    { id: 'inv', label: 'Inventory table\n(< 5 min)', col: 1, row: 0 },
    { id: 'wh', label: 'Warehouse gold\nstar schema', col: 0, row: 1 },
    { id: 'ops', label: 'Ops dashboard', col: 0, row: 0 },
    { id: 'bi', label: 'BI (by 06:00)', col: 0, row: 2 },
    { id: 'af', label: 'Airflow', col: 2, row: 2 },
    { id: 'mon', label: 'DLQ + alerting', col: 3, row: 2 },
  ],
  arrows: [
    { from: 'pg', to: 'cdc' },
    { from: 'cdc', to: 'k' },
    { from: 'apps', to: 'k' },
    { from: 'k', to: 'sss' },
    { from: 'k', to: 'bronze' },
    { from: 'sftp', to: 'bronze', via: [[4, 2.5], [2, 2.5]] },
    { from: 'sss', to: 'inv' },
    { from: 'inv', to: 'ops' },
    { from: 'bronze', to: 'batch' },
    { from: 'batch', to: 'wh' },
    { from: 'wh', to: 'bi' },
    { from: 'af', to: 'batch', dashed: true },
    { from: 'k', to: 'mon', dashed: true },
  ],
};

/** E-commerce, right and complete, but every arrow was traced twice (two identical arrows between each pair). */
export const ecomR19UnusualDoubledArrows: SceneSpec = {
  boxes: [
    { id: 'pg', label: 'Postgres (shop)', col: 0, row: 0 },
    { id: 'apps', label: 'Clickstream\n(apps, JSON)', col: 0, row: 1 },
    { id: 'sftp', label: 'Partner CSV\n(SFTP)', col: 0, row: 2 },
    { id: 'cdc', label: 'Debezium', col: 1, row: 0 },
    { id: 'k', label: 'Kafka', col: 2, row: 1 },
    { id: 'stream', label: 'Spark Streaming\ninventory', col: 3, row: 0 },
    { id: 'lake', label: 'S3 lake\nbronze/silver/gold', col: 3, row: 1 },
    { id: 'batch', label: 'Spark batch\n(nightly)', col: 3, row: 2 },
    { id: 'inv', label: 'Inventory store\n(5 min)', col: 4, row: 0 },
    { id: 'wh', label: 'Warehouse\n(dashboards 06:00)', col: 4, row: 2 },
    { id: 'af', label: 'Airflow', col: 2, row: 2 },
  ],
  arrows: [
    { from: 'pg', to: 'cdc' },
    { from: 'pg', to: 'cdc' },
    { from: 'cdc', to: 'k' },
    { from: 'cdc', to: 'k' },
    { from: 'apps', to: 'k' },
    { from: 'apps', to: 'k' },
    { from: 'k', to: 'stream' },
    { from: 'k', to: 'stream' },
    { from: 'k', to: 'lake' },
    { from: 'k', to: 'lake' },
    { from: 'sftp', to: 'af' },
    { from: 'sftp', to: 'af' },
    { from: 'af', to: 'batch' },
    { from: 'af', to: 'batch' },
    { from: 'lake', to: 'batch' },
    { from: 'lake', to: 'batch' },
    { from: 'stream', to: 'inv' },
    { from: 'stream', to: 'inv' },
    { from: 'batch', to: 'wh' },
    { from: 'batch', to: 'wh' },
  ],
};

/** E-commerce, nothing but one freehand scribble. */
export const ecomR19EmptyScribble: SceneSpec = {
  boxes: [],
  scribbles: [{ col: 1, row: 1, points: [[0, 0], [30, 12], [55, -8], [80, 20], [110, 4], [140, 30], [120, 55], [70, 40]] }],
};

/** Healthcare, right and complete, with sources as ellipses, Kafka and decision points as diamonds. */
export const healthR19UnusualEllipsesDiamonds: SceneSpec = {
  boxes: [
    { id: 'rh', label: 'Rhapsody\n(HL7 v2 copy)', col: 0, row: 0, shape: 'ellipse' },
    { id: 'fhir', label: 'FHIR bulk\nexport', col: 0, row: 1, shape: 'ellipse' },
    { id: 'claims', label: 'Claims CSV\n(SFTP)', col: 0, row: 2, shape: 'ellipse' },
    { id: 'logs', label: 'EHR access\nlogs (hourly)', col: 0, row: 3, shape: 'ellipse' },
    { id: 'mllp', label: 'MLLP listener\n(ACK after write)', col: 1, row: 0 },
    { id: 'k', label: 'Kafka\nkey = MRN', col: 2, row: 0, shape: 'diamond' },
    { id: 'census', label: 'Census stream\n(< 2 min)', col: 3, row: 0 },
    { id: 'live', label: 'Census store', col: 4, row: 0, shape: 'ellipse' },
    { id: 'raw', label: 'S3 raw as received\n(7 y, EU/US regions)', col: 2, row: 1 },
    { id: 'merge', label: 'Spark MERGE\n(corrections, A40)', col: 3, row: 1, shape: 'diamond' },
    { id: 'gold', label: 'Gold quality marts\n(by 07:00)', col: 4, row: 1 },
    { id: 'deid', label: 'De-identified\nresearch (weekly)', col: 4, row: 2 },
    { id: 'audit', label: 'Audit WORM\n(6 y)', col: 2, row: 3 },
    { id: 'af', label: 'Airflow', col: 2, row: 2, shape: 'ellipse' },
    { id: 'dlq', label: 'DLQ', col: 1, row: 1, shape: 'diamond' },
  ],
  arrows: [
    { from: 'rh', to: 'mllp' },
    { from: 'mllp', to: 'k' },
    { from: 'mllp', to: 'dlq', dashed: true },
    { from: 'k', to: 'census' },
    { from: 'census', to: 'live' },
    { from: 'k', to: 'raw' },
    { from: 'fhir', to: 'raw' },
    { from: 'claims', to: 'raw', via: [[1, 2]] },
    { from: 'raw', to: 'merge' },
    { from: 'merge', to: 'gold' },
    { from: 'merge', to: 'deid' },
    { from: 'logs', to: 'audit' },
    { from: 'af', to: 'merge', dashed: true },
  ],
};

/** Healthcare, right, but each box is blank with its name as a caption text beside it, and the arrows end on the captions. */
export const healthR19UnusualArrowsToCaptions: SceneSpec = {
  boxes: [
    { id: 'rh', label: '', col: 0, row: 0, width: 120 },
    { id: 'rh-c', label: 'Rhapsody HL7 feeds', col: 0, row: 0.6, textOnly: true },
    { id: 'mllp', label: '', col: 1, row: 0, width: 120 },
    { id: 'mllp-c', label: 'MLLP listener, ACK after Kafka', col: 1, row: 0.6, textOnly: true },
    { id: 'k', label: '', col: 2, row: 0, width: 120 },
    { id: 'k-c', label: 'Kafka (key MRN, acks=all)', col: 2, row: 0.6, textOnly: true },
    { id: 'census', label: '', col: 3, row: 0, width: 120 },
    { id: 'census-c', label: 'Flink census < 2 min', col: 3, row: 0.6, textOnly: true },
    { id: 'raw', label: '', col: 2, row: 2, width: 120 },
    { id: 'raw-c', label: 'S3 raw, as received, 7 y', col: 2, row: 2.6, textOnly: true },
    { id: 'fhir', label: '', col: 0, row: 2, width: 120 },
    { id: 'fhir-c', label: 'FHIR export + claims', col: 0, row: 2.6, textOnly: true },
    { id: 'merge', label: '', col: 3, row: 2, width: 120 },
    { id: 'merge-c', label: 'Spark MERGE w/ history', col: 3, row: 2.6, textOnly: true },
    { id: 'gold', label: '', col: 4, row: 2, width: 120 },
    { id: 'gold-c', label: 'Quality marts 07:00', col: 4, row: 2.6, textOnly: true },
    { id: 'audit', label: '', col: 0, row: 4, width: 120 },
    { id: 'audit-c', label: 'Access logs -> WORM audit', col: 0, row: 4.6, textOnly: true },
  ],
  arrows: [
    { from: 'rh', to: 'mllp-c' },
    { from: 'mllp', to: 'k-c' },
    { from: 'k', to: 'census-c' },
    { from: 'k', to: 'raw-c' },
    { from: 'fhir', to: 'raw-c' },
    { from: 'raw', to: 'merge-c' },
    { from: 'merge', to: 'gold-c' },
  ],
};

/** Healthcare, the interview's own stages chained with elbow arrows, as if they were the system. */
export const healthR19GamedInterviewStages: SceneSpec = {
  boxes: [
    { id: 'c', label: 'Clarify', col: 0, row: 0 },
    { id: 'e', label: 'Estimate', col: 1, row: 1 },
    { id: 'd', label: 'High-level design', col: 2, row: 0 },
    { id: 'f', label: 'Full system', col: 3, row: 1 },
    { id: 'dd', label: 'Deep dives', col: 4, row: 0 },
  ],
  arrows: [
    { from: 'c', to: 'e', via: [[0, 1]], elbowed: true },
    { from: 'e', to: 'd', via: [[2, 1]], elbowed: true },
    { from: 'd', to: 'f', via: [[3, 0]], elbowed: true },
    { from: 'f', to: 'dd', via: [[4, 1]], elbowed: true },
  ],
};

/** IoT, right and complete, every connector an elbow arrow with right-angle bends. */
export const iotR19StrongElbowArrows: SceneSpec = {
  boxes: [
    { id: 'gw', label: 'Edge gateways\n(MQTT, buffer 1 h)', col: 0, row: 0 },
    { id: 'bridge', label: 'MQTT -> Kafka\nbridge (TLS out)', col: 1, row: 0 },
    { id: 'k', label: 'Kafka\nkey = sensor_id', col: 2, row: 0 },
    { id: 'fl', label: 'Flink: anomalies\n+ 1-min rollups', col: 3, row: 0 },
    { id: 'alert', label: 'Alerts to phones\n(< 10 s)', col: 4, row: 0 },
    { id: 'tsdb', label: 'Time-series DB\n(minute 2 y, hour 10 y)', col: 4, row: 1 },
    { id: 's3', label: 'S3 raw Parquet\n(30 days)', col: 3, row: 2 },
    { id: 'mes', label: 'MES (SQL Server)\n+ asset registry CSV', col: 0, row: 2 },
    { id: 'batch', label: 'Spark batch\nOEE (hourly, 06:00)', col: 1, row: 3 },
    { id: 'wh', label: 'Warehouse +\nOEE dashboards', col: 3, row: 3 },
    { id: 'af', label: 'Airflow', col: 0, row: 3 },
    { id: 'dlq', label: 'DLQ + monitoring', col: 2, row: 1 },
  ],
  arrows: [
    { from: 'gw', to: 'bridge' },
    { from: 'bridge', to: 'k' },
    { from: 'k', to: 'fl' },
    { from: 'fl', to: 'alert' },
    { from: 'fl', to: 'tsdb', via: [[3, 1]], elbowed: true },
    { from: 'k', to: 's3', via: [[2, 2]], elbowed: true },
    { from: 'k', to: 'dlq', dashed: true },
    { from: 'mes', to: 'batch', via: [[1, 2]], elbowed: true },
    { from: 's3', to: 'batch', via: [[3, 2.5], [1, 2.5]], elbowed: true },
    { from: 'batch', to: 'wh' },
    { from: 'af', to: 'batch', dashed: true },
  ],
};

/** IoT, right and complete, with red freehand scribbles (underlines, a circled box, a stray squiggle) drawn over it. */
export const iotR19StrongScribblesOver: SceneSpec = {
  boxes: [
    { id: 'gw', label: 'Plant gateways\n(MQTT over TLS)', col: 0, row: 0 },
    { id: 'k', label: 'Kafka (RF 3)\nkey = sensor_id', col: 1, row: 0 },
    { id: 'fl', label: 'Flink event time\nwatermark 1 h', col: 2, row: 0 },
    { id: 'alert', label: 'Alert service\n(technicians, 10 s)', col: 3, row: 0 },
    { id: 'live', label: 'Live machine view\n(latest value)', col: 3, row: 1 },
    { id: 'tsdb', label: 'Timescale: 1-min\n(2 y) + 1-h (10 y)', col: 2, row: 1 },
    { id: 's3', label: 'S3 raw 30 d\n(Parquet)', col: 1, row: 1 },
    { id: 'mes', label: 'MES + asset\nregistry (nightly)', col: 0, row: 2 },
    { id: 'oee', label: 'Spark OEE job\n(Airflow, hourly)', col: 1, row: 2 },
    { id: 'dash', label: 'OEE dashboards', col: 2, row: 2 },
  ],
  arrows: [
    { from: 'gw', to: 'k' },
    { from: 'k', to: 'fl' },
    { from: 'fl', to: 'alert' },
    { from: 'fl', to: 'live' },
    { from: 'fl', to: 'tsdb' },
    { from: 'k', to: 's3' },
    { from: 'mes', to: 'oee' },
    { from: 's3', to: 'oee' },
    { from: 'oee', to: 'dash' },
  ],
  scribbles: [
    { col: 2, row: 0, points: [[-10, 80], [60, 84], [120, 78], [200, 82]] },
    { col: 3, row: 0, points: [[-15, -10], [100, -20], [210, 0], [215, 60], [120, 85], [0, 80], [-20, 30], [-10, -5]] },
    { col: 1, row: 2, points: [[20, 90], [35, 100], [50, 88], [65, 104], [80, 90], [95, 102]] },
  ],
};

/** IoT, clean and right except that there is no stream processor: nothing detects anomalies or sends alerts. */
export const iotR19MediocreNoStreamProcessor: SceneSpec = {
  boxes: [
    { id: 'gw', label: 'Edge gateways\n(MQTT)', col: 0, row: 0 },
    { id: 'k', label: 'Kafka\nkey = sensor_id', col: 1, row: 0 },
    { id: 'conn', label: 'Kafka Connect\nsinks', col: 2, row: 0 },
    { id: 's3', label: 'S3 raw\n(30 days)', col: 3, row: 0 },
    { id: 'tsdb', label: 'Time-series DB', col: 3, row: 1 },
    { id: 'roll', label: 'Spark batch\nrollups (min/hour)', col: 4, row: 1 },
    { id: 'mes', label: 'MES + asset\nregistry', col: 0, row: 2 },
    { id: 'oee', label: 'OEE job\n(hourly)', col: 2, row: 2 },
    { id: 'dash', label: 'OEE + trend\ndashboards', col: 4, row: 2 },
    { id: 'af', label: 'Airflow', col: 1, row: 2 },
  ],
  arrows: [
    { from: 'gw', to: 'k' },
    { from: 'k', to: 'conn' },
    { from: 'conn', to: 's3' },
    { from: 'conn', to: 'tsdb' },
    { from: 's3', to: 'roll' },
    { from: 'roll', to: 'tsdb' },
    { from: 'mes', to: 'oee', via: [[1, 2.5]] },
    { from: 'tsdb', to: 'oee' },
    { from: 'oee', to: 'dash' },
    { from: 'af', to: 'oee', dashed: true },
  ],
};

/** Ride-hailing, right and complete, drawn bottom to top: sources on the bottom row, consumers on top; arrows point up. */
export const rideR19StrongBottomToTop: SceneSpec = {
  boxes: [
    { id: 'drv', label: 'Driver app pings\n(every 4 s)', col: 0, row: 4 },
    { id: 'rid', label: 'Rider requests', col: 1, row: 4 },
    { id: 'pg', label: 'Trip Postgres', col: 3, row: 4 },
    { id: 'set', label: 'Settlement CSV\n(daily)', col: 4, row: 4 },
    { id: 'gw', label: 'Ingestion gateway', col: 0, row: 3 },
    { id: 'cdc', label: 'Debezium CDC', col: 3, row: 3 },
    { id: 'k', label: 'Kafka\n(key driver_id)', col: 1, row: 2 },
    { id: 'fl', label: 'Flink per H3 cell\n(event time, 30 s)', col: 0, row: 1 },
    { id: 'lake', label: 'S3 Iceberg\n(pings 90 d)', col: 2, row: 1 },
    { id: 'spark', label: 'Spark batch\n(Airflow)', col: 3, row: 1 },
    { id: 'redis', label: 'Redis: positions\n+ surge per cell', col: 0, row: 0 },
    { id: 'price', label: 'Pricing service', col: 1, row: 0 },
    { id: 'wh', label: 'Warehouse\ndashboard 07:00', col: 3, row: 0 },
  ],
  arrows: [
    { from: 'drv', to: 'gw' },
    { from: 'rid', to: 'gw' },
    { from: 'gw', to: 'k' },
    { from: 'pg', to: 'cdc' },
    { from: 'cdc', to: 'k' },
    { from: 'k', to: 'fl' },
    { from: 'k', to: 'lake' },
    { from: 'fl', to: 'redis' },
    { from: 'redis', to: 'price' },
    { from: 'lake', to: 'spark' },
    { from: 'set', to: 'spark', via: [[4, 1]] },
    { from: 'spark', to: 'wh' },
  ],
};

/** Ride-hailing, right and complete, with a reprocessing loop: a replay job reads the lake back into Kafka. */
export const rideR19StrongReplayLoop: SceneSpec = {
  boxes: [
    { id: 'apps', label: 'Driver + rider\napps', col: 0, row: 0 },
    { id: 'gw', label: 'Ingestion API', col: 1, row: 0 },
    { id: 'k', label: 'Kafka pings/requests\n(key driver_id)', col: 2, row: 0 },
    { id: 'fl', label: 'Flink surge\n(H3, 30 s, watermark)', col: 3, row: 0 },
    { id: 'redis', label: 'Redis surge\n+ live positions', col: 4, row: 0 },
    { id: 'price', label: 'Pricing service', col: 5, row: 0 },
    { id: 'lake', label: 'S3 Iceberg raw\n(90 days)', col: 2, row: 2 },
    { id: 'replay', label: 'Replay job\n(reprocess a range)', col: 1, row: 1 },
    { id: 'pg', label: 'Trips Postgres', col: 0, row: 2 },
    { id: 'cdc', label: 'CDC', col: 1, row: 2 },
    { id: 'spark', label: 'Spark daily\n(Airflow)', col: 3, row: 2 },
    { id: 'wh', label: 'Warehouse\n(07:00 dashboard)', col: 4, row: 2 },
    { id: 'set', label: 'Settlement CSV', col: 3, row: 3 },
  ],
  arrows: [
    { from: 'apps', to: 'gw' },
    { from: 'gw', to: 'k' },
    { from: 'k', to: 'fl' },
    { from: 'fl', to: 'redis' },
    { from: 'redis', to: 'price' },
    { from: 'k', to: 'lake' },
    { from: 'lake', to: 'replay', dashed: true, label: 'replay' },
    { from: 'replay', to: 'k', dashed: true },
    { from: 'pg', to: 'cdc' },
    { from: 'cdc', to: 'lake' },
    { from: 'lake', to: 'spark' },
    { from: 'set', to: 'spark' },
    { from: 'spark', to: 'wh' },
  ],
};

/** Ride-hailing, every processing and storage product written into one box between the sources and the consumers. */
export const rideR19GamedEverythingInOneBox: SceneSpec = {
  boxes: [
    { id: 'apps', label: 'Driver app', col: 0, row: 0 },
    { id: 'pg', label: 'Trips DB', col: 0, row: 1 },
    { id: 'all', label: 'Kafka + Flink + Redis + H3 +\nS3 + Spark + Snowflake + Airflow', col: 1, row: 0, width: 320, height: 190 },
    { id: 'price', label: 'Pricing', col: 3, row: 0 },
    { id: 'bi', label: 'Dashboards', col: 3, row: 1 },
  ],
  arrows: [
    { from: 'apps', to: 'all' },
    { from: 'pg', to: 'all' },
    { from: 'all', to: 'price' },
    { from: 'all', to: 'bi' },
  ],
};
