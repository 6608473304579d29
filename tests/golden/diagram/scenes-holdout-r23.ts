import type { SceneSpec } from './draw-lib';

// Holdout scenes for round 23, drawn and graded blind (before any engine read them). New angles: every label in German,
// component names written only on the arrows ("via Kafka") between generic boxes, frames per team, the right boxes with
// no arrows at all, arrows drawn near the boxes but bound to none, every arrow two-headed, one unrelated box (a CRM
// fed from the warehouse) beside a right design, a legend box, boxes that are only questions, a single box pointing at
// "the standard reference architecture", and one box repeated as a chain.

/** IoT, right and complete, every label in German (the company's plants are in Germany and Czechia). */
export const iotR23UnusualGermanLabels: SceneSpec = {
  boxes: [
    { id: 'gw', label: 'Edge-Gateways\n(MQTT, 1 h Puffer)', col: 0, row: 0 },
    { id: 'bridge', label: 'MQTT-Kafka-Brücke\n(nur ausgehend, TLS)', col: 1, row: 0, width: 210 },
    { id: 'k', label: 'Kafka\nSchlüssel = Maschine', col: 2, row: 0 },
    { id: 'flink', label: 'Flink: Anomalien +\n1-Min-Aggregate', col: 3, row: 0 },
    { id: 'alert', label: 'Alarmdienst\n(< 10 s)', col: 4, row: 0 },
    { id: 'tech', label: 'Instandhalter\n(Handy)', col: 5, row: 0 },
    { id: 'redis', label: 'Redis: letzter\nWert je Maschine', col: 4, row: 1 },
    { id: 'live', label: 'Live-Ansicht\nMaschinenstatus', col: 5, row: 1 },
    { id: 'dlq', label: 'DLQ\n(fehlerhafte Messwerte)', col: 3, row: 1, width: 210 },
    { id: 'tsdb', label: 'TimescaleDB\nRohdaten 30 T, Minute 2 J', col: 3, row: 2, width: 220 },
    { id: 'graf', label: 'Grafana\n(Prozessingenieure)', col: 4, row: 2 },
    { id: 's3', label: 'S3 Parquet\nStundenwerte 10 J', col: 3, row: 3 },
    { id: 'ds', label: 'Data Science', col: 4, row: 3 },
    { id: 'mes', label: 'MES (SQL Server)\n+ Anlagenregister', col: 0, row: 4, width: 200 },
    { id: 'oee', label: 'Spark OEE-Job\n(stündlich)', col: 2, row: 4 },
    { id: 'af', label: 'Airflow', col: 2, row: 5 },
    { id: 'wh', label: 'Data Warehouse\nOEE-Marts', col: 3, row: 4 },
    { id: 'bi', label: 'OEE-Dashboards\n(Werkleiter)', col: 4, row: 4 },
  ],
  arrows: [
    { from: 'gw', to: 'bridge' },
    { from: 'bridge', to: 'k' },
    { from: 'k', to: 'flink' },
    { from: 'flink', to: 'alert' },
    { from: 'alert', to: 'tech' },
    { from: 'flink', to: 'redis' },
    { from: 'redis', to: 'live' },
    { from: 'flink', to: 'dlq', label: 'nicht lesbar' },
    { from: 'flink', to: 'tsdb' },
    { from: 'tsdb', to: 'graf' },
    { from: 'tsdb', to: 's3', label: 'Stundenwerte' },
    { from: 's3', to: 'ds' },
    { from: 'mes', to: 'oee' },
    { from: 'tsdb', to: 'oee' },
    { from: 'oee', to: 'wh' },
    { from: 'wh', to: 'bi' },
    { from: 'af', to: 'oee', label: 'plant' },
  ],
};

