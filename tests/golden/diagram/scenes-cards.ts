import type { SceneSpec } from './draw-lib';

/** Card payments: strong, plain rectangles. */
export const cardStrongPlain: SceneSpec = {
  boxes: [
    { id: 'sw', label: 'Authorisation switch\n(service)', col: 0, row: 1 },
    { id: 'score', label: 'Fraud scoring API\n(< 100 ms)', col: 1, row: 0 },
    { id: 'ledger', label: 'Ledger (PostgreSQL,\ndouble entry)', col: 1, row: 2 },
    { id: 'kafka', label: 'Kafka: auth events\n(RF 3)', col: 1, row: 1 },
    { id: 'flink', label: 'Flink feature jobs\n(velocity windows)', col: 2, row: 1 },
    { id: 'redis', label: 'Redis online\nfeatures', col: 3, row: 0 },
    { id: 'dlq', label: 'DLQ topic', col: 3, row: 1 },
    { id: 'deb', label: 'Debezium CDC', col: 2, row: 2 },
    { id: 'lake', label: 'S3 + Iceberg\n(raw records, 7 yr)', col: 3, row: 2 },
    { id: 'clr', label: 'Visa / Mastercard\nclearing files (SFTP)', col: 0, row: 4 },
    { id: 'spark', label: 'Spark batch\nreconciliation', col: 2, row: 4 },
    { id: 'wh', label: 'Snowflake\n(reconciled marts)', col: 4, row: 3 },
    { id: 'tab', label: 'Finance & risk\ndashboards (Tableau)', col: 5, row: 3 },
    { id: 'air', label: 'Airflow', col: 2, row: 5 },
    { id: 'mon', label: 'Datadog monitors\n+ PagerDuty', col: 4, row: 5 },
    { id: 'reg', label: 'Schema registry', col: 0, row: 3 },
  ],
  arrows: [
    { from: 'sw', to: 'score', label: 'score request' },
    { from: 'score', to: 'redis', label: 'read features' },
    { from: 'sw', to: 'ledger', label: 'post hold' },
    { from: 'sw', to: 'kafka', label: 'auth events' },
    { from: 'kafka', to: 'flink' },
    { from: 'flink', to: 'redis' },
    { from: 'flink', to: 'dlq' },
    { from: 'ledger', to: 'deb' },
    { from: 'deb', to: 'kafka' },
    { from: 'kafka', to: 'lake', label: 'sink connector' },
    { from: 'clr', to: 'spark' },
    { from: 'lake', to: 'spark' },
    { from: 'spark', to: 'wh' },
    { from: 'wh', to: 'tab' },
    { from: 'air', to: 'spark', dashed: true },
    { from: 'kafka', to: 'mon', dashed: true, via: [[1.5, 1], [1.5, 4.5], [4, 4.5]] },
    { from: 'reg', to: 'kafka', dashed: true, via: [[0.5, 3], [0.5, 1]] },
  ],
};

/** Card payments on Confluent Cloud, Snowflake and Feast, with ellipses and diamonds and free-text labels. */
export const cardUnusualShapesConfluent: SceneSpec = {
  boxes: [
    { id: 'sw', label: 'Auth switch', col: 0, row: 1, shape: 'ellipse', freeText: true },
    { id: 'fraud', label: 'Fraud model\nserving (REST)', col: 1, row: 0, shape: 'diamond', freeText: true },
    { id: 'pg', label: 'Ledger DB\n(Aurora Postgres)', col: 1, row: 2, freeText: true },
    { id: 'cc', label: 'Confluent Cloud\nKafka', col: 1, row: 1, shape: 'ellipse', freeText: true },
    { id: 'cf', label: 'Confluent Flink\nSQL features', col: 2, row: 1, freeText: true },
    { id: 'feast', label: 'Feast online store\n(DynamoDB)', col: 3, row: 0, freeText: true },
    { id: 'cdc', label: 'Debezium Postgres\nCDC connector', col: 2, row: 2, freeText: true },
    { id: 'snowpipe', label: 'Snowpipe Streaming\n(Kafka connector)', col: 3, row: 2, freeText: true },
    { id: 'raw', label: 'Snowflake RAW\n(+ S3 external stage)', col: 4, row: 2, freeText: true },
    { id: 'files', label: 'Scheme clearing\nfiles', col: 0, row: 4, shape: 'ellipse', freeText: true },
    { id: 'stage', label: 'S3 stage', col: 2, row: 4, freeText: true },
    { id: 'dbt', label: 'dbt Cloud\n(recon models)', col: 3, row: 4, freeText: true },
    { id: 'marts', label: 'Snowflake\nfinance marts', col: 4, row: 4, freeText: true },
    { id: 'sig', label: 'Sigma\ndashboards', col: 5, row: 4, shape: 'ellipse', freeText: true },
    { id: 'orch', label: 'Airflow (Astronomer)', col: 3, row: 5, freeText: true },
    { id: 'dd', label: 'Datadog alerts', col: 5, row: 1, freeText: true },
    { id: 'dlq', label: 'Dead-letter topic', col: 2, row: 0, freeText: true },
  ],
  arrows: [
    { from: 'sw', to: 'fraud' },
    { from: 'fraud', to: 'feast', via: [[1.5, -0.5], [2.5, -0.5]] },
    { from: 'sw', to: 'pg' },
    { from: 'sw', to: 'cc' },
    { from: 'cc', to: 'cf' },
    { from: 'cf', to: 'feast' },
    { from: 'cf', to: 'dlq' },
    { from: 'pg', to: 'cdc' },
    { from: 'cdc', to: 'snowpipe' },
    { from: 'snowpipe', to: 'raw' },
    { from: 'files', to: 'stage' },
    { from: 'stage', to: 'dbt' },
    { from: 'raw', to: 'dbt' },
    { from: 'dbt', to: 'marts' },
    { from: 'marts', to: 'sig' },
    { from: 'orch', to: 'dbt', dashed: true },
    { from: 'cf', to: 'dd', dashed: true },
  ],
};

