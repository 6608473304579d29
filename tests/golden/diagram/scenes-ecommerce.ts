import type { SceneSpec } from './draw-lib';
import { reversed, withoutArrows } from './draw-lib';

/** E-commerce: the strong design drawn with plain rectangles and the learner's own labels. */
export const ecomStrongPlain: SceneSpec = {
  boxes: [
    { id: 'pg', label: 'Orders / payments /\ninventory (PostgreSQL)', col: 0, row: 0 },
    { id: 'clicks', label: 'Web + app\nclickstream (JSON)', col: 0, row: 2 },
    { id: 'sftp', label: 'Partner CSVs\n(SFTP, nightly)', col: 0, row: 4 },
    { id: 'deb', label: 'Debezium\n(WAL CDC)', col: 1, row: 0 },
    { id: 'kafka', label: 'Kafka\n(3 brokers, RF=3)', col: 1, row: 2 },
    { id: 'reg', label: 'Schema Registry\n(Avro)', col: 1, row: 3 },
    { id: 'stream', label: 'Spark Structured\nStreaming', col: 2, row: 1 },
    { id: 'dlq', label: 'Dead-letter topic', col: 2, row: 3 },
    { id: 'batch', label: 'Spark batch\n(nightly)', col: 2, row: 4 },
    { id: 'redis', label: 'Live inventory\n(Redis)', col: 3, row: 0 },
    { id: 'bronze', label: 'Bronze: raw\n(Delta on S3)', col: 3, row: 2 },
    { id: 'silver', label: 'Silver: cleaned,\ndeduplicated', col: 3, row: 4 },
    { id: 'ops', label: 'Ops inventory\ndashboard', col: 4, row: 0 },
    { id: 'dbt', label: 'dbt models', col: 4, row: 4 },
    { id: 'gold', label: 'Gold: star schema\n(Delta tables)', col: 5, row: 3 },
    { id: 'bi', label: 'Sales dashboards\n(Looker)', col: 5, row: 1 },
    { id: 'airflow', label: 'Airflow\n(schedules, retries)', col: 2, row: 5 },
    { id: 'mon', label: 'Prometheus +\nGrafana alerting', col: 4, row: 5 },
  ],
  arrows: [
    { from: 'pg', to: 'deb', label: 'WAL' },
    { from: 'deb', to: 'kafka', label: 'change events' },
    { from: 'clicks', to: 'kafka', label: 'events' },
    { from: 'kafka', to: 'reg', label: 'schemas' },
    { from: 'kafka', to: 'stream' },
    { from: 'stream', to: 'redis', label: 'stock < 5 min' },
    { from: 'redis', to: 'ops' },
    { from: 'stream', to: 'bronze', label: 'raw events' },
    { from: 'stream', to: 'dlq', label: 'bad records' },
    { from: 'sftp', to: 'batch' },
    { from: 'bronze', to: 'batch', via: [[2.5, 3.5]] },
    { from: 'batch', to: 'silver' },
    { from: 'silver', to: 'dbt' },
    { from: 'dbt', to: 'gold' },
    { from: 'gold', to: 'bi' },
    { from: 'airflow', to: 'batch', label: 'schedules', dashed: true },
    { from: 'airflow', to: 'dbt', dashed: true },
    { from: 'kafka', to: 'mon', label: 'lag', dashed: true, via: [[1.5, 2], [1.5, 4.5], [4, 4.5]] },
  ],
};