/** E-commerce, generic boxes ("source", "processor", "store") with every component named only on the arrows. */
export const ecomR23MediocreNamesOnArrows: SceneSpec = {
  boxes: [
    { id: 'a', label: 'source 1', col: 0, row: 0 },
    { id: 'b', label: 'source 2', col: 0, row: 1 },
    { id: 'c', label: 'source 3', col: 0, row: 3 },
    { id: 'p1', label: 'processor', col: 2, row: 0 },
    { id: 's1', label: 'store', col: 3, row: 0 },
    { id: 'u1', label: 'users', col: 4, row: 0 },
    { id: 's2', label: 'store', col: 2, row: 2 },
    { id: 'p2', label: 'processor', col: 3, row: 2 },
    { id: 's3', label: 'store', col: 4, row: 2 },
    { id: 'u2', label: 'users', col: 5, row: 2 },
  ],
  arrows: [
    { from: 'a', to: 'p1', label: 'via Debezium + Kafka' },
    { from: 'b', to: 'p1', label: 'via Kafka' },
    { from: 'p1', to: 's1', label: 'via Spark Streaming' },
    { from: 's1', to: 'u1', label: 'via ops dashboard' },
    { from: 'b', to: 's2', label: 'via Kafka to S3' },
    { from: 'c', to: 's2', label: 'via SFTP' },
    { from: 's2', to: 'p2', label: 'via Airflow' },
    { from: 'p2', to: 's3', label: 'via Spark batch' },
    { from: 's3', to: 'u2', label: 'via BI' },
  ],
};

/** Healthcare, right and complete, drawn in Excalidraw frames per owning team. */
export const healthR23StrongFramesPerTeam: SceneSpec = {
  groups: [
    { id: 'f-int', title: 'Integration team', style: 'frame', col: 0, row: 0, cols: 3, rows: 2 },
    { id: 'f-plat', title: 'Data platform team', style: 'frame', col: 3, row: 0, cols: 3, rows: 3 },
    { id: 'f-ana', title: 'Analytics & privacy team', style: 'frame', col: 0, row: 4, cols: 6, rows: 2 },
  ],
  boxes: [
    { id: 'ehr', label: 'Epic / Cerner', col: 0, row: 0, frame: 'f-int' },
    { id: 'rh', label: 'Rhapsody (MLLP)', col: 1, row: 0, frame: 'f-int' },
    { id: 'lst', label: 'MLLP listener\n(ACK after Kafka ack)', col: 2, row: 0, width: 210, frame: 'f-int' },
    { id: 'fhir', label: 'FHIR bulk export\n+ claims CSV', col: 0, row: 1, width: 200, frame: 'f-int' },
    { id: 'logs', label: 'EHR access logs\n(hourly)', col: 1, row: 1, frame: 'f-int' },
    { id: 'k', label: 'Kafka (RF 3)\nkey = patient', col: 3, row: 0, frame: 'f-plat' },
    { id: 'flink', label: 'Flink census\n(event time)', col: 4, row: 0, frame: 'f-plat' },
    { id: 'cdb', label: 'census DB\n(< 2 min)', col: 5, row: 0, frame: 'f-plat' },
    { id: 'raw', label: 'S3 raw HL7\nObject Lock 7 y', col: 3, row: 1, frame: 'f-plat' },
    { id: 'dlq', label: 'DLQ\n(unparseable)', col: 4, row: 1, frame: 'f-plat' },
    { id: 'silver', label: 'Iceberg silver\n(versions, EMPI map)', col: 3, row: 2, width: 210, frame: 'f-plat' },
    { id: 'af', label: 'Airflow', col: 5, row: 2, frame: 'f-plat' },
    { id: 'dbt', label: 'Spark + dbt\n(nightly)', col: 4, row: 2, frame: 'f-plat' },
    { id: 'beds', label: 'bed managers', col: 5, row: 4, frame: 'f-ana' },
    { id: 'marts', label: 'quality marts\n(by 07:00)', col: 4, row: 4, frame: 'f-ana' },
    { id: 'audit', label: 'audit store (6 y)\n+ privacy reports', col: 1, row: 4, width: 200, frame: 'f-ana' },
    { id: 'res', label: 'de-identified\nresearch extracts', col: 3, row: 5, frame: 'f-ana' },
    { id: 'priv', label: 'privacy office', col: 1, row: 5, frame: 'f-ana' },
  ],
  arrows: [
    { from: 'ehr', to: 'rh' },
    { from: 'rh', to: 'lst' },
    { from: 'lst', to: 'k' },
    { from: 'k', to: 'flink' },
    { from: 'flink', to: 'cdb' },
    { from: 'cdb', to: 'beds' },
    { from: 'flink', to: 'dlq', label: 'parse errors' },
    { from: 'k', to: 'raw' },
    { from: 'fhir', to: 'raw' },
    { from: 'raw', to: 'silver' },
    { from: 'silver', to: 'dbt' },
    { from: 'dbt', to: 'marts' },
    { from: 'silver', to: 'res' },
    { from: 'logs', to: 'audit' },
    { from: 'audit', to: 'priv' },
    { from: 'af', to: 'dbt', label: 'schedules' },
  ],
};

