import type { ComponentKind } from '@/lib/diagram/component-kinds';

/**
 * The names people draw -> what the box is. Data, not logic: add a product here, never a branch in code.
 *
 * - `products`: tool and product names, matched on whole words exactly ("Delta" is a table format,
 *   "deltas" is not), case and punctuation ignored ("Pub/Sub" = "pub sub").
 * - `terms`: the field's specific nouns ("dead letter queue", "schema registry"); a plural "s"/"es" is allowed.
 * - `generic`: broad head nouns ("database", "service", "job") that only decide when nothing specific matches;
 *   a generic word listed under two kinds gives both ("producer": an app or a device at the source).
 *
 * A misspelt product name ("Kakfa", "Postgress", "Snowflak", "Airlfow") is read as the product when it is
 * one typo away from exactly one name (see FUZZY_MIN_LENGTH and EVERYDAY_WORD_PRODUCTS below).
 *
 * Within one part of a label a specific match beats a generic one, then the longest phrase wins,
 * then the rightmost (the head noun: "Kafka DLQ" is a dead-letter queue, "SQL models" are models).
 * The same phrase in two entries gives the box both kinds (Azure Data Factory orchestrates and copies).
 * Sources: each vendor's own product documentation (AWS, Google Cloud, Azure, Databricks, Snowflake,
 * Confluent, Apache projects).
 */
export interface KindVocabulary {
  kind: ComponentKind;
  products?: readonly string[];
  terms?: readonly string[];
  generic?: readonly string[];
}

