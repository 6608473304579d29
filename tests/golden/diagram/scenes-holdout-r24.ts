import type { ArrowSpec, BoxSpec, ScribbleSpec, SceneSpec } from './draw-lib';

// Holdout scenes for round 24, drawn and graded blind (before any engine read them). New angles: two copies of the same
// component (a second Kafka box connected to nothing), arrows labelled only with data formats ("Avro", "Parquet"), a
// cache drawn where the durable store should be, Excalidraw groups used per layer, unlabelled sink boxes, a large
// scene (about 300 elements, most of them freehand scribbles) whose core is right, a flow drawn bottom to top, ALL
// CAPS keyword boxes, another case's diagram pasted in, one box holding a config block, and outputs with no inputs.

/** Card payments, right and complete, with a second "Kafka" box left over and connected to nothing. */
export const cardR24StrongSecondKafkaUnconnected: SceneSpec = {
  boxes: [
    { id: 'sw', label: 'Authorisation switch\n(ISO 8583, PAN tokenised)', col: 0, row: 0, width: 220 },
    { id: 'ledger', label: 'Ledger Postgres\n(double-entry, UNIQUE ref)', col: 0, row: 2, width: 220 },
    { id: 'cdc', label: 'Debezium CDC', col: 1, row: 2 },
    { id: 'k', label: 'Kafka auths + ledger\n(RF 3, acks=all)', col: 2, row: 0, width: 200 },
    { id: 'flink', label: 'Flink velocity\nfeatures (< 5 s)', col: 3, row: 0 },
    { id: 'redis', label: 'Redis online\nfeature store', col: 4, row: 0 },
    { id: 'score', label: 'Scoring service\n(< 100 ms, rules fallback)', col: 4, row: 1, width: 220 },
    { id: 'alerts', label: 'Alert queue', col: 3, row: 1 },
    { id: 'ana', label: 'Fraud analysts', col: 3, row: 2 },
    { id: 'dlq', label: 'DLQ', col: 2, row: 1 },
    { id: 'sftp', label: 'Visa / MC clearing\nfiles (SFTP)', col: 0, row: 4 },
    { id: 'lake', label: 'S3 Iceberg lake\n(Object Lock 7 y)', col: 2, row: 3 },
    { id: 'af', label: 'Airflow + Spark\nrecon (by 09:00)', col: 2, row: 4 },
    { id: 'wh', label: 'Warehouse marts', col: 3, row: 4 },
    { id: 'fin', label: 'Finance', col: 4, row: 4 },
    { id: 'aud', label: 'Auditors', col: 3, row: 3 },
    { id: 'ds', label: 'Data science\n(weekly retrain)', col: 4, row: 3 },
    { id: 'k2', label: 'Kafka', col: 5, row: 2 },
  ],
  arrows: [
    { from: 'sw', to: 'k', label: 'auth events' },
    { from: 'sw', to: 'score', label: 'score?', via: [[1, 1]] },
    { from: 'sw', to: 'ledger', label: 'post hold' },
    { from: 'ledger', to: 'cdc' },
    { from: 'cdc', to: 'k' },
    { from: 'k', to: 'flink' },
    { from: 'flink', to: 'redis' },
    { from: 'redis', to: 'score' },
    { from: 'flink', to: 'alerts' },
    { from: 'alerts', to: 'ana' },
    { from: 'k', to: 'dlq', label: 'bad events' },
    { from: 'k', to: 'lake' },
    { from: 'sftp', to: 'af' },
    { from: 'lake', to: 'af' },
    { from: 'af', to: 'wh' },
    { from: 'wh', to: 'fin' },
    { from: 'lake', to: 'aud' },
    { from: 'lake', to: 'ds', via: [[3, 2.5]] },
  ],
};

