import type { SceneSpec } from './draw-lib';

// Holdout scenes for round 22, drawn and graded blind (before any engine read them). New angles: a flow laid out
// right to left (sources on the right, consumers on the left, arrows still pointing the data's way), every box a
// product logo with only the product's name, two different sources merged into one box, a serving store that nothing
// reads, a right cycle (a Kafka topic -> an enrichment job -> an enriched topic on the same cluster), a very sparse
// three-box diagram, a glossary written into boxes, a scene that grades itself in a note, and the case's facts drawn
// as a chain of boxes.

/** IoT, right and complete, laid out right to left: sources in the rightmost column, consumers on the left. */
export const iotR22UnusualRightToLeft: SceneSpec = {
  boxes: [
    { id: 'gw', label: 'edge gateways\n(MQTT, 1 h buffer)', col: 5, row: 0 },
    { id: 'bridge', label: 'MQTT -> Kafka\nbridge (outbound TLS)', col: 4, row: 0 },
    { id: 'k', label: 'Kafka\nkey = machine', col: 3, row: 0 },
    { id: 'flink', label: 'Flink: anomalies\n+ 1-min rollups', col: 2, row: 0 },
    { id: 'alert', label: 'alert service\n(< 10 s)', col: 1, row: 0 },
    { id: 'tech', label: 'technicians\n(phones)', col: 0, row: 0 },
    { id: 'redis', label: 'Redis\nlatest per machine', col: 1, row: 1 },
    { id: 'live', label: 'live machine\nview', col: 0, row: 1 },
    { id: 'tsdb', label: 'TimescaleDB\nraw 30 d, minute 2 y', col: 2, row: 2, width: 210 },
    { id: 'graf', label: 'Grafana\n(engineers)', col: 1, row: 2 },
    { id: 's3', label: 'S3 Parquet\nhourly 10 y', col: 2, row: 3 },
    { id: 'ds', label: 'data science\nnotebooks', col: 1, row: 3 },
    { id: 'mes', label: 'MES (SQL Server)\n+ asset registry', col: 5, row: 4, width: 200 },
    { id: 'oee', label: 'Spark OEE job\n(hourly)', col: 3, row: 4 },
    { id: 'af', label: 'Airflow', col: 3, row: 5 },
    { id: 'wh', label: 'warehouse\nOEE marts', col: 2, row: 4 },
    { id: 'oeebi', label: 'OEE dashboards\n(plant managers)', col: 1, row: 4 },
    { id: 'dlq', label: 'DLQ topic\n(bad readings)', col: 3, row: 1 },
  ],
  arrows: [
    { from: 'gw', to: 'bridge' },
    { from: 'bridge', to: 'k' },
    { from: 'k', to: 'flink' },
    { from: 'flink', to: 'alert' },
    { from: 'alert', to: 'tech' },
    { from: 'flink', to: 'redis' },
    { from: 'redis', to: 'live' },
    { from: 'flink', to: 'tsdb' },
    { from: 'tsdb', to: 'graf' },
    { from: 'tsdb', to: 's3', label: 'hourly rollups' },
    { from: 's3', to: 'ds' },
    { from: 'flink', to: 'dlq', label: 'unparseable' },
    { from: 'mes', to: 'oee' },
    { from: 'tsdb', to: 'oee' },
    { from: 'oee', to: 'wh' },
    { from: 'wh', to: 'oeebi' },
    { from: 'af', to: 'oee', label: 'schedules' },
  ],
};