export const KIND_VOCABULARY: readonly KindVocabulary[] = [
  // ---- operations and error handling
  { kind: 'dead_letter_queue', terms: ['dlq', 'dead letter', 'dead letter queue', 'dead letter topic', 'deadletter', 'poison queue', 'error queue', 'quarantine', 'error topic', 'parking lot'] },
  { kind: 'monitoring', products: ['grafana', 'prometheus', 'datadog', 'cloudwatch', 'loki', 'thanos', 'kibana', 'new relic', 'pagerduty', 'alertmanager', 'sentry', 'opentelemetry', 'splunk', 'azure monitor', 'cloud monitoring', 'mimir', 'grafana mimir', 'stackdriver', 'monte carlo', 'great expectations', 'log analytics', 'application insights', 'app insights', 'cloud logging', 'opsgenie', 'amazon managed grafana', 'amazon managed prometheus', 'lakehouse monitoring', 'soda core'], terms: ['monitoring', 'alerting', 'alerts', 'observability', 'data quality'] },
  { kind: 'kubernetes', products: ['kubernetes', 'k8s', 'eks', 'gke', 'aks', 'openshift', 'docker', 'helm', 'ecs', 'fargate'] },
  // ---- things beside the data path: catalogs, access control, coordination
  { kind: 'data_catalog', products: ['glue data catalog', 'glue catalog', 'aws glue data catalog', 'unity catalog', 'hive metastore', 'datahub', 'amundsen', 'purview', 'microsoft purview', 'dataplex', 'data catalog', 'openmetadata', 'atlan', 'collibra', 'polaris', 'nessie'], terms: ['catalog', 'metastore', 'data catalog', 'lineage'] },
  { kind: 'access_control', products: ['iam', 'aws iam', 'lake formation', 'kms', 'vault', 'hashicorp vault', 'key vault', 'secrets manager', 'entra id', 'azure ad', 'okta', 'keycloak', 'ranger', 'apache ranger'], terms: ['bucket policy', 'access control', 'rbac', 'permissions', 'encryption keys', 'secrets'] },
  { kind: 'coordination', products: ['zookeeper', 'clickhouse keeper', 'etcd', 'consul', 'kraft', 'kraft controller'] },
  // ---- ingestion
  { kind: 'schema_registry', products: ['apicurio', 'glue schema registry', 'confluent schema registry', 'karapace'], terms: ['schema registry', 'avro schema', 'protobuf schema'] },
  { kind: 'cdc', products: ['debezium', 'datastream', 'aws dms', 'dms', 'database migration service', 'goldengate', 'oracle goldengate', 'maxwell', 'qlik replicate', 'striim', 'fivetran hvr', 'hvr'], terms: ['cdc', 'change data capture', 'change stream', 'binlog reader', 'wal reader', 'logical replication', 'change capture', 'change feed', 'changefeed', 'capture changes', 'row changes', 'replication slot', 'log based replication', 'log based capture', 'binlog stream', 'wal stream', 'log tailing', 'oplog tailing'] },
  // ---- orchestration
  { kind: 'airflow', products: ['airflow', 'apache airflow', 'mwaa', 'cloud composer', 'composer', 'dagster', 'prefect', 'step functions', 'luigi', 'mage', 'argo workflows', 'oozie', 'azure data factory', 'adf', 'data factory', 'databricks workflows', 'kestra', 'control m', 'sql agent', 'sql server agent', 'pg cron', 'autosys', 'tidal', 'synapse pipelines', 'fabric pipelines', 'cloud scheduler', 'cloud workflows', 'snowflake tasks', 'lakeflow jobs'], terms: ['orchestrator', 'orchestration', 'scheduler', 'cron', 'dag', 'dags', 'workflow'] },
  { kind: 'ingestion_service', products: ['firehose', 'kinesis firehose', 'kinesis data firehose', 'data firehose', 'snowpipe', 'snowpipe streaming', 'nifi', 'apache nifi', 'logstash', 'fluentd', 'fluent bit', 'filebeat', 'elastic agent', 'otel collector', 'kafka connect', 'kafka connect s3 sink', 'event hubs capture', 'eventhubs capture', 's3 sink connector', 'azure data factory', 'adf', 'data factory', 'fivetran', 'airbyte', 'stitch', 'meltano', 'aws appflow', 'appflow', 'bigquery data transfer', 'storage transfer', 'auto loader', 'autoloader', 'copy into', 'streamsets', 'estuary', 'hightouch', 'pulsar io', 'pulsar io sink', 'pulsar sink', 'pulsar connector', 'msk connect', 'redpanda connect', 'benthos', 'gcs subscription', 'cloud storage subscription', 'bigquery subscription', 'vector dev', 'vector agent', 'vector aggregator', 'kdf', 'datasync', 'aws datasync', 'lakeflow connect', 'tableflow', 'confluent tableflow', 'mirrormaker', 'mirrormaker 2', 'storage transfer service'], terms: ['sink connector', 's3 sink', 's3 sink connector', 'source connector', 'ingestion service', 'copy activity', 'log shipper'], generic: ['sink', 'connector', 'vector'] },
  { kind: 'event_router', products: ['eventbridge', 'amazon eventbridge', 'event grid', 'azure event grid', 'sns', 'eventarc'], terms: ['event router'] },
  { kind: 'kafka', products: ['kafka', 'apache kafka', 'msk', 'amazon msk', 'confluent', 'confluent cloud', 'confluent kafka', 'redpanda', 'kinesis', 'kinesis data streams', 'pulsar', 'apache pulsar', 'pub sub', 'pubsub', 'google pub sub', 'event hub', 'event hubs', 'eventhub', 'eventhubs', 'azure event hubs', 'rabbitmq', 'sqs', 'nats', 'jetstream', 'activemq', 'service bus', 'azure service bus', 'warpstream', 'mq', 'streamnative', 'streamnative cloud', 'solace', 'solace pubsub', 'rocketmq', 'apache rocketmq', 'pub sub lite', 'fabric eventstream', 'eventstream', 'aiven kafka', 'strimzi', 'upstash kafka', 'rmq', 'kds', 'amazon mq'], terms: ['event bus', 'message broker', 'message queue', 'message bus', 'topic', 'event stream', 'event log', 'kafka topic', 'broker', 'pulsar topic', 'event hub namespace', 'pub sub topic', 'pub sub subscription'] },
  // Integration hops: healthcare interface engines and the FHIR / HL7v2 stores that receive messages and
  // publish them on (Google Cloud Healthcare API, Azure Health Data Services, AWS HealthLake), and MQTT
  // brokers, the devices' ingestion endpoint (EMQX, HiveMQ, Mosquitto, IoT Core, IoT Hub).
  {
    kind: 'api_gateway',
    products: [
      'api gateway', 'kong', 'apigee', 'envoy', 'nginx', 'alb', 'elb', 'mirth', 'mirth connect', 'nextgen connect', 'rhapsody', 'cloverleaf', 'infor cloverleaf', 'corepoint',
      'iguana', 'healthshare', 'intersystems healthshare', 'intersystems iris', 'ensemble', 'apim', 'cloud healthcare api', 'healthcare api', 'azure health data services',
      'azure api for fhir', 'healthlake', 'aws healthlake', 'emqx', 'hivemq', 'mosquitto', 'eclipse mosquitto', 'vernemq', 'aws iot core', 'iot core', 'iot hub', 'azure iot hub',
      'cloudfront', 'amazon cloudfront', 'akamai', 'fastly', 'cloudflare', 'cloud cdn', 'azure front door', 'front door', 'haproxy', 'traefik', 'nlb', 'apigw',
    ],
    terms: ['mqtt bridge', 'mqtt broker', 'bridge', 'gateway', 'ingest endpoint', 'ingestion endpoint', 'ingest api', 'ingestion api', 'collector endpoint', 'event collector', 'collector', 'tracking endpoint', 'beacon endpoint', 'load balancer', 'lb', 'cdn', 'content delivery network', 'api gw', 'edge proxy', 'ingress', 'interface engine', 'integration engine', 'hl7 listener', 'mllp', 'mllp adapter', 'reverse proxy', 'hl7v2 store', 'hl7 v2 store', 'hl7 store', 'fhir store', 'fhir service'],
  },
  // ---- processing
  { kind: 'spark_streaming', products: ['spark structured streaming', 'spark streaming job', 'spark streaming jobs', 'structured streaming', 'spark streaming', 'dstream', 'delta live tables', 'dlt pipeline', 'spark real time', 'spark realtime', 'databricks streaming', 'databricks structured streaming', 'glue streaming', 'glue streaming etl', 'dataproc streaming', 'emr streaming', 'pyspark streaming', 'synapse spark streaming', 'fabric spark streaming', 'lakeflow declarative pipelines'] },
  { kind: 'flink', products: ['flink', 'apache flink', 'managed flink', 'amazon managed service for apache flink', 'kinesis data analytics', 'confluent flink'] },
  { kind: 'stream_processor', products: ['kafka streams', 'ksqldb', 'ksql', 'stream analytics', 'azure stream analytics', 'dataflow', 'google dataflow', 'apache beam', 'beam', 'risingwave', 'materialize', 'bytewax', 'samza', 'heron', 'spark streaming job'], terms: ['stream processor', 'stream processing', 'streaming job', 'streaming jobs', 'streaming app', 'stream job', 'real time processing', 'realtime processing', 'streaming etl', 'streaming pipeline', 'streaming engine', 'consumer app'] },
  { kind: 'serverless_function', products: ['lambda', 'aws lambda', 'cloud functions', 'cloud function', 'azure functions', 'azure function', 'cloud run functions'], terms: ['serverless function', 'function'] },
  { kind: 'dbt', products: ['dbt', 'dbt core', 'dbt cloud', 'sqlmesh', 'dataform', 'coalesce', 'dynamic tables', 'snowflake dynamic tables'], terms: ['sql models', 'sql transformations', 'data models', 'dbt models', 'transformations', 'sql transforms'], generic: ['models', 'model'] },
  { kind: 'spark_batch', products: ['spark', 'apache spark', 'pyspark', 'spark sql', 'emr', 'aws emr', 'emr serverless', 'databricks', 'azure databricks', 'databricks job', 'databricks jobs', 'dataproc', 'glue job', 'aws glue', 'glue', 'glue etl', 'hadoop', 'mapreduce', 'polars', 'pandas', 'synapse spark', 'fabric spark', 'hive job', 'ssis', 'sql server integration services', 'informatica', 'informatica powercenter', 'talend', 'pentaho', 'matillion', 'datastage', 'ab initio', 'odi', 'pg dump', 'pg dumpall', 'mysqldump', 'hdinsight', 'azure hdinsight', 'cloud data fusion', 'data fusion', 'glue databrew', 'dataproc serverless', 'snowpark'], terms: ['batch job', 'batch processing', 'spark batch', 'spark job', 'batch etl', 'nightly job', 'batch jobs', 'nightly extract', 'nightly export', 'nightly dump', 'database dump', 'db dump', 'extract job'], generic: ['etl', 'extract', 'dump', 'batch', 'transformation', 'transform', 'processing', 'job', 'jobs', 'elt', 'pipeline', 'compute'] },
  // ---- storage
  { kind: 'table_format', products: ['delta', 'delta lake', 'iceberg', 'apache iceberg', 'hudi', 'apache hudi', 'onelake', 'delta engine', 'paimon'], terms: ['delta table', 'delta tables', 'iceberg table', 'lakehouse', 'lakehouse tables', 'open table format'] },
  { kind: 'bronze_layer', terms: ['bronze', 'raw layer', 'raw zone', 'landing zone', 'landing layer', 'raw data', 'raw', 'landing', 'staging area'] },
  { kind: 'silver_layer', terms: ['silver', 'cleansed', 'cleaned layer', 'conformed', 'refined', 'staging layer', 'staging', 'intermediate', 'clean layer', 'curated silver'] },
  { kind: 'gold_layer', terms: ['gold', 'curated', 'curated layer', 'aggregated layer', 'data mart', 'datamart', 'data marts', 'marts', 'mart', 'presentation layer', 'star schema', 'serving layer tables', 'aggregates', 'dm'] },
  { kind: 'object_store', products: ['s3', 'amazon s3', 'aws s3', 'gcs', 'google cloud storage', 'cloud storage', 'adls', 'adls gen2', 'azure blob', 'azure blob storage', 'blob storage', 'minio', 'hdfs', 'r2', 'glacier', 's3 glacier', 'azure data lake storage', 'ceph', 'wasabi', 'azure data lake', 'azure storage'], terms: ['data lake', 'datalake', 'object storage', 'object store', 'bucket', 'blob store', 'worm', 'worm storage', 'write once storage', 'immutable archive'], generic: ['storage', 'lake', 'archive'] },
  { kind: 'warehouse', products: ['snowflake', 'bigquery', 'bq', 'redshift', 'redshift serverless', 'synapse', 'azure synapse', 'synapse analytics', 'fabric warehouse', 'databricks sql', 'duckdb', 'motherduck', 'trino', 'presto', 'athena', 'hive', 'vertica', 'teradata', 'greenplum', 'exasol', 'firebolt', 'starburst', 'dremio', 'impala', 'spark thrift', 'netezza'], terms: ['data warehouse', 'warehouse', 'dwh', 'edw', 'dw', 'analytical store', 'analytics store', 'olap', 'dm', 'enterprise data warehouse'] },
  { kind: 'realtime_olap', products: ['druid', 'apache druid', 'pinot', 'apache pinot', 'clickhouse', 'clickhouse cloud', 'starrocks', 'doris', 'apache doris', 'rockset', 'tinybird', 'imply', 'startree', 'kusto', 'azure data explorer', 'adx', 'eventhouse', 'kql database'], terms: ['real time olap', 'realtime olap', 'real time analytics database', 'olap cube'] },
  { kind: 'timeseries_database', products: ['timescaledb', 'timescale', 'influxdb', 'influx', 'timestream', 'amazon timestream', 'questdb', 'victoriametrics', 'greptimedb', 'greptime', 'opentsdb', 'kdb', 'tdengine', 'iotdb', 'apache iotdb', 'm3db', 'pi system', 'osisoft pi', 'aveva pi', 'azure time series insights'], terms: ['time series database', 'time series db', 'timeseries database', 'timeseries db', 'tsdb', 'historian', 'time series store'] },
  { kind: 'nosql_database', products: ['mongodb', 'mongo', 'cassandra', 'dynamodb', 'dynamo', 'cosmos db', 'cosmosdb', 'azure cosmos db', 'hbase', 'bigtable', 'cloud bigtable', 'scylla', 'scylladb', 'couchbase', 'couchdb', 'keyspaces', 'firestore', 'aerospike', 'neo4j', 'documentdb', 'ddb', 'neptune', 'amazon neptune'], terms: ['nosql', 'key value store', 'document store', 'wide column', 'kv store'] },
  // A manufacturing or enterprise system of record (MES, SAP) drawn as a plain box is also its operational
  // database: the platform reads its tables, as from any OLTP source (it stays an application too).
  { kind: 'oltp_database', products: ['mes', 'sap', 'postgres', 'postgresql', 'pg', 'mysql', 'rds', 'amazon rds', 'aurora', 'aurora postgresql', 'mariadb', 'oracle', 'sql server', 'mssql', 'azure sql', 'azure sql database', 'cloud sql', 'alloydb', 'sqlite', 'cockroachdb', 'spanner', 'cloud spanner', 'yugabytedb', 'tidb', 'vitess', 'citus', 'supabase', 'planetscale', 'clarity', 'epic clarity', 'caboodle', 'azure database for postgresql', 'azure database for mysql', 'azure sql managed instance', 'sql managed instance'], terms: ['reporting database', 'reporting db', 'oltp', 'operational database', 'transactional database', 'orders db', 'app db', 'oltp db', 'production database', 'read replica', 'ods', 'operational data store'], generic: ['database', 'db', 'sql', 'rdbms'] },
  { kind: 'cache', products: ['redis', 'memcached', 'elasticache', 'valkey', 'dragonfly', 'memorystore', 'azure cache for redis', 'hazelcast', 'memorydb', 'amazon memorydb', 'dax'], terms: ['cache', 'in memory store'] },
  { kind: 'search_index', products: ['elasticsearch', 'elastic search', 'elastic', 'opensearch', 'solr', 'quickwit', 'typesense', 'meilisearch', 'algolia', 'pinecone', 'weaviate', 'qdrant', 'milvus', 'pgvector', 'azure ai search', 'vertex ai search', 'victorialogs', 'victoria logs', 'loki', 'grafana loki', 'elk', 'elk stack'], terms: ['search index', 'log store', 'log index', 'embeddings', 'vector embeddings', 'vector index', 'vector database', 'vector db', 'vector store', 'full text search'] },
  // ---- serving
  { kind: 'feature_store', products: ['feast', 'tecton', 'hopsworks', 'sagemaker feature store', 'vertex ai feature store', 'databricks feature store'], terms: ['feature store', 'feature registry', 'feature vector', 'feature vectors', 'online store', 'offline store', 'ml datasets', 'training data', 'training datasets', 'ml features'], generic: ['datasets', 'dataset'] },
  { kind: 'bi_dashboard', products: ['grafana', 'tableau', 'looker', 'looker studio', 'data studio', 'superset', 'apache superset', 'power bi', 'powerbi', 'metabase', 'quicksight', 'amazon quicksight', 'redash', 'mode analytics', 'streamlit', 'grafana dashboards', 'thoughtspot', 'qlik', 'qlik sense', 'lightdash', 'kibana'], terms: ['dashboard', 'bi', 'bi tool', 'data visualization', 'visualization', 'reporting', 'report', 'reports', 'analytics ui', 'live map', 'operations map', 'map view', 'ops console', 'operations console', 'operations board', 'operations screen', 'ops board', 'status board', 'stock board', 'wallboard', 'live view', 'live screen', 'ops screen', 'status screen'], generic: ['board', 'boards', 'view', 'views', 'screen', 'screens', 'ui'] },
  { kind: 'serving_api', products: ['fastapi', 'flask', 'graphql', 'grpc', 'hasura', 'postgrest', 'expressjs', 'express js', 'express backend', 'express server', 'express api', 'express app', 'node express', 'fastify', 'nestjs', 'django rest framework', 'drf', 'spring boot api'], terms: ['serving api', 'model serving', 'model server', 'model endpoint', 'scoring service', 'scoring api', 'surge service', 'surge api', 'pricing service', 'fraud scoring', 'risk scoring', 'real time scoring', 'inference service', 'inference endpoint', 'serving layer', 'rest api', 'query api', 'data api', 'api service', 'read api', 'microservice api'], generic: ['api', 'endpoint'] },
  // ---- sources
  { kind: 'clickstream', products: ['snowplow', 'segment', 'rudderstack', 'google analytics', 'amplitude', 'mixpanel', 'tealium'], terms: ['clickstream', 'click stream', 'clicks', 'click events', 'web events', 'tracking events', 'page views', 'user events', 'app events', 'browser events'] },
  { kind: 'iot_devices', products: ['mqtt', 'opc ua', 'scada', 'plc', 'aws iot core', 'iot core', 'iot hub', 'azure iot hub', 'greengrass', 'kepware', 'ignition scada', 'sparkplug', 'sparkplug b'], terms: ['iot', 'iot devices', 'device', 'sensor', 'telemetry', 'edge device', 'machine sensors', 'edge gateway', 'vehicles', 'meters', 'smart meters'] },
  // Hospital systems are the source applications of healthcare cases.
  { kind: 'app_service', products: ['epic', 'cerner', 'mes', 'sap', 'shopify backend', 'node js', 'nodejs', 'django', 'ruby on rails', 'spring boot', 'laravel', 'asp net'], terms: ['ehr', 'electronic health record', 'iso 8583', 'iso 8583 switch', 'authorisation switch', 'authorization switch', 'auth switch', 'payment switch', 'card switch', 'pos terminal', 'payment gateway', 'hl7 feed', 'adt feed', 'microservice', 'web app', 'mobile app', 'web server', 'checkout service', 'order service', 'backend service', 'notifier', 'alert notifier', 'notification service', 'notifications service', 'alert service', 'paging service'], generic: ['service', 'app', 'application', 'backend', 'server', 'frontend', 'producer', 'website', 'client', 'services', 'apps', 'shop', 'store front', 'storefront'] },
  { kind: 'third_party_api', products: ['salesforce', 'stripe', 'hubspot', 'zendesk', 'shopify', 'google ads', 'facebook ads', 'netsuite', 'workday', 'fhir', 'adyen', 'braintree', 'paypal', 'worldpay', 'twilio', 'sendgrid', 'healthlake', 'aws healthlake', 'azure api for fhir', 'visa', 'mastercard', 'amex', 'tsys', 'fiserv', 'fis', 'marqeta'], terms: ['fhir api', 'fhir server', 'fhir bulk export', 'fhir store', 'fhir service', 'third party', 'third party api', '3rd party', 'external api', 'public api', 'partner api', 'saas', 'api request', 'vendor api', 'rest source', 'psp', 'payment service provider', 'payment gateway', 'webhook', 'webhooks'] },
  { kind: 'files', products: ['sftp', 'ftp', 'excel', 'sharepoint', 'aws transfer family', 'transfer family', 'aws transfer'], terms: ['files', 'file', 'csv', 'json files', 'parquet files', 'file drop', 'spreadsheet', 'log file', 'log files', 'access logs', 'audit logs', 'csv files', 'flat files'] },
  // AWS services by their full names, as the AWS Architecture Icons title them ("Arch_Amazon-Simple-Storage-Service_64")
  // and as people write them out; the longer name wins over its words ("Elastic" alone is Elasticsearch).
  // Source: AWS Architecture Icons and the AWS service names on docs.aws.amazon.com.
  { kind: 'object_store', products: ['simple storage service', 'amazon simple storage service', 'amazon s3 glacier'] },
  { kind: 'kafka', products: ['simple queue service', 'amazon simple queue service'] },
  { kind: 'event_router', products: ['simple notification service', 'amazon simple notification service'] },
  { kind: 'oltp_database', products: ['relational database service', 'amazon relational database service'] },
  { kind: 'kubernetes', products: ['elastic kubernetes service', 'amazon elastic kubernetes service', 'elastic container service', 'amazon elastic container service'] },
  { kind: 'spark_batch', products: ['elastic mapreduce', 'amazon elastic mapreduce'] },
  { kind: 'app_service', products: ['ec2', 'amazon ec2', 'elastic compute cloud', 'amazon elastic compute cloud', 'elastic beanstalk', 'aws elastic beanstalk'] },
  { kind: 'api_gateway', products: ['elastic load balancing', 'application load balancer', 'network load balancer'] },
  // Generic fallbacks of the streaming kinds.
  { kind: 'kafka', generic: ['queue', 'stream', 'streams', 'streaming', 'events', 'event'] },
  // Network and security appliances drawn as the source of a log pipeline (firewalls sending syslog): devices
  // that emit events. Sources: Fortinet FortiGate, Palo Alto Networks PAN-OS, Cisco ASA, Check Point, pfSense,
  // SonicWall log-forwarding documentation.
  { kind: 'iot_devices', products: ['fortinet', 'fortigate', 'palo alto', 'palo alto networks', 'pan os', 'cisco asa', 'check point', 'pfsense', 'sonicwall'], terms: ['network appliance', 'network appliances', 'syslog source', 'syslog sources'] },
  // The components of a metrics or logs backend drawn by their own names (Thanos, Cortex, Mimir, Loki all have a
  // querier, a compactor and a store gateway). Sources: thanos.io, grafana.com/docs/mimir architecture pages.
  { kind: 'monitoring', products: ['thanos querier', 'thanos compactor', 'thanos sidecar', 'thanos receive', 'promtail'], terms: ['querier', 'compactor', 'store gateway', 'query frontend'] },
  // A "Producer" box is whatever emits the data at the source: an app (listed first, above) or a device.
  { kind: 'iot_devices', generic: ['producer', 'producers'] },
];