/** E-commerce, right boxes, every arrow labelled only with the data format it carries. */
export const ecomR24UnusualFormatLabelsOnArrows: SceneSpec = {
  boxes: [
    { id: 'pg', label: 'Postgres\n(orders, inventory)', col: 0, row: 0 },
    { id: 'dbz', label: 'Debezium CDC', col: 1, row: 0 },
    { id: 'apps', label: 'Web + app\nclickstream', col: 0, row: 1 },
    { id: 'k', label: 'Kafka\n(+ schema registry)', col: 2, row: 0 },
    { id: 'ss', label: 'Spark Structured\nStreaming (inventory)', col: 3, row: 0, width: 200 },
    { id: 'inv', label: 'Inventory table\n(< 5 min)', col: 4, row: 0 },
    { id: 'ops', label: 'Ops team\ndashboard', col: 5, row: 0 },
    { id: 'sftp', label: 'Partner CSVs\n(SFTP)', col: 0, row: 3 },
    { id: 'bronze', label: 'S3 bronze (raw)', col: 2, row: 2 },
    { id: 'spark', label: 'Spark + dbt\nnightly (Airflow)', col: 3, row: 2 },
    { id: 'gold', label: 'Gold sales marts\n(by 06:00)', col: 4, row: 2 },
    { id: 'bi', label: 'BI: analysts,\nleadership', col: 5, row: 2 },
    { id: 'silver', label: 'Silver tables', col: 4, row: 3 },
    { id: 'ds', label: 'Data scientists', col: 5, row: 3 },
  ],
  arrows: [
    { from: 'pg', to: 'dbz', label: 'WAL' },
    { from: 'dbz', to: 'k', label: 'Avro' },
    { from: 'apps', to: 'k', label: 'JSON' },
    { from: 'k', to: 'ss', label: 'Avro' },
    { from: 'ss', to: 'inv', label: 'Delta' },
    { from: 'inv', to: 'ops', label: 'SQL' },
    { from: 'k', to: 'bronze', label: 'Parquet' },
    { from: 'sftp', to: 'bronze', label: 'CSV' },
    { from: 'bronze', to: 'spark', label: 'Parquet' },
    { from: 'spark', to: 'gold', label: 'Delta' },
    { from: 'spark', to: 'silver', label: 'Delta' },
    { from: 'gold', to: 'bi', label: 'SQL' },
    { from: 'silver', to: 'ds', label: 'Parquet' },
  ],
};

/** Healthcare, a Redis cache drawn where the durable raw store and the curated tables should be. */
export const healthR24MediocreCacheAsStore: SceneSpec = {
  boxes: [
    { id: 'ehr', label: 'Epic / Cerner', col: 0, row: 0 },
    { id: 'rh', label: 'Rhapsody (MLLP)', col: 1, row: 0 },
    { id: 'lst', label: 'MLLP listener', col: 2, row: 0 },
    { id: 'k', label: 'Kafka\nkey = patient', col: 3, row: 0 },
    { id: 'flink', label: 'Flink census', col: 4, row: 0 },
    { id: 'cdb', label: 'Census DB', col: 5, row: 0 },
    { id: 'beds', label: 'Bed managers', col: 5, row: 1 },
    { id: 'cache', label: 'Redis cache\n(all HL7, 7 years)', col: 3, row: 2 },
    { id: 'fhir', label: 'FHIR bulk', col: 1, row: 2 },
    { id: 'spark', label: 'Spark nightly', col: 4, row: 2 },
    { id: 'marts', label: 'Quality marts', col: 5, row: 2 },
    { id: 'q', label: 'Quality team', col: 5, row: 3 },
    { id: 'logs', label: 'Access logs', col: 1, row: 4 },
    { id: 'acache', label: 'Redis cache\n(audit, 6 years)', col: 3, row: 4 },
    { id: 'priv', label: 'Privacy office', col: 5, row: 4 },
  ],
  arrows: [
    { from: 'ehr', to: 'rh' },
    { from: 'rh', to: 'lst' },
    { from: 'lst', to: 'k' },
    { from: 'k', to: 'flink' },
    { from: 'flink', to: 'cdb' },
    { from: 'cdb', to: 'beds' },
    { from: 'k', to: 'cache' },
    { from: 'fhir', to: 'cache' },
    { from: 'cache', to: 'spark' },
    { from: 'spark', to: 'marts' },
    { from: 'marts', to: 'q' },
    { from: 'logs', to: 'acache' },
    { from: 'acache', to: 'priv' },
  ],
};

