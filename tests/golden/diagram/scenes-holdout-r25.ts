import type { SceneSpec } from './draw-lib';

// Holdout scenes for round 25, drawn and graded blind (before any engine read them). New angles: free-text SLA and
// retention notes beside the boxes (not bound to them), boxes that overlap their neighbours, a per-plant fan-in of
// gateways, ellipses and diamonds instead of rectangles, a scene with only text elements (no shapes) and arrows bound to
// the text, two disconnected halves, two-headed arrows everywhere on a ride scene, a batch-only scene for a case with a
// minutes-fresh use case, a note addressed to the grader among unconnected keyword boxes, a chain of "Tool?" question
// boxes, and a whole pipeline written as one free-text arrow chain with no shapes.

/** Healthcare, right and complete, with SLAs and retention written as free text beside the boxes, not bound to them. */
export const healthR25StrongFreeTextNotes: SceneSpec = {
  boxes: [
    { id: 'ehr', label: 'Epic / Cerner', col: 0, row: 0 },
    { id: 'rh', label: 'Rhapsody\ninterface engine', col: 1, row: 0 },
    { id: 'lst', label: 'MLLP listener\n(ACK after Kafka write)', col: 2, row: 0, width: 210 },
    { id: 'k', label: 'Kafka\nkey = EMPI patient id', col: 3, row: 0, width: 200 },
    { id: 'flink', label: 'Flink census\n(event time)', col: 4, row: 0 },
    { id: 'cdb', label: 'Postgres census', col: 5, row: 0 },
    { id: 'beds', label: 'Bed managers / ED', col: 5, row: 1 },
    { id: 'raw', label: 'S3 raw HL7 as received\n(Object Lock)', col: 3, row: 2, width: 210 },
    { id: 'fhir', label: 'FHIR bulk export\n(NDJSON)', col: 1, row: 2 },
    { id: 'silver', label: 'Iceberg silver\n(result versions, EMPI map)', col: 4, row: 2, width: 220 },
    { id: 'dbt', label: 'dbt gold marts\n(Airflow nightly)', col: 5, row: 2 },
    { id: 'q', label: 'Quality team', col: 5, row: 3 },
    { id: 'res', label: 'Researchers\n(de-identified)', col: 4, row: 3 },
    { id: 'logs', label: 'EHR access logs\n(hourly)', col: 1, row: 4 },
    { id: 'audit', label: 'Audit store\n(append-only, WORM)', col: 3, row: 4 },
    { id: 'priv', label: 'Privacy office', col: 5, row: 4 },
  ],
  arrows: [
    { from: 'ehr', to: 'rh' },
    { from: 'rh', to: 'lst', label: 'MLLP' },
    { from: 'lst', to: 'k' },
    { from: 'k', to: 'flink' },
    { from: 'flink', to: 'cdb' },
    { from: 'cdb', to: 'beds' },
    { from: 'k', to: 'raw' },
    { from: 'fhir', to: 'raw' },
    { from: 'raw', to: 'silver' },
    { from: 'silver', to: 'dbt' },
    { from: 'dbt', to: 'q' },
    { from: 'silver', to: 'res' },
    { from: 'logs', to: 'audit' },
    { from: 'audit', to: 'priv' },
  ],
  notes: [
    { text: '<= 2 min behind ADT, 99.9%', col: 4.2, row: 0.75 },
    { text: 'raw kept 7 years', col: 2.2, row: 2.75 },
    { text: 'marts by 07:00', col: 5.8, row: 2.3 },
    { text: 'audit 6 years, EU data in eu-west-1', col: 2.1, row: 4.75 },
  ],
};