/** Card payments, mediocre: ledger, batch, warehouse and reports; no stream or fraud features at all. */
export const cardMediocreNoFraud: SceneSpec = {
  boxes: [
    { id: 'sw', label: 'Payment switch', col: 0, row: 1 },
    { id: 'db', label: 'Ledger (Postgres)', col: 1, row: 1 },
    { id: 'files', label: 'Clearing files', col: 0, row: 3 },
    { id: 'spark', label: 'Spark nightly ETL', col: 2, row: 2 },
    { id: 's3', label: 'S3 archive', col: 3, row: 1 },
    { id: 'rs', label: 'Redshift', col: 3, row: 3 },
    { id: 'bi', label: 'Finance reports', col: 4, row: 3 },
    { id: 'air', label: 'Airflow', col: 2, row: 4 },
  ],
  arrows: [
    { from: 'sw', to: 'db' },
    { from: 'db', to: 'spark' },
    { from: 'files', to: 'spark' },
    { from: 'spark', to: 's3' },
    { from: 'spark', to: 'rs' },
    { from: 'rs', to: 'bi' },
    { from: 'air', to: 'spark', dashed: true },
  ],
};

/** Card payments, mediocre: a streaming fraud path, but dashboards query the ledger and there is no lake. */
export const cardMediocreDashOnLedger: SceneSpec = {
  boxes: [
    { id: 'sw', label: 'Auth service', col: 0, row: 1 },
    { id: 'k', label: 'Kafka', col: 1, row: 1 },
    { id: 'f', label: 'Spark Structured\nStreaming', col: 2, row: 1 },
    { id: 'r', label: 'Redis features', col: 3, row: 1 },
    { id: 'api', label: 'Fraud API', col: 3, row: 0 },
    { id: 'db', label: 'Ledger DB (MySQL)', col: 1, row: 3 },
    { id: 'bi', label: 'Power BI finance\ndashboards', col: 3, row: 3 },
  ],
  arrows: [
    { from: 'sw', to: 'k' },
    { from: 'k', to: 'f' },
    { from: 'f', to: 'r' },
    { from: 'api', to: 'r' },
    { from: 'sw', to: 'db' },
    { from: 'db', to: 'bi', label: 'direct query' },
  ],
};

/** Gamed: palette boxes relabelled as a paper process, connected in a chain. */
export const cardGamedRelabelled: SceneSpec = {
  boxes: [
    { id: 'a', label: 'Cashier', kind: 'app_service', col: 0, row: 1 },
    { id: 'b', label: 'Paper receipts', kind: 'oltp_database', col: 1, row: 1 },
    { id: 'c', label: 'Inbox', kind: 'kafka', col: 2, row: 1 },
    { id: 'd', label: 'Operator clipboard', kind: 'flink', col: 3, row: 1 },
    { id: 'e', label: 'Sticky notes', kind: 'feature_store', col: 4, row: 1 },
    { id: 'f', label: 'Ask the manager', kind: 'serving_api', col: 4, row: 0 },
    { id: 'g', label: 'Fax machine', kind: 'files', col: 0, row: 3 },
    { id: 'h', label: 'Shoebox of\nstatements', kind: 'object_store', col: 2, row: 3 },
    { id: 'i', label: 'Accountant', kind: 'spark_batch', col: 3, row: 3 },
    { id: 'j', label: 'Binder', kind: 'warehouse', col: 4, row: 3 },
    { id: 'k', label: 'Monthly email', kind: 'bi_dashboard', col: 5, row: 3 },
    { id: 'l', label: 'Wall calendar', kind: 'airflow', col: 3, row: 5 },
  ],
  arrows: [
    { from: 'a', to: 'b' },
    { from: 'a', to: 'c' },
    { from: 'c', to: 'd' },
    { from: 'd', to: 'e' },
    { from: 'f', to: 'e' },
    { from: 'b', to: 'h' },
    { from: 'g', to: 'i' },
    { from: 'h', to: 'i' },
    { from: 'i', to: 'j' },
    { from: 'j', to: 'k' },
    { from: 'l', to: 'i' },
  ],
};

/** Gamed: keyword-stuffed boxes, one per layer, stacked with no flow between them. */
export const cardGamedKeywords: SceneSpec = {
  boxes: [
    { id: 'a', label: 'Switch / ledger Postgres / CDC Debezium', col: 0, row: 0, width: 420 },
    { id: 'b', label: 'Kafka Flink Redis feature store fraud API', col: 0, row: 1, width: 420 },
    { id: 'c', label: 'Clearing files S3 Iceberg Spark dbt Snowflake', col: 0, row: 2, width: 420 },
    { id: 'd', label: 'Tableau Airflow Datadog DLQ', col: 0, row: 3, width: 420 },
  ],
};

/** Empty: nothing drawn. */
export const cardEmpty: SceneSpec = { boxes: [] };

/** Card payments: the strong plain design saved as an old file whose arrows have no arrowhead fields. */
export const cardStrongLegacyArrows: SceneSpec = { ...cardStrongPlain, legacyArrowFields: true };