/** Card payments, every component an icon captioned with a product name only (no role), arrows plausible. */
export const cardR22MediocreLogoNamesOnly: SceneSpec = {
  boxes: [
    { id: 'java', label: 'Java', col: 0, row: 0, image: true },
    { id: 'pg', label: 'PostgreSQL', col: 1, row: 1, image: true },
    { id: 'kafka', label: 'Kafka', col: 1, row: 0, image: true },
    { id: 'flink', label: 'Flink', col: 2, row: 0, image: true },
    { id: 'redis', label: 'Redis', col: 3, row: 0, image: true },
    { id: 's3', label: 'S3', col: 2, row: 2, image: true },
    { id: 'spark', label: 'Spark', col: 3, row: 2, image: true },
    { id: 'snow', label: 'Snowflake', col: 4, row: 2, image: true },
    { id: 'tableau', label: 'Tableau', col: 5, row: 2, image: true },
    { id: 'airflow', label: 'Airflow', col: 3, row: 3, image: true },
  ],
  arrows: [
    { from: 'java', to: 'kafka' },
    { from: 'java', to: 'pg' },
    { from: 'pg', to: 'kafka' },
    { from: 'kafka', to: 'flink' },
    { from: 'flink', to: 'redis' },
    { from: 'redis', to: 'java' },
    { from: 'kafka', to: 's3' },
    { from: 's3', to: 'spark' },
    { from: 'spark', to: 'snow' },
    { from: 'snow', to: 'tableau' },
    { from: 'airflow', to: 'spark' },
  ],
};

/** E-commerce, right downstream but the three sources (OLTP, clickstream, partner CSVs) drawn as one box. */
export const ecomR22MediocreSourcesMerged: SceneSpec = {
  boxes: [
    { id: 'src', label: 'sources: Postgres +\nclickstream + partner CSVs', col: 0, row: 1, width: 230 },
    { id: 'k', label: 'Kafka', col: 1, row: 1 },
    { id: 'ss', label: 'Spark Structured\nStreaming (< 5 min)', col: 2, row: 0 },
    { id: 'inv', label: 'inventory table', col: 3, row: 0 },
    { id: 'ops', label: 'ops dashboard\n(sale day)', col: 4, row: 0 },
    { id: 'bronze', label: 'S3 bronze', col: 2, row: 2 },
    { id: 'batch', label: 'Spark batch\nsilver + gold', col: 3, row: 2 },
    { id: 'wh', label: 'warehouse\n(star schema)', col: 4, row: 2 },
    { id: 'bi', label: 'BI dashboards\n(by 06:00)', col: 5, row: 2 },
    { id: 'af', label: 'Airflow', col: 3, row: 3 },
  ],
  arrows: [
    { from: 'src', to: 'k' },
    { from: 'k', to: 'ss' },
    { from: 'ss', to: 'inv' },
    { from: 'inv', to: 'ops' },
    { from: 'k', to: 'bronze' },
    { from: 'bronze', to: 'batch' },
    { from: 'batch', to: 'wh' },
    { from: 'wh', to: 'bi' },
    { from: 'af', to: 'batch', label: 'schedules' },
  ],
};

/** Ride-hailing, the surge store is drawn (Redis) but no pricing service or other reader is connected to it. */
export const rideR22MediocreServingUnread: SceneSpec = {
  boxes: [
    { id: 'app', label: 'driver app\n(pings / 4 s)', col: 0, row: 0 },
    { id: 'rider', label: 'rider app\n(requests)', col: 0, row: 1 },
    { id: 'gw', label: 'ingest gateway', col: 1, row: 0 },
    { id: 'k', label: 'Kafka\nkey = driver_id', col: 2, row: 0 },
    { id: 'flink', label: 'Flink surge job\n(H3 cells, 30 s)', col: 3, row: 0 },
    { id: 'redis', label: 'Redis\nsurge per cell', col: 4, row: 0 },
    { id: 'pg', label: 'trip DB\n(Postgres)', col: 0, row: 3 },
    { id: 'cdc', label: 'Debezium CDC', col: 1, row: 3 },
    { id: 'lake', label: 'S3 Iceberg\n(pings 90 d)', col: 3, row: 2 },
    { id: 'spark', label: 'Spark nightly', col: 4, row: 2 },
    { id: 'wh', label: 'warehouse\nmarts', col: 5, row: 2 },
    { id: 'dash', label: 'trips dashboard\n(07:00)', col: 5, row: 3 },
  ],
  arrows: [
    { from: 'app', to: 'gw' },
    { from: 'rider', to: 'gw' },
    { from: 'gw', to: 'k' },
    { from: 'k', to: 'flink' },
    { from: 'flink', to: 'redis' },
    { from: 'pg', to: 'cdc' },
    { from: 'cdc', to: 'k' },
    { from: 'k', to: 'lake' },
    { from: 'lake', to: 'spark' },
    { from: 'spark', to: 'wh' },
    { from: 'wh', to: 'dash' },
  ],
};