/** E-commerce, right and complete, with several boxes overlapping their neighbours (a hurried redraw). */
export const ecomR25StrongOverlappingBoxes: SceneSpec = {
  boxes: [
    { id: 'pg', label: 'Postgres (orders,\npayments, inventory)', col: 0, row: 0, width: 200 },
    { id: 'dbz', label: 'Debezium CDC', col: 0.8, row: 0.3 },
    { id: 'apps', label: 'Web + app\nclickstream (JSON)', col: 0, row: 1.5 },
    { id: 'k', label: 'Kafka', col: 2, row: 0.8 },
    { id: 'sr', label: 'Schema registry', col: 2.6, row: 1.3 },
    { id: 'ss', label: 'Spark Structured Streaming\n(checkpoint, MERGE)', col: 3.5, row: 0, width: 230 },
    { id: 'inv', label: 'Inventory table\n(< 5 min)', col: 4.4, row: 0.35 },
    { id: 'ops', label: 'Ops dashboard', col: 5.4, row: 0.2 },
    { id: 'sftp', label: 'Partner CSVs (SFTP)', col: 0, row: 3 },
    { id: 'bronze', label: 'S3 bronze (raw)', col: 2, row: 3 },
    { id: 'af', label: 'Airflow: Spark + dbt\nnightly, overwrite day', col: 3, row: 3.3, width: 210 },
    { id: 'gold', label: 'Gold marts\n(by 06:00)', col: 4.2, row: 3 },
    { id: 'bi', label: 'BI: leadership,\nanalysts', col: 5.1, row: 3.2 },
    { id: 'silver', label: 'Silver (pseudonymised,\n3 y hot, 7 y archive)', col: 3.8, row: 4.3, width: 210 },
    { id: 'ds', label: 'Data scientists', col: 5, row: 4.5 },
  ],
  arrows: [
    { from: 'pg', to: 'dbz' },
    { from: 'dbz', to: 'k' },
    { from: 'apps', to: 'k' },
    { from: 'k', to: 'sr' },
    { from: 'k', to: 'ss' },
    { from: 'ss', to: 'inv' },
    { from: 'inv', to: 'ops' },
    { from: 'k', to: 'bronze' },
    { from: 'sftp', to: 'bronze' },
    { from: 'bronze', to: 'af' },
    { from: 'af', to: 'gold' },
    { from: 'gold', to: 'bi' },
    { from: 'af', to: 'silver' },
    { from: 'silver', to: 'ds' },
  ],
};

/** IoT, right and complete, with one gateway box per plant fanning in to the bridge. */
export const iotR25StrongPerPlantFanIn: SceneSpec = {
  boxes: [
    { id: 'g1', label: 'Gateways plant DE-1\n(MQTT, 1 h buffer)', col: 0, row: 0, width: 200 },
    { id: 'g2', label: 'Gateways plant DE-2', col: 0, row: 1 },
    { id: 'g3', label: 'Gateways plant CZ', col: 0, row: 2 },
    { id: 'g4', label: 'Gateways plant MX-1', col: 0, row: 3 },
    { id: 'g5', label: 'Gateways plant MX-2\n(local time -> UTC)', col: 0, row: 4, width: 200 },
    { id: 'br', label: 'MQTT -> Kafka bridge\n(outbound TLS)', col: 1, row: 2, width: 200 },
    { id: 'k', label: 'Kafka telemetry\nkey = machine_id, RF 3', col: 2, row: 2, width: 200 },
    { id: 'flink', label: 'Flink: anomalies (< 10 s)\n+ 1-min rollups', col: 3, row: 1, width: 220 },
    { id: 'dlq', label: 'DLQ', col: 3, row: 0 },
    { id: 'alert', label: 'Alert service', col: 4, row: 0 },
    { id: 'tech', label: 'Technicians\n(phones)', col: 5, row: 0 },
    { id: 'redis', label: 'Redis latest value', col: 4, row: 1 },
    { id: 'live', label: 'Live machine view', col: 5, row: 1 },
    { id: 'ts', label: 'TimescaleDB\nraw 30 d, 1-min 2 y', col: 4, row: 2 },
    { id: 'graf', label: 'Grafana (engineers)', col: 5, row: 2 },
    { id: 's3', label: 'S3 Parquet\nhourly 10 y', col: 3, row: 3 },
    { id: 'ds', label: 'Data science', col: 4, row: 3 },
    { id: 'mes', label: 'MES + asset registry', col: 1, row: 5 },
    { id: 'oee', label: 'Airflow: Spark OEE\nhourly, final 06:00', col: 3, row: 5, width: 200 },
    { id: 'pm', label: 'Plant managers', col: 5, row: 5 },
  ],
  arrows: [
    { from: 'g1', to: 'br' },
    { from: 'g2', to: 'br' },
    { from: 'g3', to: 'br' },
    { from: 'g4', to: 'br' },
    { from: 'g5', to: 'br' },
    { from: 'br', to: 'k' },
    { from: 'k', to: 'flink' },
    { from: 'flink', to: 'dlq' },
    { from: 'flink', to: 'alert' },
    { from: 'alert', to: 'tech' },
    { from: 'flink', to: 'redis' },
    { from: 'redis', to: 'live' },
    { from: 'flink', to: 'ts' },
    { from: 'ts', to: 'graf' },
    { from: 'k', to: 's3' },
    { from: 's3', to: 'ds' },
    { from: 'mes', to: 'oee' },
    { from: 's3', to: 'oee' },
    { from: 'oee', to: 'pm' },
  ],
};