/** E-commerce: strong, built from palette boxes (customData.kind) with the learner's labels. */
export const ecomStrongPalette: SceneSpec = {
  boxes: [
    { id: 'pg', label: 'App database (OLTP)', kind: 'oltp_database', col: 0, row: 0 },
    { id: 'clicks', label: 'Clickstream', kind: 'clickstream', col: 0, row: 2 },
    { id: 'files', label: 'Files (SFTP/CSV)', kind: 'files', col: 0, row: 4 },
    { id: 'cdc', label: 'Debezium CDC', kind: 'cdc', col: 1, row: 0 },
    { id: 'kafka', label: 'Kafka', kind: 'kafka', col: 1, row: 2 },
    { id: 'reg', label: 'Schema registry', kind: 'schema_registry', col: 1, row: 3 },
    { id: 'flink', label: 'Flink', kind: 'flink', col: 2, row: 1 },
    { id: 'dlq', label: 'Dead letter queue', kind: 'dead_letter_queue', col: 2, row: 3 },
    { id: 'spark', label: 'Spark batch', kind: 'spark_batch', col: 2, row: 4 },
    { id: 'cache', label: 'Redis cache', kind: 'cache', col: 3, row: 0 },
    { id: 'bronze', label: 'Bronze (raw)', kind: 'bronze_layer', col: 3, row: 2 },
    { id: 'silver', label: 'Silver (clean)', kind: 'silver_layer', col: 3, row: 4 },
    { id: 'gold', label: 'Gold (curated)', kind: 'gold_layer', col: 4, row: 3 },
    { id: 'bi', label: 'BI dashboard', kind: 'bi_dashboard', col: 5, row: 2 },
    { id: 'ops', label: 'Stock dashboard', kind: 'bi_dashboard', col: 4, row: 0 },
    { id: 'airflow', label: 'Airflow', kind: 'airflow', col: 2, row: 5 },
    { id: 'mon', label: 'Monitoring & alerts', kind: 'monitoring', col: 4, row: 5 },
  ],
  arrows: [
    { from: 'pg', to: 'cdc' },
    { from: 'cdc', to: 'kafka' },
    { from: 'clicks', to: 'kafka' },
    { from: 'kafka', to: 'reg' },
    { from: 'kafka', to: 'flink' },
    { from: 'flink', to: 'cache' },
    { from: 'cache', to: 'ops' },
    { from: 'flink', to: 'bronze' },
    { from: 'flink', to: 'dlq' },
    { from: 'files', to: 'spark' },
    { from: 'bronze', to: 'spark', via: [[2.5, 3.5]] },
    { from: 'spark', to: 'silver' },
    { from: 'silver', to: 'gold' },
    { from: 'gold', to: 'bi' },
    { from: 'airflow', to: 'spark' },
    { from: 'flink', to: 'mon', via: [[2.5, 1], [2.5, 4.5], [4, 4.5]] },
  ],
};

/** E-commerce on AWS services only. */
export const ecomStrongAws: SceneSpec = {
  boxes: [
    { id: 'aurora', label: 'Aurora PostgreSQL\n(orders, stock)', col: 0, row: 0 },
    { id: 'app', label: 'Web/mobile SDK\nclick events', col: 0, row: 2 },
    { id: 'sftp', label: 'AWS Transfer Family\n(partner SFTP)', col: 0, row: 4 },
    { id: 'dms', label: 'AWS DMS\n(CDC)', col: 1, row: 0 },
    { id: 'kds', label: 'Kinesis Data\nStreams', col: 1, row: 2 },
    { id: 'gsr', label: 'Glue Schema\nRegistry', col: 1, row: 3 },
    { id: 'maf', label: 'Managed Service for\nApache Flink', col: 2, row: 1 },
    { id: 'sqs', label: 'SQS dead-letter\nqueue', col: 2, row: 3 },
    { id: 'glue', label: 'Glue ETL jobs\n(Spark)', col: 2, row: 4 },
    { id: 'ddb', label: 'DynamoDB\n(live stock)', col: 3, row: 0 },
    { id: 'fh', label: 'Kinesis Data\nFirehose', col: 3, row: 2 },
    { id: 's3raw', label: 'S3 raw zone\n(Parquet)', col: 4, row: 2 },
    { id: 's3cur', label: 'S3 curated\n(Iceberg)', col: 4, row: 4 },
    { id: 'rs', label: 'Redshift\n(sales marts)', col: 5, row: 3 },
    { id: 'qs', label: 'QuickSight\ndashboards', col: 5, row: 1 },
    { id: 'opsqs', label: 'Ops stock view\n(QuickSight)', col: 4, row: 0 },
    { id: 'mwaa', label: 'MWAA (Airflow)', col: 2, row: 5 },
    { id: 'cw', label: 'CloudWatch alarms', col: 4, row: 5 },
  ],
  arrows: [
    { from: 'aurora', to: 'dms' },
    { from: 'dms', to: 'kds' },
    { from: 'app', to: 'kds' },
    { from: 'kds', to: 'gsr', dashed: true },
    { from: 'kds', to: 'maf' },
    { from: 'maf', to: 'ddb' },
    { from: 'ddb', to: 'opsqs' },
    { from: 'maf', to: 'sqs', label: 'bad events' },
    { from: 'kds', to: 'fh' },
    { from: 'fh', to: 's3raw' },
    { from: 'sftp', to: 'glue' },
    { from: 's3raw', to: 'glue' },
    { from: 'glue', to: 's3cur' },
    { from: 's3cur', to: 'rs' },
    { from: 'rs', to: 'qs' },
    { from: 'mwaa', to: 'glue', dashed: true },
    { from: 'maf', to: 'cw', dashed: true, via: [[2.5, 1], [2.5, 4.5], [4, 4.5]] },
  ],
};