/** Ride-hailing, the right boxes for a complete design but no arrows at all. */
export const rideR23MediocreBoxesNoArrows: SceneSpec = {
  boxes: [
    { id: 'drv', label: 'driver app\n(ping / 4 s)', col: 0, row: 0 },
    { id: 'rid', label: 'rider app', col: 0, row: 1 },
    { id: 'gw', label: 'ingest gateway', col: 1, row: 0 },
    { id: 'k', label: 'Kafka\nkey = driver', col: 2, row: 0 },
    { id: 'flink', label: 'Flink surge\n(H3, event time)', col: 3, row: 0 },
    { id: 'redis', label: 'Redis surge\n+ positions', col: 4, row: 0 },
    { id: 'pricing', label: 'pricing service', col: 5, row: 0 },
    { id: 'pg', label: 'trip DB (Postgres)', col: 0, row: 3 },
    { id: 'cdc', label: 'Debezium CDC', col: 1, row: 3 },
    { id: 'lake', label: 'S3 Iceberg', col: 2, row: 3 },
    { id: 'spark', label: 'Spark nightly', col: 3, row: 3 },
    { id: 'wh', label: 'warehouse', col: 4, row: 3 },
    { id: 'dash', label: 'trips dashboard', col: 5, row: 3 },
    { id: 'af', label: 'Airflow', col: 3, row: 4 },
  ],
};

/** E-commerce, right and complete, but every arrow drawn by hand stopping short of its boxes, bound to none. */
export const ecomR23UnusualArrowsUnbound: SceneSpec = {
  boxes: [
    { id: 'pg', label: 'Postgres (shop)', col: 0, row: 0 },
    { id: 'cdc', label: 'Debezium CDC', col: 1, row: 0 },
    { id: 'click', label: 'clickstream\n(web, app)', col: 0, row: 1 },
    { id: 'k', label: 'Kafka', col: 2, row: 0 },
    { id: 'ss', label: 'Spark Structured\nStreaming (< 5 min)', col: 3, row: 0 },
    { id: 'inv', label: 'inventory table', col: 4, row: 0 },
    { id: 'ops', label: 'ops dashboard\n(sale day)', col: 5, row: 0 },
    { id: 'csv', label: 'partner CSVs\n(SFTP nightly)', col: 0, row: 3 },
    { id: 'bronze', label: 'S3 bronze', col: 2, row: 2 },
    { id: 'batch', label: 'Spark batch\nsilver + gold', col: 3, row: 2 },
    { id: 'wh', label: 'warehouse\n(star schema)', col: 4, row: 2 },
    { id: 'bi', label: 'BI dashboards\n(by 06:00)', col: 5, row: 2 },
    { id: 'af', label: 'Airflow', col: 3, row: 3 },
    { id: 'dlq', label: 'DLQ', col: 3, row: 1 },
  ],
  arrows: [
    { from: 'pg', to: 'cdc', unbound: true },
    { from: 'cdc', to: 'k', unbound: true },
    { from: 'click', to: 'k', unbound: true },
    { from: 'k', to: 'ss', unbound: true },
    { from: 'ss', to: 'inv', unbound: true },
    { from: 'inv', to: 'ops', unbound: true },
    { from: 'ss', to: 'dlq', unbound: true },
    { from: 'k', to: 'bronze', unbound: true },
    { from: 'csv', to: 'bronze', unbound: true },
    { from: 'bronze', to: 'batch', unbound: true },
    { from: 'batch', to: 'wh', unbound: true },
    { from: 'wh', to: 'bi', unbound: true },
    { from: 'af', to: 'batch', unbound: true },
  ],
};