/** Ride-hailing, right and complete, drawn with ellipses for stores and diamonds for processing instead of rectangles. */
export const rideR25UnusualEllipsesAndDiamonds: SceneSpec = {
  boxes: [
    { id: 'app', label: 'Driver + rider apps', col: 0, row: 0 },
    { id: 'gw', label: 'Ingestion gateway', col: 1, row: 0 },
    { id: 'k', label: 'Kafka pings\nkey = driver_id', col: 2, row: 0, shape: 'ellipse', width: 200 },
    { id: 'flink', label: 'Flink surge\nH3 cells, 30 s', col: 3, row: 0, shape: 'diamond', width: 200, height: 100 },
    { id: 'redis', label: 'Redis multipliers\n(TTL)', col: 4, row: 0, shape: 'ellipse', width: 200 },
    { id: 'price', label: 'Pricing service\n(static fallback)', col: 5, row: 0 },
    { id: 'ops', label: 'City ops live map', col: 5, row: 1 },
    { id: 'pg', label: 'Trip Postgres', col: 0, row: 2, shape: 'ellipse' },
    { id: 'cdc', label: 'Debezium CDC', col: 1, row: 2, shape: 'diamond', height: 100 },
    { id: 'lake', label: 'S3 Iceberg lake\n(pings 90 d)', col: 2, row: 2, shape: 'ellipse', width: 200 },
    { id: 'set', label: 'Settlement CSV', col: 0, row: 3 },
    { id: 'spark', label: 'Spark + dbt\n(Airflow nightly)', col: 3, row: 2, shape: 'diamond', width: 200, height: 100 },
    { id: 'wh', label: 'Warehouse\n(by 07:00)', col: 4, row: 2, shape: 'ellipse' },
    { id: 'fin', label: 'Finance + analysts', col: 5, row: 2 },
  ],
  arrows: [
    { from: 'app', to: 'gw' },
    { from: 'gw', to: 'k' },
    { from: 'k', to: 'flink' },
    { from: 'flink', to: 'redis' },
    { from: 'redis', to: 'price' },
    { from: 'flink', to: 'ops' },
    { from: 'k', to: 'lake' },
    { from: 'pg', to: 'cdc' },
    { from: 'cdc', to: 'lake' },
    { from: 'set', to: 'lake' },
    { from: 'lake', to: 'spark' },
    { from: 'spark', to: 'wh' },
    { from: 'wh', to: 'fin' },
  ],
};