/** E-commerce on Google Cloud. */
export const ecomStrongGcp: SceneSpec = {
  boxes: [
    { id: 'sql', label: 'Cloud SQL for\nPostgreSQL', col: 0, row: 0 },
    { id: 'clicks', label: 'GA4 / app\nclickstream', col: 0, row: 2 },
    { id: 'partner', label: 'Partner CSV drops\n(SFTP)', col: 0, row: 4 },
    { id: 'ds', label: 'Datastream (CDC)', col: 1, row: 0 },
    { id: 'ps', label: 'Pub/Sub topics', col: 1, row: 2 },
    { id: 'dfs', label: 'Dataflow streaming\n(Beam)', col: 2, row: 1 },
    { id: 'dl', label: 'Pub/Sub dead-letter\ntopic', col: 2, row: 3 },
    { id: 'gcsin', label: 'GCS landing bucket', col: 1, row: 4 },
    { id: 'bt', label: 'Bigtable\n(stock levels)', col: 3, row: 0 },
    { id: 'gcs', label: 'GCS raw zone\n(Avro/Parquet)', col: 3, row: 2 },
    { id: 'dp', label: 'Dataproc Spark\nbatch', col: 2, row: 4 },
    { id: 'dbt', label: 'dbt (BigQuery\nmodels)', col: 3, row: 4 },
    { id: 'bq', label: 'BigQuery\nmarts', col: 4, row: 3 },
    { id: 'looker', label: 'Looker sales\ndashboards', col: 5, row: 2 },
    { id: 'ops', label: 'Ops stock\ndashboard', col: 4, row: 0 },
    { id: 'comp', label: 'Cloud Composer', col: 2, row: 5 },
    { id: 'mon', label: 'Cloud Monitoring\n+ alerting', col: 4, row: 5 },
  ],
  arrows: [
    { from: 'sql', to: 'ds' },
    { from: 'ds', to: 'ps' },
    { from: 'clicks', to: 'ps' },
    { from: 'ps', to: 'dfs' },
    { from: 'dfs', to: 'bt' },
    { from: 'bt', to: 'ops' },
    { from: 'dfs', to: 'gcs' },
    { from: 'dfs', to: 'dl', label: 'malformed' },
    { from: 'partner', to: 'gcsin' },
    { from: 'gcsin', to: 'dp' },
    { from: 'gcs', to: 'dp', via: [[2.5, 3.5]] },
    { from: 'dp', to: 'dbt' },
    { from: 'dbt', to: 'bq' },
    { from: 'bq', to: 'looker' },
    { from: 'comp', to: 'dp', dashed: true },
    { from: 'comp', to: 'dbt', dashed: true },
    { from: 'dfs', to: 'mon', dashed: true, via: [[2.5, 1], [2.5, 4.5], [4, 4.5]] },
  ],
};