/** Healthcare, right and complete, with a correct cycle: raw HL7 topic -> enrichment job -> enriched topic on Kafka. */
export const healthR22StrongEnrichmentCycle: SceneSpec = {
  boxes: [
    { id: 'ehr', label: 'Epic / Cerner', col: 0, row: 0 },
    { id: 'rh', label: 'Rhapsody\n(MLLP)', col: 1, row: 0 },
    { id: 'lst', label: 'MLLP listener\n(ACK after Kafka ack)', col: 2, row: 0, width: 210 },
    { id: 'k', label: 'Kafka (RF 3)\nhl7.raw + hl7.enriched\nkey = patient', col: 3, row: 1, width: 210 },
    { id: 'enr', label: 'enrichment job\n(EMPI id, LOINC map)', col: 3, row: 0, width: 210 },
    { id: 'census', label: 'Flink census\n(event time)', col: 4, row: 1 },
    { id: 'cdb', label: 'census DB\n(Postgres)', col: 5, row: 1 },
    { id: 'beds', label: 'bed managers\n(< 2 min)', col: 5, row: 0 },
    { id: 'raw', label: 'S3 raw HL7\n(Object Lock 7 y)', col: 3, row: 3 },
    { id: 'fhir', label: 'FHIR bulk export\n+ claims CSV', col: 0, row: 3, width: 200 },
    { id: 'silver', label: 'Iceberg silver\n(versions, EMPI map)', col: 4, row: 3, width: 210 },
    { id: 'dbt', label: 'Spark + dbt\n(nightly)', col: 4, row: 4 },
    { id: 'marts', label: 'quality marts\n(by 07:00)', col: 5, row: 4 },
    { id: 'audit', label: 'access logs ->\naudit store (6 y)', col: 1, row: 4, width: 200 },
    { id: 'priv', label: 'privacy office', col: 2, row: 5 },
    { id: 'res', label: 'de-identified\nresearch extracts', col: 5, row: 3 },
    { id: 'af', label: 'Airflow', col: 3, row: 4 },
    { id: 'dlq', label: 'DLQ\n(unparseable)', col: 2, row: 2 },
  ],
  arrows: [
    { from: 'ehr', to: 'rh' },
    { from: 'rh', to: 'lst' },
    { from: 'lst', to: 'k', label: 'hl7.raw' },
    { from: 'k', to: 'enr', label: 'consume raw' },
    { from: 'enr', to: 'k', label: 'produce enriched', via: [[3.6, 0.5]] },
    { from: 'enr', to: 'dlq', label: 'parse errors' },
    { from: 'k', to: 'census', label: 'hl7.enriched' },
    { from: 'census', to: 'cdb' },
    { from: 'cdb', to: 'beds' },
    { from: 'k', to: 'raw' },
    { from: 'raw', to: 'silver' },
    { from: 'fhir', to: 'raw' },
    { from: 'silver', to: 'dbt' },
    { from: 'dbt', to: 'marts' },
    { from: 'silver', to: 'res' },
    { from: 'audit', to: 'priv' },
    { from: 'af', to: 'dbt', label: 'schedules' },
  ],
};

/** IoT, very sparse: three boxes for a case that needs alerting, tiers and OEE. */
export const iotR22MediocreThreeBoxes: SceneSpec = {
  boxes: [
    { id: 's', label: 'sensors', col: 0, row: 0 },
    { id: 'k', label: 'Kafka', col: 1, row: 0 },
    { id: 'd', label: 'dashboard', col: 2, row: 0 },
  ],
  arrows: [
    { from: 's', to: 'k' },
    { from: 'k', to: 'd' },
  ],
};