/**
 * Phrases that name no component: read as themselves (like `terms`), they keep their words from naming
 * one ("Materialised views" is no dashboard, a job's "event time" no event stream). Data, not logic.
 */
/**
 * Words that open a bracketed note adding a part to the box rather than describing it: "Kafka (+ schema
 * registry)", "Postgres (with CDC)", "Warehouse (plus marts)". Such a note is read like the head (terms
 * too), where a plain note only adds tool names ("BigQuery (raw + marts)" stays a warehouse).
 * Data, not logic: add a word here, never a branch in code.
 */
export const ADDITION_OPENERS: readonly string[] = ['+', '&', 'plus', 'with', 'w', 'and', 'incl', 'including', 'also'];

/**
 * Readers a bracketed note on a store may name: "Warehouse (dashboards 06:00)" is the warehouse and the
 * dashboards it feeds by 06:00, so the box is read as both. Only on a head naming an analytical store
 * (category storage); a note on anything else only adds tool names.
 */
export const NOTE_READER_KINDS: readonly ComponentKind[] = ['bi_dashboard'];

export const NAMES_OF_NOTHING: readonly string[] = ['materialized view', 'materialised view', 'sql view', 'database view', 'event time', 'processing time', 'event timestamp'];

/**
 * Words that turn a holding place into the place failed records go: a qualifier before a topic, queue or
 * bucket ("Rejected pings topic", "Failed events queue", "Quarantine bucket") makes it a dead letter queue,
 * whatever the noun alone would be. A qualifier counts when it stands at most QUALIFIER_REACH words before
 * the noun, in the same part of the label ("Rejected pings topic"; not "Kafka + error alerts").
 * Data, not logic: add a word here, never a branch in code.
 */