/** E-commerce on Databricks with Confluent Cloud: lakehouse medallion, Delta Live Tables, Databricks SQL. */
export const ecomStrongDatabricks: SceneSpec = {
  boxes: [
    { id: 'pg', label: 'Shop Postgres', col: 0, row: 0 },
    { id: 'web', label: 'Web/app events', col: 0, row: 2 },
    { id: 'sftp', label: 'Partner SFTP\nCSVs', col: 0, row: 4 },
    { id: 'deb', label: 'Debezium source\nconnector', col: 1, row: 0 },
    { id: 'cc', label: 'Confluent Cloud\n(Kafka topics)', col: 1, row: 2 },
    { id: 'sr', label: 'Confluent Schema\nRegistry', col: 1, row: 3 },
    { id: 'al', label: 'Auto Loader', col: 1, row: 4 },
    { id: 'dlt', label: 'Delta Live Tables\n(streaming)', col: 2, row: 2 },
    { id: 'quar', label: 'Quarantine table\n(failed expectations)', col: 2, row: 3 },
    { id: 'br', label: 'Bronze Delta\n(ADLS)', col: 3, row: 1 },
    { id: 'sv', label: 'Silver Delta', col: 3, row: 3 },
    { id: 'jobs', label: 'Databricks jobs\n(Spark batch)', col: 2, row: 4 },
    { id: 'gd', label: 'Gold Delta\n(star schema)', col: 4, row: 3 },
    { id: 'sqlwh', label: 'Databricks SQL\nwarehouse', col: 4, row: 1 },
    { id: 'pbi', label: 'Power BI sales +\nstock dashboards', col: 5, row: 1 },
    { id: 'wf', label: 'Databricks\nWorkflows', col: 2, row: 5 },
    { id: 'mon', label: 'Lakehouse monitoring\n+ PagerDuty', col: 4, row: 5 },
  ],
  arrows: [
    { from: 'pg', to: 'deb' },
    { from: 'deb', to: 'cc' },
    { from: 'web', to: 'cc' },
    { from: 'cc', to: 'sr', dashed: true },
    { from: 'cc', to: 'dlt' },
    { from: 'dlt', to: 'br' },
    { from: 'dlt', to: 'quar' },
    { from: 'sftp', to: 'al' },
    { from: 'al', to: 'jobs' },
    { from: 'br', to: 'sv' },
    { from: 'jobs', to: 'sv' },
    { from: 'sv', to: 'gd' },
    { from: 'gd', to: 'sqlwh' },
    { from: 'sqlwh', to: 'pbi' },
    { from: 'wf', to: 'jobs', dashed: true },
    { from: 'wf', to: 'dlt', dashed: true, via: [[1.5, 5], [1.5, 2]] },
    { from: 'dlt', to: 'mon', dashed: true, via: [[2.5, 2], [2.5, 4.5], [4, 4.5]] },
  ],
};

/** E-commerce: a Kafka cluster drawn as a frame of three brokers; arrows end on the frame. */
export const ecomKafkaFrame: SceneSpec = {
  groups: [{ id: 'kcluster', title: 'Kafka cluster', style: 'frame', col: 2, row: 1, cols: 1, rows: 3 }],
  boxes: [
    { id: 'pg', label: 'PostgreSQL\n(orders)', col: 0, row: 0 },
    { id: 'deb', label: 'Debezium', col: 1, row: 0 },
    { id: 'web', label: 'Clickstream\ncollector', col: 1, row: 2 },
    { id: 'b1', label: 'broker-1', col: 2, row: 1, frame: 'kcluster' },
    { id: 'b2', label: 'broker-2', col: 2, row: 2, frame: 'kcluster' },
    { id: 'b3', label: 'broker-3', col: 2, row: 3, frame: 'kcluster' },
    { id: 'flink', label: 'Flink jobs\n(inventory, sessions)', col: 3, row: 1 },
    { id: 'dlq', label: 'DLQ topic', col: 3, row: 0 },
    { id: 'redis', label: 'Redis (stock)', col: 4, row: 0 },
    { id: 'lake', label: 'Iceberg on S3\n(raw -> clean)', col: 4, row: 2 },
    { id: 'csv', label: 'Partner CSV\n(SFTP)', col: 0, row: 4 },
    { id: 'spark', label: 'Spark batch', col: 3, row: 4 },
    { id: 'dbt', label: 'dbt marts', col: 4, row: 4 },
    { id: 'sf', label: 'Snowflake\n(marts)', col: 5, row: 3 },
    { id: 'bi', label: 'Tableau', col: 5, row: 1 },
    { id: 'airflow', label: 'Airflow', col: 2, row: 5 },
    { id: 'mon', label: 'Datadog monitors', col: 4, row: 5 },
    { id: 'reg', label: 'Schema registry', col: 1, row: 3 },
  ],
  arrows: [
    { from: 'pg', to: 'deb' },
    { from: 'deb', to: 'kcluster' },
    { from: 'web', to: 'kcluster' },
    { from: 'kcluster', to: 'flink' },
    { from: 'flink', to: 'dlq' },
    { from: 'flink', to: 'redis' },
    { from: 'redis', to: 'bi', label: 'stock view' },
    { from: 'flink', to: 'lake' },
    { from: 'csv', to: 'spark' },
    { from: 'lake', to: 'spark' },
    { from: 'spark', to: 'dbt' },
    { from: 'dbt', to: 'sf' },
    { from: 'sf', to: 'bi' },
    { from: 'airflow', to: 'spark', dashed: true },
    { from: 'airflow', to: 'dbt', dashed: true },
    { from: 'kcluster', to: 'mon', dashed: true, via: [[2, 4.5], [4, 4.5]] },
    { from: 'reg', to: 'kcluster', dashed: true },
  ],
};