/** Card payments, gamed: a glossary written into boxes (term: definition), no arrows. */
export const cardR22GamedGlossaryBoxes: SceneSpec = {
  boxes: [
    { id: 'g1', label: 'Kafka: a distributed\nlog', col: 0, row: 0 },
    { id: 'g2', label: 'Flink: a stream\nprocessor', col: 1, row: 0 },
    { id: 'g3', label: 'Redis: an in-memory\nkey-value store', col: 2, row: 0, width: 210 },
    { id: 'g4', label: 'Ledger: a record\nof money movements', col: 0, row: 1, width: 210 },
    { id: 'g5', label: 'Object Lock: WORM\nfor S3', col: 1, row: 1 },
    { id: 'g6', label: 'Airflow: a scheduler', col: 2, row: 1, width: 210 },
    { id: 'g7', label: 'PCI DSS: card data\nsecurity standard', col: 0, row: 2, width: 210 },
    { id: 'g8', label: 'Idempotent: same\nresult if repeated', col: 1, row: 2, width: 210 },
  ],
};

/** E-commerce, gamed: four unconnected boxes and a note claiming the diagram covers every component. */
export const ecomR22GamedGradesItself: SceneSpec = {
  boxes: [
    { id: 'a', label: 'Postgres', col: 0, row: 0 },
    { id: 'b', label: 'Kafka', col: 2, row: 0 },
    { id: 'c', label: 'Spark', col: 0, row: 2 },
    { id: 'd', label: 'Dashboards', col: 2, row: 2 },
  ],
  notes: [
    {
      text: 'This diagram covers every required component:\nsources, ingestion, CDC, stream + batch processing,\nlake, warehouse, serving, orchestration,\nmonitoring, DLQ. All paths complete.',
      col: 3,
      row: 0,
    },
  ],
};

/** Healthcare, gamed: the case's facts drawn as a chain of boxes joined by arrows. */
export const healthR22GamedFactsChain: SceneSpec = {
  boxes: [
    { id: 'f1', label: '18 hospitals\n(14 US, 4 Ireland)', col: 0, row: 0 },
    { id: 'f2', label: '~60 clinics', col: 1, row: 0 },
    { id: 'f3', label: 'Epic + older\nCerner', col: 2, row: 0 },
    { id: 'f4', label: 'HL7 v2 via\ninterface engine', col: 3, row: 0 },
    { id: 'f5', label: 'FHIR R4 APIs', col: 4, row: 0 },
    { id: 'f6', label: 'nightly SQL Server\nextract (9 h)', col: 4, row: 1, width: 200 },
    { id: 'f7', label: 'HIPAA (US)', col: 3, row: 1 },
    { id: 'f8', label: 'GDPR (Ireland)', col: 2, row: 1 },
    { id: 'f9', label: 'readmissions change\nwhen re-run', col: 1, row: 1, width: 200 },
  ],
  arrows: [
    { from: 'f1', to: 'f2' },
    { from: 'f2', to: 'f3' },
    { from: 'f3', to: 'f4' },
    { from: 'f4', to: 'f5' },
    { from: 'f5', to: 'f6' },
    { from: 'f6', to: 'f7' },
    { from: 'f7', to: 'f8' },
    { from: 'f8', to: 'f9' },
  ],
};

