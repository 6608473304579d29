import type { ComponentKind } from '@/lib/diagram/component-kinds';

/**
 * Label words -> component kind. Data, not logic: add a product name here, not a branch in code.
 * Phrases are matched on whole words (case and punctuation ignored, a trailing plural "s" allowed).
 * A specific entry beats a `generic` one; then the longest matching phrase wins; then table order —
 * so "Spark Structured Streaming" beats "Spark", "Cassandra DB" beats "DB", and "Kafka DLQ" is a
 * dead-letter queue.
 */
export interface KindSynonyms {
  kind: ComponentKind;
  phrases: readonly string[];
  /** Broad words ("database", "service") that only decide when nothing more specific matches. */
  generic?: boolean;
}

export const KIND_SYNONYMS: readonly KindSynonyms[] = [
  { kind: 'dead_letter_queue', phrases: ['dlq', 'dead letter', 'dead letter queue', 'deadletter', 'poison queue', 'error queue', 'quarantine'] },
  { kind: 'schema_registry', phrases: ['schema registry', 'apicurio', 'glue schema registry', 'confluent schema registry'] },
  { kind: 'spark_streaming', phrases: ['spark structured streaming', 'structured streaming', 'spark streaming', 'spark real time', 'spark realtime', 'dstream'] },
  // No generic "stream processor" kind exists; Flink is the closest stateful stream processor.
  { kind: 'flink', phrases: ['flink', 'apache flink', 'kafka streams', 'ksqldb', 'ksql', 'kinesis data analytics', 'managed flink', 'dataflow', 'apache beam', 'beam', 'streaming database', 'risingwave', 'materialize'] },
  // Kafka Connect is the connector runtime CDC tools run on, not the broker.
  { kind: 'cdc', phrases: ['debezium', 'cdc', 'change data capture', 'kafka connect', 'aws dms', 'dms', 'fivetran', 'airbyte', 'goldengate', 'maxwell', 'stitch'] },
  { kind: 'kafka', phrases: ['kafka', 'apache kafka', 'msk', 'confluent', 'confluent cloud', 'event bus', 'redpanda', 'kinesis', 'kinesis data streams', 'pulsar', 'pub sub', 'pubsub', 'event hub', 'event hubs', 'eventhub', 'rabbitmq', 'message broker', 'message queue', 'sqs', 'nats', 'topic'] },
  { kind: 'table_format', phrases: ['delta', 'delta lake', 'delta table', 'iceberg', 'apache iceberg', 'hudi', 'lakehouse', 'delta engine'] },
  { kind: 'bronze_layer', phrases: ['bronze', 'raw layer', 'raw zone', 'landing zone', 'landing layer', 'raw data', 'raw'] },
  { kind: 'silver_layer', phrases: ['silver', 'cleansed', 'cleaned layer', 'conformed', 'refined', 'staging layer'] },
  { kind: 'gold_layer', phrases: ['gold', 'curated', 'curated layer', 'aggregated layer', 'data mart', 'datamart', 'marts', 'presentation layer'] },
  { kind: 'object_store', phrases: ['s3', 'amazon s3', 'gcs', 'google cloud storage', 'cloud storage', 'adls', 'adls gen2', 'azure blob', 'blob storage', 'minio', 'data lake', 'datalake', 'object storage', 'object store', 'bucket', 'hdfs', 'r2'] },
  { kind: 'warehouse', phrases: ['snowflake', 'bigquery', 'redshift', 'data warehouse', 'warehouse', 'dwh', 'synapse', 'clickhouse', 'olap', 'druid', 'pinot', 'starrocks', 'duckdb', 'trino', 'presto', 'athena', 'hive', 'vertica', 'teradata'] },
  { kind: 'nosql_database', phrases: ['mongodb', 'mongo', 'cassandra', 'dynamodb', 'dynamo', 'cosmos db', 'cosmosdb', 'hbase', 'bigtable', 'scylla', 'scylladb', 'couchbase', 'couchdb', 'nosql', 'influxdb', 'timescaledb', 'keyspaces', 'firestore'] },
  { kind: 'oltp_database', phrases: ['postgres', 'postgresql', 'mysql', 'rds', 'aurora', 'mariadb', 'oracle', 'sql server', 'mssql', 'oltp', 'cloud sql', 'sqlite', 'cockroachdb', 'spanner', 'operational database', 'transactional database'] },
  { kind: 'cache', phrases: ['redis', 'memcached', 'elasticache', 'valkey', 'cache', 'dragonfly'] },
  { kind: 'search_index', phrases: ['elasticsearch', 'elastic search', 'opensearch', 'solr', 'search index', 'quickwit', 'typesense', 'meilisearch', 'algolia', 'vector database', 'vector db', 'pinecone'] },
  { kind: 'feature_store', phrases: ['feature store', 'feast', 'tecton', 'feature registry'] },
  { kind: 'monitoring', phrases: ['grafana', 'prometheus', 'datadog', 'monitoring', 'alerting', 'observability', 'cloudwatch', 'loki', 'thanos', 'kibana', 'new relic', 'pagerduty', 'alertmanager', 'sentry', 'opentelemetry', 'splunk'] },
  { kind: 'bi_dashboard', phrases: ['tableau', 'looker', 'looker studio', 'superset', 'power bi', 'powerbi', 'dashboard', 'metabase', 'quicksight', 'redash', 'mode analytics', 'streamlit', 'data visualization', 'visualization', 'reporting', 'report', 'bi', 'bi tool'] },
  { kind: 'airflow', phrases: ['airflow', 'apache airflow', 'mwaa', 'cloud composer', 'dagster', 'prefect', 'orchestrator', 'orchestration', 'scheduler', 'step functions', 'luigi', 'mage', 'argo workflows', 'oozie', 'cron'] },
  { kind: 'dbt', phrases: ['dbt', 'dbt core', 'dbt cloud', 'sqlmesh', 'dataform'] },
  { kind: 'spark_batch', phrases: ['spark', 'apache spark', 'pyspark', 'spark sql', 'emr', 'databricks', 'databricks job', 'dataproc', 'glue job', 'aws glue', 'glue', 'hadoop', 'mapreduce', 'polars', 'batch job', 'batch processing', 'spark batch'] },
  { kind: 'kubernetes', phrases: ['kubernetes', 'k8s', 'eks', 'gke', 'aks', 'openshift', 'docker', 'helm'] },
  { kind: 'api_gateway', phrases: ['api gateway', 'gateway', 'load balancer', 'alb', 'elb', 'ingress', 'kong', 'apigee', 'envoy'] },
  { kind: 'serving_api', phrases: ['serving api', 'serving layer', 'rest api', 'graphql', 'fastapi', 'flask', 'grpc', 'query api', 'data api', 'api service'] },
  { kind: 'schema_registry', phrases: ['avro schema', 'protobuf schema'] },
  { kind: 'clickstream', phrases: ['clickstream', 'click stream', 'clicks', 'click events', 'web events', 'snowplow', 'segment', 'tracking events', 'page views'] },
  { kind: 'iot_devices', phrases: ['iot', 'iot devices', 'device', 'sensor', 'telemetry', 'edge device', 'mqtt', 'plc', 'opc ua', 'scada', 'machine sensors', 'edge gateway'] },
  // Hospital systems are the source applications of healthcare cases; interface engines forward their HL7 feeds.
  { kind: 'app_service', phrases: ['ehr', 'electronic health record', 'epic', 'cerner', 'hl7 feed', 'adt feed', 'mes'] },
  { kind: 'api_gateway', phrases: ['interface engine', 'mirth', 'rhapsody', 'hl7 listener', 'mllp'] },
  { kind: 'nosql_database', phrases: ['historian', 'time series database', 'timescaledb', 'influxdb'] },
  { kind: 'third_party_api', phrases: ['fhir api', 'fhir server', 'fhir bulk export'] },
  { kind: 'third_party_api', phrases: ['third party', 'third party api', '3rd party', 'external api', 'public api', 'partner api', 'saas', 'salesforce', 'stripe', 'hubspot', 'zendesk', 'shopify', 'api request'] },
  { kind: 'files', phrases: ['files', 'file', 'csv', 'json files', 'parquet files', 'sftp', 'ftp', 'file drop', 'excel', 'spreadsheet', 'log file'] },
  // Generic fallbacks: they only decide when no product name or specific phrase matched.
  { kind: 'oltp_database', phrases: ['database', 'db', 'sql'], generic: true },
  { kind: 'spark_batch', phrases: ['etl', 'batch', 'transformation', 'processing', 'spark job'], generic: true },
  { kind: 'serving_api', phrases: ['api', 'endpoint'], generic: true },
  { kind: 'app_service', phrases: ['service', 'microservice', 'app', 'application', 'backend', 'server', 'web app', 'mobile app', 'frontend', 'web server', 'producer', 'website', 'client'], generic: true },
  { kind: 'kafka', phrases: ['queue', 'stream', 'streaming', 'events'], generic: true },
  { kind: 'object_store', phrases: ['storage', 'lake'], generic: true },
];