/** E-commerce, mediocre: nightly batch only, no stream, no CDC, nothing for the 5-minute inventory. */
export const ecomMediocreBatchOnly: SceneSpec = {
  boxes: [
    { id: 'pg', label: 'Postgres replica', col: 0, row: 1 },
    { id: 'csv', label: 'Partner CSV', col: 0, row: 3 },
    { id: 'dump', label: 'Nightly pg_dump\nexport', col: 1, row: 1 },
    { id: 'spark', label: 'Spark ETL', col: 2, row: 2 },
    { id: 's3', label: 'S3', col: 3, row: 1 },
    { id: 'rs', label: 'Redshift', col: 4, row: 2 },
    { id: 'tab', label: 'Tableau', col: 5, row: 2 },
    { id: 'airflow', label: 'Airflow', col: 2, row: 4 },
  ],
  arrows: [
    { from: 'pg', to: 'dump' },
    { from: 'dump', to: 'spark' },
    { from: 'csv', to: 'spark' },
    { from: 'spark', to: 's3' },
    { from: 's3', to: 'rs' },
    { from: 'rs', to: 'tab' },
    { from: 'airflow', to: 'spark', dashed: true },
  ],
};

/** E-commerce, mediocre: the data path is right but nothing operates it and the partner files are gone. */
export const ecomMediocreNoOps: SceneSpec = {
  boxes: [
    { id: 'pg', label: 'PostgreSQL', col: 0, row: 0 },
    { id: 'clicks', label: 'Clickstream', col: 0, row: 2 },
    { id: 'deb', label: 'Debezium', col: 1, row: 0 },
    { id: 'kafka', label: 'Kafka', col: 1, row: 2 },
    { id: 'ss', label: 'Spark Streaming', col: 2, row: 1 },
    { id: 'lake', label: 'S3 data lake', col: 3, row: 2 },
    { id: 'batch', label: 'Spark batch', col: 3, row: 4 },
    { id: 'wh', label: 'Snowflake', col: 4, row: 3 },
    { id: 'bi', label: 'Dashboards', col: 5, row: 2 },
  ],
  arrows: [
    { from: 'pg', to: 'deb' },
    { from: 'deb', to: 'kafka' },
    { from: 'clicks', to: 'kafka' },
    { from: 'kafka', to: 'ss' },
    { from: 'ss', to: 'lake' },
    { from: 'lake', to: 'batch' },
    { from: 'batch', to: 'wh' },
    { from: 'wh', to: 'bi' },
  ],
};

/** Gamed: every palette box of the strong design, no connector anywhere. */
export const ecomGamedNoArrows: SceneSpec = withoutArrows(ecomStrongPalette);

/** Gamed: the strong plain design with every arrow reversed (dashboards feed the database). */
export const ecomGamedReversed: SceneSpec = reversed(ecomStrongPlain);