/** IoT, right and complete, each layer (ingest, stream, storage, serving, batch) saved as one Excalidraw group. */
export const iotR24StrongGroupsPerLayer: SceneSpec = {
  boxes: [
    { id: 'gw', label: 'Edge gateways\n(MQTT, 1 h buffer)', col: 0, row: 0, group: 'layer-ingest' },
    { id: 'bridge', label: 'MQTT -> Kafka bridge\n(outbound TLS)', col: 1, row: 0, width: 200, group: 'layer-ingest' },
    { id: 'k', label: 'Kafka\nkey = machine_id', col: 2, row: 0, group: 'layer-ingest' },
    { id: 'flink', label: 'Flink: anomalies +\n1-min rollups (event time)', col: 3, row: 0, width: 220, group: 'layer-stream' },
    { id: 'dlq', label: 'DLQ (bad readings)', col: 3, row: 1, group: 'layer-stream' },
    { id: 'alert', label: 'Alert service\n(< 10 s)', col: 4, row: 0, group: 'layer-serving' },
    { id: 'tech', label: 'Technicians', col: 5, row: 0, group: 'layer-serving' },
    { id: 'redis', label: 'Redis latest value', col: 4, row: 1, group: 'layer-serving' },
    { id: 'live', label: 'Live machine view', col: 5, row: 1, group: 'layer-serving' },
    { id: 'tsdb', label: 'TimescaleDB\nraw 30 d, 1-min 2 y', col: 3, row: 2, group: 'layer-storage' },
    { id: 's3', label: 'S3 Parquet\nhourly 10 y', col: 3, row: 3, group: 'layer-storage' },
    { id: 'graf', label: 'Grafana\n(engineers)', col: 4, row: 2, group: 'layer-serving' },
    { id: 'ds', label: 'Data science', col: 4, row: 3, group: 'layer-serving' },
    { id: 'mes', label: 'MES + asset\nregistry CSV', col: 0, row: 4, group: 'layer-batch' },
    { id: 'af', label: 'Airflow', col: 1, row: 5, group: 'layer-batch' },
    { id: 'oee', label: 'Spark OEE job\n(hourly, final 06:00)', col: 2, row: 4, width: 200, group: 'layer-batch' },
    { id: 'wh', label: 'OEE marts', col: 3, row: 4, group: 'layer-batch' },
    { id: 'pm', label: 'Plant managers', col: 4, row: 4, group: 'layer-serving' },
  ],
  arrows: [
    { from: 'gw', to: 'bridge' },
    { from: 'bridge', to: 'k' },
    { from: 'k', to: 'flink' },
    { from: 'flink', to: 'alert' },
    { from: 'alert', to: 'tech' },
    { from: 'flink', to: 'redis' },
    { from: 'redis', to: 'live' },
    { from: 'flink', to: 'dlq' },
    { from: 'flink', to: 'tsdb', via: [[2.5, 1], [2.5, 2]] },
    { from: 'tsdb', to: 'graf' },
    { from: 'tsdb', to: 's3', label: 'hourly rollups' },
    { from: 's3', to: 'ds' },
    { from: 'mes', to: 'oee' },
    { from: 'tsdb', to: 'oee' },
    { from: 'af', to: 'oee' },
    { from: 'oee', to: 'wh' },
    { from: 'wh', to: 'pm' },
  ],
};

/** Ride-hailing, right flow with the stores at the end drawn as empty, unlabelled boxes. */
export const rideR24MediocreUnlabelledSinks: SceneSpec = {
  boxes: [
    { id: 'app', label: 'Driver app', col: 0, row: 0 },
    { id: 'gw', label: 'Ingestion gateway', col: 1, row: 0 },
    { id: 'k', label: 'Kafka\nkey = driver_id', col: 2, row: 0 },
    { id: 'flink', label: 'Flink surge job\n(H3, every 30 s)', col: 3, row: 0 },
    { id: 's1', label: '', col: 4, row: 0 },
    { id: 'pricing', label: 'Pricing service', col: 5, row: 0 },
    { id: 'ops', label: 'City ops map', col: 5, row: 1 },
    { id: 'pg', label: 'Trip Postgres', col: 0, row: 2 },
    { id: 'cdc', label: 'Debezium', col: 1, row: 2 },
    { id: 's2', label: '', col: 3, row: 2 },
    { id: 'spark', label: 'Nightly Spark\n(Airflow)', col: 4, row: 2 },
    { id: 's3', label: '', col: 5, row: 2 },
    { id: 'fin', label: 'Finance / analysts', col: 5, row: 3 },
  ],
  arrows: [
    { from: 'app', to: 'gw' },
    { from: 'gw', to: 'k' },
    { from: 'k', to: 'flink' },
    { from: 'flink', to: 's1' },
    { from: 's1', to: 'pricing' },
    { from: 's1', to: 'ops' },
    { from: 'pg', to: 'cdc' },
    { from: 'cdc', to: 'k' },
    { from: 'k', to: 's2' },
    { from: 's2', to: 'spark' },
    { from: 'spark', to: 's3' },
    { from: 's3', to: 'fin' },
  ],
};