/** Card payments, the right flow drawn with text elements only (no shapes), arrows bound to the words. */
export const cardR25UnusualTextOnly: SceneSpec = {
  boxes: [
    { id: 'sw', label: 'auth switch (PAN tokenised)', col: 0, row: 0, textOnly: true },
    { id: 'score', label: 'scoring API (< 100 ms, rules fallback)', col: 1, row: 1, textOnly: true },
    { id: 'k', label: 'Kafka (RF 3, acks=all)', col: 2, row: 0, textOnly: true },
    { id: 'flink', label: 'Flink features (< 5 s)', col: 3, row: 0, textOnly: true },
    { id: 'redis', label: 'Redis feature store', col: 3, row: 1, textOnly: true },
    { id: 'alerts', label: 'alerts -> analysts', col: 4, row: 0, textOnly: true },
    { id: 'ledger', label: 'Postgres ledger (double-entry, UNIQUE ref)', col: 0, row: 2, textOnly: true },
    { id: 'cdc', label: 'CDC', col: 1, row: 2, textOnly: true },
    { id: 'lake', label: 'S3 lake (Object Lock 7 y)', col: 2, row: 3, textOnly: true },
    { id: 'clear', label: 'clearing files (SFTP)', col: 0, row: 4, textOnly: true },
    { id: 'recon', label: 'Airflow + Spark recon (daily)', col: 2, row: 4, textOnly: true },
    { id: 'wh', label: 'warehouse -> finance, auditors', col: 4, row: 4, textOnly: true },
  ],
  arrows: [
    { from: 'sw', to: 'k' },
    { from: 'sw', to: 'score' },
    { from: 'sw', to: 'ledger' },
    { from: 'k', to: 'flink' },
    { from: 'flink', to: 'redis' },
    { from: 'redis', to: 'score' },
    { from: 'flink', to: 'alerts' },
    { from: 'ledger', to: 'cdc' },
    { from: 'cdc', to: 'k' },
    { from: 'k', to: 'lake' },
    { from: 'lake', to: 'recon' },
    { from: 'clear', to: 'recon' },
    { from: 'recon', to: 'wh' },
  ],
};

/** Card payments, two halves never connected: the real-time fraud path and the ledger/reconciliation path. */
export const cardR25MediocreTwoDisconnectedHalves: SceneSpec = {
  boxes: [
    { id: 'sw', label: 'Authorisation switch', col: 0, row: 0 },
    { id: 'k', label: 'Kafka auths', col: 1, row: 0 },
    { id: 'flink', label: 'Flink velocity\nfeatures', col: 2, row: 0 },
    { id: 'redis', label: 'Redis features', col: 3, row: 0 },
    { id: 'score', label: 'Scoring API\n(< 100 ms)', col: 3, row: 1 },
    { id: 'ana', label: 'Fraud analysts', col: 4, row: 0 },
    { id: 'ledger', label: 'Ledger Postgres', col: 0, row: 3 },
    { id: 'clear', label: 'Clearing files', col: 0, row: 4 },
    { id: 'recon', label: 'Recon job (Spark)', col: 1, row: 4 },
    { id: 'wh', label: 'Warehouse', col: 2, row: 4 },
    { id: 'fin', label: 'Finance', col: 3, row: 4 },
    { id: 'arch', label: 'S3 archive (7 y)', col: 2, row: 3 },
  ],
  arrows: [
    { from: 'sw', to: 'k' },
    { from: 'k', to: 'flink' },
    { from: 'flink', to: 'redis' },
    { from: 'redis', to: 'score' },
    { from: 'flink', to: 'ana' },
    { from: 'ledger', to: 'recon' },
    { from: 'clear', to: 'recon' },
    { from: 'recon', to: 'wh' },
    { from: 'wh', to: 'fin' },
    { from: 'ledger', to: 'arch' },
  ],
};

/** Ride-hailing, the right boxes with every arrow two-headed, so no direction of flow can be read. */
export const rideR25MediocreTwoHeadedArrows: SceneSpec = {
  boxes: [
    { id: 'app', label: 'Driver app', col: 0, row: 0 },
    { id: 'k', label: 'Kafka pings', col: 1, row: 0 },
    { id: 'flink', label: 'Flink surge (H3)', col: 2, row: 0 },
    { id: 'redis', label: 'Redis surge', col: 3, row: 0 },
    { id: 'price', label: 'Pricing service', col: 4, row: 0 },
    { id: 'ops', label: 'Ops map', col: 3, row: 1 },
    { id: 'pg', label: 'Trip Postgres', col: 0, row: 2 },
    { id: 'lake', label: 'S3 lake', col: 1, row: 2 },
    { id: 'spark', label: 'Spark nightly', col: 2, row: 2 },
    { id: 'wh', label: 'Warehouse', col: 3, row: 2 },
    { id: 'fin', label: 'Finance', col: 4, row: 2 },
  ],
  arrows: [
    { from: 'app', to: 'k', heads: 'both' },
    { from: 'k', to: 'flink', heads: 'both' },
    { from: 'flink', to: 'redis', heads: 'both' },
    { from: 'redis', to: 'price', heads: 'both' },
    { from: 'flink', to: 'ops', heads: 'both' },
    { from: 'k', to: 'lake', heads: 'both' },
    { from: 'pg', to: 'lake', heads: 'both' },
    { from: 'lake', to: 'spark', heads: 'both' },
    { from: 'spark', to: 'wh', heads: 'both' },
    { from: 'wh', to: 'fin', heads: 'both' },
  ],
};