/** Card payments, plausible components but every arrow has a head at both ends, so no flow has a direction. */
export const cardR23MediocreEveryArrowTwoHeaded: SceneSpec = {
  boxes: [
    { id: 'net', label: 'Visa / Mastercard', col: 0, row: 0 },
    { id: 'sw', label: 'auth switch', col: 1, row: 0 },
    { id: 'score', label: 'scoring API', col: 2, row: 0 },
    { id: 'redis', label: 'Redis features', col: 3, row: 0 },
    { id: 'ledger', label: 'Postgres ledger', col: 1, row: 1 },
    { id: 'k', label: 'Kafka', col: 2, row: 2 },
    { id: 'flink', label: 'Flink features', col: 3, row: 2 },
    { id: 'alerts', label: 'fraud alerts', col: 4, row: 2 },
    { id: 'lake', label: 'S3 Object Lock', col: 2, row: 3 },
    { id: 'clear', label: 'clearing files', col: 0, row: 3 },
    { id: 'recon', label: 'Spark recon', col: 3, row: 3 },
    { id: 'wh', label: 'warehouse', col: 4, row: 3 },
  ],
  arrows: [
    { from: 'net', to: 'sw', heads: 'both' },
    { from: 'sw', to: 'score', heads: 'both' },
    { from: 'score', to: 'redis', heads: 'both' },
    { from: 'sw', to: 'ledger', heads: 'both' },
    { from: 'sw', to: 'k', heads: 'both' },
    { from: 'k', to: 'flink', heads: 'both' },
    { from: 'flink', to: 'redis', heads: 'both' },
    { from: 'flink', to: 'alerts', heads: 'both' },
    { from: 'k', to: 'lake', heads: 'both' },
    { from: 'clear', to: 'lake', heads: 'both' },
    { from: 'lake', to: 'recon', heads: 'both' },
    { from: 'recon', to: 'wh', heads: 'both' },
  ],
};

/** Ride-hailing, right and complete, plus one unrelated box: an email-marketing CRM fed from the warehouse. */
export const rideR23StrongExtraCrmBox: SceneSpec = {
  boxes: [
    { id: 'drv', label: 'driver app\n(ping / 4 s)', col: 0, row: 0 },
    { id: 'rid', label: 'rider app\n(quotes, requests)', col: 0, row: 1 },
    { id: 'gw', label: 'ingest gateway', col: 1, row: 0 },
    { id: 'k', label: 'Kafka\npings key = driver', col: 2, row: 0 },
    { id: 'flink', label: 'Flink surge\n(event time, H3 r8)', col: 3, row: 0 },
    { id: 'redis', label: 'Redis: positions\n(TTL) + surge/cell', col: 4, row: 0, width: 200 },
    { id: 'pricing', label: 'pricing service', col: 5, row: 0 },
    { id: 'ops', label: 'ops live map', col: 5, row: 1 },
    { id: 'dlq', label: 'DLQ', col: 3, row: 1 },
    { id: 'pg', label: 'trip DB\n(Postgres)', col: 0, row: 3 },
    { id: 'cdc', label: 'Debezium CDC', col: 1, row: 3 },
    { id: 'settle', label: 'settlement CSV\n(daily)', col: 0, row: 4 },
    { id: 'lake', label: 'S3 Iceberg\n(pings 90 d, trips 7 y)', col: 2, row: 3, width: 210 },
    { id: 'spark', label: 'Spark + dbt\nnightly', col: 3, row: 3 },
    { id: 'wh', label: 'warehouse marts', col: 4, row: 3 },
    { id: 'dash', label: 'trips & earnings\ndashboard (07:00)', col: 5, row: 3 },
    { id: 'af', label: 'Airflow', col: 3, row: 4 },
    { id: 'crm', label: 'CRM / email\ncampaigns', col: 5, row: 4 },
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
    { from: 'wh', to: 'crm', label: 'rider segments' },
    { from: 'af', to: 'spark', label: 'schedules' },
  ],
};