/** Gamed: palette boxes joined by headless connectors in an arbitrary order through every box. */
export const ecomGamedHairball: SceneSpec = {
  boxes: ecomStrongPalette.boxes,
  arrows: [
    ['bi', 'pg'], ['pg', 'mon'], ['mon', 'silver'], ['silver', 'clicks'], ['clicks', 'airflow'],
    ['airflow', 'cache'], ['cache', 'files'], ['files', 'gold'], ['gold', 'cdc'], ['cdc', 'dlq'],
    ['dlq', 'bronze'], ['bronze', 'reg'], ['reg', 'ops'], ['ops', 'kafka'], ['kafka', 'spark'],
    ['spark', 'flink'], ['flink', 'bi'], ['pg', 'gold'], ['kafka', 'silver'],
  ].map(([from = '', to = '']) => ({ from, to, heads: 'none' as const })),
};

/** Gamed: palette boxes keep their kinds but are relabelled as a manual paper process. */
export const ecomGamedRelabelled: SceneSpec = {
  boxes: [
    { id: 'a', label: 'Shop floor staff', kind: 'oltp_database', col: 0, row: 1 },
    { id: 'b', label: 'Operator clipboard', kind: 'cdc', col: 1, row: 1 },
    { id: 'c', label: 'Inbox', kind: 'kafka', col: 2, row: 1 },
    { id: 'd', label: 'Someone reads\nthe clipboard', kind: 'spark_streaming', col: 3, row: 1 },
    { id: 'e', label: 'Filing cabinet', kind: 'object_store', col: 3, row: 3 },
    { id: 'f', label: 'Intern with Excel', kind: 'spark_batch', col: 2, row: 3 },
    { id: 'g', label: 'Shared drive folder', kind: 'warehouse', col: 4, row: 2 },
    { id: 'h', label: 'Monthly email', kind: 'bi_dashboard', col: 5, row: 2 },
    { id: 'i', label: 'Wall calendar', kind: 'airflow', col: 2, row: 5 },
    { id: 'j', label: 'Manager phones\nif late', kind: 'monitoring', col: 4, row: 5 },
  ],
  arrows: [
    { from: 'a', to: 'b' },
    { from: 'b', to: 'c' },
    { from: 'c', to: 'd' },
    { from: 'd', to: 'e' },
    { from: 'e', to: 'f' },
    { from: 'f', to: 'g' },
    { from: 'g', to: 'h' },
    { from: 'i', to: 'f' },
    { from: 'j', to: 'd' },
  ],
};

/** Gamed: one box holding every keyword of the rubric. */
export const ecomGamedKeywordBox: SceneSpec = {
  boxes: [
    {
      id: 'all',
      label:
        'Postgres Debezium CDC Kafka Schema Registry\nSpark Streaming Flink Spark batch dbt\nS3 Delta bronze silver gold Snowflake\nLooker dashboards Airflow monitoring DLQ',
      col: 1,
      row: 1,
      width: 460,
    },
  ],
};

/** Empty: nothing drawn. */
export const ecomEmpty: SceneSpec = { boxes: [] };

/** Empty in effect: a title and two unlabelled boxes joined by an arrow. */
export const ecomEmptyUnlabelled: SceneSpec = {
  boxes: [
    { id: 'x', label: '', col: 0, row: 1 },
    { id: 'y', label: '', col: 2, row: 1 },
  ],
  arrows: [{ from: 'x', to: 'y' }],
  notes: [{ text: 'My data platform', col: 1, row: 0 }],
};