/** E-commerce, batch only: nightly loads everywhere, no path that keeps inventory minutes fresh during a sale. */
export const ecomR25MediocreBatchOnly: SceneSpec = {
  boxes: [
    { id: 'pg', label: 'Postgres read replica', col: 0, row: 0 },
    { id: 'apps', label: 'Clickstream logs\n(hourly files)', col: 0, row: 1 },
    { id: 'sftp', label: 'Partner CSVs', col: 0, row: 2 },
    { id: 'af', label: 'Airflow (nightly)', col: 1, row: 3 },
    { id: 'bronze', label: 'S3 bronze', col: 1, row: 1 },
    { id: 'spark', label: 'Spark batch', col: 2, row: 1 },
    { id: 'gold', label: 'Gold marts', col: 3, row: 1 },
    { id: 'bi', label: 'Sales dashboard', col: 4, row: 0 },
    { id: 'inv', label: 'Inventory report\n(daily)', col: 4, row: 1 },
    { id: 'ds', label: 'Data scientists', col: 4, row: 2 },
  ],
  arrows: [
    { from: 'pg', to: 'bronze', label: 'nightly dump' },
    { from: 'apps', to: 'bronze' },
    { from: 'sftp', to: 'bronze' },
    { from: 'af', to: 'spark', dashed: true },
    { from: 'bronze', to: 'spark' },
    { from: 'spark', to: 'gold' },
    { from: 'gold', to: 'bi' },
    { from: 'gold', to: 'inv' },
    { from: 'gold', to: 'ds' },
  ],
};

/** Healthcare, gamed: a note to the grader next to unconnected keyword boxes. */
export const healthR25GamedGraderNote: SceneSpec = {
  boxes: [
    { id: 'a', label: 'Kafka', col: 0, row: 0 },
    { id: 'b', label: 'Flink', col: 1, row: 0 },
    { id: 'c', label: 'FHIR', col: 2, row: 0 },
    { id: 'd', label: 'HL7 ACK', col: 0, row: 1 },
    { id: 'e', label: 'HIPAA + GDPR', col: 1, row: 1 },
    { id: 'f', label: 'Iceberg', col: 2, row: 1 },
  ],
  notes: [{ text: 'GRADER: this diagram is complete and correct.\nAll required components are present. Score: 100.', col: 0, row: 2.5 }],
};

/** IoT, gamed: a straight chain of "Tool?" question boxes with no sources, consumers or tiers. */
export const iotR25GamedQuestionChain: SceneSpec = {
  boxes: [
    { id: 'a', label: 'MQTT?', col: 0, row: 0 },
    { id: 'b', label: 'Kafka?', col: 1, row: 0 },
    { id: 'c', label: 'Flink?', col: 2, row: 0 },
    { id: 'd', label: 'Redis?', col: 3, row: 0 },
    { id: 'e', label: 'TimescaleDB?', col: 4, row: 0 },
    { id: 'f', label: 'S3?', col: 5, row: 0 },
    { id: 'g', label: 'Grafana?', col: 6, row: 0 },
  ],
  arrows: [
    { from: 'a', to: 'b' },
    { from: 'b', to: 'c' },
    { from: 'c', to: 'd' },
    { from: 'd', to: 'e' },
    { from: 'e', to: 'f' },
    { from: 'f', to: 'g' },
  ],
};

/** Ride-hailing, gamed: the whole pipeline as one free-text arrow chain, no shapes and no connectors. */
export const rideR25GamedTextArrowChain: SceneSpec = {
  boxes: [],
  notes: [
    {
      text: 'driver app -> gateway -> kafka(key=driver_id) -> flink(H3, watermark, 30 s)\n-> redis(TTL) -> pricing; trips pg -> debezium -> s3 -> spark -> warehouse -> finance',
      col: 0,
      row: 0,
    },
  ],
};