export interface KindQualifier {
  /** The qualifying words (matched on whole words; plural "s"/"es" allowed). */
  words: readonly string[];
  /** The kinds of noun the qualifier changes. */
  of: readonly ComponentKind[];
  /** What the qualified noun is. */
  becomes: ComponentKind;
}

export const KIND_QUALIFIERS: readonly KindQualifier[] = [
  {
    words: ['rejected', 'reject', 'failed', 'failure', 'error', 'invalid', 'bad', 'malformed', 'poison', 'quarantine', 'quarantined', 'undeliverable', 'unparseable', 'unparsable', 'dead letter', 'dead lettered', 'retry', 'retries', 'unprocessable'],
    of: ['kafka', 'object_store'],
    becomes: 'dead_letter_queue',
  },
];

/** How many words before its noun a qualifier may stand ("Rejected pings topic": one word between). */
export const QUALIFIER_REACH = 3;

/** Product names shorter than this are never matched by a typo ("glue", "hive", "dbt" are too close to other words). */
export const FUZZY_MIN_LENGTH = 5;

/**
 * Product names that are also everyday English words: a word one letter away from them is most
 * likely another word ("strip" is not Stripe, "perfect" is not Prefect, "materialised" is not
 * Materialize), so they match only as written.
 */
export const EVERYDAY_WORD_PRODUCTS: readonly string[] = [
  'prefect', 'stripe', 'materialize', 'segment', 'imply', 'influx', 'coalesce', 'ensemble', 'composer', 'elastic', 'stitch', 'vault',
  'spark', 'oracle', 'presto', 'aurora', 'envoy', 'ranger', 'consul', 'tidal', 'delta', 'iceberg', 'glacier', 'looker', 'dynamo', 'solace',
  'amplitude', 'excel', 'dragonfly', 'pinecone', 'heron', 'pulsar', 'synapse', 'spanner', 'workday', 'clarity', 'flask',
  'iguana', 'rhapsody', 'polaris', 'druid', 'maxwell', 'estuary', 'feast', 'pandas', 'polars',
];