/** Deterministic freehand squiggles: n scribbles spread over the canvas, each a short zig-zag. */
function squiggles(n: number): ScribbleSpec[] {
  const out: ScribbleSpec[] = [];
  for (let i = 0; i < n; i += 1) {
    const col = i % 6;
    const row = Math.floor(i / 6) % 6;
    const dx = (i * 37) % 90;
    const dy = (i * 53) % 40;
    out.push({ col, row, points: [[dx, dy], [dx + 12, dy + 9], [dx + 25, dy - 4], [dx + 38, dy + 11], [dx + 50, dy]] });
  }
  return out;
}

const cardCoreBoxes: BoxSpec[] = [
  { id: 'sw', label: 'Auth switch', col: 0, row: 0 },
  { id: 'k', label: 'Kafka (RF 3)', col: 1, row: 0 },
  { id: 'flink', label: 'Flink features', col: 2, row: 0 },
  { id: 'redis', label: 'Redis feature store', col: 3, row: 0 },
  { id: 'score', label: 'Scoring API\n(100 ms, fallback)', col: 3, row: 1 },
  { id: 'alerts', label: 'Alerts -> analysts', col: 2, row: 1 },
  { id: 'ledger', label: 'Ledger Postgres\n(ACID, idempotent)', col: 0, row: 2 },
  { id: 'cdc', label: 'CDC', col: 1, row: 2 },
  { id: 'lake', label: 'S3 lake, Object Lock 7 y', col: 2, row: 3, width: 220 },
  { id: 'files', label: 'Clearing files', col: 0, row: 4 },
  { id: 'recon', label: 'Airflow recon 09:00', col: 2, row: 4 },
  { id: 'wh', label: 'Warehouse', col: 3, row: 4 },
  { id: 'fin', label: 'Finance / auditors', col: 4, row: 4 },
  { id: 'ds', label: 'DS training', col: 4, row: 3 },
];
const cardCoreArrows: ArrowSpec[] = [
  { from: 'sw', to: 'k' },
  { from: 'k', to: 'flink' },
  { from: 'flink', to: 'redis' },
  { from: 'redis', to: 'score' },
  { from: 'sw', to: 'score', via: [[1, 1]] },
  { from: 'flink', to: 'alerts' },
  { from: 'sw', to: 'ledger' },
  { from: 'ledger', to: 'cdc' },
  { from: 'cdc', to: 'k' },
  { from: 'k', to: 'lake', via: [[1, 3]] },
  { from: 'files', to: 'recon' },
  { from: 'lake', to: 'recon' },
  { from: 'recon', to: 'wh' },
  { from: 'wh', to: 'fin' },
  { from: 'lake', to: 'ds' },
];

/** Card payments, a right core drawn under about 255 freehand scribbles (about 300 elements in all). */
export const cardR24UnusualLargeScribbledScene: SceneSpec = {
  boxes: cardCoreBoxes,
  arrows: cardCoreArrows,
  notes: [
    { text: 'v3 - whiteboard photo redraw', col: 5, row: 0 },
    { text: 'TODO tidy', col: 5, row: 5 },
  ],
  scribbles: squiggles(255),
};