/** Card payments, right and complete, with a DLQ and monitoring of consumer lag. */
export const cardR22StrongWithDlqAndLag: SceneSpec = {
  boxes: [
    { id: 'net', label: 'Visa / Mastercard', col: 0, row: 0 },
    { id: 'sw', label: 'auth switch\n(tokenises PAN)', col: 1, row: 0 },
    { id: 'score', label: 'scoring API\n(< 100 ms)', col: 2, row: 0 },
    { id: 'rules', label: 'static rules\n(fallback)', col: 3, row: 0 },
    { id: 'redis', label: 'Redis feature\nstore', col: 3, row: 1 },
    { id: 'ledger', label: 'Postgres ledger\n(double-entry, ACID)', col: 1, row: 1, width: 210 },
    { id: 'cdc', label: 'Debezium CDC', col: 1, row: 2 },
    { id: 'k', label: 'Kafka (RF 3)\nauths + ledger', col: 2, row: 2 },
    { id: 'flink', label: 'Flink velocity\nfeatures (< 5 s)', col: 3, row: 2 },
    { id: 'alerts', label: 'fraud alert queue\n(analysts)', col: 4, row: 2, width: 200 },
    { id: 'dlq', label: 'DLQ topic', col: 4, row: 1 },
    { id: 'lake', label: 'S3 Iceberg\nObject Lock 7 y', col: 2, row: 4 },
    { id: 'clear', label: 'clearing files\n(SFTP daily)', col: 0, row: 4 },
    { id: 'recon', label: 'Spark recon\n(by 09:00)', col: 3, row: 4 },
    { id: 'wh', label: 'warehouse\n(finance, audit)', col: 4, row: 4 },
    { id: 'train', label: 'weekly model\ntraining', col: 2, row: 5 },
    { id: 'af', label: 'Airflow', col: 3, row: 5 },
    { id: 'mon', label: 'Prometheus\n(consumer lag)', col: 5, row: 1 },
  ],
  arrows: [
    { from: 'net', to: 'sw' },
    { from: 'sw', to: 'score' },
    { from: 'score', to: 'rules', label: 'on timeout' },
    { from: 'score', to: 'redis', label: 'read features' },
    { from: 'sw', to: 'ledger', label: 'post hold' },
    { from: 'ledger', to: 'cdc' },
    { from: 'cdc', to: 'k' },
    { from: 'sw', to: 'k', label: 'auth events' },
    { from: 'k', to: 'flink' },
    { from: 'flink', to: 'redis' },
    { from: 'flink', to: 'alerts' },
    { from: 'flink', to: 'dlq', label: 'bad events' },
    { from: 'k', to: 'lake' },
    { from: 'clear', to: 'lake' },
    { from: 'lake', to: 'recon' },
    { from: 'recon', to: 'wh' },
    { from: 'lake', to: 'train' },
    { from: 'af', to: 'recon', label: 'schedules' },
    { from: 'flink', to: 'mon', dashed: true, label: 'lag' },
  ],
};

/** Ride-hailing, right and complete: pings and requests to Kafka, Flink surge to Redis read by pricing, trips by CDC. */
export const rideR22StrongComplete: SceneSpec = {
  boxes: [
    { id: 'drv', label: 'driver app\n(ping / 4 s)', col: 0, row: 0 },
    { id: 'rid', label: 'rider app\n(quotes, requests)', col: 0, row: 1 },
    { id: 'gw', label: 'ingest gateway', col: 1, row: 0 },
    { id: 'k', label: 'Kafka\npings key = driver', col: 2, row: 0 },
    { id: 'flink', label: 'Flink surge\n(event time, H3 r8)', col: 3, row: 0 },
    { id: 'redis', label: 'Redis: positions\n(TTL) + surge/cell', col: 4, row: 0, width: 200 },
    { id: 'pricing', label: 'pricing service', col: 5, row: 0 },
    { id: 'ops', label: 'ops live map', col: 5, row: 1 },
    { id: 'pg', label: 'trip DB\n(Postgres)', col: 0, row: 3 },
    { id: 'cdc', label: 'Debezium CDC', col: 1, row: 3 },
    { id: 'settle', label: 'settlement CSV\n(daily)', col: 0, row: 4 },
    { id: 'lake', label: 'S3 Iceberg\n(pings 90 d, trips 7 y)', col: 2, row: 3, width: 210 },
    { id: 'spark', label: 'Spark + dbt\nnightly', col: 3, row: 3 },
    { id: 'wh', label: 'warehouse marts', col: 4, row: 3 },
    { id: 'dash', label: 'trips & earnings\ndashboard (07:00)', col: 5, row: 3 },
    { id: 'af', label: 'Airflow', col: 3, row: 4 },
    { id: 'dlq', label: 'DLQ', col: 3, row: 1 },
  ],
  arrows: [
    { from: 'drv', to: 'gw' },
    { from: 'rid', to: 'gw' },
    { from: 'gw', to: 'k' },
    { from: 'k', to: 'flink' },
    { from: 'flink', to: 'redis' },
    { from: 'redis', to: 'pricing', label: 'read by cell' },
    { from: 'redis', to: 'ops' },
    { from: 'flink', to: 'dlq', label: 'malformed' },
    { from: 'pg', to: 'cdc' },
    { from: 'cdc', to: 'lake' },
    { from: 'k', to: 'lake' },
    { from: 'settle', to: 'lake' },
    { from: 'lake', to: 'spark' },
    { from: 'spark', to: 'wh' },
    { from: 'wh', to: 'dash' },
    { from: 'af', to: 'spark', label: 'schedules' },
  ],
};