/** Card payments, right and complete, with a legend box for arrow styles (solid = event flow, dashed = synchronous call). */
export const cardR23StrongLegendBox: SceneSpec = {
  boxes: [
    { id: 'legend', label: 'LEGEND\nsolid = event / data flow\ndashed = sync call in the auth', col: 0, row: 5, width: 240, height: 100 },
    { id: 'net', label: 'Visa / Mastercard', col: 0, row: 0 },
    { id: 'sw', label: 'auth switch\n(tokenises PAN)', col: 1, row: 0 },
    { id: 'score', label: 'scoring API\n(< 100 ms)', col: 2, row: 0 },
    { id: 'rules', label: 'static rules\n(fallback)', col: 3, row: 0 },
    { id: 'redis', label: 'Redis feature\nstore', col: 3, row: 1 },
    { id: 'ledger', label: 'Postgres ledger\n(double-entry, ACID)', col: 1, row: 1, width: 210 },
    { id: 'cdc', label: 'Debezium CDC', col: 1, row: 2 },
    { id: 'k', label: 'Kafka (RF 3)\nauths + postings', col: 2, row: 2 },
    { id: 'flink', label: 'Flink velocity\nfeatures (< 5 s)', col: 3, row: 2 },
    { id: 'alerts', label: 'fraud alert queue\n(analysts)', col: 4, row: 2, width: 200 },
    { id: 'dlq', label: 'DLQ topic', col: 4, row: 1 },
    { id: 'clear', label: 'clearing files\n(SFTP daily)', col: 0, row: 3 },
    { id: 'lake', label: 'S3 Iceberg\nObject Lock 7 y', col: 2, row: 3 },
    { id: 'recon', label: 'Spark recon\n(by 09:00)', col: 3, row: 3 },
    { id: 'wh', label: 'warehouse\n(finance, audit)', col: 4, row: 3 },
    { id: 'train', label: 'weekly model\ntraining', col: 2, row: 4 },
    { id: 'af', label: 'Airflow', col: 3, row: 4 },
  ],
  arrows: [
    { from: 'net', to: 'sw', dashed: true },
    { from: 'sw', to: 'score', dashed: true },
    { from: 'score', to: 'redis', dashed: true, label: 'read features' },
    { from: 'score', to: 'rules', dashed: true, label: 'on timeout' },
    { from: 'sw', to: 'ledger', dashed: true, label: 'post hold' },
    { from: 'sw', to: 'k', label: 'auth events' },
    { from: 'ledger', to: 'cdc' },
    { from: 'cdc', to: 'k' },
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
  ],
};

/** Card payments, gamed: every box is a question ("Kafka?", "ledger?"), chained by arrows. */
export const cardR23GamedQuestionBoxes: SceneSpec = {
  boxes: [
    { id: 'q1', label: 'Kafka?', col: 0, row: 0 },
    { id: 'q2', label: 'Flink?', col: 1, row: 0 },
    { id: 'q3', label: 'Redis?', col: 2, row: 0 },
    { id: 'q4', label: 'ledger ACID?', col: 3, row: 0 },
    { id: 'q5', label: 'Object Lock?', col: 3, row: 1 },
    { id: 'q6', label: 'idempotent?', col: 2, row: 1 },
    { id: 'q7', label: 'DLQ?', col: 1, row: 1 },
  ],
  arrows: [
    { from: 'q1', to: 'q2' },
    { from: 'q2', to: 'q3' },
    { from: 'q3', to: 'q4' },
    { from: 'q4', to: 'q5' },
    { from: 'q5', to: 'q6' },
    { from: 'q6', to: 'q7' },
  ],
};

/** E-commerce, gamed: one box pointing at "the standard reference architecture" and a note saying the rest is standard. */
export const ecomR23GamedSeeReference: SceneSpec = {
  boxes: [{ id: 'ref', label: 'standard modern data stack\nreference architecture', col: 1, row: 1, width: 260 }],
  notes: [{ text: 'See any vendor reference diagram:\ningestion, lakehouse, warehouse, BI,\norchestration - all standard.', col: 1, row: 2 }],
};

/** IoT, gamed: the same "Kafka" box drawn six times in a chain. */
export const iotR23GamedOneBoxRepeated: SceneSpec = {
  boxes: [
    { id: 'k1', label: 'Kafka', col: 0, row: 0 },
    { id: 'k2', label: 'Kafka', col: 1, row: 0 },
    { id: 'k3', label: 'Kafka', col: 2, row: 0 },
    { id: 'k4', label: 'Kafka', col: 3, row: 0 },
    { id: 'k5', label: 'Kafka', col: 4, row: 0 },
    { id: 'k6', label: 'Kafka', col: 5, row: 0 },
  ],
  arrows: [
    { from: 'k1', to: 'k2' },
    { from: 'k2', to: 'k3' },
    { from: 'k3', to: 'k4' },
    { from: 'k4', to: 'k5' },
    { from: 'k5', to: 'k6' },
  ],
};