/** E-commerce, right and complete, laid out bottom to top: sources on the bottom row, consumers at the top. */
export const ecomR24StrongBottomToTop: SceneSpec = {
  boxes: [
    { id: 'pg', label: 'Postgres (orders,\npayments, inventory)', col: 0, row: 5, width: 200 },
    { id: 'apps', label: 'Clickstream\n(web + app)', col: 1, row: 5 },
    { id: 'sftp', label: 'Partner CSVs (SFTP)', col: 3, row: 5 },
    { id: 'dbz', label: 'Debezium CDC', col: 0, row: 4 },
    { id: 'k', label: 'Kafka', col: 1, row: 4 },
    { id: 'ss', label: 'Spark Streaming\n(inventory, checkpoint)', col: 0, row: 3, width: 200 },
    { id: 'bronze', label: 'S3 bronze', col: 2, row: 3 },
    { id: 'af', label: 'Airflow', col: 4, row: 3 },
    { id: 'inv', label: 'Inventory table\n(< 5 min)', col: 0, row: 2 },
    { id: 'batch', label: 'Spark + dbt nightly\n(overwrite partition)', col: 2, row: 2, width: 210 },
    { id: 'silver', label: 'Silver (pseudonymised)', col: 3, row: 1, width: 210 },
    { id: 'gold', label: 'Gold sales marts\n(06:00)', col: 2, row: 1 },
    { id: 'ops', label: 'Ops team', col: 0, row: 0 },
    { id: 'bi', label: 'Analysts / leadership\n(BI)', col: 2, row: 0, width: 200 },
    { id: 'ds', label: 'Data scientists', col: 3, row: 0 },
  ],
  arrows: [
    { from: 'pg', to: 'dbz' },
    { from: 'dbz', to: 'k' },
    { from: 'apps', to: 'k' },
    { from: 'k', to: 'ss' },
    { from: 'k', to: 'bronze' },
    { from: 'sftp', to: 'bronze' },
    { from: 'ss', to: 'inv' },
    { from: 'inv', to: 'ops' },
    { from: 'bronze', to: 'batch' },
    { from: 'af', to: 'batch' },
    { from: 'batch', to: 'gold' },
    { from: 'batch', to: 'silver' },
    { from: 'gold', to: 'bi' },
    { from: 'silver', to: 'ds' },
  ],
};

/** Ride-hailing, ALL CAPS keyword boxes with exclamation marks and no arrows. */
export const rideR24GamedAllCapsKeywordBoxes: SceneSpec = {
  boxes: [
    { id: 'a', label: 'KAFKA!!!', col: 0, row: 0 },
    { id: 'b', label: 'FLINK!!!', col: 1, row: 0 },
    { id: 'c', label: 'REDIS!!!', col: 2, row: 0 },
    { id: 'd', label: 'H3!!!', col: 3, row: 0 },
    { id: 'e', label: 'SURGE!!!', col: 0, row: 1 },
    { id: 'f', label: 'WATERMARKS!!!', col: 1, row: 1 },
    { id: 'g', label: 'EXACTLY-ONCE!!!', col: 2, row: 1 },
    { id: 'h', label: 'GDPR!!!', col: 3, row: 1 },
  ],
};

/** Healthcare case, the card-payments diagram pasted in (switch, fraud scoring, ledger, clearing files). */
export const healthR24GamedCardDiagramPasted: SceneSpec = {
  boxes: cardCoreBoxes,
  arrows: cardCoreArrows,
};

/** IoT, one box holding a YAML config block of component names, nothing else. */
export const iotR24GamedConfigBlockBox: SceneSpec = {
  boxes: [
    {
      id: 'cfg',
      label: 'pipeline:\n  ingest: mqtt -> kafka\n  stream: flink\n  alerts: 10s\n  tsdb: timescale\n  archive: s3\n  oee: spark + airflow',
      col: 1,
      row: 1,
      width: 320,
      height: 200,
    },
  ],
};

/** Card payments, the outputs right but no inputs: every flow starts at Kafka, with no switch, ledger or files. */
export const cardR24MediocreOutputsWithoutInputs: SceneSpec = {
  boxes: [
    { id: 'k', label: 'Kafka', col: 0, row: 0 },
    { id: 'flink', label: 'Flink features', col: 1, row: 0 },
    { id: 'redis', label: 'Redis feature store', col: 2, row: 0 },
    { id: 'score', label: 'Scoring API (100 ms)', col: 3, row: 0 },
    { id: 'alerts', label: 'Alert queue', col: 2, row: 1 },
    { id: 'ana', label: 'Fraud analysts', col: 3, row: 1 },
    { id: 'lake', label: 'S3 lake (7 y WORM)', col: 1, row: 2 },
    { id: 'recon', label: 'Spark recon (09:00)', col: 2, row: 2 },
    { id: 'wh', label: 'Warehouse', col: 3, row: 2 },
    { id: 'fin', label: 'Finance', col: 4, row: 2 },
    { id: 'aud', label: 'Auditors', col: 2, row: 3 },
  ],
  arrows: [
    { from: 'k', to: 'flink' },
    { from: 'flink', to: 'redis' },
    { from: 'redis', to: 'score' },
    { from: 'flink', to: 'alerts' },
    { from: 'alerts', to: 'ana' },
    { from: 'k', to: 'lake' },
    { from: 'lake', to: 'recon' },
    { from: 'recon', to: 'wh' },
    { from: 'wh', to: 'fin' },
    { from: 'lake', to: 'aud' },
  ],
};