/** E-commerce, unusual but right: dbt layers drawn as dashed containers titled Staging and Marts. */
export const ecomMartsContainers: SceneSpec = {
  groups: [
    { id: 'staging', title: 'Staging', style: 'dashed', col: 3, row: 3, cols: 1, rows: 2 },
    { id: 'marts', title: 'Marts', style: 'dashed', col: 4, row: 3, cols: 1, rows: 2 },
  ],
  boxes: [
    { id: 'pg', label: 'Orders Postgres', col: 0, row: 0 },
    { id: 'clicks', label: 'Clickstream SDK', col: 0, row: 2 },
    { id: 'sftp', label: 'Partner SFTP', col: 0, row: 4 },
    { id: 'deb', label: 'Debezium', col: 1, row: 0 },
    { id: 'kafka', label: 'Kafka (RF 3)\n+ schema registry', col: 1, row: 1 },
    { id: 'flink', label: 'Flink', col: 2, row: 0 },
    { id: 'redis', label: 'Redis stock\ncounters', col: 3, row: 0 },
    { id: 'ops', label: 'Ops stock board', col: 4, row: 0 },
    { id: 'raw', label: 'S3 raw (Iceberg)', col: 2, row: 2 },
    { id: 'dlq', label: 'DLQ topic', col: 2, row: 1 },
    { id: 'spark', label: 'Spark load\n(nightly)', col: 2, row: 4 },
    { id: 'stg1', label: 'stg_orders', col: 3, row: 3 },
    { id: 'stg2', label: 'stg_sessions', col: 3, row: 4 },
    { id: 'fct', label: 'fct_order_items', col: 4, row: 3 },
    { id: 'dim', label: 'dim_product,\ndim_customer', col: 4, row: 4 },
    { id: 'bi', label: 'Superset sales\ndashboards', col: 5, row: 3 },
    { id: 'af', label: 'Airflow runs dbt', col: 2, row: 5 },
    { id: 'mon', label: 'Alerting\n(Grafana OnCall)', col: 4, row: 5 },
  ],
  arrows: [
    { from: 'pg', to: 'deb' },
    { from: 'deb', to: 'kafka' },
    { from: 'clicks', to: 'kafka' },
    { from: 'kafka', to: 'flink' },
    { from: 'flink', to: 'redis' },
    { from: 'flink', to: 'dlq' },
    { from: 'redis', to: 'ops' },
    { from: 'kafka', to: 'raw', label: 'sink' },
    { from: 'sftp', to: 'spark' },
    { from: 'raw', to: 'spark' },
    { from: 'spark', to: 'staging' },
    { from: 'staging', to: 'marts', label: 'dbt' },
    { from: 'marts', to: 'bi' },
    { from: 'af', to: 'staging', dashed: true },
    { from: 'flink', to: 'mon', dashed: true, via: [[2.5, 0], [2.5, 4.5], [4, 4.5]] },
  ],
};

/** E-commerce, unusual but right: coarse boxes each naming two tools ("Postgres + Debezium CDC"). */
export const ecomCombinedLabels: SceneSpec = {
  boxes: [
    { id: 'src', label: 'Postgres + Debezium CDC', col: 0, row: 1, width: 210 },
    { id: 'web', label: 'Web/app events', col: 0, row: 3 },
    { id: 'csv', label: 'Partner CSV (SFTP)', col: 0, row: 4 },
    { id: 'bus', label: 'Kafka + Schema Registry', col: 1, row: 2, width: 210 },
    { id: 'rt', label: 'Flink -> Redis\n(stock < 5 min)', col: 2, row: 1 },
    { id: 'dlq', label: 'DLQ topic', col: 2, row: 3 },
    { id: 'lake', label: 'S3 + Delta\n(bronze/silver/gold)', col: 3, row: 2 },
    { id: 'batch', label: 'Spark + dbt (nightly)', col: 3, row: 4 },
    { id: 'bi', label: 'Looker (sales +\nstock dashboards)', col: 4, row: 1 },
    { id: 'ops', label: 'Airflow + Datadog', col: 4, row: 4 },
  ],
  arrows: [
    { from: 'src', to: 'bus' },
    { from: 'web', to: 'bus' },
    { from: 'bus', to: 'rt' },
    { from: 'rt', to: 'dlq' },
    { from: 'rt', to: 'bi' },
    { from: 'bus', to: 'lake', label: 'raw' },
    { from: 'csv', to: 'batch' },
    { from: 'lake', to: 'batch' },
    { from: 'batch', to: 'lake', label: 'silver, gold' },
    { from: 'lake', to: 'bi', label: 'gold' },
    { from: 'ops', to: 'batch', dashed: true },
  ],
};
